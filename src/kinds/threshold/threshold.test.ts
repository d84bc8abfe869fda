import { describe, expect, it } from 'vitest';
import {
  both,
  dataSet,
  ruleSet as fixtureRuleSet,
  target as fixtureTarget,
  result,
  series,
} from '../../../test/evaluation/_fixtures.js';
import { data, rules, target } from '../../../test/support.js';
import { D } from '../../core/decimal.js';
import { evaluate } from '../../report/evaluate.js';
import { deadlineProgress, earliestBaseline, yearsBetween } from '../progress.js';

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
const thresholds = rules([passRate, pm25, batches, output], localIndicators);

function statusOf(observations: unknown[], id: string) {
  const report = evaluate(thresholds, data(observations));
  return report.targets.find((t) => t.id === id);
}

describe('threshold: hand-checked verdicts from the documents', () => {
  it('19 of 20 batches is exactly 95% and meets "95%以上"', () => {
    const r = statusOf([{ indicator: 'product-sampling-pass-rate', passed: 19, sampled: 20 }], 'pass-rate');
    expect(r?.status).toBe('met');
    expect(r?.observed[0]?.value).toBe('95');
    expect(r?.gap).toBeNull();
  });

  it('94.99% does not meet "95%以上", short by 0.01 个百分点', () => {
    const r = statusOf([{ indicator: 'product-sampling-pass-rate', value: '94.99', unit: '%' }], 'pass-rate');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0.01');
    expect(r?.gapUnit).toBe('个百分点');
    expect(r?.gapText?.['zh-Hans']).toBe('0.01个百分点');
    expect(r?.gapText?.en).toBe('0.01 percentage points');
  });

  it('0.95 given as a fraction converts to 95%; 0.95 given in % stays 0.95%', () => {
    expect(
      statusOf([{ indicator: 'product-sampling-pass-rate', value: 0.95, unit: 'fraction' }], 'pass-rate')?.status,
    ).toBe('met');
    const r = statusOf([{ indicator: 'product-sampling-pass-rate', value: 0.95, unit: '%' }], 'pass-rate');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('94.05');
  });

  it('PM2.5 29 meets "29微克/立方米"; 29.1 does not; 31 has attainment 29/31', () => {
    expect(statusOf([{ indicator: 'pm25-annual-mean', value: 29, unit: 'μg/m³' }], 'pm25')?.status).toBe('met');
    const r = statusOf([{ indicator: 'pm25-annual-mean', value: '29.1', unit: '微克/立方米' }], 'pm25');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0.1');
    const r31 = statusOf([{ indicator: 'pm25-annual-mean', value: 31, unit: 'μg/m³' }], 'pm25');
    expect(r31?.attainment).toBe('0.9355'); // 29/31 = 0.935483…
    expect(statusOf([{ indicator: 'pm25-annual-mean', value: 27, unit: 'μg/m³' }], 'pm25')?.attainment).toBe('1');
  });

  it('24999 批次 does not meet "2.5万批次以上"; 25000 does; 2.5万批次 given in 万 does', () => {
    const r = statusOf([{ indicator: 'food-sampling-batches', value: 24999, unit: '批次' }], 'batches');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0.0001'); // in the target's unit, 万批次
    expect(r?.gapText?.['zh-Hans']).toBe('0.0001万批次');
    expect(r?.observedText?.['zh-Hans']).toBe('2.4999万批次');
    expect(r?.observedText?.en).toBe('24,999 batches');
    expect(statusOf([{ indicator: 'food-sampling-batches', value: 25000, unit: '批次' }], 'batches')?.status).toBe(
      'met',
    );
    expect(statusOf([{ indicator: 'food-sampling-batches', value: '2.5', unit: '万批次' }], 'batches')?.status).toBe(
      'met',
    );
  });

  it('exactly 150亿元 does not meet "超150亿元" (gap 0, must exceed); 150.01 does', () => {
    const r = statusOf([{ indicator: 'construction-output', value: 150, unit: '亿元' }], 'output');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0');
    expect(r?.explanation['zh-Hans']).toContain('恰为150亿元，未实现“超150亿元”');
    expect(statusOf([{ indicator: 'construction-output', value: '150.01', unit: '亿元' }], 'output')?.status).toBe(
      'met',
    );
    expect(statusOf([{ indicator: 'construction-output', value: '15001000000', unit: '元' }], 'output')?.status).toBe(
      'met',
    );
  });
});

describe('deadlines and the as-of date', () => {
  const due2020 = rules([{ ...passRate, deadline: '2020-12-31' }]);
  it('an unmet target due by 2020 is not_due as of 2018-12-31 and not_met after the deadline', () => {
    const obs = data([{ indicator: 'product-sampling-pass-rate', value: 90, unit: '%' }]);
    const before = evaluate(due2020, obs).targets[0];
    expect(before?.status).toBe('not_due');
    expect(before?.points.excluded).toBe('not_due');
    expect(evaluate(due2020, obs, { asOf: '2021-01-01' }).targets[0]?.status).toBe('not_met');
  });
  it('a met target before its deadline is met, marked provisional', () => {
    const r = evaluate(due2020, data([{ indicator: 'product-sampling-pass-rate', value: 96, unit: '%' }])).targets[0];
    expect(r?.status).toBe('met');
    expect(r?.provisional).toBe(true);
  });
});

// 力争到2020年合格率达到95%, in a 2016–2020 plan.
const plan = { period: { start: '2016-01-01', end: '2020-12-31' } };
const by2020 = fixtureTarget('rate-2020', {
  kind: 'at_least',
  indicator: 'tst-pass-rate',
  threshold: 95,
  unit: '%',
  deadline: '2020-12-31',
  commitment: 'aspirational',
});
const pm2020 = fixtureTarget('pm-2020', {
  kind: 'at_most',
  indicator: 'tst-pm25',
  threshold: 35,
  unit: 'μg/m³',
  deadline: '2020-12-31',
});

describe('deadline: before and after', () => {
  const rs = fixtureRuleSet([by2020, pm2020], plan);

  it('before the deadline and not met: not_due, with progress from the baseline and the pace per year', async () => {
    // Baseline 2015: 90%; 2018: 92% → 2/5 = 40% of the way; 3 points left over 2 years → 1.5 a year.
    const data = dataSet('2018', [
      ...series('tst-pass-rate', '%', { 2015: '90', 2017: '91', 2018: '92' }),
      ...series('tst-pm25', 'μg/m³', { 2015: 50, 2018: 41 }),
    ]);
    const report = await both(rs, data);
    const r = result(report, 'rate-2020');
    expect(r.status).toBe('not_due');
    expect(r.points.excluded).toBe('not_due');
    expect(r.detail).toMatchObject({
      baseline: { period: '2015', value: '90' },
      progress: '0.4',
      requiredPacePerYear: '1.5',
      yearsLeft: '2',
    });
    expect(r.explanation['zh-Hans']).toContain('较基线（2015年90%）已完成目标进度的40%');
    expect(r.explanation['zh-Hans']).toContain('须每年提高1.5个百分点方能于2020-12-31前达到');
    expect(r.explanation['zh-Hans']).toContain('截止日期2020-12-31，评估日2018-12-31，尚未到期');
    expect(r.explanation.en).toContain('it must rise by 1.5 percentage points a year to get there by 2020-12-31');
    // Lower is better: 50 → 41 against ≤35 is (41−50)/(35−50) = 60%; 6 to shed over 2 years → 3 a year.
    const pm = result(report, 'pm-2020');
    expect(pm.status).toBe('not_due');
    expect(pm.detail).toMatchObject({
      baseline: { period: '2015', value: '50' },
      progress: '0.6',
      requiredPacePerYear: '-3',
    });
    expect(pm.explanation['zh-Hans']).toContain('须每年降低3微克/立方米方能于2020-12-31前达到');
  });

  it('before the deadline without an earlier value: no baseline, still the pace', async () => {
    const data = dataSet('2018', [...series('tst-pass-rate', '%', { 2018: '92' })], { asOf: '2018-06-30' });
    const r = result(await both(rs, data), 'rate-2020');
    expect(r.status).toBe('not_due');
    expect(r.detail).toMatchObject({ baseline: null, progress: null });
    // 2018-06-30 → 2020-12-31: 30 months and 1 day.
    expect(r.detail?.yearsLeft).toBe(new D(30).div(12).plus(new D(1).div(365)).toDecimalPlaces(10).toString());
    expect(r.explanation['zh-Hans']).toContain('序列中无更早期间的基线数据');
  });

  it('met before the deadline is met (interim), without progress notes', async () => {
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2018: '95.5' }));
    const r = result(await both(rs, data), 'rate-2020');
    expect(r.status).toBe('met');
    expect(r.provisional).toBe(true);
    expect(r.detail).toBeUndefined();
  });

  it('after the deadline: met or not_met, no progress', async () => {
    const met = result(
      await both(rs, dataSet('2020', series('tst-pass-rate', '%', { 2015: '90', 2020: '95' }))),
      'rate-2020',
    );
    expect(met.status).toBe('met');
    expect(met.provisional).toBe(false);
    const missed = result(
      await both(rs, dataSet('2020', series('tst-pass-rate', '%', { 2015: '90', 2020: '94.9' }))),
      'rate-2020',
    );
    expect(missed.status).toBe('not_met');
    expect(missed.gapText?.['zh-Hans']).toBe('0.1个百分点');
    expect(missed.detail).toBeUndefined();
    // The same 2018 data judged as of a date after the deadline is not_met.
    const late = result(
      await both(rs, dataSet('2018', series('tst-pass-rate', '%', { 2018: '92' })), { asOf: '2021-01-01' }),
      'rate-2020',
    );
    expect(late.status).toBe('not_met');
  });

  it('a plan-year target judged mid-year says it is interim (not_due with the pace to year end)', async () => {
    const rs2018 = fixtureRuleSet(
      [fixtureTarget('rate', { kind: 'at_least', indicator: 'tst-pass-rate', threshold: 95, unit: '%' })],
      { period: { start: '2018-01-01', end: '2018-12-31' } },
    );
    const r = result(
      await both(
        rs2018,
        dataSet('2018', series('tst-pass-rate', '%', { 2017: '93', 2018: '94' }), { asOf: '2018-07-31' }),
      ),
      'rate',
    );
    expect(r.status).toBe('not_due');
    expect(r.deadline).toBe('2018-12-31');
    expect(r.detail).toMatchObject({
      baseline: { period: '2017' },
      progress: '0.5',
      yearsLeft: new D(5).div(12).toDecimalPlaces(10).toString(),
    });
  });
});

describe('progress helpers', () => {
  it('yearsBetween counts calendar months, then days', () => {
    expect(yearsBetween('2018-12-31', '2020-12-31').toString()).toBe('2');
    expect(yearsBetween('2018-03-15', '2019-01-20').toString()).toBe(
      new D(10).div(12).plus(new D(5).div(365)).toString(),
    );
    // date-fns treats month ends as matching: 29 Feb to 28 Feb of the next year is one year.
    expect(yearsBetween('2016-02-29', '2017-02-28').toString()).toBe('1');
    expect(yearsBetween('2018-01-01', '2018-01-01').toString()).toBe('0');
  });

  it('the baseline is the earliest earlier-period value, skipping later periods and non-values', () => {
    const entry = (period: string, value?: string) => ({
      indicator: 'x',
      period,
      path: '$',
      ...(value ? { value: new D(value) } : { notApplicable: '' }),
    });
    const s = new Map([
      ['2019', entry('2019', '1')],
      ['2014', entry('2014')],
      ['2016', entry('2016', '3')],
      ['2015', entry('2015', '2')],
    ]);
    expect(earliestBaseline(s, '2018')).toEqual({ period: '2015', value: new D('2') });
    expect(earliestBaseline(s, '2015')).toBeNull();
    const p = deadlineProgress({
      series: s,
      toTargetUnit: (v) => v,
      currentPeriod: '2018',
      current: new D(2),
      threshold: new D(2),
      asOf: '2018-12-31',
      deadline: '2019-12-31',
    });
    expect(p.progress).toBeNull(); // baseline equals the threshold
    expect(p.requiredPacePerYear.toString()).toBe('0');
  });
});
