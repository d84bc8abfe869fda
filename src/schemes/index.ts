/**
 * Assessment schemes (考核细则/评分标准): declarative files that score a rule set's targets the way a
 * real assessment does. Load one, then pass it to `evaluate(ruleSet, data, { scheme })`.
 * @example evaluate(loadBuiltinRuleSet('panan-2018'), data, { scheme: loadBuiltinScheme('panan-environment-deductions') }).scheme?.scores.total100
 */

export { SchemeBandSchema } from '../scoring/bands.js';
export { type BoundItem, type BoundMethod, type BoundScheme, bindScheme } from './bind.js';
export {
  BUILTIN_SCHEME_IDS,
  builtinSchemeJson,
  loadBuiltinScheme,
  ruleSetScoring,
  UnknownSchemeError,
} from './builtin.js';
export { type CompiledScheme, type LoadSchemeOptions, loadScheme } from './load.js';
export {
  type AdjustmentData,
  AdjustmentSchema,
  type MethodData,
  type MethodName,
  MethodSchema,
  type SchemeData,
  type SchemeInput,
  SchemeSchema,
  type VetoData,
  VetoSchema,
} from './schema.js';
