import { Engine } from 'json-rules-engine';
import { D, type Dec } from '../core/decimal.js';
import { InvalidInputError, inputIssue } from '../core/errors.js';
import { keptPerObject } from '../core/kept.js';
import { isRealDate } from '../core/periods.js';
import { judgeDated, judgeTarget, type TargetOutcome } from '../evaluation/outcome.js';
import type { FactLookup } from '../kinds/conditions.js';
import type { CohortView, EvaluationContext, Gathered } from '../kinds/contract.js';
import { type EngineFactValue, type FactValue, registerDecimalOperators } from '../kinds/operators.js';
import { ERROR_MESSAGES } from '../locales/index.js';
import { isRegionData, loadDataSet } from '../observations/normalize.js';
import type { CompiledRuleSet, CompiledTarget } from '../rulesets/load.js';
import { type BoundScheme, bindScheme } from '../schemes/bind.js';
import type { CompiledScheme } from '../schemes/load.js';
import { buildReport, targetPlans } from './build.js';
import type { Report } from './schema.js';

/** Options for {@link evaluate}. */
export interface EvaluateOptions {
  /** Judge as of this ISO date instead of the data set's own as-of date. */
  asOf?: string;
  /** Cohort figures for rank targets and cohort benchmarks (set by cohort evaluation). */
  cohort?: CohortView;
  /** File name to put in error messages about the data. */
  file?: string;
  /**
   * An assessment scheme (`loadScheme`, `loadBuiltinScheme`) to score by as well: the report then
   * carries a `scheme` block with its points, grade, pass verdict and what-if analysis. The other
   * report fields keep the headline scoring: the built-in scheme the rule set names in
   * `scoring.scheme` (`default`, practice-based, for the five built-ins), else the rule set's own weights.
   */
  scheme?: CompiledScheme;
}

const E = ERROR_MESSAGES.expected;

/**
 * Whether a value has the shape `loadRuleSet` gives. Checked by shape rather than by a registry of
 * loaded rule sets, so a rule set loaded through the CommonJS build still evaluates through the ESM one.
 */
function isCompiledRuleSet(value: unknown): value is CompiledRuleSet {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof CompiledRuleSet, unknown>>;
  return (
    typeof r.id === 'string' &&
    Array.isArray(r.targets) &&
    Array.isArray(r.categories) &&
    Array.isArray(r.rules) &&
    typeof r.indicator === 'function' &&
    typeof r.scoring === 'object' &&
    r.scoring !== null
  );
}

/** Whether a value has the shape `loadScheme` gives (raw scheme JSON has no `indicators` map). */
function isCompiledScheme(value: unknown): value is CompiledScheme {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Record<keyof CompiledScheme, unknown>>;
  return (
    typeof s.id === 'string' &&
    typeof s.data === 'object' &&
    s.data !== null &&
    (s.bands === null || Array.isArray(s.bands)) &&
    s.indicators instanceof Map
  );
}

/**
 * Checks what the caller passed besides the data (a JavaScript caller, or one casting types away,
 * can pass anything): a typed error here rather than a TypeError deep inside. Runs once per call.
 */
export function checkArguments(ruleSet: unknown, options: unknown): asserts options is EvaluateOptions {
  if (!isCompiledRuleSet(ruleSet))
    throw new InvalidInputError([inputIssue('E_SCHEMA', '$', E.compiledRuleSet, describeShape(ruleSet))], 'ruleSet');
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new InvalidInputError([inputIssue('E_SCHEMA', '$', E.type.object, options)], 'options');
  const o = options as Record<string, unknown>;
  const issues = [];
  if (o.asOf !== undefined && (typeof o.asOf !== 'string' || !isRealDate(o.asOf)))
    issues.push(inputIssue('E_BAD_DATE', '$.asOf', E.realDate, o.asOf));
  if (o.file !== undefined && typeof o.file !== 'string')
    issues.push(inputIssue('E_SCHEMA', '$.file', E.type.string, o.file));
  if (o.scheme !== undefined && !isCompiledScheme(o.scheme))
    issues.push(inputIssue('E_SCHEMA', '$.scheme', E.compiledScheme, describeShape(o.scheme)));
  if (issues.length > 0) throw new InvalidInputError(issues, 'options');
}

/** A found value for a wrong argument: a compiled-looking object is named by its keys, not dumped. */
function describeShape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Array.isArray(value) ? '[…]' : `{${Object.keys(value).slice(0, 6).join(', ')}}`;
}

/** Validates the data (unless already loaded) and fixes the as-of date. */
function contextFor(
  ruleSet: CompiledRuleSet,
  data: unknown,
  options: EvaluateOptions,
  scheme?: BoundScheme,
): EvaluationContext {
  // A scheme may define indicators of its own (level flags), which the data may then observe.
  const region = isRegionData(data) ? data : loadDataSet(data, scheme?.indicator ?? ruleSet.indicator, options.file);
  const asOf = options.asOf ?? region.asOf;
  if (!isRealDate(asOf)) {
    throw new InvalidInputError(
      [inputIssue('E_BAD_DATE', '$.asOf', ERROR_MESSAGES.expected.realDate, asOf)],
      'options',
    );
  }
  // A literal of fixed keys: spreading an optional cohort in built every context on V8's slow path.
  return options.cohort ? { region, asOf, cohort: options.cohort } : { region, asOf };
}

function lookupIn(facts: ReadonlyMap<string, FactValue>): FactLookup {
  return (name) => facts.get(name);
}

/**
 * One target's outcome: its data gathered, its compiled predicate run on them, the verdict judged.
 * `dated` is whether it has a deadline, read from the rule set's target plans.
 */
function outcomeOf(target: CompiledTarget, dated: boolean, ctx: EvaluationContext): TargetOutcome {
  const gathered = target.compiled.gather(ctx);
  if (gathered.kind !== 'facts') return judgeDated(target, dated, gathered, false, ctx);
  const facts = lookupIn(gathered.facts);
  return judgeDated(target, dated, gathered, target.compiled.predicate(facts), ctx, facts);
}

/**
 * Evaluates one region's data against a compiled rule set through the compiled synchronous path
 * (the same verdicts as json-rules-engine, proven by a differential test) and returns the report.
 * `data` is a raw data set (validated here) or one returned by `loadDataSet`. Inputs are not mutated.
 * @example const report = evaluate(loadBuiltinRuleSet('panan-2018'), dataSet); report.grade
 */
export function evaluate(ruleSet: CompiledRuleSet, data: unknown, options: EvaluateOptions = {}): Report {
  checkArguments(ruleSet, options);
  const scheme = options.scheme && bindScheme(options.scheme, ruleSet);
  const ctx = contextFor(ruleSet, data, options, scheme);
  const plans = targetPlans(ruleSet);
  const outcomes: TargetOutcome[] = new Array(plans.length);
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i] as (typeof plans)[number];
    outcomes[i] = outcomeOf(plan.target, plan.dated, ctx);
  }
  return buildReport(ruleSet, ctx, outcomes, scheme);
}

/** The json-rules-engine Engine of a rule set, with the decimal operators, built once. */
export const engineFor: (ruleSet: CompiledRuleSet) => Engine = keptPerObject((ruleSet: CompiledRuleSet) => {
  // The engine may annotate rule objects, and ours are frozen: hand it a private copy.
  const engine = new Engine(structuredClone(ruleSet.rules) as never, { allowUndefinedFacts: true });
  registerDecimalOperators(engine);
  return engine;
});

function engineFacts(gathered: readonly Gathered[]): Record<string, EngineFactValue> {
  const facts: Record<string, EngineFactValue> = {};
  for (const g of gathered) {
    if (g.kind !== 'facts') continue;
    for (const [name, value] of g.facts)
      facts[name] = value instanceof D ? (value as Dec).toString() : (value as boolean | undefined);
  }
  return facts;
}

/**
 * The same evaluation run through json-rules-engine's `Engine` (the reference semantics; async, so
 * it also suits async facts). Gives the same report as {@link evaluate}.
 */
export async function evaluateWithEngine(
  ruleSet: CompiledRuleSet,
  data: unknown,
  options: EvaluateOptions = {},
): Promise<Report> {
  checkArguments(ruleSet, options);
  const scheme = options.scheme && bindScheme(options.scheme, ruleSet);
  const ctx = contextFor(ruleSet, data, options, scheme);
  const gathered = ruleSet.targets.map((t) => t.compiled.gather(ctx));
  const result = await engineFor(ruleSet).run(engineFacts(gathered));
  const metIds = new Set(result.events.map((e) => String(e.params?.target)));
  const outcomes = ruleSet.targets.map((target, i) => {
    const g = gathered[i] as Gathered;
    return judgeTarget(target, g, g.kind === 'facts' && metIds.has(target.id), ctx);
  });
  return buildReport(ruleSet, ctx, outcomes, scheme);
}
