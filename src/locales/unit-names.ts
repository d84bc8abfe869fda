import type { LocalizedText } from './locale.js';
import { t } from './text.js';

/** Names of count classifiers (zh-Hans word → zh-Hant form): the word itself in each script, and what it counts in English. */
const counts = <W extends string>(en: string, words: Record<W, string>): Record<W, LocalizedText> =>
  Object.fromEntries(Object.entries<string>(words).map(([hans, hant]) => [hans, t(hans, hant, en)])) as Record<
    W,
    LocalizedText
  >;

const PREFIX = {
  万: t('万', '萬', 'ten thousand'),
  亿: t('亿', '億', 'hundred million'),
  千: t('千', '千', 'thousand'),
};

/**
 * The names of the units the library knows, in zh-Hans, zh-Hant and en: base units by their
 * canonical symbol, count classifiers (个/只/项 …) by what they count, and the 万/亿/千 prefixes.
 * @example UNIT_NAMES.base['吨'] // { 'zh-Hans': '吨', 'zh-Hant': '噸', en: 'tonnes' }
 */
export const UNIT_NAMES = {
  base: {
    '%': t('百分比', '百分比', 'percent'),
    '‰': t('千分比', '千分比', 'per mille'),
    fraction: t('小数比例', '小數比例', 'fraction'),
    元: t('元', '元', 'yuan'),
    'μg/m³': t('微克/立方米', '微克/立方米', 'micrograms per cubic metre'),
    'mg/m³': t('毫克/立方米', '毫克/立方米', 'milligrams per cubic metre'),
    平方米: t('平方米', '平方米', 'square metres'),
    亩: t('亩', '畝', 'mu'),
    吨: t('吨', '噸', 'tonnes'),
    公斤: t('公斤', '公斤', 'kilograms'),
    千瓦时: t('千瓦时', '千瓦時', 'kWh'),
    吨标准煤: t('吨标准煤', '噸標準煤', 'tonnes of standard coal'),
    公里: t('公里', '公里', 'kilometres'),
    天: t('天', '天', 'days'),
    分: t('分', '分', 'points'),
    boolean: t('是/否', '是/否', 'yes/no'),
  },
  /** Count classifiers by word, named for what they count; the zh-Hant name is the word's traditional form. */
  classifier: {
    ...counts('items', {
      个: '個',
      只: '隻',
      项: '項',
      件: '件',
      座: '座',
      条: '條',
      处: '處',
      台: '臺',
      张: '張',
      部: '部',
      篇: '篇',
      株: '株',
      头: '頭',
      辆: '輛',
      份: '份',
      所: '所',
      村: '村',
      套: '套',
    }),
    ...counts('organisations', { 家: '家' }),
    ...counts('people', { 人: '人', 名: '名' }),
    ...counts('person-times', { 人次: '人次' }),
    ...counts('batches', { 批次: '批次' }),
    ...counts('times', { 次: '次', 场: '場', 期: '期' }),
    ...counts('incidents', { 起: '起' }),
    ...counts('households', { 户: '戶' }),
  },
  /** The 万/亿/千 prefixes of scalable units (万批次, 亿元). */
  prefix: PREFIX,
  /** A base unit's name under a 万/亿/千 prefix: 万批次 → ten thousand batches. */
  prefixed: Object.fromEntries(
    Object.entries(PREFIX).map(([p, name]) => [
      p,
      (base: LocalizedText) =>
        t(`${name['zh-Hans']}${base['zh-Hans']}`, `${name['zh-Hant']}${base['zh-Hant']}`, `${name.en} ${base.en}`),
    ]),
  ) as Record<keyof typeof PREFIX, (base: LocalizedText) => LocalizedText>,
  /** The units a shortfall is spoken in: a gap in % is 个百分点 (percentage points). */
  gap: {
    个百分点: t('个百分点', '個百分點', 'percentage points'),
    个千分点: t('个千分点', '個千分點', 'per-mille points'),
  },
} as const;
