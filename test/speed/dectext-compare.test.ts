import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampUnit, compared, D, type Dec, HUNDRED, maxDec, minDec, ONE, ZERO } from '../../src/core/decimal.js';
import { decimalFromText } from '../../src/core/decimal-text.js';
import { plainSpellings } from './spellings.js';

/** Spellings and their near neighbours: equal values with other digit words, and values one unit apart. */
const spelling = fc.oneof(
  plainSpellings({ extra: [fc.stringMatching(/^9{1,40}$/)] }),
  fc.constantFrom('0', '-0', '100', '100.0000001', '99.9999999', '-100', '1', '0.9999999999', '1.00000001'),
);

describe('comparing two Decimals from their fields, as decimal.js compares them', () => {
  it('gives what cmp gives on random pairs, near pairs and equal pairs', () => {
    fc.assert(
      fc.property(spelling, spelling, fc.constantFrom(0, 1, 2, 3), (a, b, how) => {
        const x = new D(a);
        // An equal value built another way, its negation, or a neighbour differing in the last digit word.
        const y = how === 0 ? new D(b) : how === 1 ? decimalFromText(a) : how === 2 ? x.neg() : x.plus('1e-45');
        expect(compared(x, y), `${x} vs ${y}`).toBe(x.cmp(y));
        expect(compared(y, x), `${y} vs ${x}`).toBe(y.cmp(x));
      }),
      { numRuns: 20_000, seed: 1617 },
    );
  });

  it('holds zero of either sign equal, and leaves NaN and the infinities to decimal.js', () => {
    expect(compared(new D('-0'), ZERO)).toBe(0);
    expect(compared(ZERO, new D('-0'))).toBe(0);
    expect(compared(new D('-0.5'), new D('-0'))).toBe(-1);
    expect(compared(new D('100.00000000000000000000000000001'), HUNDRED)).toBe(1);
    expect(compared(new D('99.99999999999999999999999999999'), HUNDRED)).toBe(-1);
    expect(compared(new D('-99.9'), new D('-100'))).toBe(1);
    expect(compared(new D('-100.0001'), new D('-100'))).toBe(-1);
    const special = [new D(Number.NaN), new D(Number.POSITIVE_INFINITY), new D(Number.NEGATIVE_INFINITY), ONE];
    for (const a of special) for (const b of special) expect(Object.is(compared(a, b), a.cmp(b))).toBe(true);
  });

  it('picks the same bound as lte/gte, and clamps into [0, 1] as lt/gt would', () => {
    fc.assert(
      fc.property(spelling, spelling, (a, b) => {
        const x = new D(a);
        const y = new D(b);
        expect(minDec(x, y)).toBe(x.lte(y) ? x : y);
        expect(maxDec(x, y)).toBe(x.gte(y) ? x : y);
        const clamped: Dec = x.lt(ZERO) ? ZERO : x.gt(ONE) ? ONE : x;
        expect(clampUnit(x)).toBe(clamped);
      }),
      { numRuns: 5_000, seed: 1618 },
    );
  });
});
