/**
 * Every target kind the library knows, one line each. A kind is its folder under src/kinds/ (schema,
 * compiler, words, tests) plus its line here: the rule set's target schema and the compiler dispatch
 * are both built from this list.
 */

import { benchmarkKind } from './benchmark/index.js';
import { changeKind } from './change/index.js';
import { compoundKind } from './compound/index.js';
import type { CompileContext, CompiledKind, KindTarget } from './contract.js';
import { frequencyKind } from './frequency/index.js';
import { milestoneKind } from './milestone/index.js';
import { qualitativeKind } from './qualitative/index.js';
import { rangeKind } from './range/index.js';
import { rankKind } from './rank/index.js';
import { thresholdKind } from './threshold/index.js';
import { trendKind } from './trend/index.js';
import { zeroKind } from './zero/index.js';

/**
 * The kind definitions, in the order the rule set's JSON Schema lists them.
 * @example KIND_REGISTRY.flatMap((k) => k.kinds) // ['at_least', 'more_than', …, 'frequency']
 */
export const KIND_REGISTRY = [
  thresholdKind,
  rangeKind,
  zeroKind,
  milestoneKind,
  compoundKind,
  trendKind,
  benchmarkKind,
  rankKind,
  frequencyKind,
  changeKind,
  qualitativeKind,
] as const;

/** A validated target of any registered kind. */
export type RegisteredTarget = KindTarget<(typeof KIND_REGISTRY)[number]['schema']>;

const BY_NAME: ReadonlyMap<string, (typeof KIND_REGISTRY)[number]> = new Map(
  KIND_REGISTRY.flatMap((definition) => definition.kinds.map((name) => [name, definition] as const)),
);

/**
 * Compiles a target by its kind, reporting problems on `ctx.issues` (and returning undefined then).
 * @example compileTarget(ruleSet.targets[0], ctx)?.requirement['zh-Hans'] // '不低于95%'
 */
export function compileTarget(target: RegisteredTarget, ctx: CompileContext): CompiledKind | undefined {
  return BY_NAME.get(target.kind)?.compile(target, ctx);
}
