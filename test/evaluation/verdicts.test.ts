import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { data, rules, target } from '../support.js';

const passRate = target('pass-rate', {
  kind: 'at_least',
  indicator: 'product-sampling-pass-rate',
  threshold: 95,
  unit: '%',
});
const pm25 = target('pm25', {
  kind: 'at_most',
  indicator: 'pm25-annual-mean',
  threshold: 29,
  unit: 'μg/m³',
  category: 'environment',
});
const batches = target('batches', {
  kind: 'at_least',
  indicator: 'food-sampling-batches',
  threshold: '2.5',
  unit: '万批次',
});
const output = target('output', {
  kind: 'more_than',
  indicator: 'construction-output',
  threshold: 150,
  unit: '亿元',
  commitment: 'aspirational',
});
const brands = target('brands', { kind: 'range', indicator: 'municipal-brand-products', min: 2, max: 3, unit: '只' });
const incidents = target('incidents', { kind: 'zero', indicator: 'major-quality-safety-incidents', veto: true });
const localIndicators = {
  indicators: [
    {
      id: 'food-sampling-batches',
      names: { 'zh-Hans': '抽检食品样品', 'zh-Hant': '抽檢食品樣品', en: 'food samples tested' },
      unit: '批次',
      kind: 'count',
      direction: 'higher',
    },
  ],
};
const all = rules([passRate, pm25, batches, output, brands, incidents], localIndicators);

describe('verdicts across kinds: vetoes, missing and inapplicable data', () => {
  it('one incident fails "不发生" and its veto forces the lowest grade', () => {
    const report = evaluate(
      all,
      data([
        { indicator: 'product-sampling-pass-rate', value: 99, unit: '%' },
        { indicator: 'pm25-annual-mean', value: 20, unit: 'μg/m³' },
        { indicator: 'food-sampling-batches', value: 30000, unit: '批次' },
        { indicator: 'construction-output', value: 200, unit: '亿元' },
        { indicator: 'municipal-brand-products', value: 3, unit: '只' },
        { indicator: 'major-quality-safety-incidents', value: 1, unit: '起' },
      ]),
    );
    const r = report.targets.find((t) => t.id === 'incidents');
    expect(r?.status).toBe('not_met');
    expect(report.vetoed).toBe(true);
    expect(report.vetoedBy).toEqual(['incidents']);
    // product has 5 targets (4 met), environment 1 (met): 50×4/5 + 50 = 90 → an A, vetoed to D.
    expect(report.score).toBe('90.00');
    expect(report.grade).toBe('D');
    expect(report.gradeBand).toBeNull();
  });

  it('a missing observation is no_data, excluded from the maximum by default, never a pass or a fail', () => {
    const report = evaluate(all, data([{ indicator: 'product-sampling-pass-rate', value: 99, unit: '%' }]));
    const pm = report.targets.find((t) => t.id === 'pm25');
    expect(pm?.status).toBe('no_data');
    expect(pm?.points).toEqual({ possible: '0', earned: '0', excluded: 'no_data' });
    expect(pm?.missing[0]?.indicator).toBe('pm25-annual-mean');
    expect(report.counts.no_data).toBe(5);
    expect(report.score).toBe('100.00'); // only the pass rate is scored, and it is met
    expect(report.vetoUnknown).toEqual(['incidents']);
  });

  it('scores missing data as zero when the rule set declares so', () => {
    const zero = rules([passRate, pm25], { scoring: { weights: 'assumed', missingData: 'zero' } });
    const report = evaluate(zero, data([{ indicator: 'product-sampling-pass-rate', value: 99, unit: '%' }]));
    expect(report.score).toBe('50.00');
    expect(report.targets[1]?.status).toBe('no_data');
    expect(report.targets[1]?.points.possible).toBe('50');
  });

  it('not_applicable data exclude the target and say why', () => {
    const report = evaluate(
      all,
      data([{ indicator: 'pm25-annual-mean', notApplicable: true, reason: '本镇无监测站点' }]),
    );
    const r = report.targets.find((t) => t.id === 'pm25');
    expect(r?.status).toBe('not_applicable');
    expect(r?.explanation['zh-Hans']).toContain('本镇无监测站点');
  });
});
