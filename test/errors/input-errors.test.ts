import { describe, expect, it } from 'vitest';
import { InvalidInputError, type IssueCode } from '../../src/core/errors.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { data, ruleSetJson, rules, target } from '../support.js';

const rs = rules([
  target('pass-rate', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%' }),
]);

function dataIssue(observations: unknown[], extra: Record<string, unknown> = {}) {
  try {
    evaluate(rs, data(observations, extra), { file: 'town.json' });
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

function ruleIssue(raw: unknown) {
  try {
    loadRuleSet(raw, { file: 'rules.json' });
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

describe('data set errors name the file, the JSON path, what was expected and what was found, in zh and en', () => {
  const cases: Array<[string, unknown[], IssueCode, string, string]> = [
    [
      'unknown indicator',
      [{ indicator: 'no-such-thing', value: 1, unit: '%' }],
      'E_UNKNOWN_INDICATOR',
      '$.observations[0].indicator',
      '"no-such-thing"',
    ],
    [
      'unit mismatch',
      [{ indicator: 'product-sampling-pass-rate', value: 95, unit: '批次' }],
      'E_UNIT_MISMATCH',
      '$.observations[0].unit',
      '"批次"',
    ],
    [
      'unknown unit',
      [{ indicator: 'product-sampling-pass-rate', value: 95, unit: 'furlongs' }],
      'E_UNKNOWN_UNIT',
      '$.observations[0].unit',
      '"furlongs"',
    ],
    [
      'missing unit',
      [{ indicator: 'product-sampling-pass-rate', value: 95 }],
      'E_UNIT_REQUIRED',
      '$.observations[0].unit',
      '(missing)',
    ],
    [
      'NaN',
      [{ indicator: 'product-sampling-pass-rate', value: Number.NaN, unit: '%' }],
      'E_NOT_FINITE',
      '$.observations[0].value',
      'NaN',
    ],
    [
      'Infinity',
      [{ indicator: 'product-sampling-pass-rate', value: Number.POSITIVE_INFINITY, unit: '%' }],
      'E_NOT_FINITE',
      '$.observations[0].value',
      'Infinity',
    ],
    [
      '"NaN" as a string',
      [{ indicator: 'product-sampling-pass-rate', value: 'NaN', unit: '%' }],
      'E_BAD_DECIMAL',
      '$.observations[0].value',
      '"NaN"',
    ],
    [
      'negative count',
      [{ indicator: 'people-trained', value: -3, unit: '人' }],
      'E_NEGATIVE_COUNT',
      '$.observations[0].value',
      '"-3"',
    ],
    [
      'negative sampled',
      [{ indicator: 'product-sampling-pass-rate', passed: 1, sampled: -2 }],
      'E_NEGATIVE_COUNT',
      '$.observations[0].sampled',
      '-2',
    ],
    [
      'fractional count',
      [{ indicator: 'people-trained', value: '60.5', unit: '人' }],
      'E_NOT_INTEGER',
      '$.observations[0].value',
      '"60.5"',
    ],
    [
      'rate above 100%',
      [{ indicator: 'product-sampling-pass-rate', value: '100.1', unit: '%' }],
      'E_RATE_ABOVE_100',
      '$.observations[0].value',
      '"100.1%"',
    ],
    [
      'fraction above 1',
      [{ indicator: 'product-sampling-pass-rate', value: '1.2', unit: 'fraction' }],
      'E_RATE_ABOVE_100',
      '$.observations[0].value',
      '"120%"',
    ],
    [
      'passed > sampled',
      [{ indicator: 'product-sampling-pass-rate', passed: 21, sampled: 20 }],
      'E_PASSED_GT_SAMPLED',
      '$.observations[0].passed',
      '21',
    ],
    [
      'zero sampled',
      [{ indicator: 'product-sampling-pass-rate', passed: 0, sampled: 0 }],
      'E_ZERO_DENOMINATOR',
      '$.observations[0].sampled',
      '0',
    ],
    [
      'two forms at once',
      [{ indicator: 'product-sampling-pass-rate', value: 95, unit: '%', passed: 19, sampled: 20 }],
      'E_EXACTLY_ONE_FORM',
      '$.observations[0]',
      '',
    ],
    [
      'boolean for a rate',
      [{ indicator: 'product-sampling-pass-rate', value: true }],
      'E_WRONG_VALUE_TYPE',
      '$.observations[0].value',
      'true',
    ],
    [
      'malformed period',
      [{ indicator: 'product-sampling-pass-rate', value: 95, unit: '%', period: '2018-Q5' }],
      'E_BAD_PERIOD',
      '$.observations[0].period',
      '"2018-Q5"',
    ],
    [
      'duplicate observation',
      [
        { indicator: 'product-sampling-pass-rate', value: 95, unit: '%' },
        { indicator: 'product-sampling-pass-rate', value: 96, unit: '%' },
      ],
      'E_DUPLICATE_OBSERVATION',
      '$.observations[1]',
      '"product-sampling-pass-rate"',
    ],
    [
      'mixed granularities',
      [
        { indicator: 'product-sampling-pass-rate', value: 95, unit: '%' },
        { indicator: 'product-sampling-pass-rate', value: 96, unit: '%', period: '2018-Q1' },
      ],
      'E_MIXED_GRANULARITY',
      '$.observations[1].period',
      '"2018-Q1"',
    ],
  ];

  it.each(cases)('%s', (_name, observations, code, path, found) => {
    const error = dataIssue(observations);
    expect(error.code).toBe('E_INVALID_INPUT');
    expect(error.file).toBe('town.json');
    const issue = error.issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue?.path).toBe(path);
    if (found) expect(issue?.found).toBe(found);
    expect(issue?.expected['zh-Hans']).toMatch(/[\u4e00-\u9fff]/);
    expect(issue?.expected.en).toMatch(/[a-z]/);
    expect(error.message).toContain('town.json');
    expect(error.message).toContain(path);
  });

  it('malformed dates in the data set and its events', () => {
    const a = dataIssue([], { asOf: '2018-02-30' });
    expect(a.issues.map((i) => i.code)).toContain('E_BAD_DATE');
    const b = dataIssue([], { events: [{ type: 'report', date: '2018/03/31' }] });
    expect(b.issues[0]).toMatchObject({ code: 'E_BAD_DATE', path: '$.events[0].date' });
  });

  it('collects every problem in one error instead of stopping at the first', () => {
    const error = dataIssue([
      { indicator: 'no-such-thing', value: 1, unit: '%' },
      { indicator: 'product-sampling-pass-rate', passed: 21, sampled: 20 },
    ]);
    expect(error.issues.map((i) => i.code)).toEqual(['E_UNKNOWN_INDICATOR', 'E_PASSED_GT_SAMPLED']);
  });

  it('bad as-of option is reported as a date error', () => {
    expect(() => evaluate(rs, data([]), { asOf: '2018-13-01' })).toThrow(InvalidInputError);
  });
});

describe('rule set errors', () => {
  const base = (targets: unknown[], extra: Record<string, unknown> = {}) => ruleSetJson(targets, extra);
  const t = (fields: Record<string, unknown>) =>
    target('x', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%', ...fields });

  it('duplicate target id', () => {
    const e = ruleIssue(base([t({}), t({})]));
    expect(e.issues[0]).toMatchObject({ code: 'E_DUPLICATE_TARGET', path: '$.targets[1].id', found: '"x"' });
  });
  it('unknown indicator', () => {
    expect(ruleIssue(base([t({ indicator: 'nope' })])).issues[0]).toMatchObject({
      code: 'E_UNKNOWN_INDICATOR',
      path: '$.targets[0].indicator',
    });
  });
  it('unknown category', () => {
    expect(ruleIssue(base([t({ category: 'nope' })])).issues[0]).toMatchObject({
      code: 'E_UNKNOWN_CATEGORY',
      path: '$.targets[0].category',
    });
  });
  it('unit mismatch between a target and its indicator', () => {
    expect(ruleIssue(base([t({ unit: 'μg/m³' })])).issues[0]).toMatchObject({
      code: 'E_UNIT_MISMATCH',
      path: '$.targets[0].unit',
    });
  });
  it('a rate threshold above 100%', () => {
    expect(ruleIssue(base([t({ threshold: 101 })])).issues[0]).toMatchObject({
      code: 'E_RATE_ABOVE_100',
      path: '$.targets[0].threshold',
    });
  });
  it('NaN and Infinity thresholds', () => {
    expect(ruleIssue(base([t({ threshold: Number.NaN })])).issues[0]).toMatchObject({
      code: 'E_NOT_FINITE',
      path: '$.targets[0].threshold',
    });
    expect(ruleIssue(base([t({ threshold: Number.NEGATIVE_INFINITY })])).issues[0]).toMatchObject({
      code: 'E_NOT_FINITE',
    });
  });
  it('a range whose lower bound is above its upper bound', () => {
    const e = ruleIssue(
      base([target('r', { kind: 'range', indicator: 'municipal-brand-products', min: 3, max: 2, unit: '只' })]),
    );
    expect(e.issues[0]).toMatchObject({ code: 'E_BAD_RANGE', path: '$.targets[0].max' });
  });
  it('malformed dates', () => {
    expect(ruleIssue(base([t({ deadline: '2020-02-30' })])).issues[0]).toMatchObject({
      code: 'E_BAD_DATE',
      path: '$.targets[0].deadline',
    });
    expect(ruleIssue(base([t({})], { period: { start: '2018-01-01', end: '18-12-31' } })).issues[0]).toMatchObject({
      code: 'E_BAD_DATE',
      path: '$.period.end',
    });
  });
  it('an unknown key (a typo) is an error, not silently dropped', () => {
    const e = ruleIssue(base([t({ thresold: 95 })]));
    expect(e.issues[0]).toMatchObject({ code: 'E_SCHEMA', path: '$.targets[0].thresold' });
    expect(e.issues[0]?.expected.en).toContain('thresold');
  });
  it('an unknown kind names the discriminator', () => {
    const e = ruleIssue(base([t({ kind: 'at_leest' })]));
    expect(e.issues[0]).toMatchObject({ code: 'E_SCHEMA', path: '$.targets[0].kind', found: '"at_leest"' });
  });
  it('grade bands out of order', () => {
    const e = ruleIssue(
      base([t({})], {
        scoring: {
          weights: 'assumed',
          grades: [
            { grade: 'A', min: 80 },
            { grade: 'B', min: 90 },
          ],
        },
      }),
    );
    expect(e.issues[0]).toMatchObject({ code: 'E_BAD_RANGE', path: '$.scoring.grades[1].min' });
  });
  it('a wrong type says what was expected in both languages', () => {
    const e = ruleIssue({ ...base([t({})]), title: 42 });
    expect(e.issues[0]).toMatchObject({ code: 'E_SCHEMA', path: '$.title', found: '42' });
    expect(e.issues[0]?.expected).toMatchObject({ 'zh-Hans': '字符串', en: 'a string' });
  });
  it('a compound condition over a boolean indicator with a numeric operator', () => {
    const e = ruleIssue(
      base([
        target('c', {
          kind: 'compound',
          condition: { all: [{ fact: 'leading-group-established', operator: 'atLeast', value: 1 }] },
        }),
      ]),
    );
    expect(e.issues[0]).toMatchObject({ code: 'E_BAD_CONDITION', path: '$.targets[0].condition.all[0].value' });
  });
});
