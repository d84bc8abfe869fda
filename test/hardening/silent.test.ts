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
