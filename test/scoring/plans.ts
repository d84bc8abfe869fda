/** Scoring plans for the scorer's tests, written out only where they differ from the plain one. */
import { D, ONE, ZERO } from '../../src/core/decimal.js';
import type { Credit } from '../../src/scoring/methods.js';
import { FULL_CREDIT } from '../../src/scoring/methods.js';
import type { ItemReading, RegionReadings, ScoringPlan } from '../../src/scoring/score.js';

/**
 * A plan of 100 points summed by weight, one category `c` of weight 1, no caps, no bands, grade D on a veto,
 * 2 places; `fields` (at least its items) replace any of that.
 * @example plainPlan({ items: [{ id: 't', category: 'c', pinned: null, weight: ONE }] }).budget.toString() // '100'
 */
export function plainPlan(fields: Partial<ScoringPlan> & Pick<ScoringPlan, 'items'>): ScoringPlan {
  return {
    budget: new D(100),
    basePoints: ZERO,
    aggregation: 'weighted_sum',
    categories: [{ id: 'c', pinned: null, weight: ONE, aggregation: 'weighted_sum' }],
    caps: { bonus: null, penalty: null },
    bands: [],
    vetoGrade: 'D',
    precision: 2,
    ...fields,
  };
}

/**
 * The readings of `count` items from their credits: full credit is met, null is no data (left out), anything
 * else not met; no adjustments, no vetoes.
 * @example readingsOf(2, [FULL_CREDIT, null]).items[1]?.excluded // 'no_data'
 */
export function readingsOf(count: number, credits: ReadonlyArray<Credit | null>): RegionReadings {
  return {
    items: Array.from(
      { length: count },
      (_, i): ItemReading => ({
        status: credits[i] === FULL_CREDIT ? 'met' : credits[i] === null ? 'no_data' : 'not_met',
        credit: credits[i] ?? null,
        excluded: credits[i] === null ? 'no_data' : null,
        detail: {},
      }),
    ),
    adjustments: [],
    vetoes: [],
  };
}
