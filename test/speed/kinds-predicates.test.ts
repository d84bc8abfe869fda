import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { compileCondition, type EngineCondition, type EngineLeaf } from '../../src/kinds/conditions.js';
import { applyOperator, OPERATOR_NAMES, type OperatorName } from '../../src/kinds/operators.js';

/** Decimal spellings from tiny to huge, either sign, with ties at the threshold made likely. */
const spelling = fc.oneof(
  fc.constantFrom('0', '-0', '95', '95.0', '94.9999999999999999999999999999', '100', '-3.5', '1e3'),
  fc
    .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,30}$/), fc.integer({ min: 0, max: 34 }))
    .map(([negative, digits, point]) => {
      const padded = digits.padStart(point + 1, '0');
      const cut = padded.length - point;
      return `${negative ? '-' : ''}${padded.slice(0, cut)}${point > 0 ? `.${padded.slice(cut)}` : ''}`;
    }),
);
const decimalSpelling = spelling.filter((s) => s !== '1e3');

/** Facts as a lookup may hold them: Decimals, booleans, nothing, and (never from our gatherers) a string. */
const fact = fc.oneof(
  decimalSpelling.map((s) => new D(s) as unknown),
  fc.boolean(),
  fc.constant(undefined),
  spelling,
);

const leaf = fc.record({
  operator: fc.constantFrom(...OPERATOR_NAMES),
  threshold: decimalSpelling,
  fact,
});

/** The reference: the operator applied to the fact and the threshold as json-rules-engine receives them. */
function reference(operator: OperatorName, value: unknown, threshold: string): boolean {
  return applyOperator(operator, value, operator === 'isTrue' || operator === 'isFalse' ? true : threshold);
}

function engineLeaf(name: string, operator: OperatorName, threshold: string): EngineLeaf {
  return { fact: name, operator, value: operator === 'isTrue' || operator === 'isFalse' ? true : threshold };
}

describe('compiled leaf predicates (the operator chosen once per leaf)', () => {
  it('give what applyOperator gives, for every operator and every kind of fact, at and around the threshold', () => {
    fc.assert(
      fc.property(leaf, ({ operator, threshold, fact: value }) => {
        const predicate = compileCondition(engineLeaf('x', operator, threshold));
        expect(predicate((name) => (name === 'x' ? (value as never) : undefined))).toBe(
          reference(operator, value, threshold),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('a leaf against another fact gives what applyOperator gives on the two facts, whatever each holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPERATOR_NAMES), fact, fact, (operator, a, b) => {
        const predicate = compileCondition({ fact: 'x', operator, value: { fact: 'y' } });
        const facts: Record<string, unknown> = { x: a, y: b };
        expect(predicate((name) => facts[name] as never)).toBe(applyOperator(operator, a, b));
      }),
      { numRuns: 2000 },
    );
    const refLeaf = compileCondition({ fact: 'x', operator: 'atLeast', value: { fact: 'y' } });
    expect(refLeaf((n) => (n === 'x' ? new D('3') : new D('3.0')))).toBe(true);
    expect(refLeaf((n) => (n === 'x' ? new D('2.9999999999999999999999999999999') : new D('3')))).toBe(false);
    expect(refLeaf((n) => (n === 'x' ? new D('3') : undefined))).toBe(false);
  });

  it('hand-checked boundaries: 95 against 95, 95.0 and 94.99…', () => {
    const at = (operator: OperatorName, value: string) =>
      compileCondition(engineLeaf('x', operator, '95'))(() => new D(value));
    expect([at('atLeast', '95.0'), at('moreThan', '95'), at('atMost', '95'), at('lessThan', '95.0')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([
      at('atLeast', '94.9999999999999999999999999999'),
      at('lessThan', '94.9999999999999999999999999999'),
    ]).toEqual([false, true]);
    expect([at('equalTo', '95.00'), at('equalTo', '95.0000000000000000000000000001')]).toEqual([true, false]);
    // A missing or boolean fact never satisfies a numeric operator.
    expect(compileCondition(engineLeaf('x', 'atMost', '95'))(() => undefined)).toBe(false);
    expect(compileCondition(engineLeaf('x', 'atLeast', '0'))(() => true)).toBe(false);
  });

  it('all/any trees give every/some of their parts, stopping nowhere that changes the answer', () => {
    const tree: fc.Memo<EngineCondition> = fc.memo((depth) =>
      depth <= 1
        ? leaf.map(({ operator, threshold }) => engineLeaf(`f${threshold.length % 3}`, operator, threshold))
        : fc.oneof(
            leaf.map(({ operator, threshold }) => engineLeaf(`f${threshold.length % 3}`, operator, threshold)),
            fc.array(tree(depth - 1), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
            fc.array(tree(depth - 1), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
            tree(depth - 1).map((not) => ({ not })),
          ),
    );
    const judge = (c: EngineCondition, facts: Record<string, unknown>): boolean => {
      if ('all' in c) return c.all.every((p) => judge(p, facts));
      if ('any' in c) return c.any.some((p) => judge(p, facts));
      if ('not' in c) return !judge(c.not, facts);
      return applyOperator(c.operator, facts[c.fact], c.value);
    };
    fc.assert(
      fc.property(tree(4), fc.tuple(fact, fact, fact), (condition, [f0, f1, f2]) => {
        const facts: Record<string, unknown> = { f0, f1, f2 };
        expect(compileCondition(condition)((name) => facts[name] as never)).toBe(judge(condition, facts));
      }),
      { numRuns: 1000 },
    );
  });
});
