import { t } from './text.js';

/**
 * Punctuation and spacing, which Chinese and English write differently; every text that joins
 * parts takes its separators from here.
 * @example `${MESSAGES.lead.en}${PUNCTUATION.colon.en}质量办` // 'lead: 质量办'
 */
export const PUNCTUATION = {
  /** Between a label and what follows it on the same line. */
  colon: t('：', '：', ': '),
  /** Ending a heading line that a list follows ("内置规则集：" / "Built-in rule sets:"). */
  headingColon: t('：', '：', ':'),
  comma: t('，', '，', ', '),
  /** Ending a sentence. */
  stop: t('。', '。', '. '),
  /** Between clauses. */
  semicolon: t('；', '；', '; '),
  /** Between the items of a list. */
  list: t('、', '、', ', '),
  /** Between two words: nothing in Chinese, a space in English. */
  space: t('', '', ' '),
} as const;
