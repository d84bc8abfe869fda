import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalString } from '../../src/core/decimal.js';
import { englishNoun } from '../../src/locales/en.js';

/** Digits with runs of 9s and 4s/5s where rounding carries or ties, the point anywhere, either sign. */
const spelling = fc
  .record({
    negative: fc.boolean(),
    digits: fc.oneof(
      fc.stringMatching(/^[1-9]\d{0,44}$/),
      fc.stringMatching(/^9{1,20}[5-9]\d{0,10}$/),
      fc.stringMatching(/^[1-9]\d{0,6}(49{1,12}|50{0,12})$/),
    ),
    exponent: fc.integer({ min: -40, max: 40 }),
  })
  .map(({ negative, digits, exponent }) => `${negative ? '-' : ''}${digits}e${exponent}`);

/** What decimal.js itself prints: the reference the fast rounding must match byte for byte. */
const reference = (text: string, places: number): string =>
  new D(text).toDecimalPlaces(places, D.ROUND_HALF_UP).toString();

describe('decimalString', () => {
  it('prints what decimal.js prints after rounding half-up, on random spellings of up to 45 digits', () => {
    fc.assert(
      fc.property(spelling, fc.integer({ min: 0, max: 12 }), (text, places) => {
        expect(decimalString(new D(text), places)).toBe(reference(text, places));
      }),
      { numRuns: 20000, seed: 16 },
    );
  });

  it('carries, ties away from zero, and rounds to zero without a sign', () => {
    const cases: Array<[string, number, string]> = [
      ['0.99995', 4, '1'],
      ['9.99995', 4, '10'],
      ['-9.99995', 4, '-10'],
      ['0.00005', 4, '0.0001'],
      ['-0.00005', 4, '-0.0001'],
      ['0.000049999', 4, '0'],
      ['-0.000049999', 4, '0'],
      ['0.0000001', 4, '0'],
      ['0.5', 0, '1'],
      ['-0.5', 0, '-1'],
      ['0.4999999', 0, '0'],
      ['2.666666666666666666666666666666666666667', 4, '2.6667'],
      ['1.23449', 4, '1.2345'],
      ['1.234449', 4, '1.2344'],
      ['10.10001', 4, '10.1'],
      ['123456789.00004', 4, '123456789'],
    ];
    for (const [text, places, want] of cases) {
      expect(decimalString(new D(text), places)).toBe(want);
      expect(want).toBe(reference(text, places));
    }
  });
});

describe('englishNoun', () => {
  const PLURAL = new Intl.PluralRules('en');
  it('takes the singular exactly where Intl.PluralRules says "one", for numbers and digit strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true }),
          fc.integer({ min: -3, max: 3 }),
          fc.double({ min: 0.98, max: 1.02, noNaN: true }),
          fc.double({ min: -1.02, max: -0.98, noNaN: true }),
          fc.constantFrom(1, -1, 1.5, 0.1, 1e21, 1.0000001),
        ),
        (n) => {
          const one = PLURAL.select(n) === 'one';
          expect(englishNoun(n, 'items')).toBe(one ? 'item' : 'items');
          expect(englishNoun(String(n), 'items')).toBe(PLURAL.select(Number(String(n))) === 'one' ? 'item' : 'items');
        },
      ),
      { numRuns: 5000, seed: 16 },
    );
    // Around ±1, where Intl's rounding to 3 decimals decides, and just outside the span that skips it.
    for (const n of [0.9949, 0.99, 0.995, 0.99949, 0.9995, 1.0004999, 1.0005, 1.0099, 1.01, -0.9995, -1.01]) {
      expect(englishNoun(n, 'items')).toBe(PLURAL.select(n) === 'one' ? 'item' : 'items');
    }
    expect(englishNoun(1.0000001, 'items')).toBe('item');
    expect(englishNoun('1,000', 'items')).toBe('items');
    expect(englishNoun('1', 'percentage points')).toBe('percentage point');
    expect(englishNoun('-1', 'items')).toBe('item');
    expect(englishNoun('1.0', 'items')).toBe('item');
    expect(englishNoun('0', 'items')).toBe('items');
  });
});
