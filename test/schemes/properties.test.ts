import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { SchemeReport } from '../../src/report/schema.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { loadScheme } from '../../src/schemes/load.js';
import { data, ruleSetJson, target } from '../support.js';
import { names, schemeJson } from './helpers.js';

const hundredths = (n: number): string => new D(n).div(100).toString();

/** Indicators with one direction each, so improving a value helps every target that reads it. */
const INDICATORS = [
  { id: 'product-sampling-pass-rate', unit: '%', higher: true },
  { id: 'food-sampling-pass-rate', unit: '%', higher: true },
  { id: 'service-satisfaction', unit: '%', higher: true },
  { id: 'pm25-annual-mean', unit: 'μg/m³', higher: false },
] as const;

const methodArb = fc.oneof(
  fc.constant({ m: 'all_or_nothing' as const }),
  fc.record({ m: fc.constant('proportional' as const), delta: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ m: fc.constant('attainment' as const), floor: fc.integer({ min: 0, max: 99 }) }),
  fc.record({
    m: fc.constant('deduction' as const),
    per: fc.constantFrom('0.5', '1', '2'),
    points: fc.integer({ min: 0, max: 1000 }),
    partial: fc.constantFrom('full_step' as const, 'pro_rata' as const),
  }),
  fc.record({ m: fc.constant('per_event' as const), points: fc.integer({ min: 0, max: 10 }) }),
);

const scenarioArb = fc.record({
  targets: fc.array(
    fc.record({
      indicator: fc.integer({ min: 0, max: INDICATORS.length - 1 }),
      strict: fc.boolean(),
      range: fc.boolean(),
      threshold: fc.integer({ min: 0, max: 10000 }),
      category: fc.constantFrom('product', 'environment'),
      weight: fc.integer({ min: 1, max: 5 }),
      veto: fc.boolean(),
      method: methodArb,
    }),
    { minLength: 1, maxLength: 8 },
  ),
  values: fc.array(fc.option(fc.integer({ min: 0, max: 10000 }), { nil: undefined }), {
    minLength: INDICATORS.length,
    maxLength: INDICATORS.length,
  }),
  points: fc.constantFrom('100', '1100', '37.5'),
  basePoints: fc.integer({ min: 0, max: 30 }),
  pinProduct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  aggregation: fc.constantFrom('weighted_sum' as const, 'lowest' as const),
  categoryLowest: fc.boolean(),
  missingData: fc.constantFrom('exclude' as const, 'zero' as const),
  bonus: fc.record({
    per: fc.integer({ min: 0, max: 5 }),
    cap: fc.integer({ min: 0, max: 8 }),
    events: fc.integer({ min: 0, max: 4 }),
  }),
  penalty: fc.record({
    per: fc.integer({ min: 0, max: 5 }),
    cap: fc.integer({ min: 0, max: 200 }),
    events: fc.integer({ min: 0, max: 4 }),
  }),
  bonusCap: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  failedBatches: fc.integer({ min: 0, max: 3 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function methodJson(t: Scenario['targets'][number], threshold: string, higher: boolean): unknown {
  const m = t.method;
  switch (m.m) {
    case 'proportional': {
      const floor = higher ? new D(threshold).minus(hundredths(m.delta)) : new D(threshold).plus(hundredths(m.delta));
      return floor.isNegative() || floor.eq(threshold)
        ? { method: 'all_or_nothing' }
        : { method: 'proportional', floor: floor.toString() };
    }
    case 'attainment':
      return { method: 'proportional', basis: 'attainment', floor: hundredths(m.floor) };
    case 'deduction':
      return { method: 'deduction', per: m.per, points: hundredths(m.points), partial: m.partial };
    case 'per_event':
      return { method: 'per_event', count: { event: 'failed-batch' }, points: m.points };
    default:
      return { method: 'all_or_nothing' };
  }
}

function build(s: Scenario) {
  const targets = s.targets.map((t, i) => {
    const ind = INDICATORS[t.indicator] as (typeof INDICATORS)[number];
    const threshold = ind.higher ? hundredths(t.threshold) : hundredths(t.threshold);
    const kind = ind.higher
      ? t.range
        ? 'range'
        : t.strict
          ? 'more_than'
          : 'at_least'
      : t.strict
        ? 'less_than'
        : 'at_most';
    const bounds =
      kind === 'range' ? { min: threshold, max: D.min(new D(threshold).plus(5), 100).toString() } : { threshold };
    return target(`t${i}`, {
      kind,
      indicator: ind.id,
      unit: ind.unit,
      category: t.category,
      weight: t.weight,
      veto: t.veto,
      ...bounds,
    });
  });
  const rs = loadRuleSet(ruleSetJson(targets, { scoring: { weights: 'assumed', missingData: s.missingData } }));
  const room = new D(s.points).minus(s.basePoints);
  const basePoints = room.isNegative() ? 0 : s.basePoints;
  // Fixed product points are valid only when environment targets take the rest of the budget.
  const canPin = s.pinProduct !== undefined && s.targets.some((t) => t.category === 'environment');
  const pinned = !canPin
    ? []
    : [
        {
          id: 'product',
          points: new D(s.pinProduct as number).div(100).times(new D(s.points).minus(basePoints)).toString(),
        },
      ];
  const scheme = loadScheme(
    schemeJson({
      points: s.points,
      basePoints,
      aggregation: s.aggregation,
      missingData: s.missingData,
      categories: [...pinned, ...(s.categoryLowest ? [{ id: 'environment', aggregation: 'lowest' }] : [])],
      targets: s.targets.map((t, i) => {
        const ind = INDICATORS[t.indicator] as (typeof INDICATORS)[number];
        return { target: `t${i}`, method: methodJson(t, hundredths(t.threshold), ind.higher) };
      }),
      adjustments: [
        {
          id: 'award',
          names: names('奖', 'award'),
          type: 'bonus',
          on: 'event',
          event: 'award',
          points: s.bonus.per,
          cap: s.bonus.cap,
        },
        {
          id: 'complaint',
          names: names('投诉', 'complaint'),
          type: 'penalty',
          on: 'event',
          event: 'complaint',
          points: s.penalty.per,
          cap: s.penalty.cap,
        },
      ],
      caps: s.bonusCap === undefined ? {} : { bonus: s.bonusCap },
      grades: {
        bands: [
          { grade: 'A', min: 90 },
          { grade: 'B', min: 80, below: 90 },
          { grade: 'C', min: 60, below: 80 },
          { grade: 'D', below: 60 },
        ],
      },
    }),
  );
  const events = [
    ...Array.from({ length: s.bonus.events }, (_, i) => ({ type: 'award', date: `2018-0${i + 1}-01` })),
    ...Array.from({ length: s.penalty.events }, (_, i) => ({ type: 'complaint', date: `2018-0${i + 1}-02` })),
    ...Array.from({ length: s.failedBatches }, (_, i) => ({ type: 'failed-batch', date: `2018-0${i + 1}-03` })),
  ];
  const observations = (values: ReadonlyArray<number | undefined>) =>
    INDICATORS.flatMap((ind, i) =>
      values[i] === undefined ? [] : [{ indicator: ind.id, value: hundredths(values[i] as number), unit: ind.unit }],
    );
  return { rs, scheme, dataFor: (values: ReadonlyArray<number | undefined>) => data(observations(values), { events }) };
}

const dec = (x: string | null | undefined): InstanceType<typeof D> => new D(x ?? '0');
const RANK: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };

function checkBounds(r: SchemeReport): void {
  for (const t of r.targets) {
    if (t.excluded !== null) {
      expect([t.possible, t.earned]).toEqual(['0', '0']);
      continue;
    }
    expect(dec(t.earned).gte(0)).toBe(true); // never below the item's floor (扣完为止)
    expect(dec(t.earned).lte(t.possible)).toBe(true);
  }
  expect(dec(r.points.maximum).lte(r.points.budget)).toBe(true);
  if (r.scores.total === null) {
    expect(r.grade).toBeNull();
    return;
  }
  // Rounded to 2 places against bounds shown to 4: allow half a cent.
  expect(dec(r.scores.total).gte(0)).toBe(true);
  expect(dec(r.scores.total).lte(dec(r.points.ceiling).plus('0.005'))).toBe(true);
  expect(dec(r.scores.base).lte(dec(r.points.maximum).plus('0.005'))).toBe(true);
  expect(dec(r.points.ceiling).minus(r.points.maximum).lte(8)).toBe(true); // the bonus item's cap is at most 8
  expect(r.grade).not.toBeNull();
}

describe('scheme properties', () => {
  it('never award more than the maximum (plus capped bonus) or less than the floor', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { rs, scheme, dataFor } = build(s);
        checkBounds(evaluate(rs, dataFor(s.values), { scheme }).scheme as SchemeReport);
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('improving any observed value in the better direction never lowers the score or the grade', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 0, max: INDICATORS.length - 1 }),
        fc.integer({ min: 1, max: 3000 }),
        (s, which, step) => {
          const current = s.values[which];
          fc.pre(current !== undefined);
          const ind = INDICATORS[which] as (typeof INDICATORS)[number];
          const improved = [...s.values];
          improved[which] = ind.higher
            ? Math.min(10000, (current as number) + step)
            : Math.max(0, (current as number) - step);
          const { rs, scheme, dataFor } = build(s);
          const before = evaluate(rs, dataFor(s.values), { scheme }).scheme as SchemeReport;
          const after = evaluate(rs, dataFor(improved), { scheme }).scheme as SchemeReport;
          for (const key of ['total', 'base', 'total100', 'base100'] as const) {
            if (before.scores[key] !== null) expect(dec(after.scores[key]).gte(dec(before.scores[key]))).toBe(true);
          }
          if (before.grade !== null)
            expect(RANK[after.grade as string] as number).toBeLessThanOrEqual(RANK[before.grade] as number);
        },
      ),
      { numRuns: 150, seed: 9 },
    );
  });
});
