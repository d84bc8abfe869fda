/**
 * The change kind and the 左右 tolerance reach the same verdicts through json-rules-engine's Engine as
 * through the compiled predicates: one rule set holding every construct (so their derived facts share one
 * almanac), random series and benchmark figures, and byte-identical reports required.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import { dataSet, INDICATORS, ruleSet, series, target } from './_fixtures.js';

const LOCAL = [
  ...INDICATORS,
  {
    id: 'tst-per-capita',
    names: { 'zh-Hans': '每千人抽检批次', 'zh-Hant': '每千人抽檢批次', en: 'batches tested per thousand people' },
    unit: '批次/千人',
    kind: 'ratio',
    direction: 'higher',
  },
];

const base = { period: '2015' };
const rs = ruleSet(
  [
    target('rel-down', {
      kind: 'change',
      indicator: 'tst-pm25',
      measure: 'relative',
      direction: 'decrease',
      amount: 15,
      unit: '%',
      base,
    }),
    target('rel-up-strict', {
      kind: 'change',
      indicator: 'tst-brands',
      measure: 'relative',
      direction: 'increase',
      amount: '12.5',
      unit: '%',
      comparison: 'more_than',
      base,
    }),
    target('points', {
      kind: 'change',
      indicator: 'tst-pass-rate',
      measure: 'difference',
      direction: 'increase',
      amount: 3,
      unit: '个百分点',
      base,
    }),
    target('points-about', {
      kind: 'change',
      indicator: 'tst-pass-rate',
      measure: 'difference',
      direction: 'increase',
      amount: 3,
      unit: '个百分点',
      tolerance: { absolute: '0.5' },
      base,
    }),
    target('cagr', {
      kind: 'change',
      indicator: 'tst-brands',
      measure: 'annual_growth',
      direction: 'increase',
      amount: 12,
      unit: '%',
      tolerance: 'default',
      base,
    }),
    target('per-capita', {
      kind: 'at_least',
      indicator: 'tst-per-capita',
      threshold: 20,
      unit: '批次/万人',
      tolerance: { relative: 10 },
    }),
    target('about-60', {
      kind: 'equal',
      indicator: 'tst-pass-rate',
      threshold: 60,
      unit: '%',
      tolerance: { absolute: 2 },
    }),
    target('near-province', {
      kind: 'benchmark',
      indicator: 'tst-pass-rate',
      benchmark: 'provincial-average',
      comparison: 'at_least',
      tolerance: 'default',
    }),
  ],
  { indicators: LOCAL, period: { start: '2016-01-01', end: '2020-12-31' } },
);

// Small pools make equality and boundary cases frequent.
const rate = fc.oneof(
  fc.constantFrom('58', '60', '62', '62.01', '57.99', '91.5', '94.5', '94', '91.675'),
  fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2)),
);
const count = fc.integer({ min: 1, max: 400 });
const pm = fc.integer({ min: 1, max: 120 });

describe('change and 左右 targets: compiled predicates and json-rules-engine agree', () => {
  it('on random series, through every construct at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          year: fc.constantFrom('2016', '2018', '2020'),
          rate2015: rate,
          rateNow: rate,
          brands2015: count,
          brandsNow: fc.integer({ min: 0, max: 800 }),
          pm2015: pm,
          pmNow: pm,
          perCapita: fc.integer({ min: 0, max: 40 }).map((n) => (n / 10).toFixed(1)),
          province: fc.option(rate, { nil: undefined }),
        }),
        async (d) => {
          const observations = [
            ...series('tst-pass-rate', '%', { 2015: d.rate2015, [d.year]: d.rateNow }),
            ...series('tst-brands', '个', { 2015: d.brands2015, [d.year]: d.brandsNow }),
            ...series('tst-pm25', 'μg/m³', { 2015: d.pm2015, [d.year]: d.pmNow }),
            { indicator: 'tst-per-capita', value: d.perCapita, unit: '批次/千人' },
          ];
          const benchmarks =
            d.province === undefined
              ? []
              : [{ id: 'provincial-average', indicator: 'tst-pass-rate', value: d.province, unit: '%' }];
          const data = dataSet(d.year, observations, { benchmarks, asOf: '2021-01-01' });
          const compiled = evaluate(rs, data);
          const engine = await evaluateWithEngine(rs, data);
          expect(JSON.stringify(engine)).toBe(JSON.stringify(compiled));
          // Every construct was judged (nothing is left without data but the benchmark when absent).
          const judged = compiled.targets.filter((t) => t.status === 'met' || t.status === 'not_met').length;
          expect(judged).toBe(d.province === undefined ? 7 : 8);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the per-population threshold converts exactly: 1.8批次/千人 is 18批次/万人, met within 10% of 20', () => {
    const data = (v: string) =>
      dataSet('2018', [{ indicator: 'tst-per-capita', value: v, unit: '批次/千人' }], { asOf: '2021-01-01' });
    const at = (v: string) => evaluate(rs, data(v)).targets.find((t) => t.id === 'per-capita');
    expect(at('1.8')?.status).toBe('met');
    const short = at('1.79');
    expect(short?.status).toBe('not_met');
    expect(short?.gap).toBe('0.1');
    expect(short?.gapText?.['zh-Hans']).toBe('0.1批次/万人');
    expect(short?.gapText?.en).toBe('0.1 batches per ten thousand people');
    expect(short?.requirement['zh-Hans']).toBe('20批次/万人左右（不低于18批次/万人）');
  });
});
