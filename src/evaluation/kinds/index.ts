import { inputIssue } from '../../errors/errors.js';
import { localized } from '../../i18n/locale.js';
import type { TargetData } from '../../rulesets/schema.js';
import { compileCompound, compileMilestone, compileRange, compileThreshold, compileZero } from './core.js';
import type { CompileContext, CompiledKind } from './types.js';

function unsupported(target: TargetData, ctx: CompileContext): undefined {
  ctx.issues.push(inputIssue('E_UNSUPPORTED_KIND', `${ctx.path}.kind`, localized('本版本支持的目标类型', 'a target kind this version evaluates', '本版本支援的目標類型'), target.kind));
  return undefined;
}

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
    case 'benchmark':
    case 'rank':
    case 'frequency':
      return unsupported(target, ctx);
  }
}
