/**
 * quality-scorecard: score Chinese local-government quality plans against observed data.
 * @example
 * import { loadBuiltinRuleSet, evaluate } from 'quality-scorecard';
 * const report = evaluate(loadBuiltinRuleSet('panan-2018'), dataSet);
 */
export { D, type Dec, type DecimalInput, toDecimal } from './core/decimal.js';
export {
  formatIssue,
  type InputIssue,
  InvalidInputError,
  ISSUE_CODES,
  type IssueCode,
  ScorecardError,
  UnknownBuiltinError,
} from './core/errors.js';
export { type Granularity, type Period, parsePeriod, periodEnd, periodStart, periodsBetween } from './core/periods.js';
export { formatGap, formatQuantity } from './core/unit-format.js';
export { convertValue, parseUnit, type Unit } from './core/units.js';
export { BUILTIN_INDICATORS, catalogueIndicator } from './indicators/catalogue.js';
export { CatalogueSchema, type Indicator, type IndicatorKind, IndicatorSchema } from './indicators/schema.js';
export { compileCondition, type EngineCondition } from './kinds/conditions.js';
export { applyOperator, OPERATOR_NAMES, type OperatorName, registerDecimalOperators } from './kinds/operators.js';
export {
  type DeadlineProgress,
  deadlineProgress,
  earliestBaseline,
  type ProgressInput,
  progressReport,
  yearsBetween,
} from './kinds/progress.js';
export { rankAmong, type TieRule } from './kinds/rank.js';
export type { CohortView } from './kinds/types.js';
export { CATALOGUE } from './locales/catalogue.js';
export { LOCALES, type Locale, type LocalizedText } from './locales/locale.js';
export { MESSAGES } from './locales/messages.js';
export { CLI_LABELS, REPORT_LABELS } from './locales/report-labels.js';
export { SCHEME_MESSAGES } from './locales/scheme-messages.js';
export { type FactEntry, loadDataSet, type RegionData } from './observations/normalize.js';
export {
  type DataSet,
  type DataSetInput,
  DataSetSchema,
  type Observation,
  ObservationSchema,
  type Provenance,
} from './observations/schema.js';
export { type CsvOptions, csvField, renderCsv, UTF8_BOM } from './render/csv.js';
export { bindingShortfalls, meetsAllBindingTargets, type RenderOptions } from './render/helpers.js';
export { type HtmlOptions, REPORT_CSP, renderHtml } from './render/html.js';
export { escapeMarkdown, type MarkdownOptions, renderMarkdown } from './render/markdown.js';
export { categoryChartSvg, scoreGaugeSvg, statusMarkSvg } from './render/svg.js';
export {
  type CohortOptions,
  type CohortResult,
  CohortSourceError,
  type CohortSummary,
  evaluateCohort,
  evaluateCohortStream,
  type RankedRegion,
  rankByScore,
  type ScoreEntry,
  type TargetStatistics,
  valueStatistics,
} from './report/cohort.js';
export { type EvaluateOptions, engineFor, evaluate, evaluateWithEngine } from './report/evaluate.js';
export {
  type RecoverableRow,
  type Report,
  ReportSchema,
  type SchemeReport,
  SchemeReportSchema,
  type SchemeTargetResult,
  type Shortfall,
  type TargetResult,
  type TargetStatus,
} from './report/schema.js';
export { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, loadBuiltinRuleSet } from './rulesets/builtin.js';
export {
  type CompiledRuleSet,
  type CompiledTarget,
  type LoadOptions,
  loadRuleSet,
  type RuleSetWarning,
} from './rulesets/load.js';
export {
  type Condition,
  type RuleSetData,
  type RuleSetInput,
  RuleSetSchema,
  type TargetData,
  type TargetKind,
  TargetSchema,
} from './rulesets/schema.js';
export {
  type AdjustmentData,
  AdjustmentSchema,
  type BoundItem,
  type BoundMethod,
  type BoundScheme,
  BUILTIN_SCHEME_IDS,
  bindScheme,
  buildSchemeReport,
  builtinSchemeJson,
  type CompiledScheme,
  evaluateScheme,
  type LoadSchemeOptions,
  loadBuiltinScheme,
  loadScheme,
  type MethodData,
  type MethodName,
  MethodSchema,
  ruleSetScoring,
  SchemeBandSchema,
  type SchemeData,
  type SchemeEvaluation,
  type SchemeInput,
  SchemeSchema,
  UnknownSchemeError,
  type VetoData,
  VetoSchema,
} from './schemes/index.js';
export {
  type BandTest,
  bandInterval,
  bandProblems,
  bandsFromRuleSet,
  compileBand,
  type NamedScores,
  type SchemeBand,
  type ScoreName,
  schemeBandText,
  schemeGradeFor,
} from './scoring/bands.js';
export {
  assumeMet,
  type Exclusion,
  type RegionReadings,
  type SchemeScore,
  type ScoringPlan,
  type Status,
  scoreWithPlan,
} from './scoring/score.js';
export {
  candidatesOf,
  EXACT_SEARCH_LIMIT,
  type NextGrade,
  nextGrade,
  type Recoverable,
  recoverable,
  type Sensitivity,
  sensitivity,
} from './scoring/what-if.js';
