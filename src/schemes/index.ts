/**
 * Assessment schemes (考核细则/评分标准): declarative files that score a rule set's targets the way a
 * real assessment does. Load one, then pass it to `evaluate(ruleSet, data, { scheme })`.
 * @example evaluate(loadBuiltinRuleSet('panan-2018'), data, { scheme: loadBuiltinScheme('panan-environment-deductions') }).scheme?.scores.total100
 */
export { BUILTIN_SCHEME_IDS, UnknownSchemeError, builtinSchemeJson, loadBuiltinScheme } from './builtin.js';
export { bindScheme, type BoundItem, type BoundMethod, type BoundScheme } from './bind.js';
export { loadScheme, type CompiledScheme, type LoadSchemeOptions } from './load.js';
export { buildSchemeReport, evaluateScheme, type SchemeEvaluation } from './report.js';
export {
  AdjustmentSchema,
  MethodSchema,
  SchemeBandSchema,
  SchemeSchema,
  VetoSchema,
  type AdjustmentData,
  type MethodData,
  type MethodName,
  type SchemeData,
  type SchemeInput,
  type VetoData,
} from './schema.js';
