import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, ONE, ZERO } from '../../src/core/decimal.js';
import { aggregate } from '../../src/scoring/allocate.js';
import {
  type Credit,
  deductionCredit,
  FULL_CREDIT,
  NO_CREDIT,
  proportionalShare,
  proportionalShareFor,
  shareCredit,
} from '../../src/scoring/methods.js';
import {
  type AdjustmentReading,
  type ItemReading,
  type PlanCategory,
  type PlanItem,
  type ScoringPlan,
  scoreWithPlan,
} from '../../src/scoring/score.js';
import { plainPlan } from './plans.js';

// Fast paths of the scorer held to the plain arithmetic they replace: a proportional share with fixed
// goalposts, full credit as one shared value, budgets and splits kept per pattern of scored targets, sums kept
// per pair of kept values (test/speed/build-scoring.test.ts holds those), and bonus items' capped points kept
// per shared reading.

/** A decimal of up to 30 significant digits at any scale, either sign. */
const decimalArb = fc
  .record({
    digits: fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }),
    scale: fc.integer({ min: -12, max: 40 }),
    negative: fc.boolean(),
  })
  .map(({ digits, scale, negative }) => new D(`${negative ? '-' : ''}${digits}e${-scale}`));

/** Goalposts: shares of 0–1 written plainly, and a span with an exact short inverse, a long one or none. */
const goalpostsArb = fc.oneof(
  fc.record({
    floor: fc.constantFrom('0', '0.8', '0.6', '0.95', '-2'),
    span: fc.constantFrom('1', '0.2', '0.25', '0.05', '2.5', '0.0016', '8'),
  }),
  fc.record({
    floor: fc.constantFrom('0', '0.5', '90', '-3.25'),
    span: fc.constantFrom('3', '0.3', '7', '0.7', '1.1', '-0.2', '-1', '-3'),
  }),
  fc.record({ floor: decimalArb.map(String), span: decimalArb.filter((x) => !x.isZero()).map(String) }),
  fc.record({ floor: fc.constantFrom('0', '95'), span: fc.constant('0') }),
  // 2^-k: an exact inverse whose digits pass 40 once multiplied, so the division stays.
  fc.record({ floor: fc.constant('0'), span: fc.constantFrom('0.0009765625', '1e-30', '0.00000000095367431640625') }),
);

describe('a proportional share with fixed goalposts (proportionalShareFor)', () => {
  it('is the Decimal proportionalShare gives, on long, tiny, huge and negative values', () => {
    fc.assert(
      fc.property(
        goalpostsArb,
        fc.oneof(decimalArb, fc.constantFrom(ONE, ZERO, new D('0.9'), new D('1.2'))),
        (g, value) => {
          const floor = new D(g.floor);
          const full = floor.plus(g.span);
          const fast = proportionalShareFor(floor, full)(value);
          const slow = proportionalShare(value, floor, full);
          expect(fast.toString()).toBe(slow.toString());
          expect(fast.eq(slow)).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 1602 },
    );
  });

  it('goes 0 → 1 between 0.8 and 1 in fifths, and keeps 40 digits where thirds do not end (hand-worked)', () => {
    const fifths = proportionalShareFor(new D('0.8'), ONE);
    expect(fifths(new D('0.9')).toString()).toBe('0.5');
    expect(fifths(new D('0.97')).toString()).toBe('0.85');
    expect(fifths(new D('0.8')).toString()).toBe('0');
    expect(fifths(new D('0.7')).toString()).toBe('0');
    expect(fifths(new D('1.01')).toString()).toBe('1');
    const thirds = proportionalShareFor(ZERO, new D(3));
    expect(thirds(ONE).toString()).toBe('0.3333333333333333333333333333333333333333');
    // A ceiling target: floor 35 above the full goalpost 29, so less is better.
    const ceiling = proportionalShareFor(new D(35), new D(29));
    expect(ceiling(new D(32)).toString()).toBe('0.5');
    expect(ceiling(new D('30.5')).toString()).toBe('0.75');
  });
});

describe('full credit is one shared value', () => {
  it('a share of 1 or more is FULL_CREDIT itself; less is a share of its own', () => {
    expect(shareCredit(ONE)).toBe(FULL_CREDIT);
    expect(shareCredit(new D('1.000'))).toBe(FULL_CREDIT);
    expect(shareCredit(new D('1.5'))).toBe(FULL_CREDIT);
    expect(shareCredit(new D('0.9999'))).toEqual({ kind: 'share', share: new D('0.9999') });
    expect(shareCredit(new D('-0.5'))).toEqual({ kind: 'share', share: ZERO });
  });
});

/** A points tree of up to 3 categories of up to 9 targets each, fixed points on some. */
const planArb = fc
  .record({
    budget: fc.constantFrom('100', '37.5', '1100'),
    base: fc.constantFrom('0', '10'),
    categories: fc.array(
      fc.record({
        weight: fc.integer({ min: 0, max: 5 }),
        lowest: fc.boolean(),
        items: fc.array(
          fc.record({
            weight: fc.integer({ min: 0, max: 7 }),
            pinned: fc.option(fc.constantFrom('1', '2.5'), { nil: null }),
          }),
          {
            minLength: 1,
            maxLength: 9,
          },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((p): ScoringPlan => {
    const categories: PlanCategory[] = p.categories.map((c, ci) => ({
      id: `c${ci}`,
      pinned: null,
      weight: new D(c.weight),
      aggregation: c.lowest ? 'lowest' : 'weighted_sum',
    }));
    const items: PlanItem[] = p.categories.flatMap((c, ci) =>
      c.items.map((it, i) => ({
        id: `c${ci}-t${i}`,
        category: `c${ci}`,
        // Fixed points need a budget to come out of: only the first category's first target has them.
        pinned: ci === 0 && i === 0 && it.pinned !== null ? new D(it.pinned) : null,
        weight: new D(it.weight),
      })),
    );
    return {
      budget: new D(p.budget),
      basePoints: new D(p.base),
      aggregation: 'weighted_sum',
      categories,
      items,
      caps: { bonus: null, penalty: null },
      totalCap: null,
      bands: [],
      vetoGrade: 'D',
      precision: 2,
    };
  });

/** Mostly full or no credit (the remembered patterns), with partial shares and deductions in between. */
const creditArb: fc.Arbitrary<Credit | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(FULL_CREDIT) },
  { weight: 3, arbitrary: fc.constant(NO_CREDIT) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }).map((n) => shareCredit(new D(n).div(10000))) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 900 }).map((n) => deductionCredit(new D(n).div(100))) },
);

const reading = (credit: Credit | null): ItemReading => ({
  status: credit === FULL_CREDIT ? 'met' : 'not_met',
  credit,
  excluded: credit === null ? 'no_data' : null,
  detail: {},
});

describe('budgets, splits and category sums kept by the plan', () => {
  it('equal the in-order sum of the targets’ earned points and a fresh scoring, region after region on one plan', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.array(creditArb, { minLength: 27, maxLength: 27 }), { minLength: 1, maxLength: 8 }),
        (plan, regions) => {
          for (const credits of regions) {
            const readings = {
              items: plan.items.map((_, i) => reading(credits[i] ?? null)),
              adjustments: [],
              vetoes: [],
            };
            const score = scoreWithPlan(plan, readings);
            // A copy of the plan has no kept budgets, splits or sums: everything is worked out afresh.
            expect(score).toEqual(scoreWithPlan({ ...plan }, readings));
            plan.categories.forEach((c, ci) => {
              const members = score.items.filter((_, i) => plan.items[i]?.category === c.id);
              const expected = aggregate(c.aggregation, members);
              expect(score.categories[ci]?.earned.toString()).toBe(expected.toString());
            });
            expect(score.base.toString()).toBe(
              plan.basePoints.plus(aggregate('weighted_sum', score.categories)).toString(),
            );
          }
        },
      ),
      { numRuns: 400, seed: 1603 },
    );
  });

  it('score alike past the most patterns a plan keeps', () => {
    // 15 targets of weight 1..15 in one category: each region scores a different subset (a new split) with a
    // different pattern of full credit, so past 16,384 kept entries every split and sum is worked out afresh.
    const plan = plainPlan({
      items: Array.from({ length: 15 }, (_, i) => ({ id: `t${i}`, category: 'c', pinned: null, weight: new D(i + 1) })),
    });
    const regionOf = (n: number) => ({
      items: plan.items.map((_, i) => reading((n >> i) & 1 ? ((n >> (i + 3)) & 1 ? FULL_CREDIT : NO_CREDIT) : null)),
      adjustments: [],
      vetoes: [],
    });
    for (let n = 1; n < 2 ** 15; n++) scoreWithPlan(plan, regionOf(n));
    for (const n of [1, 77, 12345, 2 ** 15 - 1, 30001]) {
      const again = scoreWithPlan(plan, regionOf(n));
      expect(again).toEqual(scoreWithPlan({ ...plan }, regionOf(n)));
      expect(again.categories[0]?.earned.toString()).toBe(aggregate('weighted_sum', again.items).toString());
    }
  });

  it('tell apart patterns that share a prefix (hand-worked: thirds of 100, then one target at half credit)', () => {
    const third = (i: number): PlanItem => ({ id: `t${i}`, category: 'c', pinned: null, weight: ONE });
    const plan = plainPlan({
      items: [third(0), third(1), third(2)],
    });
    const earned = (credits: Array<Credit | null>) =>
      scoreWithPlan(plan, {
        items: credits.map(reading),
        adjustments: [],
        vetoes: [],
      }).categories[0]?.earned.toString();
    const t = '33.33333333333333333333333333333333333333';
    expect(earned([FULL_CREDIT, FULL_CREDIT, FULL_CREDIT])).toBe('99.99999999999999999999999999999999999999');
    expect(earned([FULL_CREDIT, NO_CREDIT, FULL_CREDIT])).toBe('66.66666666666666666666666666666666666666');
    expect(earned([FULL_CREDIT, FULL_CREDIT, NO_CREDIT])).toBe('66.66666666666666666666666666666666666666');
    expect(earned([NO_CREDIT, NO_CREDIT, FULL_CREDIT])).toBe(t);
    expect(earned([NO_CREDIT, NO_CREDIT, NO_CREDIT])).toBe('0');
    // Half of a third is 16.66…665 to 41 digits, rounded half-up to 16.66…667 (40): after the kept prefix
    // (one third) or before a full third, the sum is 33.33…333 + 16.66…667 = 50 exactly.
    expect(earned([FULL_CREDIT, shareCredit(new D('0.5')), NO_CREDIT])).toBe('50');
    expect(earned([NO_CREDIT, shareCredit(new D('0.5')), FULL_CREDIT])).toBe('50');
    expect(earned([NO_CREDIT, shareCredit(new D('0.5')), NO_CREDIT])).toBe('16.66666666666666666666666666666666666667');
  });
});

describe('bonus items’ capped points kept per shared reading', () => {
  it('give each shared reading its own points, and the same as an unshared copy', () => {
    const base = { id: 'award', type: 'bonus' as const, cap: new D('1.5'), points: new D(2) };
    const one: AdjustmentReading = Object.freeze({ ...base, count: ONE });
    const none: AdjustmentReading = Object.freeze({ ...base, count: ZERO });
    const plan = plainPlan({
      items: [{ id: 't', category: 'c', pinned: null, weight: ONE }],
      caps: { bonus: new D(5), penalty: null },
    });
    const scored = (a: AdjustmentReading) =>
      scoreWithPlan(plan, { items: [reading(NO_CREDIT)], adjustments: [a], vetoes: [] });
    for (let round = 0; round < 2; round++) {
      const hit = scored(one);
      expect(hit.adjustments[0]).toEqual({
        id: 'award',
        type: 'bonus',
        raw: new D(2),
        points: new D('1.5'),
        capped: true,
      });
      expect(hit.bonus.toString()).toBe('1.5');
      const miss = scored(none);
      expect(miss.adjustments[0]).toEqual({ id: 'award', type: 'bonus', raw: ZERO, points: ZERO, capped: false });
      expect(miss.bonus.toString()).toBe('0');
      expect(scored({ ...base, count: new D(3) }).bonus.toString()).toBe('1.5');
      expect(scored({ ...base, count: new D(1) })).toEqual(hit);
    }
  });

  it('give the ceiling of the caps read, kept per plan only while they are the same (hand-worked)', () => {
    const plan = plainPlan({
      items: [{ id: 't', category: 'c', pinned: null, weight: ONE }],
      caps: { bonus: new D(5), penalty: null },
    });
    const item = (cap: string, type: 'bonus' | 'penalty' = 'bonus'): AdjustmentReading => ({
      id: `${type}-${cap}`,
      type,
      cap: new D(cap),
      points: ONE,
      count: ZERO,
    });
    const ceiling = (adjustments: AdjustmentReading[]) =>
      scoreWithPlan(plan, { items: [reading(FULL_CREDIT)], adjustments, vetoes: [] }).ceiling.toString();
    const shared = [item('1.5'), item('9', 'penalty')];
    // 100 points plus the bonus caps (penalty caps do not count), at most the scheme's total bonus cap of 5.
    expect(ceiling(shared)).toBe('101.5');
    expect(ceiling(shared)).toBe('101.5');
    expect(ceiling([item('3')])).toBe('103');
    expect(ceiling([item('1.5'), item('2')])).toBe('103.5');
    expect(ceiling([item('4'), item('4')])).toBe('105');
    expect(ceiling(shared)).toBe('101.5');
    expect(ceiling([])).toBe('100');
  });
});
