/**
 * quality-scorecard: score Chinese local-government quality plans against observed data.
 * The main entry holds what a README user needs: load rule sets, schemes and data; evaluate one region
 * or a cohort; render the report; the errors and schemas. File loaders are in `quality-scorecard/node`,
 * test matchers in `quality-scorecard/vitest`.
 * @example
 * import { loadBuiltinRuleSet, evaluate } from 'quality-scorecard';
 * const report = evaluate(loadBuiltinRuleSet('panan-2018'), dataSet);
 */

// Errors and languages.
export {
  formatIssue,
  type InputIssue,
  InvalidInputError,
  ISSUE_CODES,
  type IssueCode,
  ScorecardError,
  UnknownBuiltinError,
} from './core/errors.js';
// Drafting a rule set from a plan's text, and checking one against it.
export {
  type DraftOptions,
  type DraftResult,
  type DraftReview,
  draftRuleSet,
} from './draft/draft.js';
export { BUILTIN_INDICATORS } from './indicators/catalogue.js';
export { type Indicator, type IndicatorKind, IndicatorSchema } from './indicators/schema.js';
export { type LintFinding, type LintOptions, lintRuleSet } from './lint/lint.js';
export { LOCALES, type Locale, type LocalizedText } from './locales/locale.js';
// Observed data.
export { type IndicatorLookup, loadDataSet, type RegionData } from './observations/normalize.js';
export {
  type DataSet,
  type DataSetInput,
  DataSetSchema,
  type Observation,
  type Provenance,
} from './observations/schema.js';
// Rendering.
export { type CsvOptions, renderCsv } from './render/csv/csv.js';
export type { RenderOptions, ReportFormat } from './render/format.js';
export { type HtmlOptions, REPORT_CSP, renderHtml } from './render/html/html.js';
export { renderCompactJson } from './render/json/compact.js';
export { type MarkdownOptions, renderMarkdown } from './render/markdown/markdown.js';
export { type FormatId, REPORT_FORMATS, type RegisteredFormat } from './render/registry.js';
export { bindingShortfalls, meetsAllBindingTargets } from './render/shortfalls.js';
export {
  type CohortOptions,
  type CohortResult,
  CohortSourceError,
  type CohortSummary,
  evaluateCohort,
  evaluateCohortStream,
  type RankedRegion,
  type TargetStatistics,
} from './report/cohort.js';
export {
  type CompactOptions,
  type CompactReport,
  type CompactTarget,
  compactReport,
  expandCompactReport,
} from './report/compact.js';
// Evaluation: one region, or a cohort (ranks, cohort means).
export { type EvaluateOptions, evaluate, evaluateWithEngine } from './report/evaluate.js';
export {
  type Report,
  ReportSchema,
  type SchemeReport,
  type Shortfall,
  type TargetResult,
  type TargetStatus,
} from './report/schema.js';
// Rule sets: one official plan document each.
export { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, loadBuiltinRuleSet } from './rulesets/builtin.js';
export {
  type CompiledCategory,
  type CompiledRuleSet,
  type CompiledTarget,
  type LoadOptions,
  loadRuleSet,
  type RuleSetWarning,
} from './rulesets/load.js';
export {
  type RuleSetData,
  type RuleSetInput,
  RuleSetSchema,
  type TargetData,
  type TargetKind,
} from './rulesets/schema.js';
// Assessment schemes (考核细则).
export {
  BUILTIN_SCHEME_IDS,
  builtinSchemeJson,
  type CompiledScheme,
  type LoadSchemeOptions,
  loadBuiltinScheme,
  loadScheme,
  type SchemeData,
  type SchemeInput,
  SchemeSchema,
  UnknownSchemeError,
} from './schemes/index.js';
