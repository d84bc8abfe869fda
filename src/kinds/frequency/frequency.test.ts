import { describe, expect, it } from 'vitest';
import { both, dataSet, result, ruleSet, target } from '../../../test/evaluation/_fixtures.js';
import { InvalidInputError } from '../../core/errors.js';
import { evaluate } from '../../report/evaluate.js';

const plan2018 = { period: { start: '2018-01-01', end: '2018-12-31' } };
const quarterly = target('report', { kind: 'frequency', event: 'blacklist-report', per: 'quarter', min: 1 });
const yearlyRange = target('inspect', { kind: 'frequency', event: 'inspection', per: 'year', min: 1, max: 2 });
const events = (type: string, dates: string[]) => dates.map((date) => ({ type, date }));

describe('frequency: 每季度组织上报一次', () => {
  const rs = ruleSet([quarterly], plan2018);

  it('a quarter with no report: not met, names 2018-Q3, credits 3 of 4 quarters', async () => {
    const data = dataSet('2018', [], {
      events: events('blacklist-report', ['2018-03-20', '2018-06-28', '2018-12-15', '2018-12-20']),
    });
    const r = result(await both(rs, data), 'report');
    expect(r.status).toBe('not_met');
    expect(r.attainment).toBe('0.75');
    expect(r.requirement['zh-Hans']).toBe('每季度不少于1次');
    expect(r.explanation['zh-Hans']).toContain('未达要求的期间：2018年第3季度无记录');
    expect(r.explanation['zh-Hant']).toContain('未達要求的期間：2018年第3季度無記錄');
    expect(r.explanation.en).toContain('none in Q3 2018');
    expect(r.detail).toMatchObject({ judged: 4, ok: 3, missed: ['2018-Q3'], pending: [] });
    expect(r.observed.map((o) => o.value)).toEqual(['1', '1', '0', '2']);
  });

  it('every quarter reported: met', async () => {
    const data = dataSet('2018', [], {
      events: events('blacklist-report', ['2018-01-05', '2018-04-01', '2018-09-30', '2018-10-01']),
    });
    expect(result(await both(rs, data), 'report').status).toBe('met');
  });

  it('as of mid-year the unfinished quarter is not judged yet, and the result is interim', async () => {
    const data = dataSet('2018', [], {
      asOf: '2018-07-31',
      events: events('blacklist-report', ['2018-03-20', '2018-06-28']),
    });
    const r = result(await both(rs, data), 'report');
    expect(r.status).toBe('met');
    expect(r.provisional).toBe(true);
    expect(r.detail).toMatchObject({ judged: 2, pending: ['2018-Q3'] });
    expect(r.explanation['zh-Hans']).toContain('2018年第3季度截至2018-07-31尚未结束，暂不评判');
    expect(r.explanation['zh-Hans']).toContain('截至2018-07-31的期中结果');
  });

  it('a quarter missed before the deadline is already not_met (it cannot be made good), naming the quarter', async () => {
    const data = dataSet('2018', [], { asOf: '2018-07-31', events: events('blacklist-report', ['2018-03-20']) });
    const r = result(await both(rs, data), 'report');
    expect(r.status).toBe('not_met');
    expect(r.explanation['zh-Hans']).toContain('2018年第2季度无记录');
  });

  it('no events list at all, or no completed quarter yet: no_data', async () => {
    const none = result(await both(rs, dataSet('2018', [])), 'report');
    expect(none.status).toBe('no_data');
    expect(none.missing[0]?.what.en).toBe('event records (the data set has none)');
    const early = result(await both(rs, dataSet('2018', [], { asOf: '2018-02-15', events: [] })), 'report');
    expect(early.status).toBe('no_data');
    const empty = result(await both(rs, dataSet('2018', [], { events: [] })), 'report');
    expect(empty.status).toBe('not_met');
    expect(empty.attainment).toBe('0');
  });

  it('events of other types and outside the plan do not count', async () => {
    const data = dataSet('2018', [], {
      events: [
        ...events('inspection', ['2018-08-01']),
        ...events('blacklist-report', ['2017-12-31', '2018-02-01', '2018-05-01', '2018-11-01', '2019-01-01']),
      ],
    });
    const r = result(await both(rs, data), 'report');
    expect(r.detail).toMatchObject({ missed: ['2018-Q3'] });
  });
});

describe('frequency: 每年组织1至2次督查 and 每半年报送', () => {
  it('a yearly range over a multi-year plan: too many in one year, none in another', async () => {
    const rs = ruleSet([yearlyRange]);
    const data = dataSet('2018', [], {
      events: events('inspection', ['2016-05-01', '2016-06-01', '2016-07-01', '2017-03-01']),
    });
    // The data set covers 2018 only: its span starts 2018-01-01, so 2016 and 2017 are not this data's to judge.
    const r = result(await both(rs, data), 'inspect');
    expect(r.status).toBe('not_met');
    // One period judged: its count against the requirement says it all, without a tally of periods.
    expect(r.explanation['zh-Hans']).toContain('实际2018年0次，要求每年1至2次。');
    expect(r.explanation['zh-Hans']).not.toContain('1个期间中');
    expect(r.requirement['zh-Hans']).toBe('每年1至2次');
    const many = dataSet('2018', [], { events: events('inspection', ['2018-05-01', '2018-06-01', '2018-07-01']) });
    const m = result(await both(rs, many), 'inspect');
    expect(m.status).toBe('not_met');
    expect(m.explanation['zh-Hans']).toContain('实际2018年3次，要求每年1至2次。');
    expect(m.explanation.en).toContain('observed 2018: 3, required 1 to 2 per year.');
  });

  it('half-years: 每半年 with one half-year short', async () => {
    const rs = ruleSet(
      [target('half', { kind: 'frequency', event: 'submission', per: 'half-year', min: 2 })],
      plan2018,
    );
    const data = dataSet('2018', [], { events: events('submission', ['2018-01-10', '2018-06-30', '2018-09-01']) });
    const r = result(await both(rs, data), 'half');
    expect(r.status).toBe('not_met');
    expect(r.explanation['zh-Hans']).toContain('2018年下半年仅1次（要求不少于2次）');
    expect(r.attainment).toBe('0.5');
  });

  it('rejects max below min', () => {
    expect(() => ruleSet([{ ...yearlyRange, min: 3, max: 2 }])).toThrow(InvalidInputError);
  });
});

describe('frequency: a period that ended with the wrong count is settled (not_met even before the deadline)', () => {
  it('每季度上报一次 with no report in Q1, judged mid-year: not_met (Q1 is over); with Q1 and Q2 reported: met, provisional', () => {
    const rs = ruleSet([target('quarterly', { kind: 'frequency', event: 'report', per: 'quarter', min: 1 })], {
      period: { start: '2018-01-01', end: '2018-12-31' },
      events: [{ id: 'report', names: { 'zh-Hans': '上报', 'zh-Hant': '上報', en: 'report' } }],
    });
    const missed = evaluate(rs, dataSet('2018', [], { events: [{ type: 'report', date: '2018-05-10' }] }), {
      asOf: '2018-07-31',
    }).targets[0];
    expect([missed?.status, missed?.settled, missed?.provisional]).toEqual(['not_met', 'period_missed', false]);
    expect(missed?.explanation['zh-Hans']).toContain('2018年第1季度已结束且未达要求，无法补足，无论此后如何均未达标');
    expect(missed?.explanation['zh-Hant']).toContain('2018年第1季度已結束且未達要求，無法補足');
    expect(missed?.explanation.en).toContain('ended without the required count, which cannot be made up');
    const kept = evaluate(
      rs,
      dataSet('2018', [], {
        events: [
          { type: 'report', date: '2018-03-10' },
          { type: 'report', date: '2018-05-10' },
        ],
      }),
      { asOf: '2018-07-31' },
    ).targets[0];
    expect(kept?.status).toBe('met');
    expect(kept?.provisional).toBe(true);
    expect(kept?.settled).toBeUndefined();
  });
});
