import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalString } from '../../src/core/decimal.js';
import { plainIsFarFromOne } from '../../src/core/unit-format.js';
import { englishNoun } from '../../src/locales/en.js';

const PLURAL = new Intl.PluralRules('en');

/** What the shortcut stands in for: the noun English puts after the count, and whether Intl calls it one. */
function fullRoute(plain: string): { noun: string; one: boolean } {
  return { noun: englishNoun(plain, 'batches'), one: PLURAL.select(Number(plain)) === 'one' };
}

describe('plainIsFarFromOne (the plural shortcut of unit texts)', () => {
  it('reads hand-checked figures on both sides of every edge', () => {
    const far = ['0', '0.5', '0.89', '-0.8999', '2', '-2', '10', '-10', '19.99', '100', '1000000', '5', '9.9999'];
    const near = ['1', '-1', '1.5', '1.9999', '-1.0001', '0.9', '0.99', '0.9995', '-0.9999', '0.95'];
    for (const plain of far) expect(plainIsFarFromOne(plain), plain).toBe(true);
    for (const plain of near) expect(plainIsFarFromOne(plain), plain).toBe(false);
  });

  it('never skips a count English would call one, on decimalString spellings of random figures', () => {
    const figure = fc.oneof(
      fc.constantFrom('1', '-1', '0.9995', '1.0004', '1.0005', '0.99949', '0.9', '2', '0.01'),
      fc
        .tuple(fc.integer({ min: -3_000_000, max: 3_000_000 }), fc.integer({ min: 0, max: 9 }))
        .map(([n, scale]) => new D(n).div(10 ** scale).toString()),
    );
    fc.assert(
      fc.property(figure, fc.integer({ min: 0, max: 6 }), (spelling, places) => {
        const plain = decimalString(new D(spelling), places);
        if (!plainIsFarFromOne(plain)) return;
        expect(fullRoute(plain)).toEqual({ noun: 'batches', one: false });
      }),
      { numRuns: 3000 },
    );
  });

  it('still sends figures that Intl rounds to one down the full route', () => {
    for (const plain of ['1.0001', '0.9999', '-1.0004']) {
      expect(plainIsFarFromOne(plain)).toBe(false);
      expect(fullRoute(plain)).toEqual({ noun: 'batch', one: true });
    }
  });
});
