/**
 * The point of a settled verdict: it never changes. Filling the missing data with any values, or
 * moving the as-of date to the deadline (with counts that only grow growing as they may), gives the
 * same status; and json-rules-engine reaches the same report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import type { TargetResult } from '../../src/report/schema.js';
import { data, rules, target } from '../support.js';
import { conditionTrees, type Tree as TreeOf } from './trees.js';

const FACTS = ['r0', 'r1', 'c0', 'c1'] as const;
type Fact = (typeof FACTS)[number];

/** Two rates that move either way and two counts that only accumulate. */
const indicators = FACTS.map((id) =>
  id.startsWith('r')
    ? { id, names: { 'zh-Hans': `比率${id}` }, unit: '%', kind: 'rate', direction: 'higher' }
    : { id, names: { 'zh-Hans': `件数${id}` }, unit: '件', kind: 'count', direction: 'lower', accumulates: true },
);
const unitOf = (fact: Fact) => (fact.startsWith('r') ? '%' : '件');

type Leaf = { fact: Fact; operator: string; value: number };
type Tree = TreeOf<Leaf>;

const leaf: fc.Arbitrary<Leaf> = fc.record({
  fact: fc.constantFrom(...FACTS),
  operator: fc.constantFrom('atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo'),
  value: fc.integer({ min: 0, max: 10 }),
});
const tree = conditionTrees(leaf);
const value = fc.integer({ min: 0, max: 12 });
const partialValues = fc.record(
  { r0: fc.option(value, { nil: undefined }), r1: fc.option(value, { nil: undefined }), c0: value, c1: value },
  { requiredKeys: ['c0', 'c1'] },
);
const partialRates = fc.record({
  r0: fc.option(value, { nil: undefined }),
  r1: fc.option(value, { nil: undefined }),
  c0: fc.option(value, { nil: undefined }),
  c1: fc.option(value, { nil: undefined }),
});

function observations(values: Partial<Record<Fact, number | undefined>>) {
  return FACTS.filter((f) => values[f] !== undefined).map((f) => ({ indicator: f, value: values[f], unit: unitOf(f) }));
}

function compoundTarget(condition: Tree) {
  return rules([target('t', { kind: 'compound', condition })], { indicators });
}

function only(report: { targets: readonly TargetResult[] }): TargetResult {
  return report.targets[0] as TargetResult;
}

describe('a settled compound verdict', () => {
  it('stays the same whatever values fill the missing data (and the engine agrees)', async () => {
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(tree, partialRates, fc.array(value, { minLength: 4, maxLength: 4 }), async (c, known, fill) => {
        const rs = compoundTarget(c);
        const partial = data(observations(known));
        const before = only(evaluate(rs, partial));
        expect(await evaluateWithEngine(rs, partial)).toEqual(evaluate(rs, partial));
        if (!before.settled || before.missing.length === 0) return;
        seen += 1;
        const filled = Object.fromEntries(FACTS.map((f, i) => [f, known[f] ?? fill[i]]));
        const after = only(evaluate(rs, data(observations(filled))));
        expect(after.status).toBe(before.status);
      }),
      { numRuns: 150 },
    );
    // The property held on settled cases, not only on the ones it skips.
    expect(seen).toBeGreaterThan(5);
  });

  it('stays the same at the deadline when the counts grow by any amount and the rates change freely', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        tree,
        partialValues,
        fc.record({ c0: fc.nat(5), c1: fc.nat(5) }),
        fc.array(value, { minLength: 2, maxLength: 2 }),
        (c, mid, growth, rates) => {
          const rs = compoundTarget(c);
          const before = only(evaluate(rs, data(observations(mid)), { asOf: '2018-06-30' }));
          if (!before.settled) return;
          seen += 1;
          // A rate that decided the verdict mid-year cannot have: only accumulating parts settle before the deadline.
          const later = {
            r0: mid.r0 === undefined ? undefined : rates[0],
            r1: mid.r1 === undefined ? undefined : rates[1],
            c0: mid.c0 + growth.c0,
            c1: mid.c1 + growth.c1,
          };
          const after = only(evaluate(rs, data(observations(later)), { asOf: '2018-12-31' }));
          expect(after.status).toBe(before.status);
        },
      ),
      { numRuns: 150 },
    );
    // The property held on settled cases, not only on the ones it skips.
    expect(seen).toBeGreaterThan(5);
  });
});

describe('a settled zero or accumulating-ceiling verdict', () => {
  it('never changes when the count grows by the deadline', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('zero', 'at_most', 'less_than', 'equal', 'at_least', 'more_than'),
        fc.integer({ min: 0, max: 10 }),
        fc.nat(10),
        fc.nat(5),
        (kind, threshold, count, growth) => {
          const fields = kind === 'zero' ? { kind, indicator: 'c0' } : { kind, indicator: 'c0', threshold, unit: '件' };
          const rs = rules([target('t', fields)], { indicators });
          const before = only(
            evaluate(rs, data([{ indicator: 'c0', value: count, unit: '件' }]), { asOf: '2018-06-30' }),
          );
          if (!before.settled) return;
          seen += 1;
          const after = only(evaluate(rs, data([{ indicator: 'c0', value: count + growth, unit: '件' }])));
          expect(after.status).toBe(before.status);
        },
      ),
      { numRuns: 200 },
    );
    // The property held on settled cases, not only on the ones it skips.
    expect(seen).toBeGreaterThan(5);
  });
});

describe('a settled trend verdict', () => {
  const YEARS = ['2014', '2015', '2016', '2017', '2018'];
  const series = fc.array(fc.option(fc.integer({ min: 80, max: 84 }), { nil: undefined }), {
    minLength: YEARS.length,
    maxLength: YEARS.length,
  });

  it('stays the same whatever values fill the missing years, 逐年 or 连续N年', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        fc.boolean(),
        series,
        fc.array(fc.integer({ min: 78, max: 86 }), { minLength: YEARS.length, maxLength: YEARS.length }),
        (consecutive, strict, values, fill) => {
          const rs = rules(
            [
              target('t', {
                kind: 'trend',
                indicator: 'product-sampling-pass-rate',
                direction: 'increase',
                strict,
                granularity: 'year',
                ...(consecutive === undefined ? {} : { consecutive }),
              }),
            ],
            { period: { start: '2015-01-01', end: '2020-12-31' } },
          );
          const obs = (vs: ReadonlyArray<number | undefined>) =>
            YEARS.flatMap((period, i) =>
              vs[i] === undefined ? [] : [{ indicator: 'product-sampling-pass-rate', period, value: vs[i], unit: '%' }],
            );
          const before = only(evaluate(rs, data(obs(values))));
          if (!before.settled) return;
          seen += 1;
          expect(before.status).toBe('not_met');
          const after = only(evaluate(rs, data(obs(values.map((v, i) => v ?? fill[i])))));
          expect(after.status).toBe('not_met');
        },
      ),
      { numRuns: 200 },
    );
    // The property held on settled cases, not only on the ones it skips.
    expect(seen).toBeGreaterThan(5);
  });
});
