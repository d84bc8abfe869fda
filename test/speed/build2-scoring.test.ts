import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, ONE } from '../../src/core/decimal.js';
import { aggregate } from '../../src/scoring/allocate.js';
import { type Credit, FULL_CREDIT, NO_CREDIT, shareCredit } from '../../src/scoring/methods.js';
import { type PlanItem, scoreWithPlan } from '../../src/scoring/score.js';
import { plainPlan, readingsOf } from '../scoring/plans.js';

// A category's Σ earned is kept per split by which members earn all their points (a bit each, up to 30
// members, at most 1024 patterns per split); a partial share or a larger category adds through the kept
// pair sums instead. These hold it to in-order decimal.js sums and to a fresh plan, region after region,
// with categories on both sides of 30 members and more patterns than a split keeps.

/** A plan of two categories, of `a` and `b` targets, weights 1–3 so shares are thirds, sevenths and the like. */
const planOf = (a: number, b: number, weights: readonly number[]) =>
  plainPlan({
    categories: ['a', 'b'].map((id) => ({ id, pinned: null, weight: ONE, aggregation: 'weighted_sum' as const })),
    items: Array.from(
      { length: a + b },
      (_, i): PlanItem => ({
        id: `t${i}`,
        category: i < a ? 'a' : 'b',
        pinned: null,
        weight: new D(weights[i % weights.length] ?? 1),
      }),
    ),
  });

const creditArb: fc.Arbitrary<Credit | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(FULL_CREDIT) },
  { weight: 5, arbitrary: fc.constant(NO_CREDIT) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 999 }).map((n) => shareCredit(new D(n).div(1000))) },
);

describe('category sums kept by pattern of full and empty members', () => {
  it('equal in-order sums and a fresh plan, for categories of up to 12 and over 30 targets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([7, 5], [12, 3], [31, 9], [30, 2]),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(creditArb, { minLength: 42, maxLength: 42 }), { minLength: 3, maxLength: 12 }),
        ([a, b], weights, regions) => {
          const plan = planOf(a, b, weights);
          for (const credits of regions) {
            const readings = readingsOf(a + b, credits);
            const score = scoreWithPlan(plan, readings);
            expect(score).toEqual(scoreWithPlan({ ...plan }, readings));
            const inA = score.items.slice(0, a);
            expect(score.categories[0]?.earned.toString()).toBe(aggregate('weighted_sum', inA).toString());
            const inB = score.items.slice(a);
            expect(score.categories[1]?.earned.toString()).toBe(aggregate('weighted_sum', inB).toString());
          }
        },
      ),
      { numRuns: 200, seed: 1317 },
    );
  });

  it('past the patterns a split keeps: every pattern of 11 targets, twice, in a fixed order', () => {
    const plan = planOf(11, 1, [1, 2, 3]);
    const fresh = planOf(11, 1, [1, 2, 3]);
    for (let round = 0; round < 2; round++)
      for (let mask = 0; mask < 1 << 11; mask++) {
        const credits = Array.from({ length: 12 }, (_, i) => ((mask >> i) & 1 || i === 11 ? FULL_CREDIT : NO_CREDIT));
        const readings = readingsOf(12, credits);
        expect(scoreWithPlan(plan, readings).categories[0]?.earned.toString()).toBe(
          scoreWithPlan({ ...fresh }, readings).categories[0]?.earned.toString(),
        );
      }
  });

  it('hand-checked: thirds of 50 added in order at 40 digits, found again by their pattern', () => {
    const plan = planOf(3, 1, [1]);
    const met = readingsOf(4, [FULL_CREDIT, NO_CREDIT, FULL_CREDIT, FULL_CREDIT]);
    const first = scoreWithPlan(plan, met);
    expect(first.categories[0]?.earned.toString()).toBe('33.33333333333333333333333333333333333334');
    expect(scoreWithPlan(plan, met).categories[0]?.earned).toBe(first.categories[0]?.earned);
    // Half the first target's points instead: its own sum, not the kept one. Half of 16.666…667 is
    // 8.333…335 (40 digits); with 16.666…667 it makes 25.000…0005 at 41 digits, rounded half up at 40.
    const half = readingsOf(4, [shareCredit(new D('0.5')), NO_CREDIT, FULL_CREDIT, FULL_CREDIT]);
    expect(scoreWithPlan(plan, half).categories[0]?.earned.toString()).toBe(
      '25.00000000000000000000000000000000000001',
    );
  });
});
