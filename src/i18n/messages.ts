import { LOCALES, type Locale, type LocalizedText } from './locale.js';

/** Builds a {@link LocalizedText} by calling `render` once per locale. */
export function perLocale(render: (locale: Locale) => string): LocalizedText {
  return { 'zh-Hans': render('zh-Hans'), 'zh-Hant': render('zh-Hant'), en: render('en') };
}

/** Joins localized fragments with a separator chosen per locale. */
export function joinLocalized(parts: readonly LocalizedText[], sep: LocalizedText): LocalizedText {
  return perLocale((l) => parts.map((p) => p[l]).join(sep[l]));
}

const t = (hans: string, hant: string, en: string): LocalizedText => ({ 'zh-Hans': hans, 'zh-Hant': hant, en });

/**
 * The message catalogue: every word the library prints, in zh-Hans, zh-Hant and en.
 * Phrases take already-formatted quantities, which differ per locale, so they come as LocalizedText.
 */
export const MESSAGES = {
  requirement: {
    at_least: (q: LocalizedText) => t(`不低于${q['zh-Hans']}`, `不低於${q['zh-Hant']}`, `at least ${q.en}`),
    more_than: (q: LocalizedText) => t(`高于${q['zh-Hans']}（不含）`, `高於${q['zh-Hant']}（不含）`, `more than ${q.en}`),
    at_most: (q: LocalizedText) => t(`不超过${q['zh-Hans']}`, `不超過${q['zh-Hant']}`, `at most ${q.en}`),
    less_than: (q: LocalizedText) => t(`低于${q['zh-Hans']}（不含）`, `低於${q['zh-Hant']}（不含）`, `less than ${q.en}`),
    equal: (q: LocalizedText) => t(`等于${q['zh-Hans']}`, `等於${q['zh-Hant']}`, `exactly ${q.en}`),
    range: (min: LocalizedText, max: LocalizedText) =>
      t(`不低于${min['zh-Hans']}（力争${max['zh-Hans']}）`, `不低於${min['zh-Hant']}（力爭${max['zh-Hant']}）`, `at least ${min.en} (stretch: ${max.en})`),
    zero: t('不发生（0起）', '不發生（0起）', 'none at all (0)'),
    milestone: t('完成（是）', '完成（是）', 'done (yes)'),
    compoundAll: t('同时满足', '同時滿足', 'all of'),
    compoundAny: t('满足其一', '滿足其一', 'any of'),
    compoundNot: t('不满足', '不滿足', 'not'),
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
  boundaryAbove: (q: LocalizedText) => t(`恰为${q['zh-Hans']}，须超过`, `恰為${q['zh-Hant']}，須超過`, `exactly ${q.en}; it must be exceeded`),
  boundaryBelow: (q: LocalizedText) => t(`恰为${q['zh-Hans']}，须低于`, `恰為${q['zh-Hant']}，須低於`, `exactly ${q.en}; it must be lower`),
  and: t('且', '且', ' and '),
  or: t('或', '或', ' or '),
  stretchReached: t('已达到力争上限', '已達到力爭上限', 'stretch level reached'),
  occurrences: (n: string) => t(`发生${n}起`, `發生${n}起`, `${n} occurrence(s)`),
  missing: (names: LocalizedText) => t(`缺少数据：${names['zh-Hans']}`, `缺少數據：${names['zh-Hant']}`, `missing data: ${names.en}`),
  notApplicableBecause: (reason: string) => t(`不适用：${reason}`, `不適用：${reason}`, `not applicable: ${reason}`),
  notDue: (deadline: string, asOf: string) =>
    t(`截止日期${deadline}，评估日${asOf}，尚未到期`, `截止日期${deadline}，評估日${asOf}，尚未到期`, `due ${deadline}; assessed as of ${asOf}, not yet due`),
  provisional: (asOf: string, end: string) =>
    t(`截至${asOf}的期中结果（计划期至${end}）`, `截至${asOf}的期中結果（計劃期至${end}）`, `interim result as of ${asOf} (plan period ends ${end})`),
  veto: t('一票否决', '一票否決', 'veto (一票否决)'),
  lead: t('牵头部门', '牽頭部門', 'lead'),
  responsible: t('责任部门', '責任部門', 'responsible'),
  source: t('原文', '原文', 'source'),
  observed: t('实际', '實際', 'observed'),
  required: t('要求', '要求', 'required'),
  sep: t('；', '；', '; '),
  listSep: t('、', '、', ', '),
} as const;

/** Every locale, re-exported for iteration. */
export { LOCALES };
