import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { judgeTarget, type TargetOutcome } from '../../src/evaluation/outcome.js';
import type { EvaluationContext } from '../../src/kinds/contract.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import type { CompiledRuleSet } from '../../src/rulesets/load.js';
import { type BoundScheme, bindScheme } from '../../src/schemes/bind.js';
import { BUILTIN_SCHEME_IDS, headlineScoring, loadBuiltinScheme, ruleSetScoring } from '../../src/schemes/builtin.js';
import { loadScheme } from '../../src/schemes/load.js';
import { readRegion, readRegionReadings } from '../../src/schemes/read.js';
import type { ItemReading, RegionReadings } from '../../src/scoring/score.js';
import { scoreWithPlan } from '../../src/scoring/score.js';
import { data, rules, target } from '../support.js';

// The headline score reads its scheme through `readRegionReadings`, which skips the facts and words only a
// scheme report prints and shares every reading fixed by a target's status. These properties hold it to
// `readRegion` (the worded reader, the one before this fast path) on many regions in a row, so a reading
// shared wrongly from an earlier region shows up as a difference.

/** Outcomes and context as `evaluate` makes them. */
function judged(ruleSet: CompiledRuleSet, input: unknown, scheme: BoundScheme): [TargetOutcome[], EvaluationContext] {
  const region = loadDataSet(input, scheme.indicator);
  const ctx: EvaluationContext = { region, asOf: region.asOf };
  const outcomes = ruleSet.targets.map((t) => {
    const gathered = t.compiled.gather(ctx);
    if (gathered.kind !== 'facts') return judgeTarget(t, gathered, false, ctx);
    const lookup = (name: string) => gathered.facts.get(name);
    return judgeTarget(t, gathered, t.compiled.predicate(lookup), ctx, lookup);
  });
  return [outcomes, ctx];
}

/** A reading without its detail, which the fast reader leaves as the target's own. */
const scoring = (r: ItemReading) => ({ status: r.status, credit: r.credit, excluded: r.excluded });

/** Both readers agree on everything scoring reads, and the scores they give are equal field by field. */
function expectSameScoring(scheme: BoundScheme, outcomes: readonly TargetOutcome[], ctx: EvaluationContext): void {
  const full = readRegion(scheme, outcomes, ctx).readings;
  const fast: RegionReadings = readRegionReadings(scheme, outcomes, ctx);
  expect(fast.items.map(scoring)).toEqual(full.items.map(scoring));
  fast.items.forEach((r, i) => {
    expect(r.detail).toBe(scheme.items[i]?.detail);
  });
  expect(fast.adjustments).toEqual(full.adjustments);
  expect(fast.vetoes).toEqual(full.vetoes);
  expect(scoreWithPlan(scheme.plan, fast)).toEqual(scoreWithPlan(scheme.plan, full));
}

const FIXTURES = BUILTIN_RULE_SET_IDS.flatMap((id) =>
  readdirSync(`fixtures/${id}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id, json: JSON.parse(readFileSync(`fixtures/${id}/${f}`, 'utf8')) as Record<string, unknown> })),
);

/** Every scheme a built-in rule set scores by: its headline, its own scoring block, each built-in scheme that fits. */
function schemesFor(ruleSet: CompiledRuleSet): BoundScheme[] {
  const builtins = BUILTIN_SCHEME_IDS.map(loadBuiltinScheme)
    .filter((s) => s.data.ruleSet === null || s.data.ruleSet === ruleSet.data.id)
    .map((s) => bindScheme(s, ruleSet));
  return [headlineScoring(ruleSet), ruleSetScoring(ruleSet), ...builtins];
}

type Edit = { action: 'keep' | 'drop' | 'scale'; permille: number; places: number };
const editArb: fc.Arbitrary<Edit> = fc.record({
  action: fc.constantFrom('keep', 'drop', 'scale'),
  permille: fc.integer({ min: 500, max: 1000 }),
  places: fc.integer({ min: 0, max: 6 }),
});

/** A figure scaled down by permille/1000, kept whole when it was whole, else to a few places. */
function scaled(value: number | string, edit: Edit): string {
  const original = new D(value);
  const places = original.isInteger() ? 0 : edit.places;
  return original.times(edit.permille).div(1000).toDecimalPlaces(places, D.ROUND_DOWN).toString();
}

/** A fixture with some observations dropped, figures lowered (more shortfalls, partial credit) and flags flipped. */
function edited(json: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  const observations = (json.observations as Array<Record<string, unknown>>).flatMap((o, i) => {
    const edit = edits[i % edits.length] as Edit;
    if (edit.action === 'keep') return [o];
    if (edit.action === 'drop') return [];
    if (typeof o.value === 'boolean') return [{ ...o, value: !o.value }];
    if (typeof o.value === 'number' || typeof o.value === 'string') return [{ ...o, value: scaled(o.value, edit) }];
    if (typeof o.passed === 'number' && typeof o.sampled === 'number')
      return [{ ...o, passed: Math.floor((o.passed * edit.permille) / 1000) }];
    return [o];
  });
  return { ...json, observations };
}

describe('headline readings without words (readRegionReadings)', () => {
  it('score every built-in rule set under every scheme as the worded readings do, region after region', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            fixture: fc.integer({ min: 0, max: FIXTURES.length - 1 }),
            edits: fc.array(editArb, { minLength: 1, maxLength: 12 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (regions) => {
          for (const { fixture, edits } of regions) {
            const { id, json } = FIXTURES[fixture] as (typeof FIXTURES)[number];
            const ruleSet = loadBuiltinRuleSet(id);
            for (const scheme of schemesFor(ruleSet))
              expectSameScoring(scheme, ...judged(ruleSet, edited(json, edits), scheme));
          }
        },
      ),
      { numRuns: 60, seed: 16 },
    );
  });

  // Levels, per-event counts, bonus items on targets, events and indicators, and vetoes of every kind
  // read the region's data, so they are never shared; target conditions are, by status.
  const names = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
  const indicators = [
    {
      id: 'plan-regional',
      names: names('写入区域规划', 'regional plan'),
      unit: 'boolean',
      kind: 'boolean',
      direction: 'higher',
    },
    {
      id: 'plan-department',
      names: names('写入部门计划', 'department plan'),
      unit: 'boolean',
      kind: 'boolean',
      direction: 'higher',
    },
    {
      id: 'failed-batches',
      names: names('不合格批次', 'failed batches'),
      unit: '批次',
      kind: 'count',
      direction: 'lower',
    },
  ];
  const ruleSet = rules(
    [
      target('pass', {
        kind: 'at_least',
        indicator: 'product-sampling-pass-rate',
        threshold: 95,
        unit: '%',
        veto: true,
      }),
      target('food', { kind: 'at_least', indicator: 'food-sampling-pass-rate', threshold: 96, unit: '%' }),
      target('pm25', {
        kind: 'at_most',
        indicator: 'pm25-annual-mean',
        threshold: 35,
        unit: 'μg/m³',
        category: 'environment',
      }),
      target('good', {
        kind: 'at_least',
        indicator: 'air-quality-good-day-ratio',
        threshold: 90,
        unit: '%',
        category: 'environment',
        commitment: 'aspirational',
      }),
      target('batches', { kind: 'at_most', indicator: 'failed-batches', threshold: 2, unit: '批次' }),
    ],
    { indicators, scoring: { weights: 'assumed', missingData: 'exclude' } },
  );
  const levels = [
    { id: 'regional', names: names('区域规划', 'regional'), indicator: 'plan-regional', credit: 1 },
    { id: 'department', names: names('部门计划', 'department'), indicator: 'plan-department', credit: '0.5' },
  ];
  const schemeJson = (missingData: 'exclude' | 'zero') => ({
    schemaVersion: 1,
    id: 'read-all',
    names: names('全方法', 'every method'),
    ruleSet: null,
    missingData,
    ruleSetVetoes: true,
    targets: [
      { target: 'pass', method: { method: 'levels', levels } },
      { target: 'food', method: { method: 'proportional', basis: 'attainment', floor: '0.9' } },
      { target: 'pm25', method: { method: 'deduction', per: 1, points: '0.5', partial: 'full_step' } },
      { target: 'batches', method: { method: 'per_event', count: { event: 'failed-batch' }, points: 4 } },
    ],
    adjustments: [
      {
        id: 'good-met',
        names: names('达标加分', 'met'),
        type: 'bonus',
        on: 'target',
        target: 'good',
        when: 'met',
        points: 2,
        cap: 2,
      },
      {
        id: 'food-miss',
        names: names('未达扣分', 'missed'),
        type: 'penalty',
        on: 'target',
        target: 'food',
        when: 'not_met',
        points: 3,
        cap: 3,
      },
      { id: 'award', names: names('获奖', 'award'), type: 'bonus', on: 'event', event: 'award', points: 1, cap: 2 },
      {
        id: 'batches',
        names: names('不合格批次', 'batches'),
        type: 'penalty',
        on: 'indicator',
        indicator: 'failed-batches',
        points: 1,
        cap: 5,
      },
    ],
    vetoes: [
      { id: 'pm25-veto', on: 'target', target: 'pm25' },
      { id: 'incident', on: 'event', event: 'incident' },
      { id: 'pm25-high', on: 'indicator', indicator: 'pm25-annual-mean', operator: 'moreThan', value: 60 },
    ],
  });
  const schemes = [
    bindScheme(loadScheme(schemeJson('exclude')), ruleSet),
    bindScheme(loadScheme(schemeJson('zero')), ruleSet),
  ];

  it('score levels, counts, bonus items and vetoes read from data as the worded readings do', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const regionArb = fc.record({
      pass: maybe(fc.integer({ min: 9000, max: 10000 })),
      food: maybe(fc.integer({ min: 8000, max: 10000 })),
      pm25: maybe(fc.integer({ min: 200, max: 700 })),
      good: maybe(fc.integer({ min: 8500, max: 10000 })),
      batches: maybe(fc.integer({ min: 0, max: 6 })),
      regional: maybe(fc.boolean()),
      department: maybe(fc.boolean()),
      awards: fc.integer({ min: 0, max: 3 }),
      incidents: fc.integer({ min: 0, max: 1 }),
      failed: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(regionArb, { minLength: 1, maxLength: 6 }), (regions) => {
        for (const r of regions) {
          const hundredths = (n: number) => new D(n).div(100).toString();
          const observations = [
            r.pass === undefined
              ? []
              : [{ indicator: 'product-sampling-pass-rate', value: hundredths(r.pass), unit: '%' }],
            r.food === undefined
              ? []
              : [{ indicator: 'food-sampling-pass-rate', value: hundredths(r.food), unit: '%' }],
            r.pm25 === undefined ? [] : [{ indicator: 'pm25-annual-mean', value: r.pm25 / 10, unit: 'μg/m³' }],
            r.good === undefined
              ? []
              : [{ indicator: 'air-quality-good-day-ratio', value: hundredths(r.good), unit: '%' }],
            r.batches === undefined ? [] : [{ indicator: 'failed-batches', value: r.batches, unit: '批次' }],
            r.regional === undefined ? [] : [{ indicator: 'plan-regional', value: r.regional }],
            r.department === undefined ? [] : [{ indicator: 'plan-department', value: r.department }],
          ].flat();
          const events = [
            ...Array.from({ length: r.awards }, (_, i) => ({ type: 'award', date: `2018-0${i + 1}-01` })),
            ...Array.from({ length: r.incidents }, (_, i) => ({ type: 'incident', date: `2018-0${i + 1}-02` })),
            ...Array.from({ length: r.failed }, (_, i) => ({ type: 'failed-batch', date: `2018-0${i + 1}-03` })),
          ];
          for (const scheme of schemes)
            expectSameScoring(scheme, ...judged(ruleSet, data(observations, { events }), scheme));
        }
      }),
      { numRuns: 150, seed: 61 },
    );
  });

  it('shares a status-fixed reading between regions, and never one that carries a region’s figures', () => {
    const scheme = schemes[0] as BoundScheme;
    const region = (food: string) =>
      judged(
        ruleSet,
        data([
          { indicator: 'product-sampling-pass-rate', value: '96', unit: '%' },
          { indicator: 'food-sampling-pass-rate', value: food, unit: '%' },
        ]),
        scheme,
      );
    const [metA, ctxA] = region('97');
    const [metB, ctxB] = region('99');
    const food = 1;
    // Met on attainment: full credit whatever the figure, the same frozen reading for both regions.
    const a = readRegionReadings(scheme, metA, ctxA).items[food] as ItemReading;
    const b = readRegionReadings(scheme, metB, ctxB).items[food] as ItemReading;
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    // Short of 96 on attainment, floor 0.9: 86.4/96 = 0.9 → share 0; 93.12/96 = 0.97 → share (0.97 − 0.9)/0.1 = 0.7.
    const [lowA, lowCtxA] = region('86.4');
    const [lowB, lowCtxB] = region('93.12');
    const c = readRegionReadings(scheme, lowA, lowCtxA).items[food] as ItemReading;
    const d = readRegionReadings(scheme, lowB, lowCtxB).items[food] as ItemReading;
    expect(c.status).toBe('not_met');
    expect(c.credit).toEqual({ kind: 'share', share: new D(0) });
    expect(d.credit).toEqual({ kind: 'share', share: new D('0.7') });
    expect((d.credit as { share: Dec }).share.toString()).toBe('0.7');
  });
});
