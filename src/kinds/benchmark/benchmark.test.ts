import { describe, expect, it } from 'vitest';
import { both, dataSet, result, ruleSet, target } from '../../../test/evaluation/_fixtures.js';
import { D } from '../../core/decimal.js';
import type { CohortView } from '../contract.js';

const bench = (id: string, comparison: string, extra: Record<string, unknown> = {}) =>
  target(id, { kind: 'benchmark', indicator: 'tst-pass-rate', benchmark: 'district-average', comparison, ...extra });

const withBenchmark = (value: string, benchmarkValue: string | undefined, benchmarkPeriod = '2018') =>
  dataSet('2018', [{ indicator: 'tst-pass-rate', value, unit: '%' }], {
    ...(benchmarkValue === undefined
      ? {}
      : {
          benchmarks: [
            {
              id: 'district-average',
              indicator: 'tst-pass-rate',
              period: benchmarkPeriod,
              value: benchmarkValue,
              unit: '%',
              provenance: { source: '区统计公报', status: 'verified' },
            },
          ],
        }),
  });

describe('benchmark: 高于 vs 不低于 the district average', () => {
  const rs = ruleSet([bench('above', 'more_than'), bench('not-below', 'at_least')]);

  it('names each region’s own benchmark figure, whatever regions came before it', async () => {
    const unmet = bench('above-kept', 'more_than');
    const kept = ruleSet([unmet]);
    const say = async (value: string, figure: string) =>
      result(await both(kept, withBenchmark(value, figure)), 'above-kept');
    const first = await say('90', '96.5');
    const same = await say('91', '96.50');
    const other = await say('90', '97.25');
    expect(first.explanation['zh-Hans']).toContain('全区平均水平（2018年）为96.5%');
    // 96.50 is the figure 96.5: the same words.
    expect(same.explanation['zh-Hans']).toContain('全区平均水平（2018年）为96.5%');
    expect(other.explanation['zh-Hans']).toContain('全区平均水平（2018年）为97.25%');
    expect(other.explanation['zh-Hans']).not.toContain('96.5%');
    expect(other.explanation.en).toContain('97.25%');
    expect(first.explanation['zh-Hant']).toContain('96.5%');
  });

  it('a value equal to the benchmark is not met under 高于 (gap 0) and met under 不低于', async () => {
    const report = await both(rs, withBenchmark('96.5', '96.5'));
    const above = result(report, 'above');
    expect(above.status).toBe('not_met');
    expect(above.gap).toBe('0');
    expect(above.attainment).toBe('1');
    expect(above.requirement['zh-Hans']).toBe('高于全区平均水平（不含）');
    expect(above.explanation['zh-Hans']).toContain('全区平均水平（2018年）为96.5%');
    expect(above.explanation['zh-Hans']).toContain('恰为96.5%，未实现“超96.5%”');
    const notBelow = result(report, 'not-below');
    expect(notBelow.status).toBe('met');
    expect(notBelow.requirement['zh-Hans']).toBe('不低于全区平均水平');
    expect(notBelow.requirement['zh-Hant']).toBe('不低於全區平均水平');
    expect(notBelow.observed.find((o) => o.benchmark)).toMatchObject({
      benchmark: 'district-average',
      value: '96.5',
      period: '2018',
      provenance: { source: '区统计公报' },
    });
  });

  it('above and below the benchmark', async () => {
    const high = await both(rs, withBenchmark('97', '96.5'));
    expect(result(high, 'above').status).toBe('met');
    const low = await both(rs, withBenchmark('95.5', '96.5'));
    const r = result(low, 'not-below');
    expect(r.status).toBe('not_met');
    expect(r.gap).toBe('1');
    expect(r.gapText?.['zh-Hans']).toBe('1个百分点');
    expect(r.attainment).toBe(new D('95.5').div('96.5').toDecimalPlaces(4).toString());
  });

  it('a missing benchmark, or one for another period only, is no_data — never a pass', async () => {
    for (const data of [withBenchmark('99', undefined), withBenchmark('99', '90', '2017')]) {
      const r = result(await both(rs, data), 'not-below');
      expect(r.status).toBe('no_data');
      expect(r.missing.map((m) => m.what['zh-Hans'])).toEqual(['2018年全区平均水平']);
    }
  });

  it('a missing own value is no_data too', async () => {
    const data = dataSet('2018', [], {
      benchmarks: [{ id: 'district-average', indicator: 'tst-pass-rate', value: '96', unit: '%' }],
    });
    expect(result(await both(rs, data), 'above').status).toBe('no_data');
  });

  it('低于全国平均水平 on a lower-is-better indicator, with the benchmark given in another unit', async () => {
    const rs2 = ruleSet([
      target('pm', {
        kind: 'benchmark',
        indicator: 'tst-pm25',
        benchmark: 'national-average',
        comparison: 'less_than',
      }),
    ]);
    const data = (v: number) =>
      dataSet('2018', [{ indicator: 'tst-pm25', value: v, unit: 'μg/m³' }], {
        benchmarks: [{ id: 'national-average', indicator: 'tst-pm25', value: '0.039', unit: 'mg/m³' }],
      });
    expect(result(await both(rs2, data(38)), 'pm').status).toBe('met');
    const r = result(await both(rs2, data(39)), 'pm');
    expect(r.status).toBe('not_met');
    expect(r.requirement['zh-Hans']).toBe('低于全国平均水平（不含）');
  });
});

describe('benchmark: the cohort as the benchmark', () => {
  const cohort: CohortView = {
    size: 4,
    values: (id) =>
      id === 'tst-pass-rate' ? ['90', '94', '95', '97'].map((v, i) => ({ region: `r${i}`, value: new D(v) })) : [],
  };

  it('falls back on the cohort mean when the data give no figure, and says so', async () => {
    const rs = ruleSet([bench('not-below', 'at_least', { cohortFallback: 'mean' })]);
    const r = result(await both(rs, withBenchmark('94', undefined), { cohort }), 'not-below');
    expect(r.status).toBe('met'); // mean 94
    expect(r.observed.find((o) => o.benchmark)).toMatchObject({ benchmark: 'cohort-mean', value: '94' });
    expect(r.explanation['zh-Hans']).toContain('数据未提供该基准值，以参评4个地区的平均值94%为基准');
    expect(r.explanation.en).toContain('the mean of the 4 regions scored, 94%, is used');
  });

  it('the median, and the data figure wins over the cohort', async () => {
    const rs = ruleSet([bench('above', 'more_than', { cohortFallback: 'median' })]);
    const median = result(await both(rs, withBenchmark('94.5', undefined), { cohort }), 'above');
    expect(median.status).toBe('not_met'); // median (94 + 95) / 2 = 94.5, 高于 is strict
    expect(median.observed.find((o) => o.benchmark)).toMatchObject({ benchmark: 'cohort-median', value: '94.5' });
    const data = result(await both(rs, withBenchmark('94.5', '94'), { cohort }), 'above');
    expect(data.status).toBe('met');
    expect(data.detail).toMatchObject({ benchmark: { source: 'data', value: '94' } });
  });

  it('no fallback without a cohort or without the declaration', async () => {
    const rs = ruleSet([bench('x', 'at_least', { cohortFallback: 'mean' }), bench('y', 'at_least')]);
    expect(result(await both(rs, withBenchmark('94', undefined)), 'x').status).toBe('no_data');
    expect(result(await both(rs, withBenchmark('94', undefined), { cohort }), 'y').status).toBe('no_data');
  });
});
