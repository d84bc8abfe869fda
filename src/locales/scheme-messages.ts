import type { LocalizedText } from './locale.js';
import { t } from './text.js';

/** Short name for the already-formatted, per-locale parts the phrases below take. */
type L = LocalizedText;

/**
 * Every word the assessment schemes and the what-if analysis print, in zh-Hans, zh-Hant and en.
 * Quantities arrive already formatted per locale (LocalizedText); plain numbers as strings.
 */
export const SCHEME_MESSAGES = {
  method: {
    all_or_nothing: t('达标得分', '達標得分', 'all or nothing'),
    proportional: t('按比例得分', '按比例得分', 'proportional'),
    deduction: t('按差距扣分', '按差距扣分', 'deduction per unit of gap'),
    levels: t('分档得分', '分檔得分', 'level-based credit'),
    per_event: t('按次扣分', '按次扣分', 'deduction per event'),
  },
  exclusion: {
    no_data: t('无数据，不计入满分', '無數據，不計入滿分', 'no data; left out of the maximum'),
    not_applicable: t('不适用，不计入满分', '不適用，不計入滿分', 'not applicable; left out of the maximum'),
    not_due: t('未到期，不计入满分', '未到期，不計入滿分', 'not yet due; left out of the maximum'),
    aspirational_unscored: t(
      '预期性目标，本方案不计分',
      '預期性目標，本方案不計分',
      'aspirational; not scored by this scheme',
    ),
    not_in_scheme: t('不在本考核方案范围内', '不在本考核方案範圍內', 'outside this scheme'),
  },
  /** 得8分/满分10分. */
  earned: (earned: string, possible: string) =>
    t(`得${earned}分/满分${possible}分`, `得${earned}分/滿分${possible}分`, `${earned} of ${possible} points`),
  notApplicableFull: t('不适用，按满分计', '不適用，按滿分計', 'not applicable; counted as full marks'),
  noDataZero: t('无数据，按0分计', '無數據，按0分計', 'no data; scored as zero'),
  met: t('达标', '達標', 'met'),
  notMet: t('未达标', '未達標', 'not met'),
  assumedMet: t('（假定达标）', '（假定達標）', ' (assumed met)'),
  /** 实际92.5%，零分线90%、满分线95%，得分率50%. */
  proportional: (value: L, floor: L, full: L, percent: string) =>
    t(
      `实际${value['zh-Hans']}，零分线${floor['zh-Hans']}、满分线${full['zh-Hans']}，得分率${percent}%`,
      `實際${value['zh-Hant']}，零分線${floor['zh-Hant']}、滿分線${full['zh-Hant']}，得分率${percent}%`,
      `observed ${value.en}; ${floor.en} earns nothing, ${full.en} full marks: ${percent}% of the points`,
    ),
  /** The same on attainment. */
  proportionalAttainment: (attainment: string, floor: string, full: string, percent: string) =>
    t(
      `完成度${attainment}，零分线${floor}、满分线${full}，得分率${percent}%`,
      `完成度${attainment}，零分線${floor}、滿分線${full}，得分率${percent}%`,
      `attainment ${attainment}; ${floor} earns nothing, ${full} full marks: ${percent}% of the points`,
    ),
  partial: {
    full_step: t('不足一档按一档计', '不足一檔按一檔計', 'a partial step counts in full'),
    pro_rata: t('不足一档按比例计', '不足一檔按比例計', 'a partial step counts pro rata'),
  },
  /** 差距2微克/立方米，每1微克/立方米扣0.5分（不足一档按一档计），计2档，扣1分. */
  deduction: (gap: L, per: L, points: string, partial: L, steps: string, deducted: string) =>
    t(
      `差距${gap['zh-Hans']}，每${per['zh-Hans']}扣${points}分（${partial['zh-Hans']}），计${steps}档，扣${deducted}分`,
      `差距${gap['zh-Hant']}，每${per['zh-Hant']}扣${points}分（${partial['zh-Hant']}），計${steps}檔，扣${deducted}分`,
      `short by ${gap.en}; ${points} points per ${per.en} (${partial.en}): ${steps} step(s), ${deducted} points deducted`,
    ),
  /** The deduction reached the item's points: 扣完为止. */
  floorAtZero: t('扣完为止', '扣完為止', 'deductions stop at zero'),
  noGap: t('无差距，不扣分', '無差距，不扣分', 'no gap, nothing deducted'),
  /** 达到“写入区域规划”档，得分比例1. */
  levelReached: (level: L, credit: string) =>
    t(
      `达到“${level['zh-Hans']}”档，得分比例${credit}`,
      `達到「${level['zh-Hant']}」檔，得分比例${credit}`,
      `level reached: ${level.en}, credit ${credit}`,
    ),
  levelNone: t('未达到任何档次，不得分', '未達到任何檔次，不得分', 'no level reached: no points'),
  levelFallback: t(
    '未观测到档次数据，按目标是否达标计',
    '未觀測到檔次數據，按目標是否達標計',
    'no level observed; scored on whether the target is met',
  ),
  /** 发生2次，每次扣4分，扣8分. */
  perEvent: (count: string, points: string, deducted: string) =>
    t(
      `发生${count}次，每次扣${points}分，扣${deducted}分`,
      `發生${count}次，每次扣${points}分，扣${deducted}分`,
      `${count} occurrence(s) at ${points} points each: ${deducted} points deducted`,
    ),
  adjustmentType: {
    bonus: t('加分项', '加分項', 'bonus item'),
    penalty: t('扣分项', '扣分項', 'penalty item'),
  },
  /** 加分项“获评省级质量奖”：2×2分=4分. */
  adjustment: (type: L, name: L, count: string, points: string, raw: string) =>
    t(
      `${type['zh-Hans']}“${name['zh-Hans']}”：${count}×${points}分=${raw}分`,
      `${type['zh-Hant']}「${name['zh-Hant']}」：${count}×${points}分=${raw}分`,
      `${type.en} "${name.en}": ${count} × ${points} = ${raw} points`,
    ),
  /** ，超过上限3分，按3分计. */
  capped: (cap: string) =>
    t(`，超过上限${cap}分，按${cap}分计`, `，超過上限${cap}分，按${cap}分計`, `, above its cap: ${cap} points`),
  adjustmentNoData: t('无数据，不计', '無數據，不計', 'no data; not counted'),
  operator: {
    atLeast: t('不低于', '不低於', 'at least'),
    moreThan: t('高于', '高於', 'above'),
    atMost: t('不超过', '不超過', 'at most'),
    lessThan: t('低于', '低於', 'below'),
  },
  veto: {
    /** 目标“PM2.5年均浓度”未达标，一票否决，等级定为D. */
    target: (label: L, grade: string) =>
      t(
        `目标“${label['zh-Hans']}”未达标，一票否决，等级定为${grade}`,
        `目標「${label['zh-Hant']}」未達標，一票否決，等級定為${grade}`,
        `target "${label.en}" not met: vetoed, graded ${grade}`,
      ),
    /** 2018-05-02发生“重大质量安全事故”，一票否决，等级定为D. */
    event: (name: L, date: string, grade: string) =>
      t(
        `${date}发生“${name['zh-Hans']}”，一票否决，等级定为${grade}`,
        `${date}發生「${name['zh-Hant']}」，一票否決，等級定為${grade}`,
        `"${name.en}" on ${date}: vetoed, graded ${grade}`,
      ),
    /** 2018年第2季度蔬菜抽检合格率为88%，低于90%，一票否决，等级定为不合格. */
    indicator: (period: L, name: L, value: L, op: L, threshold: L, grade: string) =>
      t(
        `${period['zh-Hans']}${name['zh-Hans']}为${value['zh-Hans']}，${op['zh-Hans']}${threshold['zh-Hans']}，一票否决，等级定为${grade}`,
        `${period['zh-Hant']}${name['zh-Hant']}為${value['zh-Hant']}，${op['zh-Hant']}${threshold['zh-Hant']}，一票否決，等級定為${grade}`,
        `${name.en} in ${period.en} was ${value.en}, ${op.en} ${threshold.en}: vetoed, graded ${grade}`,
      ),
    /** 否决项“…”缺少数据，无法判断是否触发. */
    unknown: (name: L) =>
      t(
        `否决项“${name['zh-Hans']}”缺少数据，无法判断是否触发`,
        `否決項「${name['zh-Hant']}」缺少數據，無法判斷是否觸發`,
        `veto "${name.en}": data missing, so it is unknown whether it applies`,
      ),
    clear: t('未触发', '未觸發', 'not triggered'),
  },
  score: {
    total100: t('总分（百分制）', '總分（百分制）', 'total (out of 100)'),
    total: t('总分', '總分', 'total'),
    base100: t('基础得分（百分制）', '基礎得分（百分制）', 'base score (out of 100)'),
    base: t('基础得分', '基礎得分', 'base score'),
  },
  weights: {
    document: t('分值由文件规定', '分值由文件規定', 'points as the document sets them'),
    assumed: t('分值为假定', '分值為假定', 'points assumed'),
  },
  whatIf: {
    /** 若达标可增加1.1分（百分制+1.1） */
    gain: (points: string, score: string) =>
      t(
        `若达标可增加${points}分（百分制+${score}）`,
        `若達標可增加${points}分（百分制+${score}）`,
        `+${points} points if met (+${score} out of 100)`,
      ),
    liftsGrade: (grade: string) =>
      t(`单项达标即可升至${grade}`, `單項達標即可升至${grade}`, `alone lifts the grade to ${grade}`),
    /** 达成以下2项目标可由B升至A：…（精确搜索，试算37次） */
    found: (n: number, from: string, to: string, list: string) =>
      t(
        `达成以下${n}项目标可由${from}升至${to}：${list}`,
        `達成以下${n}項目標可由${from}升至${to}：${list}`,
        `meeting these ${n} target(s) lifts the grade from ${from} to ${to}: ${list}`,
      ),
    exact: (evaluated: number) =>
      t(
        `（精确搜索：按项数由少到多穷举，试算${evaluated}次，所得为最少项数）`,
        `（精確搜索：按項數由少到多窮舉，試算${evaluated}次，所得為最少項數）`,
        ` (exact search: every set, smallest first, ${evaluated} scorings; no smaller set exists)`,
      ),
    greedy: (evaluated: number) =>
      t(
        `（贪心搜索：组合过多，每次加入最接近升档的目标，再剔除多余项，试算${evaluated}次；不保证项数最少）`,
        `（貪心搜索：組合過多，每次加入最接近升檔的目標，再剔除多餘項，試算${evaluated}次；不保證項數最少）`,
        ` (greedy search, too many sets to try them all: adds the target that gets closest to the next grade, then drops any not needed; ${evaluated} scorings; not guaranteed smallest)`,
      ),
    topGrade: (grade: string) =>
      t(`已是最高等级${grade}`, `已是最高等級${grade}`, `already at the top grade, ${grade}`),
    unreachable: (to: string) =>
      t(
        `即使全部短板目标达标也无法升至${to}`,
        `即使全部短板目標達標也無法升至${to}`,
        `even with every shortfall met the grade cannot reach ${to}`,
      ),
    blockedBy: (ids: string) => t(`（受否决项限制：${ids}）`, `（受否決項限制：${ids}）`, ` (blocked by veto: ${ids})`),
    noGrade: t('无可评分目标，无等级', '無可評分目標，無等級', 'nothing could be scored, so there is no grade'),
  },
  sensitivity: {
    /** 在等权及各权重±10%的31种情形下等级均为B，结论稳健. */
    stable: (n: number, grade: string) =>
      t(
        `在等权及各权重±10%的${n}种情形下等级均为${grade}，结论稳健`,
        `在等權及各權重±10%的${n}種情形下等級均為${grade}，結論穩健`,
        `grade ${grade} in all ${n} scenarios (equal weights, each weight ±10%): stable`,
      ),
    fragile: (changed: number, n: number, list: string) =>
      t(
        `${n}种权重情形中有${changed}种改变等级（${list}），结论对权重敏感`,
        `${n}種權重情形中有${changed}種改變等級（${list}），結論對權重敏感`,
        `${changed} of ${n} weight scenarios change the grade (${list}): fragile`,
      ),
    equal: t('等权', '等權', 'equal weights'),
    /** 类别“环境质量”权重+10%. */
    category: (name: L, move: string) =>
      t(
        `类别“${name['zh-Hans']}”权重${move}`,
        `類別「${name['zh-Hant']}」權重${move}`,
        `category "${name.en}" weight ${move}`,
      ),
    target: (name: L, move: string) =>
      t(
        `目标“${name['zh-Hans']}”权重${move}`,
        `目標「${name['zh-Hant']}」權重${move}`,
        `target "${name.en}" weight ${move}`,
      ),
    /** 等权→C. */
    changedTo: (scenario: L, grade: string) =>
      t(`${scenario['zh-Hans']}→${grade}`, `${scenario['zh-Hant']}→${grade}`, `${scenario.en} → ${grade}`),
  },
  unknownBuiltin: (id: string, known: string) =>
    t(
      `没有名为 "${id}" 的内置考核方案；可用：${known}`,
      `沒有名為 "${id}" 的內置考核方案；可用：${known}`,
      `no built-in scheme "${id}"; available: ${known}`,
    ),
  /** A period in a veto note: 2018年第2季度 / Q2 2018, 2018年上半年 / H1 2018, 2018年7月 / 2018-07, 2018年 / 2018. */
  period: {
    quarter: (year: string, index: number) =>
      t(`${year}年第${index}季度`, `${year}年第${index}季度`, `Q${index} ${year}`),
    'half-year': (year: string, index: number) =>
      t(`${year}年${index === 1 ? '上' : '下'}半年`, `${year}年${index === 1 ? '上' : '下'}半年`, `H${index} ${year}`),
    month: (year: string, index: number) =>
      t(`${year}年${index}月`, `${year}年${index}月`, `${year}-${String(index).padStart(2, '0')}`),
    year: (year: string) => t(`${year}年`, `${year}年`, year),
  },
} as const;
