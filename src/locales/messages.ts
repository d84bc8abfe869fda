import { LOCALES, type Locale, type LocalizedText } from './locale.js';
import { t } from './text.js';

/** Builds a {@link LocalizedText} by calling `render` once per locale. */
export function perLocale(render: (locale: Locale) => string): LocalizedText {
  return { 'zh-Hans': render('zh-Hans'), 'zh-Hant': render('zh-Hant'), en: render('en') };
}

/** Joins localized fragments with a separator chosen per locale. */
export function joinLocalized(parts: readonly LocalizedText[], sep: LocalizedText): LocalizedText {
  return perLocale((l) => parts.map((p) => p[l]).join(sep[l]));
}

/**
 * The message catalogue: every word the library prints, in zh-Hans, zh-Hant and en.
 * Phrases take already-formatted quantities, which differ per locale, so they come as LocalizedText.
 */
export const MESSAGES = {
  requirement: {
    at_least: (q: LocalizedText) => t(`不低于${q['zh-Hans']}`, `不低於${q['zh-Hant']}`, `at least ${q.en}`),
    more_than: (q: LocalizedText) =>
      t(`高于${q['zh-Hans']}（不含）`, `高於${q['zh-Hant']}（不含）`, `more than ${q.en}`),
    at_most: (q: LocalizedText) => t(`不超过${q['zh-Hans']}`, `不超過${q['zh-Hant']}`, `at most ${q.en}`),
    less_than: (q: LocalizedText) =>
      t(`低于${q['zh-Hans']}（不含）`, `低於${q['zh-Hant']}（不含）`, `less than ${q.en}`),
    equal: (q: LocalizedText) => t(`等于${q['zh-Hans']}`, `等於${q['zh-Hant']}`, `exactly ${q.en}`),
    milestone: t('完成（是）', '完成（是）', 'done (yes)'),
  },
  status: {
    met: t('已达标', '已達標', 'met'),
    not_met: t('未达标', '未達標', 'not met'),
    no_data: t('无数据', '無數據', 'no data'),
    not_applicable: t('不适用', '不適用', 'not applicable'),
    not_due: t('未到期', '未到期', 'not yet due'),
  },
  commitment: {
    binding: t('约束性', '約束性', 'binding'),
    aspirational: t('预期性（力争）', '預期性（力爭）', 'aspirational (stretch)'),
  },
  yes: t('是', '是', 'yes'),
  no: t('否', '否', 'no'),
  observedNone: t('无观测数据', '無觀測數據', 'no observation'),
  gap: (g: LocalizedText) => t(`差距${g['zh-Hans']}`, `差距${g['zh-Hant']}`, `short by ${g.en}`),
  boundaryAbove: (q: LocalizedText) =>
    t(`恰为${q['zh-Hans']}，须超过`, `恰為${q['zh-Hant']}，須超過`, `exactly ${q.en}; it must be exceeded`),
  boundaryBelow: (q: LocalizedText) =>
    t(`恰为${q['zh-Hans']}，须低于`, `恰為${q['zh-Hant']}，須低於`, `exactly ${q.en}; it must be lower`),
  and: t('且', '且', ' and '),
  or: t('或', '或', ' or '),
  occurrences: (n: string) => t(`发生${n}起`, `發生${n}起`, `${n} occurrence(s)`),
  /** What is missing when an indicator has no observation for the period: 2018年度/期间的观测值. */
  observationFor: (period: string) =>
    t(`${period}年度/期间的观测值`, `${period}年度/期間的觀測值`, `an observation for ${period}`),
  missing: (names: LocalizedText) =>
    t(`缺少数据：${names['zh-Hans']}`, `缺少數據：${names['zh-Hant']}`, `missing data: ${names.en}`),
  notApplicableBecause: (reason: string) => t(`不适用：${reason}`, `不適用：${reason}`, `not applicable: ${reason}`),
  notDue: (deadline: string, asOf: string) =>
    t(
      `截止日期${deadline}，评估日${asOf}，尚未到期`,
      `截止日期${deadline}，評估日${asOf}，尚未到期`,
      `due ${deadline}; assessed as of ${asOf}, not yet due`,
    ),
  provisional: (asOf: string, end: string) =>
    t(
      `截至${asOf}的期中结果（计划期至${end}）`,
      `截至${asOf}的期中結果（計劃期至${end}）`,
      `interim result as of ${asOf} (plan period ends ${end})`,
    ),
  veto: t('一票否决', '一票否決', 'veto (一票否决)'),
  lead: t('牵头部门', '牽頭部門', 'lead'),
  responsible: t('责任部门', '責任部門', 'responsible'),
  source: t('原文', '原文', 'source'),
  /** Where a quoted clause stands: （《title》section） / (title, section). */
  sourceWhere: (title: string, section: string) =>
    t(`（《${title}》${section}）`, `（《${title}》${section}）`, `(${title}, ${section})`),
  /** The bracketed flags that open an explanation: 【未达标·一票否决】 / [not met, veto (一票否决)]. */
  statusHead: (flags: readonly LocalizedText[]) =>
    t(
      `【${flags.map((f) => f['zh-Hans']).join('·')}】`,
      `【${flags.map((f) => f['zh-Hant']).join('·')}】`,
      `[${flags.map((f) => f.en).join(', ')}] `,
    ),
  observed: t('实际', '實際', 'observed '),
  required: t('要求', '要求', 'required '),

  // ── Time, peers and benchmarks: trend, benchmark, rank, frequency kinds and deadline progress ──

  /** A period label in words: 2018 → 2018年, 2018-H1 → 2018年上半年, 2018-Q3 → 2018年第3季度, 2018-07 → 2018年7月. */
  periodName: (label: string): LocalizedText => {
    const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(label);
    if (!m) return t(label, label, label);
    const y = m[1] as string;
    if (m[2])
      return t(`${y}年${m[2] === '1' ? '上' : '下'}半年`, `${y}年${m[2] === '1' ? '上' : '下'}半年`, `H${m[2]} ${y}`);
    if (m[3]) return t(`${y}年第${m[3]}季度`, `${y}年第${m[3]}季度`, `Q${m[3]} ${y}`);
    if (m[4]) {
      const month = Number(m[4]);
      const en = [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ][month - 1];
      return t(`${y}年${month}月`, `${y}年${month}月`, `${en} ${y}`);
    }
    return t(`${y}年`, `${y}年`, y);
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
  },
  /** What an input issue of the trend/benchmark/rank/frequency kinds and cohorts expected. */
  expect: {
    numericIndicator: t(
      '数值型指标（布尔指标只能用于里程碑）',
      '數值型指標（布林指標只能用於里程碑）',
      'a numeric indicator (a boolean one only suits a milestone)',
    ),
    uniqueRegion: t('参评地区中唯一的地区 id', '參評地區中唯一的地區 id', 'a region id unique within the cohort'),
  },
  cohort: {
    /** The second pass of a streamed cohort met a region the first pass did not, or one twice. */
    sourceChanged: (region: string) =>
      t(
        `第二遍读取的数据与第一遍不一致（地区 ${region}）：数据源每次调用须给出相同的数据集`,
        `第二遍讀取的數據與第一遍不一致（地區 ${region}）：數據源每次調用須給出相同的數據集`,
        `the second pass over the source differs from the first (region ${region}): the source must yield the same data sets each time it is called`,
      ),
  },
} as const;

/** Every locale, re-exported for iteration. */
export { LOCALES };
