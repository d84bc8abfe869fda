import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { compileCondition, type EngineCondition, type EngineLeaf, toTopLevel } from '../../src/kinds/conditions.js';
import { type FactValue, registerDecimalOperators } from '../../src/kinds/operators.js';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import { loadRuleSet } from '../../src/rulesets/load.js';

const NUMERIC_FACTS = ['f0', 'f1', 'f2', 'f3'];
const BOOLEAN_FACTS = ['b0', 'b1'];
// A small pool of values makes equality and boundary cases frequent; long decimals catch float slips.
const decimalValue = fc.oneof(
  fc.constantFrom('0', '29', '29.0', '95', '94.99', '95.000', '100', '0.1', '0.3', '150', '0.30000000000000004'),
  fc.integer({ min: -5000, max: 5000 }).map((n) => new D(n).div(100).toString()),
);

const numericLeaf: fc.Arbitrary<EngineLeaf> = fc.record({
  fact: fc.constantFrom(...NUMERIC_FACTS),
  operator: fc.constantFrom('atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo'),
  value: fc.oneof(
    { weight: 4, arbitrary: decimalValue },
    { weight: 1, arbitrary: fc.constantFrom(...NUMERIC_FACTS).map((fact) => ({ fact })) },
  ),
}) as fc.Arbitrary<EngineLeaf>;
const booleanLeaf: fc.Arbitrary<EngineLeaf> = fc.record({
  fact: fc.constantFrom(...BOOLEAN_FACTS),
  operator: fc.constantFrom('isTrue', 'isFalse'),
  value: fc.constant(true),
}) as fc.Arbitrary<EngineLeaf>;

const { condition } = fc.letrec<{ condition: EngineCondition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numericLeaf,
    booleanLeaf,
    fc.array(tie('condition'), { minLength: 1, maxLength: 4 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 4 }).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
}));

const factsArb = fc.record({
  f0: fc.option(decimalValue, { nil: undefined }),
  f1: fc.option(decimalValue, { nil: undefined }),
  f2: fc.option(decimalValue, { nil: undefined }),
  f3: fc.option(decimalValue, { nil: undefined }),
  b0: fc.option(fc.boolean(), { nil: undefined }),
  b1: fc.option(fc.boolean(), { nil: undefined }),
});

async function engineVerdicts(
  conditions: readonly EngineCondition[],
  facts: Record<string, string | boolean | undefined>,
): Promise<boolean[]> {
  const engine = new Engine(
    conditions.map((c, i) => ({
      name: String(i),
      conditions: toTopLevel(structuredClone(c)),
      event: { type: 'met', params: { i } },
    })),
    { allowUndefinedFacts: true },
  );
  registerDecimalOperators(engine);
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  const { events } = await engine.run(defined);
  const fired = new Set(events.map((e) => Number(e.params?.i)));
  return conditions.map((_, i) => fired.has(i));
}

function compiledVerdicts(
  conditions: readonly EngineCondition[],
  facts: Record<string, string | boolean | undefined>,
): boolean[] {
  const lookup = (name: string): FactValue => {
    const v = facts[name];
    return typeof v === 'string' ? new D(v) : v;
  };
  return conditions.map((c) => compileCondition(c)(lookup));
}

describe('the compiled predicate gives the same verdicts as json-rules-engine', () => {
  it('on 250 fact sets × 20 generated conditions (5,000 pairs), including missing facts and fact references', async () => {
    let pairs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(condition, { minLength: 20, maxLength: 20 }), factsArb, async (conditions, facts) => {
        pairs += conditions.length;
        expect(compiledVerdicts(conditions, facts)).toEqual(await engineVerdicts(conditions, facts));
      }),
      { numRuns: 250, seed: 20181019 },
    );
    expect(pairs).toBe(5000);
  });

  it('compares decimals exactly where floats would not: 0.1 + 0.2 style values', async () => {
    const cond: EngineCondition = { fact: 'f0', operator: 'equalTo', value: '0.3' };
    expect(compiledVerdicts([cond], { f0: '0.30000000000000004' })).toEqual([false]);
    expect(await engineVerdicts([cond], { f0: '0.30000000000000004' })).toEqual([false]);
    expect(compiledVerdicts([cond], { f0: '0.300' })).toEqual([true]);
    expect(await engineVerdicts([cond], { f0: '0.300' })).toEqual([true]);
  });
});

// ── Whole reports at extreme magnitudes (issue 15) ──
// Figures of 30 significant digits at 1e-30 and 1e+30 scales, written as plain decimal strings, used
// to print in exponent form ("1e+45"), which the engine's operators refuse, so the two paths disagreed.

/** A plain decimal string of `digits` significant digits times 10^exp (never exponent notation). */
const plain = (digits: string, exp: number, negative: boolean): string =>
  `${negative ? '-' : ''}${new D(`${digits}e${exp}`).toFixed()}`;
const thirtyDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 29, maxLength: 29 }))
  .map(([lead, rest]) => `${lead}${rest.join('')}`);
const scale = fc.constantFrom(-60, -59, -45, -31, -30, 0, 1, 15, 29, 30);
const extreme = (negatives: boolean): fc.Arbitrary<string> =>
  fc
    .tuple(thirtyDigits, scale, negatives ? fc.boolean() : fc.constant(false))
    .map(([digits, exp, negative]) => plain(digits, exp, negative));
/** A figure next to another one: equal, or one unit of its 30th digit away. */
const near = (value: string): fc.Arbitrary<string> => {
  const v = new D(value);
  const step = new D(10).pow(v.isZero() ? -30 : v.abs().log(10).floor().minus(29));
  return fc.constantFrom(v, v.plus(step), v.minus(step)).map((x) => x.toFixed());
};

const EXTREME_INDICATORS = [
  { id: 'x-amount', names: names('测试金额'), unit: '元', kind: 'amount', direction: 'higher' },
  { id: 'x-index', names: names('测试指数'), unit: '分', kind: 'index', direction: 'higher' },
  { id: 'x-conc', names: names('测试浓度'), unit: 'μg/m³', kind: 'concentration', direction: 'lower' },
];
const KINDS = ['at_least', 'more_than', 'at_most', 'less_than'] as const;
/** An exponent written into a number, outside identifiers: 1e+45, 4E-323. */
const EXPONENT = /(^|[^\w.-])-?\d+(\.\d+)?[eE][+-]?\d+/;

function names(zh: string): Record<string, string> {
  return { 'zh-Hans': zh, 'zh-Hant': zh, en: zh };
}

const extremeCase = fc.tuple(extreme(false), extreme(true), extreme(false)).chain(([amount, index, conc]) =>
  fc.record({
    values: fc.constant({ 'x-amount': amount, 'x-index': index, 'x-conc': conc }),
    // Thresholds are non-negative; a negative index is compared with a positive threshold.
    thresholds: fc.tuple(
      near(amount),
      index.startsWith('-') ? extreme(false) : fc.oneof(near(index), extreme(false)),
      near(conc),
    ),
    kinds: fc.tuple(...EXTREME_INDICATORS.map(() => fc.constantFrom(...KINDS))),
  }),
);

function extremeRuleSet(thresholds: readonly string[], kinds: readonly string[]) {
  return loadRuleSet({
    schemaVersion: 1,
    id: 'x-plan',
    title: '极值测试',
    issuer: '测试',
    documentNumber: null,
    region: { name: '测试县', level: 'county', parent: null },
    period: { start: '2018-01-01', end: '2018-12-31' },
    published: { date: null },
    source: { file: 'x.txt' },
    locale: 'zh-Hans',
    scoring: { weights: 'assumed' },
    categories: [{ id: 'q', names: names('质量'), weight: 1 }],
    indicators: EXTREME_INDICATORS,
    targets: EXTREME_INDICATORS.map((ind, i) => ({
      id: `x${i}`,
      category: 'q',
      commitment: 'binding',
      source: { section: '一', clause: `条款${i}` },
      kind: kinds[i],
      indicator: ind.id,
      threshold: thresholds[i],
      unit: ind.unit,
    })),
  });
}

describe('evaluate and evaluateWithEngine agree at extreme magnitudes, and print no exponents', () => {
  it('30-digit figures at 1e-30 and 1e+30 scales, negative index values, thresholds at and one digit off the value', async () => {
    await fc.assert(
      fc.asyncProperty(extremeCase, async ({ values, thresholds, kinds }) => {
        const ruleSet = extremeRuleSet(thresholds, kinds);
        const data = {
          schemaVersion: 1,
          region: { id: 'x', name: '测试县' },
          period: '2018',
          observations: EXTREME_INDICATORS.map((ind) => ({
            indicator: ind.id,
            value: values[ind.id as keyof typeof values],
            unit: ind.unit,
          })),
        };
        const compiled = evaluate(ruleSet, data);
        expect(await evaluateWithEngine(ruleSet, data)).toEqual(compiled);
        const text = JSON.stringify(compiled);
        expect(text).not.toMatch(EXPONENT);
        // The verdict is the exact comparison of the two decimals.
        compiled.targets.forEach((t, i) => {
          const c = new D(values[EXTREME_INDICATORS[i]?.id as keyof typeof values]).comparedTo(
            new D(thresholds[i] as string),
          );
          const kind = kinds[i];
          const met = kind === 'at_least' ? c >= 0 : kind === 'more_than' ? c > 0 : kind === 'at_most' ? c <= 0 : c < 0;
          expect(t.status).toBe(met ? 'met' : 'not_met');
        });
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('the exponent check itself catches 1e+45 and 4e-323 and leaves ids alone', () => {
    expect('{"v":"1e+45"}').toMatch(EXPONENT);
    expect('{"v":"4e-323"}').toMatch(EXPONENT);
    expect('gap 1.5E21 left').toMatch(EXPONENT);
    expect('{"id":"t2e5","v":"1000000000000000000000"}').not.toMatch(EXPONENT);
  });
});
