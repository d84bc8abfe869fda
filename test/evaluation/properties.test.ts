import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import type { CompiledRuleSet } from '../../src/rulesets/load.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { data, ruleSetJson, rules, target } from '../support.js';

const hundredths = (n: number): string => new D(n).div(100).toString();
const KINDS = ['at_least', 'more_than', 'at_most', 'less_than'] as const;

function single(kind: (typeof KINDS)[number] | 'range', threshold: string): CompiledRuleSet {
  const fields =
    kind === 'range'
      ? { kind, indicator: 'pm25-annual-mean', min: threshold, max: new D(threshold).plus(5).toString(), unit: 'μg/m³' }
      : { kind, indicator: 'pm25-annual-mean', threshold, unit: 'μg/m³' };
  return rules([target('t', fields)]);
}

function resultFor(rs: CompiledRuleSet, value: string) {
  return evaluate(rs, data([{ indicator: 'pm25-annual-mean', value, unit: 'μg/m³' }])).targets[0];
}

describe('attainment', () => {
  it('is within [0, 1], monotone in the observed value in the better direction, and 1 with no gap when met', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS, 'range' as const),
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        (kind, t, a, b) => {
          const rs = single(kind, hundredths(t));
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const rLo = resultFor(rs, hundredths(lo));
          const rHi = resultFor(rs, hundredths(hi));
          for (const r of [rLo, rHi]) {
            const att = new D(r?.attainment ?? 'NaN');
            expect(att.gte(0) && att.lte(1)).toBe(true);
            if (r?.status === 'met') {
              expect(r.attainment).toBe('1');
              expect(r.gap).toBeNull();
            } else {
              expect(new D(r?.gap ?? '-1').gte(0)).toBe(true);
            }
          }
          const higherIsBetter = kind === 'at_least' || kind === 'more_than' || kind === 'range';
          const [worse, better] = higherIsBetter ? [rLo, rHi] : [rHi, rLo];
          expect(new D(worse?.attainment as string).lte(better?.attainment as string)).toBe(true);
          // A better value never turns met into not met.
          if (worse?.status === 'met') expect(better?.status).toBe('met');
        },
      ),
      { numRuns: 300, seed: 2018 },
    );
  });
});

const indicatorIds = [
  'product-sampling-pass-rate',
  'food-sampling-pass-rate',
  'drug-sampling-pass-rate',
  'agricultural-product-pass-rate',
  'service-satisfaction',
];

const scenario = fc.record({
  targets: fc.array(
    fc.record({
      indicator: fc.constantFrom(...indicatorIds),
      kind: fc.constantFrom('at_least', 'more_than', 'at_most', 'less_than'),
      threshold: fc.integer({ min: 0, max: 10000 }),
      category: fc.constantFrom('product', 'environment'),
      commitment: fc.constantFrom('binding', 'aspirational'),
      weight: fc.integer({ min: 1, max: 5 }),
      veto: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  values: fc.array(fc.option(fc.integer({ min: 0, max: 10000 }), { nil: undefined }), {
    minLength: indicatorIds.length,
    maxLength: indicatorIds.length,
  }),
  missingData: fc.constantFrom('exclude', 'zero'),
  aspirational: fc.constantFrom('scored', 'unscored'),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const json = ruleSetJson(
    s.targets.map((t, i) =>
      target(`t${i}`, {
        kind: t.kind,
        indicator: t.indicator,
        threshold: hundredths(t.threshold),
        unit: '%',
        category: t.category,
        commitment: t.commitment,
        weight: t.weight,
        veto: t.veto,
      }),
    ),
    { scoring: { weights: 'assumed', missingData: s.missingData, aspirational: s.aspirational } },
  );
  const observations = indicatorIds.flatMap((id, i) =>
    s.values[i] === undefined ? [] : [{ indicator: id, value: hundredths(s.values[i] as number), unit: '%' }],
  );
  return { json, dataSet: data(observations) };
}

describe('scores', () => {
  it('stay within [0, maximum], points add up, and the same input gives byte-identical output on both engines', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { json, dataSet } = build(s);
        const rs = loadRuleSet(json);
        const report = evaluate(rs, dataSet);
        const possible = report.targets.reduce((sum, t) => sum.plus(t.points.possible), new D(0));
        const earned = report.targets.reduce((sum, t) => sum.plus(t.points.earned), new D(0));
        if (report.score === null) {
          expect(report.maximum).toBe('0');
        } else {
          expect(new D(report.score).gte(0) && new D(report.score).lte(report.maximum)).toBe(true);
          expect(possible.minus(100).abs().lte('0.01')).toBe(true); // each shown to 4 places
          expect(earned.minus(report.score).abs().lte('0.01')).toBe(true);
        }
        for (const t of report.targets) expect(new D(t.points.earned).lte(t.points.possible)).toBe(true);
        const again = JSON.stringify(evaluate(loadRuleSet(json), dataSet));
        expect(again).toBe(JSON.stringify(report));
        expect(JSON.stringify(await evaluateWithEngine(rs, dataSet))).toBe(again);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('never mutates its inputs (deep-frozen rule set and data are accepted and unchanged)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { json, dataSet } = build(s);
        const before = JSON.stringify([json, dataSet]);
        const freeze = (o: unknown): void => {
          if (o && typeof o === 'object') {
            Object.freeze(o);
            Object.values(o).forEach(freeze);
          }
        };
        freeze(json);
        freeze(dataSet);
        evaluate(loadRuleSet(json), dataSet);
        expect(JSON.stringify([json, dataSet])).toBe(before);
      }),
      { numRuns: 50, seed: 11 },
    );
  });
});
