import defaultScheme from '../../rules/schemes/default.json';
import equalWeights from '../../rules/schemes/equal-weights.json';
import nationalGradeBands from '../../rules/schemes/national-grade-bands.json';
import pananEnvironmentDeductions from '../../rules/schemes/panan-environment-deductions.json';
import ruleSetSchemeJson from '../../rules/schemes/rule-set.json';
import { UnknownBuiltinError } from '../core/errors.js';
import { keptPerObject } from '../core/kept.js';
import { SCHEME_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { CompiledRuleSet } from '../rulesets/load.js';
import { bandsFromRuleSet } from '../scoring/bands.js';
import { type BoundScheme, bindScheme } from './bind.js';
import { type CompiledScheme, loadScheme } from './load.js';

// A Map, not an object literal: a lookup on an object would find `hasOwnProperty`, `__proto__` and the
// rest of Object.prototype for an id the caller (or the command line) chose.
const SOURCES: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['default', defaultScheme],
  ['equal-weights', equalWeights],
  ['national-grade-bands', nationalGradeBands],
  ['panan-environment-deductions', pananEnvironmentDeductions],
]);

/** Ids of the schemes shipped in `rules/schemes/`. */
export const BUILTIN_SCHEME_IDS: readonly string[] = Object.freeze([...SOURCES.keys()]);

/**
 * A scheme id the library does not ship. An {@link UnknownBuiltinError} (same code), worded for schemes.
 * @example try { loadBuiltinScheme('nope') } catch (e) { e instanceof UnknownBuiltinError }
 */
export class UnknownSchemeError extends UnknownBuiltinError {
  constructor(id: string, known: readonly string[]) {
    super(id, known);
    const messages: LocalizedText = SCHEME_MESSAGES.unknownBuiltin(id, known.join(', '));
    // The base class words its message for rule sets; a scheme's caller deserves the right noun.
    (this as { messages: LocalizedText }).messages = messages;
    this.message = `${messages['zh-Hans']}\n${messages.en}`;
    this.name = 'UnknownSchemeError';
  }
}

const compiled = new Map<string, CompiledScheme>();

/**
 * Loads a built-in scheme by id (validated once, then cached): `default` (practice-based),
 * `equal-weights` (the fallback), `national-grade-bands` (国办发〔2013〕47号), `panan-environment-deductions`.
 * @example evaluate(loadBuiltinRuleSet('panan-2018'), data, { scheme: loadBuiltinScheme('national-grade-bands') }).scheme?.grade
 */
export function loadBuiltinScheme(id: string): CompiledScheme {
  const cached = compiled.get(id);
  if (cached) return cached;
  const raw = SOURCES.get(id);
  if (raw === undefined) throw new UnknownSchemeError(id, BUILTIN_SCHEME_IDS);
  const scheme = loadScheme(raw, { file: `rules/schemes/${id}.json` });
  compiled.set(id, scheme);
  return scheme;
}

/** The raw JSON of a built-in scheme, as shipped (a deep copy: safe to edit and reload). */
export function builtinSchemeJson(id: string): unknown {
  const raw = SOURCES.get(id);
  if (raw === undefined) throw new UnknownSchemeError(id, BUILTIN_SCHEME_IDS);
  return structuredClone(raw);
}

let ruleSetScheme: CompiledScheme | undefined;

/**
 * The scheme behind a report's headline: the built-in scheme the rule set names (`scoring.scheme`,
 * `default` for the five built-ins), else the rule set's own scoring. Graded on the rounded points
 * total, as the rule set's own scoring is. Cached per rule set.
 * @example headlineScoring(loadBuiltinRuleSet('jiaze-2016')).scheme.id // 'default'
 */
export const headlineScoring: (ruleSet: CompiledRuleSet) => BoundScheme = keptPerObject((ruleSet: CompiledRuleSet) => {
  const id = ruleSet.scoring.scheme;
  if (id === undefined) return ruleSetScoring(ruleSet);
  const bound = bindScheme(loadBuiltinScheme(id), ruleSet);
  // Out of a budget of 100 the total is the score; grading it rather than total100 keeps a sum of
  // 40-digit shares a hair under 100 from tipping a score on a band edge (see ruleSetScoring).
  const bands = bound.plan.bands.map((b) => ({
    ...b,
    tests: b.tests.map((t) => ({ ...t, score: 'total' as const })),
  }));
  return Object.freeze({ ...bound, plan: { ...bound.plan, bands } });
});

/**
 * A rule set's own scoring block compiled into a scheme bound to it (`rules/schemes/rule-set.json`:
 * all or nothing by the rule set's weights, every other setting the rule set's): the plan behind the
 * report's score, grade, points and vetoes, run by the same scorer as any scheme. Cached per rule set.
 * @example scoreWithPlan(ruleSetScoring(ruleSet).plan, readRegion(ruleSetScoring(ruleSet), outcomes, ctx).readings).scores.total
 */
export const ruleSetScoring: (ruleSet: CompiledRuleSet) => BoundScheme = keptPerObject((ruleSet: CompiledRuleSet) => {
  ruleSetScheme ??= loadScheme(ruleSetSchemeJson, { file: 'rules/schemes/rule-set.json' });
  const bound = bindScheme(ruleSetScheme, ruleSet);
  // The rule set grades its rounded points out of 100, which is the plan's `total`. `total100`
  // rescales by the maximum after exclusions, whose 40-digit shares can sum to a hair under 100
  // and so tip a score lying exactly on a rounding edge into the next band.
  return Object.freeze({
    ...bound,
    plan: { ...bound.plan, bands: bandsFromRuleSet(ruleSet.scoring.grades, 'total') },
  });
});
