/**
 * Negative values (issue 11, B7): changes and indices can be below zero. An indicator declares it
 * (`signed: true` on an amount or ratio; an index always is); a negative value anywhere else is refused
 * with E_NEGATIVE_VALUE, its JSON path, and words naming the indicator kinds that do admit one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { admitsNegative } from '../../src/indicators/schema.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { TargetResult } from '../../src/report/schema.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { data, ruleSetJson, rules, target } from '../support.js';

const indicators = [
  {
    id: 'output-growth',
    names: { 'zh-Hans': '产值增长率' },
    unit: '%',
    kind: 'ratio',
    direction: 'higher',
    signed: true,
  },
  { id: 'output-share', names: { 'zh-Hans': '产值占比' }, unit: '%', kind: 'ratio', direction: 'higher' },
  { id: 'quality-index', names: { 'zh-Hans': '质量竞争力指数' }, unit: '分', kind: 'index', direction: 'higher' },
];

function thrown(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('which indicators admit a value below zero', () => {
  it('an index always; an amount or ratio only when declared signed; never a count, rate or concentration', () => {
    expect(admitsNegative({ kind: 'index' })).toBe(true);
    expect(admitsNegative({ kind: 'ratio', signed: true })).toBe(true);
    expect(admitsNegative({ kind: 'amount', signed: true })).toBe(true);
    expect(admitsNegative({ kind: 'ratio' })).toBe(false);
    expect(admitsNegative({ kind: 'rate', signed: true })).toBe(false);
    expect(admitsNegative({ kind: 'count', signed: true })).toBe(false);
  });

  it('`signed: true` on a rate is refused with E_UNSUPPORTED_KIND at its path', () => {
    const bad = [
      { id: 'pass', names: { 'zh-Hans': '合格率' }, unit: '%', kind: 'rate', direction: 'higher', signed: true },
    ];
    const error = thrown(() => loadRuleSet(ruleSetJson([], { indicators: bad })));
    const issue = error.issues.find((i) => i.code === 'E_UNSUPPORTED_KIND');
    expect(issue?.path).toBe('$.indicators[0].signed');
    expect(issue?.expected.en).toBe('"signed": true only on index, amount, and ratio indicators');
    expect(issue?.expected['zh-Hans']).toBe('仅 index、amount、ratio 类指标可声明 "signed": true');
  });
});

describe('a negative observation', () => {
  const rs = rules([target('t', { kind: 'at_least', indicator: 'output-growth', threshold: '-2', unit: '%' })], {
    indicators,
  });

  it('of an unsigned ratio is refused, naming the kinds that admit one, in every locale', () => {
    const error = thrown(() => evaluate(rs, data([{ indicator: 'output-share', value: '-0.5', unit: '%' }])));
    const issue = error.issues[0];
    expect([issue?.code, issue?.path, issue?.found]).toEqual(['E_NEGATIVE_VALUE', '$.observations[0].value', '"-0.5"']);
    expect(issue?.expected['zh-Hans']).toContain('指标 output-share（ratio）不接受负值；可为负值的是指数（index）指标');
    expect(issue?.expected['zh-Hant']).toContain('指標 output-share（ratio）不接受負值');
    expect(issue?.expected.en).toContain('index indicators, and amount or ratio indicators declared "signed": true');
  });

  it('of a rate is refused the same way', () => {
    const error = thrown(() =>
      evaluate(rs, data([{ indicator: 'product-sampling-pass-rate', value: '-1', unit: '%' }])),
    );
    expect(error.issues[0]?.code).toBe('E_NEGATIVE_VALUE');
    expect(error.issues[0]?.expected.en).toContain('product-sampling-pass-rate (rate) admits no value below zero');
  });

  it('of a signed ratio or an index is accepted', () => {
    const report = evaluate(
      rs,
      data([
        { indicator: 'output-growth', value: '-1.5', unit: '%' },
        { indicator: 'quality-index', value: '-3', unit: '分' },
      ]),
    );
    expect(report.targets[0]?.status).toBe('met');
  });
});

describe('a negative threshold: 增长率不低于-2%', () => {
  const rs = rules([target('t', { kind: 'at_least', indicator: 'output-growth', threshold: '-2', unit: '%' })], {
    indicators,
  });
  const judged = (value: string) =>
    evaluate(rs, data([{ indicator: 'output-growth', value, unit: '%' }])).targets[0] as TargetResult;

  it('-2 is met, -2.01 is not (short by 0.01 个百分点), -1.99 is met', () => {
    expect(judged('-2').status).toBe('met');
    expect(judged('-1.99').status).toBe('met');
    const r = judged('-2.01');
    expect([r.status, r.gap, r.gapUnit]).toEqual(['not_met', '0.01', '个百分点']);
    expect(r.requirement['zh-Hans']).toBe('不低于-2%');
  });

  it('on an unsigned ratio is refused at the threshold path', () => {
    const error = thrown(() =>
      rules([target('t', { kind: 'at_least', indicator: 'output-share', threshold: '-2', unit: '%' })], { indicators }),
    );
    expect([error.issues[0]?.code, error.issues[0]?.path]).toEqual(['E_NEGATIVE_VALUE', '$.targets[0].threshold']);
  });

  it('property: met exactly when the value is at least the threshold; attainment stays in [0, 1]', () => {
    const hundredths = fc.integer({ min: -1000, max: 1000 }).map((n) => new D(n).div(100));
    fc.assert(
      fc.property(hundredths, hundredths, (threshold, value) => {
        const own = rules(
          [target('t', { kind: 'at_least', indicator: 'output-growth', threshold: threshold.toString(), unit: '%' })],
          { indicators },
        );
        const r = evaluate(own, data([{ indicator: 'output-growth', value: value.toString(), unit: '%' }]))
          .targets[0] as TargetResult;
        expect(r.status).toBe(value.gte(threshold) ? 'met' : 'not_met');
        const attainment = new D(r.attainment as string);
        expect(attainment.gte(0) && attainment.lte(1)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
