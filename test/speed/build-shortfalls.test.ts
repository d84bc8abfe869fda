import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { compareLosses, type Loss } from '../../src/report/build.js';

// Shortfalls are sorted by points lost, most first, then in target order. The comparator looks at each
// loss's nearest double first and at the 40-digit Decimals only when the doubles tie; these properties hold
// it to the plain Decimal comparison it replaced, on losses that differ only past the 17th digit.

const loss = (i: number, lost: Dec): Loss => ({ i, lost, approx: lost.toNumber() });

/** The comparison before the fast path. */
const reference = (a: Loss, b: Loss): number => b.lost.comparedTo(a.lost) || a.i - b.i;

/** A loss of up to 40 significant digits, some equal to others but a different Decimal, some far apart. */
const lostArb = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 40n - 1n }).map((n) => new D(`${n}e-38`)),
  // 2.857142857… (a seventh of 20) and its neighbours one unit in the 40th digit away: one double for all.
  fc
    .constantFrom(
      '2.857142857142857142857142857142857142857',
      '2.857142857142857142857142857142857142858',
      '2.857142857142857142857142857142857142856',
      '2.5',
      '2.50',
      '0',
    )
    .map((x) => new D(x)),
  fc.integer({ min: 0, max: 40 }).map((n) => new D(n).div(7)),
);

const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

describe('the order of shortfalls (compareLosses)', () => {
  it('orders any two losses as the Decimal comparison does, whether their doubles tie or not', () => {
    fc.assert(
      fc.property(lostArb, lostArb, fc.nat(40), fc.nat(40), (x, y, i, j) => {
        fc.pre(i !== j);
        const a = loss(i, x);
        const b = loss(j, y);
        expect(sign(compareLosses(a, b))).toBe(sign(reference(a, b)));
        expect(sign(compareLosses(b, a))).toBe(sign(reference(b, a)));
      }),
      { numRuns: 5000, seed: 1612 },
    );
  });

  it('sorts a list as the Decimal comparison does, the same Decimal or an equal one in target order', () => {
    fc.assert(
      fc.property(fc.array(lostArb, { maxLength: 40 }), (losses) => {
        const shared = new D('2.857142857142857142857142857142857142857');
        const rows = losses.map((x, i) => loss(i, i % 5 === 0 ? shared : x));
        const fast = [...rows].sort(compareLosses).map((r) => r.i);
        const slow = [...rows].sort(reference).map((r) => r.i);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 1000, seed: 1613 },
    );
  });

  it('tells apart losses one unit apart in the 40th digit, which one double cannot (hand-checked)', () => {
    const low = loss(0, new D('2.857142857142857142857142857142857142857'));
    const high = loss(1, new D('2.857142857142857142857142857142857142858'));
    expect(low.approx).toBe(high.approx);
    expect(compareLosses(low, high)).toBeGreaterThan(0);
    expect(compareLosses(high, low)).toBeLessThan(0);
    // Equal losses, as one Decimal or two: the earlier target first.
    const same = loss(3, low.lost);
    expect(compareLosses(low, same)).toBeLessThan(0);
    expect(compareLosses(loss(5, new D('2.5')), loss(2, new D('2.50')))).toBeGreaterThan(0);
    expect(compareLosses(loss(0, new D('3')), loss(1, new D('2.9999')))).toBeLessThan(0);
  });
});
