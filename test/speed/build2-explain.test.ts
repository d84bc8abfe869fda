import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { data, rules, target } from '../support.js';

// A target's timing texts (open deadline, not yet due, interim) are kept per target for the last as-of date
// explained. These evaluate one rule set at dates that change back and forth and hold every explanation to
// the one a freshly loaded rule set (nothing kept) gives, and to the dates it must name.

const passRate = (id: string, extra: Record<string, unknown>) =>
  target(id, { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%', ...extra });

const targets = [
  passRate('due-later', { deadline: '2020-12-31' }),
  passRate('open', { openDeadline: 'no_year' }),
  passRate('placeholder', { openDeadline: 'year_placeholder' }),
];

/** Data for 2018 assessed as of `asOf`, the pass rate at `value`. */
const assessed = (asOf: string, value: string) =>
  data([{ indicator: 'product-sampling-pass-rate', value, unit: '%' }], { asOf });

describe('timing texts kept per target and as-of date', () => {
  const kept = rules(targets);
  const runs: [string, string][] = [
    ['2018-12-31', '90'],
    ['2019-06-30', '90'],
    ['2019-06-30', '99'],
    ['2018-12-31', '99'],
    ['2021-03-31', '90'],
    ['2018-12-31', '90'],
  ];

  for (const [asOf, value] of runs) {
    it(`as of ${asOf}, pass rate ${value}%: as a fresh rule set explains it, naming that date`, () => {
      const report = evaluate(kept, assessed(asOf, value));
      const fresh = evaluate(rules(targets), assessed(asOf, value));
      expect(report.targets.map((t) => t.explanation)).toEqual(fresh.targets.map((t) => t.explanation));
      // Past its deadline a dated target is judged outright, and names no date.
      for (const t of report.targets.filter((r) => r.id !== 'due-later' || asOf < '2020-12-31')) {
        expect(t.explanation['zh-Hans']).toContain(asOf);
        expect(t.explanation['zh-Hant']).toContain(asOf);
        expect(t.explanation.en).toContain(asOf);
      }
    });
  }

  it('words each timing as the locales do, with the target’s deadline', () => {
    const notDue = evaluate(kept, assessed('2019-06-30', '90')).targets[0];
    expect(notDue?.status).toBe('not_due');
    expect(notDue?.explanation['zh-Hans']).toContain('截止日期2020-12-31，评估日2019-06-30，尚未到期');
    expect(notDue?.explanation.en).toContain('due 2020-12-31; assessed as of 2019-06-30, not yet due');
    const interim = evaluate(kept, assessed('2019-06-30', '99')).targets[0];
    expect(interim?.explanation['zh-Hans']).toContain('截至2019-06-30的期中结果（计划期至2020-12-31）');
    const open = evaluate(kept, assessed('2018-12-31', '90')).targets;
    expect(open[1]?.explanation['zh-Hans']).toContain('原文未写截止时间，按评估日2018-12-31判断');
    expect(open[2]?.explanation['zh-Hans']).toContain('原文未写明截止年份，按评估日2018-12-31判断');
  });
});
