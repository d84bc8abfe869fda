import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { compileCondition, type EngineCondition, type EngineLeaf, toTopLevel } from '../../src/kinds/conditions.js';
import { type FactValue, registerDecimalOperators } from '../../src/kinds/operators.js';

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
