import type { TargetData } from '../rulesets/schema.js';
import { compileBenchmark } from './benchmark.js';
import { compileCompound, compileMilestone, compileRange, compileThreshold, compileZero } from './core.js';
import { compileFrequency } from './frequency.js';
import { compileRank } from './rank.js';
import { compileTrend } from './trend.js';
import type { CompileContext, CompiledKind } from './types.js';

/**
 * Compiles a target by its kind, reporting problems on `ctx.issues` (and returning undefined then).
 * @example compileTarget(ruleSet.targets[0], ctx)?.requirement['zh-Hans'] // '不低于95%'
 */
export function compileTarget(target: TargetData, ctx: CompileContext): CompiledKind | undefined {
  switch (target.kind) {
    case 'at_least':
    case 'more_than':
    case 'at_most':
    case 'less_than':
    case 'equal':
      return compileThreshold(target, ctx);
    case 'range':
      return compileRange(target, ctx);
    case 'zero':
      return compileZero(target, ctx);
    case 'milestone':
      return compileMilestone(target, ctx);
    case 'compound':
      return compileCompound(target, ctx);
    case 'trend':
      return compileTrend(target, ctx);
    case 'benchmark':
      return compileBenchmark(target, ctx);
    case 'rank':
      return compileRank(target, ctx);
    case 'frequency':
      return compileFrequency(target, ctx);
  }
}
