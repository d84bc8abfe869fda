import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, decimalString, HUNDRED, ZERO } from '../../src/core/decimal.js';
import { evaluate } from '../../src/report/evaluate.js';
import { builtinSchemeJson, loadBuiltinScheme, ruleSetScoring } from '../../src/schemes/builtin.js';
import { loadScheme } from '../../src/schemes/load.js';
import { FULL_CREDIT, NO_CREDIT } from '../../src/scoring/methods.js';
import { type ItemReading, type RegionReadings, scoreWithPlan } from '../../src/scoring/score.js';
import { data, rules, target } from '../support.js';

/** Percentage indicators of the catalogue, one per target position (targets may share one). */
const INDICATORS = [
  'product-sampling-pass-rate',
  'food-sampling-pass-rate',
  'drug-sampling-pass-rate',
  'agricultural-product-pass-rate',
  'service-satisfaction',
  'air-quality-good-day-ratio',
] as const;

const CATEGORIES = [
  { id: 'product', names: { 'zh-Hans': '产品质量', 'zh-Hant': '產品質量', en: 'Product quality' } },
  { id: 'environment', names: { 'zh-Hans': '环境质量', 'zh-Hant': '環境質量', en: 'Environmental quality' } },
  { id: 'service', names: { 'zh-Hans': '服务质量', 'zh-Hant': '服務質量', en: 'Service quality' } },
] as const;

const p4 = (d: Dec): string => decimalString(d, 4);

describe('the rule set’s own scoring runs through the one scorer (hand-worked)', () => {
  // Product weighs 2, environment 1: product takes 100 × 2/3, environment 100 × 1/3. Within product,
  // a weighs 2 and b 1; environment's d has no data, so its share passes to c.
  const rs = rules(
    [
      target('a', { kind: 'at_least', indicator: INDICATORS[0], threshold: 95, unit: '%', weight: 2 }),
      target('b', { kind: 'at_least', indicator: INDICATORS[1], threshold: 95, unit: '%' }),
      target('c', {
        kind: 'at_least',
        indicator: INDICATORS[5],
        threshold: 90,
        unit: '%',
        category: 'environment',
      }),
      target('d', {
        kind: 'at_least',
        indicator: INDICATORS[2],
        threshold: 95,
        unit: '%',
        category: 'environment',
      }),
    ],
    {
      categories: [
        { ...CATEGORIES[0], weight: 2 },
        { ...CATEGORIES[1], weight: 1 },
      ],
    },
  );
  const productShare = HUNDRED.times(2).div(3);
  const environmentShare = HUNDRED.times(1).div(3);
  const expected = {
    a: productShare.times(2).div(3),
    b: productShare.times(1).div(3),
    c: environmentShare.times(1).div(1),
  };

  it('category share × target weight ÷ the category’s scored weight, in exact 40-digit decimals', () => {
    const own = ruleSetScoring(rs);
    const reading = (credit: ItemReading['credit'], excluded: ItemReading['excluded'] = null): ItemReading => ({
      status: credit === FULL_CREDIT ? 'met' : credit === null ? 'no_data' : 'not_met',
      credit,
      excluded,
      detail: {},
    });
    const readings: RegionReadings = {
      items: [reading(FULL_CREDIT), reading(NO_CREDIT), reading(FULL_CREDIT), reading(null, 'no_data')],
      adjustments: [],
      vetoes: [],
    };
    const score = scoreWithPlan(own.plan, readings);
    expect(score.items.map((i) => i.possible.toString())).toEqual([
      expected.a.toString(),
      expected.b.toString(),
      expected.c.toString(),
      '0',
    ]);
    // 66.6…67 × 2 rounds to 133.3…33 at 40 digits before the division: the order of operations shows.
    expect(expected.a.toString()).toBe('44.44444444444444444444444444444444444443');
    expect(score.items.map((i) => i.earned.toString())).toEqual([
      expected.a.toString(),
      '0',
      expected.c.toString(),
      '0',
    ]);
    expect(score.total.toString()).toBe('77.77777777777777777777777777777777777776');
    expect(score.scores.total?.toString()).toBe('77.78');
    expect(score.grade).toBe('C');
  });

  it('the report prints those points, the score, its grade band and the excluded target', () => {
    const r = evaluate(
      rs,
      data([
        { indicator: INDICATORS[0], value: 96, unit: '%' },
        { indicator: INDICATORS[1], value: 94, unit: '%' },
        { indicator: INDICATORS[5], value: 91, unit: '%' },
      ]),
    );
    expect(r.targets.map((t) => [t.id, t.points.possible, t.points.earned, t.points.excluded])).toEqual([
      ['a', '44.4444', '44.4444', null],
      ['b', '22.2222', '0', null],
      ['c', '33.3333', '33.3333', null],
      ['d', '0', '0', 'no_data'],
    ]);
    expect(r.categories.map((c) => [c.id, c.possible, c.earned, c.scoredTargets])).toEqual([
      ['product', '66.6667', '44.4444', 2],
      ['environment', '33.3333', '33.3333', 1],
    ]);
    expect([r.score, r.maximum, r.grade, r.gradeBand]).toEqual(['77.78', '100', 'C', '[60, 80)']);
    expect(r.shortfalls.map((s) => [s.target, s.pointsLost])).toEqual([
      ['b', '22.2222'],
      ['d', '0'],
    ]);
  });

  it('nothing scored: no score and a maximum of 0, yet a failed veto still forces its grade', () => {
    const vetoOnly = rules(
      [
        target('v', {
          kind: 'at_least',
          indicator: INDICATORS[0],
          threshold: 95,
          unit: '%',
          veto: true,
          commitment: 'aspirational',
        }),
        target('w', { kind: 'at_least', indicator: INDICATORS[1], threshold: 95, unit: '%', veto: true }),
      ],
      { scoring: { weights: 'assumed', aspirational: 'unscored', vetoGrade: 'C' } },
    );
    const r = evaluate(vetoOnly, data([{ indicator: INDICATORS[0], value: 90, unit: '%' }]));
    expect(r.targets.map((t) => [t.status, t.points.excluded])).toEqual([
      ['not_met', 'aspirational_unscored'],
      ['no_data', 'no_data'],
    ]);
    expect([r.score, r.maximum, r.grade, r.gradeBand]).toEqual([null, '0', 'C', null]);
    expect([r.vetoedBy, r.vetoUnknown]).toEqual([['v'], ['w']]);
  });
});

/** One generated target: where it sits, what it weighs, and what the data make of it. */
const targetArb = fc.record({
  category: fc.integer({ min: 0, max: CATEGORIES.length - 1 }),
  indicator: fc.integer({ min: 0, max: INDICATORS.length - 1 }),
  threshold: fc.integer({ min: 0, max: 100 }),
  weight: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
  aspirational: fc.boolean(),
  veto: fc.boolean(),
});

const scenarioArb = fc.record({
  targets: fc.array(targetArb, { minLength: 1, maxLength: 9 }),
  categoryWeights: fc.array(fc.integer({ min: 1, max: 9 }), {
    minLength: CATEGORIES.length,
    maxLength: CATEGORIES.length,
  }),
  values: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), {
    minLength: INDICATORS.length,
    maxLength: INDICATORS.length,
  }),
  missingData: fc.constantFrom('exclude' as const, 'zero' as const),
  aspirational: fc.constantFrom('scored' as const, 'unscored' as const),
  precision: fc.integer({ min: 0, max: 3 }),
  equalWeights: fc.boolean(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function build(s: Scenario) {
  const weightOf = (w: number | undefined): number | undefined => (s.equalWeights ? undefined : w);
  const rs = rules(
    s.targets.map((t, i) =>
      target(`t${i}`, {
        kind: 'at_least',
        indicator: INDICATORS[t.indicator],
        threshold: t.threshold,
        unit: '%',
        category: CATEGORIES[t.category]?.id,
        commitment: t.aspirational ? 'aspirational' : 'binding',
        veto: t.veto,
        ...(weightOf(t.weight) === undefined ? {} : { weight: weightOf(t.weight) }),
      }),
    ),
    {
      scoring: { weights: 'assumed', missingData: s.missingData, aspirational: s.aspirational, precision: s.precision },
      categories: CATEGORIES.map((c, i) => ({ ...c, weight: s.equalWeights ? 1 : s.categoryWeights[i] })),
    },
  );
  const observations = INDICATORS.flatMap((id, i) =>
    s.values[i] === undefined ? [] : [{ indicator: id, value: s.values[i], unit: '%' }],
  );
  return { rs, dataSet: data(observations) };
}

/**
 * The documented default scoring (docs/DESIGN.md, "Points"), worked independently of the scorer:
 * each target's possible points, the rounded score, or null when nothing is scored.
 */
function documentedRule(s: Scenario): { possible: string[]; score: string | null } {
  const status = s.targets.map((t) => {
    const v = s.values[t.indicator];
    return v === undefined ? 'no_data' : v >= t.threshold ? 'met' : 'not_met';
  });
  const scored = s.targets.map(
    (t, i) =>
      !(t.aspirational && s.aspirational === 'unscored') && (status[i] !== 'no_data' || s.missingData === 'zero'),
  );
  const weight = (i: number): Dec => new D(s.equalWeights ? 1 : (s.targets[i]?.weight ?? 1));
  const categoryWeight = (c: number): Dec => new D(s.equalWeights ? 1 : (s.categoryWeights[c] ?? 1));
  const scoredWeightIn = CATEGORIES.map((_, c) =>
    s.targets.reduce((sum, t, i) => (scored[i] && t.category === c ? sum.plus(weight(i)) : sum), ZERO),
  );
  const taking = CATEGORIES.map((_, c) => (scoredWeightIn[c] as Dec).gt(0));
  const takingWeight = CATEGORIES.reduce((sum, _, c) => (taking[c] ? sum.plus(categoryWeight(c)) : sum), ZERO);
  const possible = s.targets.map((t, i) =>
    scored[i] && taking[t.category]
      ? HUNDRED.times(categoryWeight(t.category))
          .div(takingWeight)
          .times(weight(i))
          .div(scoredWeightIn[t.category] as Dec)
      : ZERO,
  );
  const earned = possible.reduce((sum, p, i) => (status[i] === 'met' && scored[i] ? sum.plus(p) : sum), ZERO);
  const score = taking.some(Boolean) ? earned.toDecimalPlaces(s.precision, D.ROUND_HALF_UP).toFixed(s.precision) : null;
  return { possible: possible.map(p4), score };
}

/** The built-in `equal-weights` scheme with the rule set's own weights, so its settings agree with the report's. */
const defaultWithRuleSetWeights = loadScheme({
  ...(builtinSchemeJson('equal-weights') as Record<string, unknown>),
  id: 'default-rule-set-weights',
  weighting: 'rule-set',
});

describe('the report’s own score is a scheme total (property)', () => {
  it('equals the documented rule, and the `equal-weights` scheme’s total where their settings agree', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { rs, dataSet } = build(s);
        const report = evaluate(rs, dataSet);
        const rule = documentedRule(s);
        expect(report.score).toBe(rule.score);
        expect(report.targets.map((t) => t.points.possible)).toEqual(rule.possible);

        const scheme = s.equalWeights ? loadBuiltinScheme('equal-weights') : defaultWithRuleSetWeights;
        const block = evaluate(rs, dataSet, { scheme }).scheme;
        expect(block?.scores.total ?? null).toBe(report.score);
        expect(block?.targets.map((t) => [t.possible, t.earned, t.excluded])).toEqual(
          report.targets.map((t) => [t.points.possible, t.points.earned, t.points.excluded]),
        );
        expect(block?.categories.map((c) => [c.possible, c.earned])).toEqual(
          report.categories.map((c) => [c.possible, c.earned]),
        );
        expect([block?.vetoedBy, block?.vetoUnknown]).toEqual([report.vetoedBy, report.vetoUnknown]);
        // The scheme grades its score out of 100 after exclusions; the report its points total.
        // With these weights both are the same number, so the grade is the same too.
        expect(block?.grade).toBe(report.grade);
      }),
      { numRuns: 300, seed: 10 },
    );
  });
});
