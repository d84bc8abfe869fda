import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, ONE, ZERO } from '../../src/core/decimal.js';
import { aggregate } from '../../src/scoring/allocate.js';
import { compileBand, type SchemeBand } from '../../src/scoring/bands.js';
import { type Credit, FULL_CREDIT, NO_CREDIT, shareCredit } from '../../src/scoring/methods.js';
import { isKeptPoints, type PlanItem, type ScoringPlan, scoreWithPlan } from '../../src/scoring/score.js';
import { plainPlan, readingsOf } from '../scoring/plans.js';

// The scorer keeps one Decimal per value of the shares and sums it makes, finds a sum of two kept values by
// the pair, shares the item scores and the grading an allocation fixes, so a region mostly scores without a
// 40-digit addition. These properties hold every kept result to the plain decimal.js arithmetic and to a
// fresh scoring (a copy of the plan keeps nothing), region after region on one plan.

/** Bands on the total, best first: A from 90, B from 66.67 (a third of points lost), C from 0. */
const bands: SchemeBand[] = [
  compileBand({ grade: 'A', score: 'total', min: 90 }),
  compileBand({ grade: 'B', score: 'total', min: '66.67' }),
  compileBand({ grade: 'C', score: 'total', min: 0 }),
];

/** A plan of 2–4 categories of 1–9 targets, weights giving thirds and sevenths that do not end in 40 digits. */
const planArb = fc
  .record({
    budget: fc.constantFrom('100', '37.5', '7'),
    base: fc.constantFrom('0', '10'),
    cap: fc.constantFrom(null, '95'),
    categories: fc.array(
      fc.record({
        weight: fc.integer({ min: 1, max: 7 }),
        items: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 9 }),
      }),
      { minLength: 2, maxLength: 4 },
    ),
  })
  .map(
    (p): ScoringPlan => ({
      budget: new D(p.budget),
      basePoints: new D(p.base),
      aggregation: 'weighted_sum',
      categories: p.categories.map((c, ci) => ({
        id: `c${ci}`,
        pinned: null,
        weight: new D(c.weight),
        aggregation: 'weighted_sum',
      })),
      items: p.categories.flatMap((c, ci) =>
        c.items.map((w, i): PlanItem => ({ id: `c${ci}-t${i}`, category: `c${ci}`, pinned: null, weight: new D(w) })),
      ),
      caps: { bonus: null, penalty: null },
      totalCap: p.cap === null ? null : new D(p.cap),
      bands,
      vetoGrade: 'D',
      precision: 2,
    }),
  );

/** Mostly all or nothing, as under the default scoring, with some targets left out and a few partial shares. */
const creditArb: fc.Arbitrary<Credit | null> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(FULL_CREDIT) },
  { weight: 4, arbitrary: fc.constant(NO_CREDIT) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }).map((n) => shareCredit(new D(n).div(10000))) },
);

describe('scoring through kept shares, sums and gradings', () => {
  it('gives every region the plain in-order decimal.js sums and the fresh scoring, grade and all', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.array(creditArb, { minLength: 36, maxLength: 36 }), { minLength: 2, maxLength: 10 }),
        (plan, regions) => {
          for (const credits of regions) {
            const readings = readingsOf(plan.items.length, credits);
            const score = scoreWithPlan(plan, readings);
            expect(score).toEqual(scoreWithPlan({ ...plan }, readings));
            plan.categories.forEach((c, ci) => {
              const members = score.items.filter((_, i) => plan.items[i]?.category === c.id);
              expect(score.categories[ci]?.earned.toString()).toBe(aggregate('weighted_sum', members).toString());
            });
            const base = plan.basePoints.plus(aggregate('weighted_sum', score.categories));
            expect(score.base.toString()).toBe(base.toString());
            const capped = plan.totalCap && base.gt(plan.totalCap) ? plan.totalCap : base;
            expect(score.total.toString()).toBe(capped.toString());
            // Nothing scored (every target left out or of weight 0): no score.
            const scored = readings.items.some((r, i) => r.credit !== null && plan.items[i]?.weight.gt(0));
            expect(score.scores.total?.toString()).toBe(
              scored ? capped.toDecimalPlaces(2, D.ROUND_HALF_UP).toString() : undefined,
            );
          }
        },
      ),
      { numRuns: 150, seed: 1614 },
    );
  });

  it('keeps one Decimal per share value, across categories of equal budget and size (hand-checked: sevenths of 20)', () => {
    const item = (category: string, i: number): PlanItem => ({
      id: `${category}${i}`,
      category,
      pinned: null,
      weight: ONE,
    });
    const plan = plainPlan({
      categories: ['a', 'b', 'c', 'd', 'e'].map((id) => ({
        id,
        pinned: null,
        weight: ONE,
        aggregation: 'weighted_sum',
      })),
      items: ['a', 'b', 'c', 'd', 'e'].flatMap((c) => Array.from({ length: 7 }, (_, i) => item(c, i))),
      bands,
    });
    const credits = plan.items.map((_, i) => (i % 3 === 0 ? NO_CREDIT : FULL_CREDIT));
    const score = scoreWithPlan(plan, readingsOf(plan.items.length, credits));
    const seventh = score.items[0]?.possible;
    expect(seventh?.toString()).toBe('2.857142857142857142857142857142857142857');
    // Every target's share is that one Decimal, in its category and in the others.
    for (const s of score.items) expect(s.possible).toBe(seventh);
    expect(isKeptPoints(plan, seventh ?? ZERO)).toBe(true);
    // Category a: targets 1, 2, 4, 5 met (0, 3 and 6 not): four sevenths of 20, added in order at 40 digits.
    expect(score.categories[0]?.earned.toString()).toBe('11.42857142857142857142857142857142857143');
    expect(isKeptPoints(plan, score.categories[0]?.earned ?? ZERO)).toBe(true);
    // A region's own partial share is not kept.
    const partial = scoreWithPlan(
      plan,
      readingsOf(plan.items.length, [shareCredit(new D('0.5')), ...credits.slice(1)]),
    );
    // Half of it is 1.4285714285714285714285714285714285714285 (41 digits), rounded half-up to 40.
    expect(partial.items[0]?.earned.toString()).toBe('1.428571428571428571428571428571428571429');
    expect(isKeptPoints(plan, partial.items[0]?.earned ?? ZERO)).toBe(false);
    expect(Object.isFrozen(partial.items[0])).toBe(false);
  });

  it('shares the item scores and grading an allocation fixes, frozen, and never a region-specific one', () => {
    const plan = plainPlan({
      items: [0, 1, 2].map((i) => ({ id: `t${i}`, category: 'c', pinned: null, weight: ONE })),
      bands,
    });
    const first = scoreWithPlan(plan, readingsOf(plan.items.length, [FULL_CREDIT, FULL_CREDIT, NO_CREDIT]));
    const second = scoreWithPlan(plan, readingsOf(plan.items.length, [FULL_CREDIT, FULL_CREDIT, NO_CREDIT]));
    expect(second.items[0]).toBe(first.items[0]);
    expect(Object.isFrozen(first.items[0])).toBe(true);
    expect(second.scores).toBe(first.scores);
    expect(Object.isFrozen(first.scores)).toBe(true);
    // Two thirds of 100 at 40 digits rounds to 66.67: grade B.
    expect(first.scores.total?.toString()).toBe('66.67');
    expect(first.grade).toBe('B');
    // A different pattern with the same points (targets 0 and 2 met) finds the same sum and grading.
    const other = scoreWithPlan(plan, readingsOf(plan.items.length, [FULL_CREDIT, NO_CREDIT, FULL_CREDIT]));
    expect(other.total).toBe(first.total);
    expect(other.grade).toBe('B');
    const all = scoreWithPlan(plan, readingsOf(plan.items.length, [FULL_CREDIT, FULL_CREDIT, FULL_CREDIT]));
    expect(all.total.toString()).toBe('99.99999999999999999999999999999999999999');
    expect(all.scores.total?.toString()).toBe('100');
    expect(all.grade).toBe('A');
    const none = scoreWithPlan(plan, readingsOf(plan.items.length, [NO_CREDIT, NO_CREDIT, null]));
    expect(none.total.toString()).toBe('0');
    expect(none.grade).toBe('C');
  });
});
