import { localizeFromSimplified, type TraditionalOverrides } from '../locales/traditional.js';

/** The words of `lint`: one text per finding code, and the labels of its report. */
export interface LintMessages {
  readonly clauseNotInSource: (clause: string) => string;
  readonly sectionNotInSource: (heading: string) => string;
  readonly sourceMissing: (file: string) => string;
  readonly rateAbove: (value: string, unit: string, most: string) => string;
  readonly countNotWhole: (value: string, unit: string) => string;
  readonly negativeBar: (value: string) => string;
  readonly weightsSum: (sum: string) => string;
  readonly deadlineOutside: (deadline: string, end: string) => string;
  readonly reviewPending: (code: string, note: string) => string;
  readonly severity: { readonly error: string; readonly warning: string };
  /** The closing line: how many errors and warnings. */
  readonly summary: (errors: number, warnings: number) => string;
}

const zhHans: LintMessages = {
  clauseNotInSource: (clause) => `条文“${clause}”在原文中找不到，须逐字摘自原文`,
  sectionNotInSource: (heading) => `章节标题“${heading}”在原文中找不到`,
  sourceMissing: (file) => `原文文件 ${file} 不存在，无法核对条文`,
  rateAbove: (value, unit, most) => `阈值${value}${unit}超过上限${most}${unit}，比率不可能达到`,
  countNotWhole: (value, unit) => `计数阈值${value}${unit}不是整数`,
  negativeBar: (value) => `阈值${value}为负数`,
  weightsSum: (sum) => `文件规定的类别权重合计为${sum}，应为100或1`,
  deadlineOutside: (deadline, end) => `完成时限${deadline}晚于方案期末${end}`,
  reviewPending: (code, note) => `待核对（${code}）：${note}`,
  severity: { error: '错误', warning: '提示' },
  summary: (errors, warnings) => `共${errors}个错误，${warnings}个提示。`,
};

// Derived with OpenCC; by hand only where s2tw keeps a mainland word Taiwan does not use in this sense.
const zhHantOverrides: TraditionalOverrides<LintMessages> = {
  // A computer file is 檔案 in Taiwan; s2tw keeps 文件 (a document).
  sourceMissing: (file) => `原文檔案 ${file} 不存在，無法核對條文`,
};

const plural = new Intl.PluralRules('en');
const count = (n: number, one: string, other: string) => `${n} ${plural.select(n) === 'one' ? one : other}`;

const en: LintMessages = {
  clauseNotInSource: (clause) => `the clause "${clause}" is not in the source text; quote it word for word`,
  sectionNotInSource: (heading) => `the heading "${heading}" is not in the source text`,
  sourceMissing: (file) => `the source file ${file} does not exist, so no clause can be checked`,
  rateAbove: (value, unit, most) => `the bar ${value}${unit} is above ${most}${unit}: no rate can reach it`,
  countNotWhole: (value, unit) => `the count bar ${value} ${unit} is not a whole number`,
  negativeBar: (value) => `the bar ${value} is negative`,
  weightsSum: (sum) => `the document's category weights add up to ${sum}, not 100 or 1`,
  deadlineOutside: (deadline, end) => `the deadline ${deadline} is after the plan's end ${end}`,
  reviewPending: (code, note) => `still to review (${code}): ${note}`,
  severity: { error: 'error', warning: 'warning' },
  summary: (errors, warnings) => `${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}.`,
};

/**
 * The words of `lint` in every locale.
 * @example LINT_MESSAGES.summary(1, 2).en // '1 error, 2 warnings.'
 */
export const LINT_MESSAGES = localizeFromSimplified<LintMessages>({ 'zh-Hans': zhHans, en }, zhHantOverrides);
