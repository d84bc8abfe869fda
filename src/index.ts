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
export type { Condition } from './kinds/compound/schema.js';
export { compileCondition, type EngineCondition } from './kinds/conditions.js';
export type { CohortView } from './kinds/contract.js';
export { applyOperator, OPERATOR_NAMES, type OperatorName, registerDecimalOperators } from './kinds/operators.js';
export {
  type DeadlineProgress,
  deadlineProgress,
  earliestBaseline,
  type ProgressInput,
  yearsBetween,
} from './kinds/progress.js';
export { rankAmong, type TieRule } from './kinds/rank/compile.js';
export { progressReport } from './kinds/threshold/compile.js';
export { CATALOGUE, CLI_LABELS, MESSAGES, REPORT_LABELS, SCHEME_MESSAGES } from './locales/index.js';
export { LOCALES, type Locale, type LocalizedText } from './locales/locale.js';
export { type FactEntry, loadDataSet, type RegionData } from './observations/normalize.js';
export {
  type DataSet,
  type DataSetInput,
  DataSetSchema,
  type Observation,
  ObservationSchema,
  type Provenance,
} from './observations/schema.js';
export { type CsvOptions, csvField, renderCsv, UTF8_BOM } from './render/csv/csv.js';
export type { RenderOptions } from './render/format.js';
export { type HtmlOptions, REPORT_CSP, renderHtml } from './render/html/html.js';
export { escapeMarkdown, type MarkdownOptions, renderMarkdown } from './render/markdown/markdown.js';
export { bindingShortfalls, meetsAllBindingTargets } from './render/shortfalls.js';
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
  bandProblems,
  bandsFromRuleSet,
  compileBand,
  type NamedScores,
  type SchemeBand,
  type ScoreName,
  schemeBandText,
  schemeGradeFor,
} from './scoring/bands.js';
export { type GradeBand, gradeBands, gradeFor } from './scoring/grades.js';
export {
  assumeMet,
  type RegionReadings,
  type SchemeExclusion,
  type SchemeScore,
  type ScoringPlan,
  scoreWithPlan,
} from './scoring/scheme-score.js';
export { type ScoreResult, type Status, scoreTargets } from './scoring/score.js';
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
