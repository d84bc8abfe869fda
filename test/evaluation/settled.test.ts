import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { dataSet, ruleSet, series, target } from './_fixtures.js';

describe('a shortfall that can no longer be made good is not_met even before the deadline', () => {
  it('逐年提升 broken in 2017 of a 2016–2018 plan, judged as of 2017-12-31: not_met, not not_due', () => {
    const rs = ruleSet([
      target('rise', {
        kind: 'trend',
        indicator: 'tst-pass-rate',
        direction: 'increase',
        strict: true,
        granularity: 'year',
      }),
    ]);
    const data = dataSet('2017', series('tst-pass-rate', '%', { 2015: 90, 2016: 91, 2017: '90.5' }));
    const r = evaluate(rs, data).targets[0];
    expect(r?.status).toBe('not_met');
    expect(r?.explanation['zh-Hans']).toContain('2017');
  });

  it('连续3年保持增长 broken in 2017 can still be achieved by 2020: not_due as of 2017', () => {
    const rs = ruleSet(
      [
        target('streak', {
          kind: 'trend',
          indicator: 'tst-pass-rate',
          direction: 'increase',
          strict: true,
          consecutive: 3,
          granularity: 'year',
        }),
      ],
      { period: { start: '2016-01-01', end: '2020-12-31' } },
    );
    const data = dataSet('2017', series('tst-pass-rate', '%', { 2014: 88, 2015: 90, 2016: 91, 2017: '90.5' }));
    expect(evaluate(rs, data).targets[0]?.status).toBe('not_due');
  });

  it('每季度上报一次 with no report in Q1, judged mid-year: not_met (Q1 is over); with Q1 and Q2 reported: met, provisional', () => {
    const rs = ruleSet([target('quarterly', { kind: 'frequency', event: 'report', per: 'quarter', min: 1 })], {
      period: { start: '2018-01-01', end: '2018-12-31' },
      events: [{ id: 'report', names: { 'zh-Hans': '上报', 'zh-Hant': '上報', en: 'report' } }],
    });
    const missed = evaluate(rs, dataSet('2018', [], { events: [{ type: 'report', date: '2018-05-10' }] }), {
      asOf: '2018-07-31',
    }).targets[0];
    expect(missed?.status).toBe('not_met');
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
  });
});
