/**
 * quality-scorecard: score Chinese local-government quality plans against observed data.
 * @example
 * import { loadBuiltinRuleSet, evaluate } from 'quality-scorecard';
 * const report = evaluate(loadBuiltinRuleSet('panan-2018'), dataSet);
 */
export { D, toDecimal, type Dec, type DecimalInput } from './decimal/decimal.js';
export {
  ISSUE_CODES,
  InvalidInputError,
  ScorecardError,
  UnknownBuiltinError,
  formatIssue,
  type InputIssue,
  type IssueCode,
} from './errors/errors.js';
export { LOCALES, type Locale, type LocalizedText } from './i18n/locale.js';
export { MESSAGES } from './i18n/messages.js';
export { CATALOGUE } from './i18n/catalogue.js';
export { BUILTIN_INDICATORS, catalogueIndicator } from './indicators/catalogue.js';
export { CatalogueSchema, IndicatorSchema, type Indicator, type IndicatorKind } from './indicators/schema.js';
export { loadDataSet, type FactEntry, type RegionData } from './observations/normalize.js';
export { parsePeriod, periodEnd, periodStart, periodsBetween, type Granularity, type Period } from './observations/periods.js';
export { DataSetSchema, ObservationSchema, type DataSet, type DataSetInput, type Observation, type Provenance } from './observations/schema.js';
export { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, loadBuiltinRuleSet } from './rulesets/builtin.js';
export { loadRuleSet, type CompiledRuleSet, type CompiledTarget, type LoadOptions, type RuleSetWarning } from './rulesets/load.js';
export { RuleSetSchema, TargetSchema, type Condition, type RuleSetData, type RuleSetInput, type TargetData, type TargetKind } from './rulesets/schema.js';
export { compileCondition, type EngineCondition } from './evaluation/conditions.js';
export { engineFor, evaluate, evaluateWithEngine, type EvaluateOptions } from './evaluation/evaluate.js';
export { applyOperator, registerDecimalOperators, OPERATOR_NAMES, type OperatorName } from './evaluation/operators.js';
export { gradeBands, gradeFor, type GradeBand } from './scoring/grades.js';
export { scoreTargets, type ScoreResult, type Status } from './scoring/score.js';
export { ReportSchema, type Report, type Shortfall, type TargetResult, type TargetStatus } from './reports/schema.js';
export { convertValue, parseUnit, type Unit } from './units/units.js';
export { formatGap, formatQuantity } from './units/format.js';
export {
  CohortSourceError,
  evaluateCohort,
  evaluateCohortStream,
  rankByScore,
  valueStatistics,
  type CohortOptions,
  type CohortResult,
  type CohortSummary,
  type RankedRegion,
  type ScoreEntry,
  type TargetStatistics,
} from './evaluation/cohort.js';
export { deadlineProgress, earliestBaseline, progressReport, yearsBetween, type DeadlineProgress, type ProgressInput } from './evaluation/progress.js';
export { rankAmong, type TieRule } from './evaluation/kinds/rank.js';
export type { CohortView } from './evaluation/kinds/types.js';
export {
  AdjustmentSchema,
  BUILTIN_SCHEME_IDS,
  MethodSchema,
  SchemeBandSchema,
  SchemeSchema,
  UnknownSchemeError,
  VetoSchema,
  bindScheme,
  buildSchemeReport,
  builtinSchemeJson,
  evaluateScheme,
  loadBuiltinScheme,
  loadScheme,
  type AdjustmentData,
  type BoundItem,
  type BoundMethod,
  type BoundScheme,
  type CompiledScheme,
  type LoadSchemeOptions,
  type MethodData,
  type MethodName,
  type SchemeData,
  type SchemeEvaluation,
  type SchemeInput,
  type VetoData,
} from './schemes/index.js';
export { SCHEME_MESSAGES } from './i18n/scheme-messages.js';
export { bandProblems, bandsFromRuleSet, compileBand, schemeBandText, schemeGradeFor, type BandTest, type NamedScores, type SchemeBand, type ScoreName } from './scoring/bands.js';
export { assumeMet, scoreWithPlan, type RegionReadings, type SchemeExclusion, type SchemeScore, type ScoringPlan } from './scoring/scheme-score.js';
export { EXACT_SEARCH_LIMIT, candidatesOf, nextGrade, recoverable, sensitivity, type NextGrade, type Recoverable, type Sensitivity } from './scoring/what-if.js';
export { SchemeReportSchema, type RecoverableRow, type SchemeReport, type SchemeTargetResult } from './reports/schema.js';
export { escapeMarkdown, renderMarkdown, type MarkdownOptions } from './reports/markdown.js';
export { REPORT_CSP, renderHtml, type HtmlOptions } from './reports/html.js';
export { UTF8_BOM, csvField, renderCsv, type CsvOptions } from './reports/csv.js';
export { categoryChartSvg, scoreGaugeSvg, statusMarkSvg } from './reports/svg.js';
export { bindingShortfalls, meetsAllBindingTargets, type RenderOptions } from './reports/render-helpers.js';
export { CLI_LABELS, REPORT_LABELS } from './i18n/report-labels.js';
