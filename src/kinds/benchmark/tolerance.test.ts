import { describe, expect, it } from 'vitest';
import { both, dataSet, result, ruleSet, target } from '../../../test/evaluation/_fixtures.js';
import { D } from '../../core/decimal.js';
import { InvalidInputError } from '../../core/errors.js';

/** 「接近全省平均水平」 on the pass rate, with the provincial figure in the data. */
const near = (id: string, tolerance: unknown, comparison = 'at_least') =>
  target(id, { kind: 'benchmark', indicator: 'tst-pass-rate', benchmark: 'provincial-average', comparison, tolerance });

const withProvince = (value: string, province = '96.5') =>
  dataSet('2018', [{ indicator: 'tst-pass-rate', value, unit: '%' }], {
    benchmarks: [{ id: 'provincial-average', indicator: 'tst-pass-rate', value: province, unit: '%' }],
  });

describe('接近全省平均水平: a benchmark within a tolerance', () => {
  const rs = ruleSet([near('near', { absolute: 2 })]);

  it('96.5 − 2 = 94.5 is met, 94.49 is not (gap 0.01 to the tolerated bound)', async () => {
    const met = result(await both(rs, withProvince('94.5')), 'near');
    expect(met.status).toBe('met');
    expect(met.requirement['zh-Hans']).toBe('不低于全省平均水平（容差2个百分点）');
    expect(met.requirement.en).toBe('at least the provincial average (tolerance 2 percentage points)');
    expect(met.detail).toMatchObject({
      benchmark: { id: 'provincial-average', value: '96.5' },
      tolerance: { basis: 'absolute', applied: '2', assumed: false, bound: '94.5' },
    });
    const short = result(await both(rs, withProvince('94.49')), 'near');
    expect(short.status).toBe('not_met');
    expect(short.gap).toBe('0.01');
    expect(short.explanation['zh-Hans']).toContain('全省平均水平（2018年）为96.5%');
    expect(short.explanation['zh-Hans']).toContain('按规则集声明的容差（2个百分点）判定');
  });

  it('above the benchmark is met too: 接近 on an at-least comparison is not capped', async () => {
    expect(result(await both(rs, withProvince('99')), 'near').status).toBe('met');
  });

  it('the default tolerance is 5% of the benchmark figure, flagged as assumed', async () => {
    const rsDefault = ruleSet([near('near', 'default')]);
    // 5% of 96.5 is 4.825, so the bound is 91.675.
    expect(result(await both(rsDefault, withProvince('91.675')), 'near').status).toBe('met');
    const r = result(await both(rsDefault, withProvince('91.674')), 'near');
    expect(r.status).toBe('not_met');
    expect(r.gap).toBe('0.001');
    expect(r.detail?.tolerance).toMatchObject({ basis: 'relative', applied: '4.825', assumed: true, bound: '91.675' });
    expect(r.explanation.en).toContain(
      'the default tolerance of 5% of the benchmark (4.825 percentage points) is assumed',
    );
  });

  it('a lower-is-better comparison moves the bound up: 低于全国平均 with 10% relative', async () => {
    const rsPm = ruleSet([
      target('pm', {
        kind: 'benchmark',
        indicator: 'tst-pm25',
        benchmark: 'national-average',
        comparison: 'less_than',
        tolerance: { relative: 10 },
      }),
    ]);
    const pm = (v: number) =>
      dataSet('2018', [{ indicator: 'tst-pm25', value: v, unit: 'μg/m³' }], {
        benchmarks: [{ id: 'national-average', indicator: 'tst-pm25', value: 40, unit: 'μg/m³' }],
      });
    expect(result(await both(rsPm, pm(43)), 'pm').status).toBe('met');
    const atBound = result(await both(rsPm, pm(44)), 'pm');
    expect(atBound.status).toBe('not_met'); // strict: exactly the tolerated 44 is not below it
    expect(atBound.gap).toBe('0');
    expect(atBound.attainment).toBe(new D(1).toString());
  });

  it('a negative tolerance is E_NEGATIVE_VALUE at its path', () => {
    try {
      ruleSet([near('neg', { relative: '-1' })]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => [i.code, i.path])).toEqual([
        ['E_NEGATIVE_VALUE', '$.targets[0].tolerance.relative'],
      ]);
    }
  });
});
