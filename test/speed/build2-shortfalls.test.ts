import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { compareLosses, type Loss, sortLosses } from '../../src/report/build.js';

// Shortfalls are sorted by an insertion sort up to 64 of them, the built-in sort beyond. These hold both to
// the built-in sort by the same comparator (and so to the Decimal order it is held to in build-shortfalls),
// with many equal losses, on both sides of 64.

const loss = (i: number, lost: Dec): Loss => ({ i, lost, approx: lost.toNumber() });

const shared = new D('2.857142857142857142857142857142857142857');
const lostArb = fc.oneof(
  fc.constantFrom('0', '2.5', '2.50', '3.3333', '2.857142857142857142857142857142857142858').map((x) => new D(x)),
  fc.constant(shared),
  fc.integer({ min: 0, max: 40 }).map((n) => new D(n).div(7)),
);

/** The order of target positions after sorting a copy with `sort`. */
const order = (rows: readonly Loss[], sort: (losses: Loss[]) => void): number[] => {
  const copy = [...rows];
  sort(copy);
  return copy.map((r) => r.i);
};

describe('sorting shortfalls (sortLosses)', () => {
  it('orders any list as the built-in sort by compareLosses does, short or past 64', () => {
    fc.assert(
      fc.property(fc.array(lostArb, { maxLength: 140 }), (lost) => {
        // Targets in any order, as the losses of a report come in target order only when none are skipped.
        const rows = lost.map((x, i) => loss((i * 37) % 211, x));
        expect(order(rows, sortLosses)).toEqual(order(rows, (l) => l.sort(compareLosses)));
      }),
      { numRuns: 500, seed: 1316 },
    );
  });

  it('puts the most lost first, equal losses in target order (hand-checked)', () => {
    const rows = [loss(0, new D('2.5')), loss(1, new D('3.3333')), loss(2, new D('2.50')), loss(3, new D('0'))];
    expect(order(rows, sortLosses)).toEqual([1, 0, 2, 3]);
    expect(order([], sortLosses)).toEqual([]);
    expect(order([loss(4, shared)], sortLosses)).toEqual([4]);
  });
});
