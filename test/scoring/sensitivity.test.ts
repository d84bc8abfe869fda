/**
 * Issue 15, "Time and memory": the weight-sensitivity check derives a target's ±10% scenario from its
 * category's weighted sum instead of re-scoring every target. Each grade and score must be the one a
 * full re-scoring gives, to the last digit, on any scheme.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { compileBand } from '../../src/scoring/bands.js';
import { type Credit, deductionCredit, FULL_CREDIT, NO_CREDIT, shareCredit } from '../../src/scoring/methods.js';
import {
  type ItemReading,
  type PlanCategory,
  type PlanItem,
  type RegionReadings,
  type ScoringPlan,
  scoreWithPlan,
} from '../../src/scoring/score.js';
import { moveWeight, sensitivity } from '../../src/scoring/what-if.js';

const bands = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80, below: 90 },
  { grade: 'C', min: 50, below: 80 },
  { grade: 'D', below: 50 },
].map((b) => compileBand(b));

const FACTORS: ReadonlyArray<[string, Dec]> = [
  ['+10%', new D('1.1')],
  ['-10%', new D('0.9')],
];

/** Every scenario re-scored in full, as the check did before it derived any: the reference. */
function fullyRescored(plan: ScoringPlan, readings: RegionReadings): Array<[string, string | null, string | null]> {
  const current = scoreWithPlan(plan, readings);
  const one = new D(1);
  const variants: Array<[string, ScoringPlan]> = [
    [
      'equal-weights',
      {
        ...plan,
        categories: plan.categories.map((c) => ({ ...c, pinned: null, weight: one })),
        items: plan.items.map((i) => ({ ...i, pinned: null, weight: one })),
      },
    ],
  ];
  const taking = plan.categories.map((_, i) => i).filter((i) => current.categories[i]?.possible.gt(0));
  if (taking.length >= 2)
    for (const i of taking)
      for (const [label, f] of FACTORS)
        variants.push([
          `category:${plan.categories[i]?.id}:${label}`,
          { ...plan, categories: moveWeight<PlanCategory>(plan.categories, i, f) },
        ]);
  for (const c of plan.categories) {
    const members = plan.items.flatMap((item, i) => (item.category === c.id ? [i] : []));
    const scored = members.filter((i) => current.items[i]?.possible.gt(0));
    if (scored.length < 2) continue;
    for (const i of scored)
      for (const [label, f] of FACTORS) {
        const moved = moveWeight<PlanItem>(
          members.map((m) => plan.items[m] as PlanItem),
          members.indexOf(i),
          f,
        );
        const items = plan.items.map((x, j) => (members.includes(j) ? (moved[members.indexOf(j)] as PlanItem) : x));
        variants.push([`target:${plan.items[i]?.id}:${label}`, { ...plan, items }]);
      }
  }
  return variants.map(([id, p]) => {
    const s = scoreWithPlan(p, readings);
    return [id, s.grade, s.scores.total100?.toString() ?? null];
  });
}

const asRows = (plan: ScoringPlan, readings: RegionReadings) =>
  sensitivity(plan, readings, scoreWithPlan(plan, readings)).scenarios.map((s) => [
    s.id,
    s.grade,
    s.score?.toString() ?? null,
  ]);

const reading = (credit: Credit | null): ItemReading =>
  credit === null
    ? { status: 'no_data', credit: null, excluded: 'no_data', detail: {} }
    : { status: credit === FULL_CREDIT ? 'met' : 'not_met', credit, excluded: null, detail: {} };

function planOf(
  items: ReadonlyArray<{ category: number; pinned: number | null; weight: string }>,
  categories: ReadonlyArray<{ pinned: number | null; weight: number; lowest: boolean }>,
  options: { budget: number; basePoints: number; lowest: boolean; precision: number },
): ScoringPlan {
  return {
    budget: new D(options.budget),
    basePoints: new D(options.basePoints),
    aggregation: options.lowest ? 'lowest' : 'weighted_sum',
    categories: categories.map((c, i) => ({
      id: `c${i}`,
      pinned: c.pinned === null ? null : new D(c.pinned),
      weight: new D(c.weight),
      aggregation: c.lowest ? 'lowest' : 'weighted_sum',
    })),
    items: items.map((it, i) => ({
      id: `t${i}`,
      category: `c${it.category % categories.length}`,
      pinned: it.pinned === null ? null : new D(it.pinned),
      weight: new D(it.weight),
    })),
    caps: { bonus: new D(5), penalty: null },
    bands,
    vetoGrade: 'D',
    precision: options.precision,
  };
}

const creditArb: fc.Arbitrary<Credit | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(FULL_CREDIT) },
  { weight: 2, arbitrary: fc.constant(NO_CREDIT) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 999 }).map((k) => shareCredit(new D(k).div(1000))) },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.boolean())
      .map(([p, floor]) => deductionCredit(new D(p).div(2), floor)),
  },
);

describe('weight sensitivity: derived scenarios equal full re-scoring', () => {
  it('on random schemes: fixed points, 取低, deductions, no data, base points, bonus items, precision 0–4', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.nat(3),
            pinned: fc.option(fc.integer({ min: 1, max: 20 }), { freq: 6 }),
            weight: fc.constantFrom('0', '1', '1', '2', '3', '0.5', '1.25', '7'),
            credit: creditArb,
          }),
          { minLength: 2, maxLength: 40 },
        ),
        fc.array(
          fc.record({
            pinned: fc.option(fc.integer({ min: 5, max: 40 }), { freq: 6 }),
            weight: fc.integer({ min: 1, max: 5 }),
            lowest: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.record({
          budget: fc.constantFrom(100, 120, 1000),
          basePoints: fc.constantFrom(0, 0, 10),
          lowest: fc.boolean(),
          precision: fc.integer({ min: 0, max: 4 }),
        }),
        fc.option(fc.integer({ min: 0, max: 4 })),
        (items, categories, options, bonusCount) => {
          const plan = planOf(items, categories, options);
          const readings: RegionReadings = {
            items: items.map((it) => reading(it.credit)),
            adjustments:
              bonusCount === null
                ? []
                : [{ id: 'b', type: 'bonus', cap: new D(3), count: new D(bonusCount), points: new D('1.5') }],
            vetoes: [],
          };
          expect(asRows(plan, readings)).toEqual(fullyRescored(plan, readings));
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });

  it('derives every target scenario of a plain weighted sum: 400 targets, 800 derived, 5 re-scored', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      category: i % 2,
      pinned: null,
      weight: String(1 + (i % 3)),
    }));
    const plan = planOf(
      items,
      [
        { pinned: null, weight: 2, lowest: false },
        { pinned: null, weight: 1, lowest: false },
      ],
      { budget: 100, basePoints: 0, lowest: false, precision: 2 },
    );
    const readings: RegionReadings = {
      items: items.map((_, i) =>
        reading(i % 5 === 0 ? NO_CREDIT : i % 7 === 0 ? shareCredit(new D('0.3')) : FULL_CREDIT),
      ),
      adjustments: [],
      vetoes: [],
    };
    const s = sensitivity(plan, readings, scoreWithPlan(plan, readings));
    // Equal weights and the two categories moved both ways are re-scored; the 800 target moves are not.
    expect(s.scenarios).toHaveLength(1 + 4 + 800);
    expect(s.rescored).toBe(5);
  });

  it('derives categories with fixed points, 取低 or deductions too', () => {
    const items = [0, 1, 2].map(() => ({ category: 0, pinned: null, weight: '1' }));
    const one = { pinned: null, weight: 1, lowest: false };
    const opts = { budget: 100, basePoints: 0, lowest: false, precision: 2 };
    const full = (credits: Array<Credit | null>) => ({
      items: credits.map(reading),
      adjustments: [],
      vetoes: [],
    });
    const plain = full([FULL_CREDIT, NO_CREDIT, shareCredit(new D('0.5'))]);
    // Equal weights only, then 3 targets × 2 moves: derived when linear, re-scored otherwise.
    const rescored = (plan: ScoringPlan, r: RegionReadings) => sensitivity(plan, r, scoreWithPlan(plan, r)).rescored;
    expect(rescored(planOf(items, [one], opts), plain)).toBe(1);
    expect(rescored(planOf(items, [{ ...one, lowest: true }], opts), plain)).toBe(1);
    const pinned = [{ category: 0, pinned: 10, weight: '1' }, ...items.slice(1)];
    expect(rescored(planOf(pinned, [one], opts), plain)).toBe(1);
    expect(asRows(planOf(pinned, [one], opts), plain)).toEqual(fullyRescored(planOf(pinned, [one], opts), plain));
    const deductions = full([FULL_CREDIT, deductionCredit(new D(2)), deductionCredit(new D(40), false)]);
    expect(rescored(planOf(items, [one], opts), deductions)).toBe(1);
    expect(asRows(planOf(items, [one], opts), deductions)).toEqual(
      fullyRescored(planOf(items, [one], opts), deductions),
    );
  });

  it('re-scores a move that takes a floored deduction across its floor', () => {
    // a and b hold 50 each; b deducts 52, floored at 0, so earns nothing while its share is at most 52,
    // that is while the weight total is at least 100 ÷ 52 = 1.923…. Moving a by −10% (total 1.9) gives b
    // 52.63…, so 0.63… points: re-scored; so is b's own −10% (its floor lies in [1.9, 2]); +10% moves are not.
    const plan = planOf(
      [0, 1].map(() => ({ category: 0, pinned: null, weight: '1' })),
      [{ pinned: null, weight: 1, lowest: false }],
      { budget: 100, basePoints: 0, lowest: false, precision: 4 },
    );
    const readings: RegionReadings = {
      items: [FULL_CREDIT, deductionCredit(new D(52))].map(reading),
      adjustments: [],
      vetoes: [],
    };
    const s = sensitivity(plan, readings, scoreWithPlan(plan, readings));
    expect(s.rescored).toBe(3);
    expect(s.scenarios.map((x) => [x.id, x.score?.toString()])).toEqual([
      ['equal-weights', '50'],
      ['target:t0:+10%', '52.381'], // 100 × 1.1 ÷ 2.1 = 52.3809…
      ['target:t0:-10%', '48'], // 90 ÷ 1.9 + (100 ÷ 1.9 − 52) = 100 − 52: b earns again
      ['target:t1:+10%', '48'], // 100 ÷ 2.1 + (110 ÷ 2.1 − 52) = 100 − 52
      ['target:t1:-10%', '52.6316'], // 100 ÷ 1.9, b floored at 0
    ]);
    expect(asRows(plan, readings)).toEqual(fullyRescored(plan, readings));
  });

  it('re-scores a scenario whose score lands on a rounding step (49.5 at precision 0 is 50, grade C)', () => {
    // Weights 1, 1, 1 (each 33.33…33 of 100, summing to 99.99…99); a moved to 1.1 with credits 1, 0.4345, 0:
    // 100 × (1.1 + 0.4345) ÷ 3.1 = 49.5 exactly, which the derived sum of 99.99…99 would put just below.
    const items = [0, 1, 2].map(() => ({ category: 0, pinned: null, weight: '1' }));
    const plan = planOf(items, [{ pinned: null, weight: 1, lowest: false }], {
      budget: 100,
      basePoints: 0,
      lowest: false,
      precision: 0,
    });
    const readings: RegionReadings = {
      items: [FULL_CREDIT, shareCredit(new D('0.4345')), NO_CREDIT].map(reading),
      adjustments: [],
      vetoes: [],
    };
    const s = sensitivity(plan, readings, scoreWithPlan(plan, readings));
    const moved = s.scenarios.find((x) => x.id === 'target:t0:+10%');
    expect(moved?.score?.toString()).toBe(fullyRescored(plan, readings).find(([id]) => id === 'target:t0:+10%')?.[2]);
    expect(s.rescored).toBe(2);
    expect(asRows(plan, readings)).toEqual(fullyRescored(plan, readings));
  });
  it('derives moves among fixed points: the fixed siblings rescale, a deduction on no points still counts', () => {
    // t0 fixed 30 (met), t1 weighted (met, shares the 60 left), t2 weighted at weight 0 deducting 5 unfloored
    // (0 points, earns −5), t3 fixed 10 at half credit: 30 + 60 − 5 + 5 = 90.
    const plan = planOf(
      [
        { category: 0, pinned: 30, weight: '1' },
        { category: 0, pinned: null, weight: '1' },
        { category: 0, pinned: null, weight: '0' },
        { category: 0, pinned: 10, weight: '1' },
      ],
      [{ pinned: null, weight: 1, lowest: false }],
      { budget: 100, basePoints: 0, lowest: false, precision: 2 },
    );
    const readings: RegionReadings = {
      items: [FULL_CREDIT, FULL_CREDIT, deductionCredit(new D(5), false), shareCredit(new D('0.5'))].map(reading),
      adjustments: [],
      vetoes: [],
    };
    const s = sensitivity(plan, readings, scoreWithPlan(plan, readings));
    expect(s.scenarios.map((x) => [x.id, x.score?.toString()])).toEqual([
      ['equal-weights', '82.5'], // 25 + 25 + (25 − 5) + 12.5
      ['target:t0:+10%', '90.35'], // fixed 33 and 10 rescaled by 40 ÷ 43: 1320/43 + 200/43 + 55 = 90.348…
      ['target:t0:-10%', '89.59'], // 27 and 10 by 40 ÷ 37: 1080/37 + 200/37 + 55 = 89.594…
      ['target:t1:+10%', '90'], // the only weighted target with a weight keeps all 60
      ['target:t1:-10%', '90'],
      ['target:t3:+10%', '89.63'], // 30 and 11 by 40 ÷ 41: 1200/41 + 220/41 + 55 = 89.634…
      ['target:t3:-10%', '90.38'], // 30 and 9 by 40 ÷ 39: 1200/39 + 180/39 + 55 = 90.384…
    ]);
    expect(s.rescored).toBe(1);
    expect(asRows(plan, readings)).toEqual(fullyRescored(plan, readings));
  });

  it('derives 取低 within a category and across categories, the lowest left out when it moves', () => {
    // Plan 取低 over c0 (weighted sum: a met, b at 0.8, 25 points each: 45 of 50, ratio 0.9) and c1
    // (取低: c met, d deducting 1 floored, e at 0.95 with weight 2: d's 11.5 of 12.5 is the lowest, 0.92).
    const plan = planOf(
      [
        { category: 0, pinned: null, weight: '1' },
        { category: 0, pinned: null, weight: '1' },
        { category: 1, pinned: null, weight: '1' },
        { category: 1, pinned: null, weight: '1' },
        { category: 1, pinned: null, weight: '2' },
      ],
      [
        { pinned: null, weight: 1, lowest: false },
        { pinned: null, weight: 1, lowest: true },
      ],
      { budget: 100, basePoints: 0, lowest: true, precision: 2 },
    );
    const readings: RegionReadings = {
      items: [
        FULL_CREDIT,
        shareCredit(new D('0.8')),
        FULL_CREDIT,
        deductionCredit(new D(1)),
        shareCredit(new D('0.95')),
      ].map(reading),
      adjustments: [],
      vetoes: [],
    };
    const current = scoreWithPlan(plan, readings);
    expect(current.scores.total100?.toString()).toBe('90');
    const s = sensitivity(plan, readings, current);
    const score = (id: string): string | undefined => s.scenarios.find((x) => x.id === id)?.score?.toString();
    // c0 moves: c0 stays the lowest category; its new ratio, not its old one, sets the plan's.
    expect(score('target:t0:+10%')).toBe('90.48'); // (55 + 40) ÷ 2.1 ÷ 50 = 0.90476…
    expect(score('target:t0:-10%')).toBe('89.47'); // (45 + 40) ÷ 1.9 ÷ 50 = 0.89473…
    expect(score('target:t1:-10%')).toBe('90.53'); // (50 + 36) ÷ 1.9 ÷ 50 = 0.90526…
    // d at −10% holds 50 × 0.9 ÷ 3.9 = 11.538…, ratio 1 − 1 ÷ 11.538… = 0.9133…: still above c0's 0.9.
    expect(score('target:t3:-10%')).toBe('90');
    // Equal weights and both categories moved both ways are re-scored; the ten target moves are derived.
    expect(s.rescored).toBe(5);
    expect(asRows(plan, readings)).toEqual(fullyRescored(plan, readings));
  });

  it('re-scores a fixed-points move that could tip an empty remainder to a sliver a weighted target takes', () => {
    // Fixed 1 + 1 + 98 fill the 100, so the weighted target (no credit) holds nothing. 98 moved by −10%
    // rescales the three to a sum a 40-digit rounding short of 100: the weighted target then takes 1e-38
    // points, and under 取低 its ratio 0 sets the category's. Only a full re-scoring sees that.
    const plan = planOf(
      [
        { category: 0, pinned: 1, weight: '1' },
        { category: 0, pinned: 1, weight: '1' },
        { category: 0, pinned: 98, weight: '1' },
        { category: 0, pinned: null, weight: '1' },
      ],
      [{ pinned: null, weight: 1, lowest: true }],
      { budget: 100, basePoints: 0, lowest: false, precision: 2 },
    );
    const readings: RegionReadings = {
      items: [FULL_CREDIT, FULL_CREDIT, FULL_CREDIT, NO_CREDIT].map(reading),
      adjustments: [],
      vetoes: [],
    };
    const s = sensitivity(plan, readings, scoreWithPlan(plan, readings));
    expect(s.rescored).toBe(1 + 6);
    expect(asRows(plan, readings)).toEqual(fullyRescored(plan, readings));
    expect(fullyRescored(plan, readings).find(([id]) => id === 'target:t2:-10%')?.[2]).toBe('0');
  });

  it('derives every target scenario of 400 targets under fixed points and under 取低', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      category: i % 4,
      pinned: i % 4 === 0 ? 1 + (i % 7) : null,
      weight: String(1 + (i % 3)),
    }));
    const categories = [0, 1, 2, 3].map((c) => ({ pinned: c === 1 ? 30 : null, weight: 1 + c, lowest: c >= 2 }));
    const readings: RegionReadings = {
      items: items.map((_, i) =>
        reading(
          i % 5 === 0
            ? NO_CREDIT
            : i % 7 === 0
              ? shareCredit(new D('0.3'))
              : i % 11 === 0
                ? deductionCredit(new D('0.05'))
                : FULL_CREDIT,
        ),
      ),
      adjustments: [],
      vetoes: [],
    };
    for (const lowest of [false, true]) {
      const plan = planOf(items, categories, { budget: 1000, basePoints: 0, lowest, precision: 4 });
      const s = sensitivity(plan, readings, scoreWithPlan(plan, readings));
      expect(s.scenarios).toHaveLength(1 + 8 + 800);
      // Equal weights and the four categories moved both ways; no target move is re-scored.
      expect(s.rescored).toBe(9);
      expect(asRows(plan, readings)).toEqual(fullyRescored(plan, readings));
    }
  });
});
