import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { deadlineProgress, earliestBaseline, yearsBetween } from '../../src/kinds/progress.js';
import { both, dataSet, result, ruleSet, series, target } from './_fixtures.js';

// 力争到2020年合格率达到95%, in a 2016–2020 plan.
const plan = { period: { start: '2016-01-01', end: '2020-12-31' } };
const by2020 = target('rate-2020', {
  kind: 'at_least',
  indicator: 'tst-pass-rate',
  threshold: 95,
  unit: '%',
  deadline: '2020-12-31',
  commitment: 'aspirational',
});
const pm2020 = target('pm-2020', {
  kind: 'at_most',
  indicator: 'tst-pm25',
  threshold: 35,
  unit: 'μg/m³',
  deadline: '2020-12-31',
});

describe('deadline: before and after', () => {
  const rs = ruleSet([by2020, pm2020], plan);

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
    const rs2018 = ruleSet(
      [target('rate', { kind: 'at_least', indicator: 'tst-pass-rate', threshold: 95, unit: '%' })],
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
