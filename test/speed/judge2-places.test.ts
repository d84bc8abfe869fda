import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalString, placesOf, plainString } from '../../src/core/decimal.js';
import { plainSpellings } from './spellings.js';

/** Spellings of 1 to 45 digits at any scale, results of decimal.js arithmetic (40 digits), and the edge cases. */
const spelling = fc.oneof(
  plainSpellings(),
  plainSpellings({ digits: [fc.stringMatching(/^[1-9]\d{30,44}$/)], points: 60 }),
  plainSpellings({ digits: [fc.stringMatching(/^[1-9]0{0,20}$/)], points: 30 }),
  fc.constantFrom('0', '-0', '1', '10', '0.1', '1000000', '10000000', '0.0000001', '1234567.1000000', '85.23', '-0.5'),
);

describe('decimal places from the fields (placesOf)', () => {
  it('equals decimal.js decimalPlaces() on any spelling and on decimal.js results', () => {
    fc.assert(
      fc.property(spelling, spelling, (a, b) => {
        const x = new D(a);
        expect(placesOf(x), a).toBe(x.decimalPlaces());
        const quotient = new D(b).isZero() ? x : x.div(b);
        expect(placesOf(quotient), `${a}/${b}`).toBe(quotient.decimalPlaces());
        const product = x.times(b);
        expect(placesOf(product)).toBe(product.decimalPlaces());
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the trailing zeros of the last word at every width, and NaN for what has no digits', () => {
    // The last word of 1.1 is 1000000 (6 zeros); of 1.0000001 it is 1 (none); 12.5 is 12 and 5000000.
    expect(placesOf(new D('1.1'))).toBe(1);
    expect(placesOf(new D('1.0000001'))).toBe(7);
    expect(placesOf(new D('1.000001'))).toBe(6);
    expect(placesOf(new D('12.50'))).toBe(1);
    expect(placesOf(new D('1234567.1234567'))).toBe(7);
    expect(placesOf(new D('1000000'))).toBe(0);
    expect(placesOf(new D('-0'))).toBe(0);
    expect(placesOf(new D('NaN'))).toBeNaN();
    expect(placesOf(new D('Infinity'))).toBeNaN();
  });

  it('keeps printing and rounding as decimal.js does (plainString, decimalString)', () => {
    fc.assert(
      fc.property(spelling, fc.integer({ min: 0, max: 12 }), (a, places) => {
        const x = new D(a);
        expect(plainString(x)).toBe(x.toString());
        expect(decimalString(x, places)).toBe(x.toDecimalPlaces(places, D.ROUND_HALF_UP).toString());
      }),
      { numRuns: 2000 },
    );
  });
});
