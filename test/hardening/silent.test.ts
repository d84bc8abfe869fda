// Issue 15, "silent wrong answers": inputs that used to load or print without complaint and mislead.
import { describe, expect, it } from 'vitest';
import { D, gapString } from '../../src/core/decimal.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { data, ruleSetJson, rules, target } from '../support.js';

const rate = 'product-sampling-pass-rate';
const atLeast94 = target('rate-94', { kind: 'at_least', indicator: rate, threshold: 94, unit: '%' });

function issuesOf(load: () => unknown): Array<{ code: string; path: string }> {
  try {
    load();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues.map((i) => ({ code: i.code, path: i.path }));
    throw error;
  }
  return [];
}

describe('a not-met target never shows a gap of zero', () => {
  it('prints a shortfall smaller than the printed places exactly (93.99999999999999999% against 94%)', () => {
    const report = evaluate(rules([atLeast94]), data([{ indicator: rate, value: '93.99999999999999999', unit: '%' }]));
    const result = report.targets[0];
    expect(result?.status).toBe('not_met');
    expect(result?.gap).toBe('0.00000000000000001');
    expect(result?.explanation.en).toContain('0.00000000000000001 percentage points');
    expect(result?.explanation['zh-Hans']).toContain('0.00000000000000001个百分点');
  });

  it('keeps the usual rounding where the gap shows at the printed places', () => {
    const report = evaluate(rules([atLeast94]), data([{ indicator: rate, value: '93.6', unit: '%' }]));
    expect(report.targets[0]?.gap).toBe('0.4');
    expect(gapString(D('0.123456'), 4)).toBe('0.1235');
    expect(gapString(D('0.00001'), 4)).toBe('0.00001');
    expect(gapString(D('0'), 4)).toBe('0');
  });
});

describe('rule-set settings that would give a wrong verdict are refused', () => {
  it('a grade band above 100 (the score is out of 100): [{A, min: 1000}] no longer gives everyone A', () => {
    const json = ruleSetJson([atLeast94], { scoring: { weights: 'assumed', grades: [{ grade: 'A', min: 1000 }] } });
    expect(issuesOf(() => loadRuleSet(json))).toEqual([{ code: 'E_BAD_RANGE', path: '$.scoring.grades[0].min' }]);
  });

  it('accepts bands within 0–100, the edge included', () => {
    const grades = [
      { grade: 'A', min: 100 },
      { grade: 'B', min: 0 },
    ];
    expect(issuesOf(() => loadRuleSet(ruleSetJson([atLeast94], { scoring: { weights: 'assumed', grades } })))).toEqual(
      [],
    );
  });

  it('a deadline before the plan period starts', () => {
    const early = { ...atLeast94, deadline: '2017-12-31' };
    expect(issuesOf(() => rules([early]))).toEqual([{ code: 'E_BAD_RANGE', path: '$.targets[0].deadline' }]);
    expect(issuesOf(() => rules([{ ...atLeast94, deadline: '2018-01-01' }]))).toEqual([]);
  });
});

describe('decimal strings beyond the documented precision are refused, never rounded', () => {
  const fraction = target('rate-fraction', { kind: 'at_least', indicator: rate, threshold: '0.94', unit: 'fraction' });

  it('refuses 46 significant digits (which used to round to 94% and meet 94%以上) with E_BAD_DECIMAL and its path', () => {
    const value = `0.93${'9'.repeat(42)}`;
    expect(issuesOf(() => evaluate(rules([fraction]), data([{ indicator: rate, value, unit: 'fraction' }])))).toEqual([
      { code: 'E_BAD_DECIMAL', path: '$.observations[0].value' },
    ]);
    expect(issuesOf(() => rules([{ ...fraction, threshold: `1.${'0'.repeat(40)}1` }]))).toEqual([
      { code: 'E_BAD_DECIMAL', path: '$.targets[0].threshold' },
    ]);
  });

  it('judges 30 significant digits exactly, through a unit conversion', () => {
    const value = `0.93${'9'.repeat(28)}`;
    const report = evaluate(rules([fraction]), data([{ indicator: rate, value, unit: 'fraction' }]));
    expect(report.targets[0]?.status).toBe('not_met');
    expect(report.targets[0]?.gap).toBe(`0.${'0'.repeat(29)}1`); // in the target's unit (fraction)
    expect(report.targets[0]?.explanation.en).toContain(`0.${'0'.repeat(27)}1 percentage points`);
  });

  it('says what it expected in every language', () => {
    try {
      rules([{ ...fraction, threshold: `0.${'1'.repeat(31)}` }]);
      expect.unreachable();
    } catch (error) {
      const issue = (error as InvalidInputError).issues[0];
      expect(issue?.expected.en).toBe('a decimal of at most 30 significant digits');
      expect(issue?.expected['zh-Hans']).toBe('有效数字不超过30位的小数');
      expect(issue?.expected['zh-Hant']).toBe('有效數字不超過30位的小數');
    }
  });
});
