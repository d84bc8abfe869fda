import { z } from 'zod';
import { type Dec, minDec, sumDec, ZERO } from '../core/decimal.js';

/** How a node combines its children: the weighted sum, or the lowest child's share (取低). */
export const AggregationSchema = z.enum(['weighted_sum', 'lowest']);

/** A node's aggregation. */
export type Aggregation = z.infer<typeof AggregationSchema>;

/** A child of a node in the points tree: fixed points, or a weight sharing what the fixed ones leave. */
export interface Slot {
  /** Fixed points (the scheme says "PM2.5 20分"), or null to share by weight. */
  readonly pinned: Dec | null;
  readonly weight: Dec;
  /** Whether the child has anything scored; a child without does not take its share. */
  readonly participates: boolean;
}

/**
 * Shares a node's budget among its children. Fixed children keep their points when they take part
 * and drop out of the maximum when they do not; weighted children share the remainder (budget − all
 * fixed points) in proportion to their weights among the weighted children that take part, so an
 * excluded weighted child's share passes to its siblings, as the default scoring does.
 * @example allocate(D(100), [{ pinned: D(40), weight: D(1), participates: true }, { pinned: null, weight: D(1), participates: true }, { pinned: null, weight: D(1), participates: false }]).map(String) // ['40', '60', '0']
 */
export function allocate(budget: Dec, slots: readonly Slot[]): Dec[] {
  const pinnedTotal = sumDec(slots.flatMap((s) => (s.pinned === null ? [] : [s.pinned])));
  const remainder = budget.minus(pinnedTotal);
  const weightTotal = sumDec(slots.filter((s) => s.pinned === null && s.participates).map((s) => s.weight));
  return slots.map((s) => {
    if (!s.participates) return ZERO;
    if (s.pinned !== null) return s.pinned;
    return weightTotal.gt(0) && remainder.gt(0) ? remainder.times(s.weight).div(weightTotal) : ZERO;
  });
}

/** A child's points within its node. */
export interface PartPoints {
  readonly possible: Dec;
  readonly earned: Dec;
}

/**
 * Σ earned, in order. Every region's score is summed here, so zeros are skipped and the sum starts
 * from the first part rather than from 0: adding 0 changes nothing (each earned figure is already
 * a 40-digit result).
 */
function sumEarned(parts: readonly PartPoints[]): Dec {
  let total: Dec | null = null;
  for (const p of parts) if (!p.earned.isZero()) total = total === null ? p.earned : total.plus(p.earned);
  return total ?? ZERO;
}

/**
 * Combines children's points: the weighted sum (default), or the lowest child's share of its own
 * points applied to the node's whole maximum (取两部分中较低者), so one weak part caps the node.
 * @example aggregate('lowest', [{ possible: D(50), earned: D(40) }, { possible: D(50), earned: D(25) }]).toString() // '50'
 */
export function aggregate(method: Aggregation, parts: readonly PartPoints[]): Dec {
  if (method === 'weighted_sum') return sumEarned(parts);
  const scored = parts.filter((p) => p.possible.gt(0));
  if (scored.length === 0) return ZERO;
  const lowest = scored.map((p) => p.earned.div(p.possible)).reduce(minDec);
  return sumDec(scored.map((p) => p.possible)).times(lowest);
}
