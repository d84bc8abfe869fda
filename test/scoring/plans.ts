/** Scoring plans for the scorer's tests, written out only where they differ from the plain one. */
import { D, ONE, ZERO } from '../../src/core/decimal.js';
import type { ScoringPlan } from '../../src/scoring/score.js';

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
