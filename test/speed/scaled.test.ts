import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, decimalString, ONE } from '../../src/core/decimal.js';
import { ratioText, scaledOf } from '../../src/core/scaled.js';
import { comparisonAttainment, comparisonAttainmentText } from '../../src/kinds/attainment.js';
import type { OperatorName } from '../../src/kinds/operators.js';
import { plainSpellings } from './spellings.js';

const spelling = plainSpellings();
const positive = spelling.map((s) => s.replace(/^-/, ''));

const significant = (d: Dec) => d.precision(false);
const exactly = (s: { coefficient: number; exponent: number }) => new D(s.coefficient).times(new D(10).pow(s.exponent));

describe('scaled integers', () => {
  it('scaledOf is exact, and defined exactly for figures of at most 15 significant digits', () => {
    fc.assert(
      fc.property(spelling, (text) => {
        const d = new D(text);
        const s = scaledOf(d);
        if (significant(d) <= 15) {
          expect(s).toBeDefined();
          expect(exactly(s as NonNullable<typeof s>).eq(d)).toBe(true);
          expect(Number.isSafeInteger(s?.coefficient)).toBe(true);
          expect((s?.coefficient ?? 0) % 10 === 0 && s?.coefficient !== 0).toBe(false);
        } else expect(s).toBeUndefined();
      }),
      { numRuns: 4000, seed: 16 },
    );
    expect(scaledOf(new D(0))).toEqual({ coefficient: 0, exponent: 0 });
    expect(scaledOf(new D('-1.50'))).toEqual({ coefficient: -15, exponent: -1 });
    expect(scaledOf(new D('123456789012345'))).toEqual({ coefficient: 123456789012345, exponent: 0 });
    expect(scaledOf(new D('1234567890123456'))).toBeUndefined();
  });

  it('ratioText prints what decimal.js prints after its 40-digit division, or declines', () => {
    let defined = 0;
    fc.assert(
      fc.property(spelling, positive, fc.integer({ min: 0, max: 10 }), (a, b, places) => {
        const num = new D(a);
        const den = new D(b);
        const sn = scaledOf(num);
        const sd = scaledOf(den);
        if (!sn || !sd) return;
        const text = ratioText(sn, sd, places);
        if (text === undefined) return;
        defined += 1;
        expect(text).toBe(decimalString(num.div(den), places));
      }),
      { numRuns: 6000, seed: 16 },
    );
    expect(defined).toBeGreaterThan(500);
  });

  it('ratioText rounds half-way quotients up and just-below ones down, as decimal.js does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(-1, 0, 1),
        (k, denominator, nudge) => {
          // num/den = (k − ½ + nudge·10^-9) × 10^-4: on, just below or just above a half-way point.
          const den = new D(denominator);
          const num = new D(2 * k - 1).plus(new D(nudge).times('2e-9')).div(20_000).times(den);
          const sn = scaledOf(num);
          const sd = scaledOf(den);
          if (!sn || !sd) return;
          const text = ratioText(sn, sd, 4);
          if (text !== undefined) expect(text).toBe(decimalString(num.div(den), 4));
        },
      ),
      { numRuns: 3000, seed: 16 },
    );
    expect(ratioText({ coefficient: 1, exponent: 0 }, { coefficient: 8, exponent: 0 }, 2)).toBe('0.13');
    expect(ratioText({ coefficient: 29, exponent: 0 }, { coefficient: 31, exponent: 0 }, 4)).toBe('0.9355');
    expect(ratioText({ coefficient: 1, exponent: 0 }, { coefficient: 3, exponent: 0 }, 4)).toBe('0.3333');
    expect(ratioText({ coefficient: 2, exponent: 0 }, { coefficient: 3, exponent: 0 }, 4)).toBe('0.6667');
    expect(ratioText({ coefficient: 1, exponent: 0 }, { coefficient: 40_000, exponent: 0 }, 4)).toBe('0');
    expect(ratioText({ coefficient: 1, exponent: 0 }, { coefficient: 20_000, exponent: 0 }, 4)).toBe('0.0001');
    expect(ratioText({ coefficient: 3, exponent: 0 }, { coefficient: 3, exponent: 0 }, 4)).toBe('1');
    // Outside its domain it declines rather than guess: negative, a quotient of 10 or more, 11 places.
    expect(ratioText({ coefficient: -1, exponent: 0 }, { coefficient: 3, exponent: 0 }, 4)).toBeUndefined();
    expect(ratioText({ coefficient: 10, exponent: 0 }, { coefficient: 1, exponent: 0 }, 4)).toBeUndefined();
    expect(ratioText({ coefficient: 1, exponent: 0 }, { coefficient: 3, exponent: 0 }, 11)).toBeUndefined();
  });

  it('the exact attainment text equals the printed 40-digit attainment for every comparison operator', () => {
    const operators: OperatorName[] = ['atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo'];
    let defined = 0;
    fc.assert(
      fc.property(fc.constantFrom(...operators), spelling, spelling, (operator, v, t) => {
        const value = new D(v);
        const threshold = new D(t);
        const text = comparisonAttainmentText(operator, value, threshold);
        const exact = comparisonAttainment(operator, value, threshold);
        const printed = exact === ONE ? '1' : decimalString(exact, 4);
        // Figures of up to 6 significant digits within 3 orders of magnitude of each other (as real data
        // against its threshold) always take the exact route; the rest may fall back to decimal.js.
        const near = Math.abs(value.e - threshold.e) <= 3 || value.isZero() || threshold.isZero();
        if (
          significant(value) <= 6 &&
          significant(threshold) <= 6 &&
          near &&
          !value.isNegative() &&
          !threshold.isNegative()
        )
          expect(text).toBeDefined();
        if (text === undefined) return;
        defined += 1;
        expect(text).toBe(printed);
      }),
      { numRuns: 6000, seed: 16 },
    );
    expect(defined).toBeGreaterThan(1000);
    expect(comparisonAttainmentText('atMost', new D(31), new D(29))).toBe('0.9355');
    expect(comparisonAttainmentText('atLeast', new D('94.99'), new D(95))).toBe('0.9999');
    expect(comparisonAttainmentText('moreThan', new D(150), new D(150))).toBe('1');
    expect(comparisonAttainmentText('atLeast', new D('-1'), new D(95))).toBe('0');
    expect(comparisonAttainmentText('atLeast', new D(`1.${'1'.repeat(20)}`), new D(95))).toBeUndefined();
  });
});
