import type { LocalizedText } from './locale.js';

// Transitional: the kind-specific words, in the old three-spellings form, while they move into
// src/kinds/<kind>/messages.ts (issue 10). Merged into MESSAGES by src/locales/index.ts; delete this
// file (and its spread there) once every kind carries its own messages.

/** A catalogue entry from its three spellings (zh-Hans, zh-Hant, en); used only in this file. */
const t = (hans: string, hant: string, en: string): LocalizedText => ({ 'zh-Hans': hans, 'zh-Hant': hant, en });

/**
 * The words of the requirement, trend, benchmark, rank, frequency and deadline-progress kinds, in
 * zh-Hans, zh-Hant and en, as `MESSAGES.requirement`, `MESSAGES.trend`, … .
 * Phrases take already-formatted quantities, which differ per locale, so they come as LocalizedText.
 */
export const KIND_MESSAGES_LEGACY = {
  requirement: {
    at_least: (q: LocalizedText) => t(`不低于${q['zh-Hans']}`, `不低於${q['zh-Hant']}`, `at least ${q.en}`),
    more_than: (q: LocalizedText) =>
      t(`高于${q['zh-Hans']}（不含）`, `高於${q['zh-Hant']}（不含）`, `more than ${q.en}`),
    at_most: (q: LocalizedText) => t(`不超过${q['zh-Hans']}`, `不超過${q['zh-Hant']}`, `at most ${q.en}`),
    less_than: (q: LocalizedText) =>
      t(`低于${q['zh-Hans']}（不含）`, `低於${q['zh-Hant']}（不含）`, `less than ${q.en}`),
    equal: (q: LocalizedText) => t(`等于${q['zh-Hans']}`, `等於${q['zh-Hant']}`, `exactly ${q.en}`),
    range: (min: LocalizedText, max: LocalizedText) =>
      t(
        `不低于${min['zh-Hans']}（力争${max['zh-Hans']}）`,
        `不低於${min['zh-Hant']}（力爭${max['zh-Hant']}）`,
        `at least ${min.en} (stretch: ${max.en})`,
      ),
    zero: t('不发生（0起）', '不發生（0起）', 'none at all (0)'),
    milestone: t('完成（是）', '完成（是）', 'done (yes)'),
    compoundAll: t('同时满足', '同時滿足', 'all of'),
    compoundAny: t('满足其一', '滿足其一', 'any of'),
    compoundNot: t('不满足', '不滿足', 'not'),
  },
  trend: {
    verb: {
      increase: { strict: t('提高', '提高', 'rise'), loose: t('不降低', '不降低', 'not fall') },
      decrease: { strict: t('下降', '下降', 'fall'), loose: t('不升高', '不升高', 'not rise') },
    },
    /** 逐年/逐季… by granularity. */
    every: {
      year: t('逐年', '逐年', 'every year'),
      'half-year': t('逐半年', '逐半年', 'every half-year'),
      quarter: t('逐季', '逐季', 'every quarter'),
      month: t('逐月', '逐月', 'every month'),
    },
    /** Counted periods: 3年, 3个季度. */
    periods: {
      year: (n: number) => t(`${n}年`, `${n}年`, `${n} years`),
      'half-year': (n: number) => t(`${n}个半年`, `${n}個半年`, `${n} half-years`),
      quarter: (n: number) => t(`${n}个季度`, `${n}個季度`, `${n} quarters`),
      month: (n: number) => t(`${n}个月`, `${n}個月`, `${n} months`),
    },
    /** 2016年至2020年逐年提高 (each period on the one before it). */
    requirementEvery: (verb: LocalizedText, every: LocalizedText, from: LocalizedText, to: LocalizedText) =>
      t(
        `${from['zh-Hans']}至${to['zh-Hans']}${every['zh-Hans']}${verb['zh-Hans']}（各期较上期）`,
        `${from['zh-Hant']}至${to['zh-Hant']}${every['zh-Hant']}${verb['zh-Hant']}（各期較上期）`,
        `${verb.en} ${every.en} from ${from.en} to ${to.en} (each period on the one before)`,
      ),
    /** 连续3年提高. */
    requirementConsecutive: (verb: LocalizedText, periods: LocalizedText) =>
      t(
        `连续${periods['zh-Hans']}${verb['zh-Hans']}`,
        `連續${periods['zh-Hant']}${verb['zh-Hant']}`,
        `${verb.en} for ${periods.en} in a row`,
      ),
    /** （每期变动不少于0.5个百分点） */
    minChange: (q: LocalizedText) =>
      t(`（每期变动不少于${q['zh-Hans']}）`, `（每期變動不少於${q['zh-Hant']}）`, ` (by at least ${q.en} each period)`),
    /** 2017年较上年下降0.3个百分点 / 2017年与上年持平. */
    step: (period: LocalizedText, yearly: boolean, move: 'up' | 'down' | 'flat', size: LocalizedText) => {
      const prev = yearly ? t('上年', '上年', 'the year before') : t('上期', '上期', 'the period before');
      if (move === 'flat')
        return t(
          `${period['zh-Hans']}与${prev['zh-Hans']}持平`,
          `${period['zh-Hant']}與${prev['zh-Hant']}持平`,
          `${period.en} unchanged on ${prev.en}`,
        );
      const zh = move === 'up' ? '提高' : '下降';
      const en = move === 'up' ? 'up' : 'down';
      return t(
        `${period['zh-Hans']}较${prev['zh-Hans']}${zh}${size['zh-Hans']}`,
        `${period['zh-Hant']}較${prev['zh-Hant']}${zh}${size['zh-Hant']}`,
        `${period.en} ${en} ${size.en} on ${prev.en}`,
      );
    },
    /** ，不足要求的0.5个百分点 */
    belowMinChange: (q: LocalizedText) =>
      t(`，不足要求的${q['zh-Hans']}`, `，不足要求的${q['zh-Hant']}`, `, less than the required ${q.en}`),
    /** The first period that broke the streak. */
    brokenAt: (step: LocalizedText) =>
      t(
        `首个未达要求的期间：${step['zh-Hans']}`,
        `首個未達要求的期間：${step['zh-Hant']}`,
        `first period short of the requirement: ${step.en}`,
      ),
    /** 3期中2期达到要求. */
    achieved: (achieved: number, required: number) =>
      t(
        `${required}期中${achieved}期达到要求`,
        `${required}期中${achieved}期達到要求`,
        `${achieved} of ${required} period-on-period changes achieved`,
      ),
    /** One point of the series in the observed text: 2016年95%. */
    point: (period: LocalizedText, q: LocalizedText) =>
      t(`${period['zh-Hans']}${q['zh-Hans']}`, `${period['zh-Hant']}${q['zh-Hant']}`, `${period.en}: ${q.en}`),
    /** The window has not started by the data's current period. */
    notStarted: (from: LocalizedText) =>
      t(
        `计划窗口自${from['zh-Hans']}起的观测值`,
        `計劃窗口自${from['zh-Hant']}起的觀測值`,
        `observations from ${from.en}, where the window starts`,
      ),
  },
  benchmark: {
    /** A benchmark id in words; unknown ids are shown as written. */
    name: (id: string): LocalizedText => {
      const known: Record<string, LocalizedText> = {
        'district-average': t('全区平均水平', '全區平均水平', 'the district average'),
        'county-average': t('全县平均水平', '全縣平均水平', 'the county average'),
        'city-average': t('全市平均水平', '全市平均水平', 'the city average'),
        'provincial-average': t('全省平均水平', '全省平均水平', 'the provincial average'),
        'national-average': t('全国平均水平', '全國平均水平', 'the national average'),
        'municipal-target': t(
          '市政府目标责任考核要求',
          '市政府目標責任考核要求',
          'the municipal target-responsibility requirement',
        ),
      };
      return known[id] ?? t(id, id, id);
    },
    /** 全区平均水平（2018年）为96%. */
    value: (name: LocalizedText, period: LocalizedText, q: LocalizedText) =>
      t(
        `${name['zh-Hans']}（${period['zh-Hans']}）为${q['zh-Hans']}`,
        `${name['zh-Hant']}（${period['zh-Hant']}）為${q['zh-Hant']}`,
        `${name.en} (${period.en}) is ${q.en}`,
      ),
    /** The data give no benchmark figure, so the cohort's mean or median stands in. */
    cohort: (stat: 'mean' | 'median', regions: number, q: LocalizedText) =>
      stat === 'mean'
        ? t(
            `数据未提供该基准值，以参评${regions}个地区的平均值${q['zh-Hans']}为基准`,
            `數據未提供該基準值，以參評${regions}個地區的平均值${q['zh-Hant']}為基準`,
            `no benchmark figure in the data; the mean of the ${regions} regions scored, ${q.en}, is used`,
          )
        : t(
            `数据未提供该基准值，以参评${regions}个地区的中位数${q['zh-Hans']}为基准`,
            `數據未提供該基準值，以參評${regions}個地區的中位數${q['zh-Hant']}為基準`,
            `no benchmark figure in the data; the median of the ${regions} regions scored, ${q.en}, is used`,
          ),
    /** What is missing: 2018年的全区平均水平基准值. */
    missing: (name: LocalizedText, period: LocalizedText) =>
      t(
        `${period['zh-Hans']}的${name['zh-Hans']}基准值`,
        `${period['zh-Hant']}的${name['zh-Hant']}基準值`,
        `the figure for ${name.en} in ${period.en}`,
      ),
  },
  rank: {
    topCount: (k: number) => t(`前${k}名`, `前${k}名`, `top ${k}`),
    /** 前30%（前4名）; the resolved count is known only once the peer group's size is. */
    topShare: (percent: string, k?: number) =>
      k === undefined
        ? t(`前${percent}%`, `前${percent}%`, `top ${percent}%`)
        : t(`前${percent}%（前${k}名）`, `前${percent}%（前${k}名）`, `top ${percent}% (top ${k})`),
    /** 在全县乡镇中位居前列（前3名）. */
    requirement: (peerGroup: string, top: LocalizedText) =>
      t(
        `在${peerGroup}中位居前列（${top['zh-Hans']}）`,
        `在${peerGroup}中位居前列（${top['zh-Hant']}）`,
        `among the leaders of ${peerGroup} (${top.en})`,
      ),
    /** 第7名/共12个. */
    position: (position: number, of: number) =>
      t(`第${position}名/共${of}个`, `第${position}名/共${of}個`, `ranked ${position} of ${of}`),
    /** 第7名/共12个，前列要求前3名. */
    summary: (position: number, of: number, top: LocalizedText) =>
      t(
        `第${position}名/共${of}个，前列要求${top['zh-Hans']}`,
        `第${position}名/共${of}個，前列要求${top['zh-Hant']}`,
        `ranked ${position} of ${of}; 前列 requires the ${top.en}`,
      ),
    gap: (places: string) => t(`${places}个名次`, `${places}個名次`, `${places} place(s)`),
    /** How the rank was found. */
    fromCohort: (regions: number, ties: 'shared' | 'dense') =>
      ties === 'shared'
        ? t(
            `按参评${regions}个地区的数值排名，并列者名次相同（1,2,2,4）`,
            `按參評${regions}個地區的數值排名，並列者名次相同（1,2,2,4）`,
            `ranked by value among the ${regions} regions scored; ties share a rank (1,2,2,4)`,
          )
        : t(
            `按参评${regions}个地区的数值排名，并列者名次相同且名次连续（1,2,2,3）`,
            `按參評${regions}個地區的數值排名，並列者名次相同且名次連續（1,2,2,3）`,
            `ranked by value among the ${regions} regions scored; ties share a rank, ranks stay consecutive (1,2,2,3)`,
          ),
    published: t('采用数据中公布的排名', '採用數據中公佈的排名', 'the rank published in the data is used'),
    missing: t(
      '排名（数据中公布的名次，或参评地区的数值）',
      '排名（數據中公佈的名次，或參評地區的數值）',
      'a rank (published in the data, or values across a cohort)',
    ),
  },
  frequency: {
    per: {
      year: t('每年', '每年', 'per year'),
      'half-year': t('每半年', '每半年', 'per half-year'),
      quarter: t('每季度', '每季度', 'per quarter'),
      month: t('每月', '每月', 'per month'),
    },
    /** 每季度不少于1次 / 每年1至2次 / 每年不超过2次 / 每季度1次. */
    requirement: (per: LocalizedText, min: number, max?: number) => {
      if (max === undefined)
        return t(`${per['zh-Hans']}不少于${min}次`, `${per['zh-Hant']}不少於${min}次`, `at least ${min} ${per.en}`);
      if (min === max) return t(`${per['zh-Hans']}${min}次`, `${per['zh-Hant']}${min}次`, `exactly ${min} ${per.en}`);
      if (min === 0)
        return t(`${per['zh-Hans']}不超过${max}次`, `${per['zh-Hant']}不超過${max}次`, `at most ${max} ${per.en}`);
      return t(`${per['zh-Hans']}${min}至${max}次`, `${per['zh-Hant']}${min}至${max}次`, `${min} to ${max} ${per.en}`);
    },
    /** 2018年第1季度1次. */
    count: (period: LocalizedText, n: number) =>
      t(`${period['zh-Hans']}${n}次`, `${period['zh-Hant']}${n}次`, `${period.en}: ${n}`),
    none: (period: LocalizedText) =>
      t(`${period['zh-Hans']}无记录`, `${period['zh-Hant']}無記錄`, `none in ${period.en}`),
    tooFew: (period: LocalizedText, n: number, min: number) =>
      t(
        `${period['zh-Hans']}仅${n}次（要求不少于${min}次）`,
        `${period['zh-Hant']}僅${n}次（要求不少於${min}次）`,
        `only ${n} in ${period.en} (at least ${min} required)`,
      ),
    tooMany: (period: LocalizedText, n: number, max: number) =>
      t(
        `${period['zh-Hans']}${n}次，超过上限${max}次`,
        `${period['zh-Hant']}${n}次，超過上限${max}次`,
        `${n} in ${period.en}, above the maximum of ${max}`,
      ),
    /** 未达要求的期间：… */
    missed: (list: LocalizedText) =>
      t(
        `未达要求的期间：${list['zh-Hans']}`,
        `未達要求的期間：${list['zh-Hant']}`,
        `periods short of the requirement: ${list.en}`,
      ),
    /** The current, unfinished period is not judged yet. */
    pending: (period: LocalizedText, asOf: string) =>
      t(
        `${period['zh-Hans']}截至${asOf}尚未结束，暂不评判`,
        `${period['zh-Hant']}截至${asOf}尚未結束，暫不評判`,
        `${period.en} has not ended by ${asOf} and is not judged yet`,
      ),
    judged: (ok: number, judged: number) =>
      t(
        `已结束的${judged}个期间中${ok}个达到要求`,
        `已結束的${judged}個期間中${ok}個達到要求`,
        `${ok} of ${judged} completed periods meet the requirement`,
      ),
    missingEvents: t(
      '事件记录（数据集未提供 events）',
      '事件記錄（數據集未提供 events）',
      'event records (the data set has no events)',
    ),
    missingPeriods: t('至少一个已结束的评估期间', '至少一個已結束的評估期間', 'at least one completed period to judge'),
  },
  progress: {
    /** 较基线（2015年90%）已完成目标进度的40%. */
    baseline: (period: LocalizedText, q: LocalizedText, percent: string) =>
      t(
        `较基线（${period['zh-Hans']}${q['zh-Hans']}）已完成目标进度的${percent}%`,
        `較基線（${period['zh-Hant']}${q['zh-Hant']}）已完成目標進度的${percent}%`,
        `${percent}% of the way from the ${period.en} baseline (${q.en})`,
      ),
    /** The baseline equals the target, so progress has no meaning. */
    baselineOnly: (period: LocalizedText, q: LocalizedText) =>
      t(
        `基线（${period['zh-Hans']}）为${q['zh-Hans']}`,
        `基線（${period['zh-Hant']}）為${q['zh-Hant']}`,
        `baseline (${period.en}) ${q.en}`,
      ),
    noBaseline: t('序列中无更早期间的基线数据', '序列中無更早期間的基線數據', 'no earlier baseline in the series'),
    /** 须每年提高2.5个百分点方能于2020-12-31前达到. */
    pace: (move: 'raise' | 'lower', q: LocalizedText, deadline: string) =>
      move === 'raise'
        ? t(
            `须每年提高${q['zh-Hans']}方能于${deadline}前达到`,
            `須每年提高${q['zh-Hant']}方能於${deadline}前達到`,
            `it must rise by ${q.en} a year to get there by ${deadline}`,
          )
        : t(
            `须每年降低${q['zh-Hans']}方能于${deadline}前达到`,
            `須每年降低${q['zh-Hant']}方能於${deadline}前達到`,
            `it must fall by ${q.en} a year to get there by ${deadline}`,
          ),
  },
} as const;
