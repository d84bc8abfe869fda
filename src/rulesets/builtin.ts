import jiaze2016 from '../../rules/jiaze-2016.json';
import jinan2020 from '../../rules/jinan-2020.json';
import panan2018 from '../../rules/panan-2018.json';
import qualityTown2016 from '../../rules/quality-town-2016.json';
import zhuanqiao2018 from '../../rules/zhuanqiao-2018.json';
import { UnknownBuiltinError } from '../core/errors.js';
import { type CompiledRuleSet, loadRuleSet } from './load.js';

// A Map, not an object literal: an id comes from the caller (or the command line), and a lookup on an
// object would find `__proto__`, `constructor` or `toString` on Object.prototype.
const SOURCES: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['zhuanqiao-2018', zhuanqiao2018],
  ['quality-town-2016', qualityTown2016],
  ['panan-2018', panan2018],
  ['jiaze-2016', jiaze2016],
  ['jinan-2020', jinan2020],
]);

/** Ids of the built-in rule sets, one per source document. */
export const BUILTIN_RULE_SET_IDS: readonly string[] = Object.freeze([...SOURCES.keys()]);

const compiled = new Map<string, CompiledRuleSet>();

/**
 * Loads a built-in rule set by id (compiled once, then cached).
 * @example loadBuiltinRuleSet('panan-2018').targets.length
 */
export function loadBuiltinRuleSet(id: string): CompiledRuleSet {
  const cached = compiled.get(id);
  if (cached) return cached;
  const raw = SOURCES.get(id);
  if (raw === undefined) throw new UnknownBuiltinError(id, BUILTIN_RULE_SET_IDS);
  const ruleSet = loadRuleSet(raw, { file: `rules/${id}.json` });
  compiled.set(id, ruleSet);
  return ruleSet;
}

/** The raw JSON of a built-in rule set, as shipped in `rules/` (a deep copy: safe to edit). */
export function builtinRuleSetJson(id: string): unknown {
  const raw = SOURCES.get(id);
  if (raw === undefined) throw new UnknownBuiltinError(id, BUILTIN_RULE_SET_IDS);
  return structuredClone(raw);
}
