import { z } from 'zod';
import type { FactLookup } from '../kinds/conditions.js';
import type { EvaluationContext, Gathered, Measurement, MissingItem, ObservedFigure } from '../kinds/contract.js';
import type { Settled } from '../kinds/settled.js';
import type { CompiledTarget } from '../rulesets/load.js';

/** The five outcomes a target can have, in report order. */
export const StatusSchema = z.enum(['met', 'not_met', 'no_data', 'not_applicable', 'not_due']);

/** A target's status: one of {@link STATUSES}. */
export type Status = z.infer<typeof StatusSchema>;

/** Every status, in report order. */
export const STATUSES: readonly Status[] = StatusSchema.options;

/**
 * A status's position in {@link STATUSES}, for per-status memos held in arrays: a switch over the five
 * constants costs less than a Map lookup by the status text, which per target per region added up.
 * @example statusPosition('no_data') // 2
 */
export function statusPosition(status: Status): number {
  switch (status) {
    case 'met':
      return 0;
    case 'not_met':
      return 1;
    case 'no_data':
      return 2;
    case 'not_applicable':
      return 3;
    default:
      return 4;
  }
}

/** One target's evaluated outcome before it is written into a report. */
export interface TargetOutcome {
  readonly target: CompiledTarget;
  readonly status: Status;
  /** The status's position in {@link STATUSES} ({@link statusPosition}), worked out once when the outcome is made. */
  readonly position: number;
  readonly gathered: Gathered;
  readonly measurement?: Measurement;
  readonly provisional: boolean;
  /**
   * Set when the verdict is met or not_met although data are missing or the deadline is still ahead,
   * because neither can change it any more (what would otherwise be no_data or not_due).
   */
  readonly settled?: Settled;
  /** The figures gathered, a fresh array the report may own; null for a target that does not apply. */
  readonly observed: readonly ObservedFigure[] | null;
  /** What the region lacks (with no data, or beside a settled verdict); undefined when nothing is, or the target does not apply. */
  readonly missing: readonly MissingItem[] | undefined;
}

/**
 * Turns a target's gathered data and verdict into its outcome (status, measurement, interim flag).
 * A kind's settled finding counts only where it changes something: with data missing or time left.
 * Without it, an unmet target before its deadline is not_due; with it, not_met, and not provisional.
 * @example judgeTarget(target, gathered, false, { region, asOf: '2018-09-30' }).status // 'not_due'
 */
export function judgeTarget(
  target: CompiledTarget,
  gathered: Gathered,
  met: boolean,
  ctx: EvaluationContext,
  facts?: FactLookup,
): TargetOutcome {
  return judgeDated(target, target.data.openDeadline === undefined, gathered, met, ctx, facts);
}

/**
 * {@link judgeTarget} for a caller that knows whether the target has a deadline (none for 到20XX年): the
 * raw target's shape differs by kind, so reading it per region was a slow lookup, and the evaluation loop
 * reads the answer from the rule set's target plans instead.
 */
export function judgeDated(
  target: CompiledTarget,
  dated: boolean,
  gathered: Gathered,
  met: boolean,
  ctx: EvaluationContext,
  facts?: FactLookup,
): TargetOutcome {
  // A target without a deadline (到20XX年) is judged as of the as-of date: never interim, never not_due.
  const provisional = dated && ctx.asOf < target.deadline;
  // Gathered data come in several shapes (by kind and by what is missing): each field is read here once,
  // and the outcome, of one shape, carries it to the report.
  if (gathered.kind === 'not_applicable')
    return outcomeOf(target, 'not_applicable', gathered, undefined, false, undefined, null, undefined);
  const observed = gathered.observed;
  const missing = gathered.missing;
  if (gathered.kind === 'no_data')
    return outcomeOf(target, 'no_data', gathered, undefined, provisional, undefined, observed, missing);
  const lookup = facts ?? ((name: string) => gathered.facts.get(name));
  const measurement = target.compiled.measure(lookup, met, ctx, gathered.state);
  const settled = provisional || missing ? measurement.settled : undefined;
  if (settled)
    return outcomeOf(target, met ? 'met' : 'not_met', gathered, measurement, false, settled, observed, missing);
  // A kind hands over facts with data missing only when those data cannot change the verdict, so what
  // is left open here is the time to the deadline: not_due, as for a target with all its data.
  if (met) return outcomeOf(target, 'met', gathered, measurement, provisional, undefined, observed, missing);
  const status = provisional ? 'not_due' : 'not_met';
  return outcomeOf(target, status, gathered, measurement, provisional, undefined, observed, missing);
}

/**
 * An outcome, always built by this one literal with every key in the same order: the report builder
 * reads each outcome many times, and outcomes of one shape keep those reads monomorphic. The status's
 * position is worked out here once, and the report and the scorer read it instead of a switch each.
 */
function outcomeOf(
  target: CompiledTarget,
  status: Status,
  gathered: Gathered,
  measurement: Measurement | undefined,
  provisional: boolean,
  settled: Settled | undefined,
  observed: readonly ObservedFigure[] | null,
  missing: readonly MissingItem[] | undefined,
): TargetOutcome {
  return {
    target,
    status,
    position: statusPosition(status),
    gathered,
    measurement,
    provisional,
    settled,
    observed,
    missing,
  };
}
