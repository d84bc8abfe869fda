import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { SCALED_DIGITS, scaledOf } from '../../src/core/scaled.js';
import { plainSpellings } from './spellings.js';

/**
 * What scaledOf must give, worked out from decimal.js's own printing: the significant digits without
 * trailing zeros as the coefficient, the power of ten that puts them back, undefined past 15 digits.
 */
function expectedScaled(text: string): { coefficient: number; exponent: number } | undefined {
  const x = new D(text);
  if (x.isZero()) return { coefficient: 0, exponent: 0 };
  const digits = x.abs().toFixed().replace('.', '').replace(/^0+/, '');
  const significant = digits.replace(/0+$/, '');
  if (significant.length > SCALED_DIGITS) return undefined;
  const exponent = x.e - significant.length + 1;
  return { coefficient: (x.isNegative() ? -1 : 1) * Number(significant), exponent };
}

describe('a Decimal as a scaled integer (scaledOf), the last word read by remainders', () => {
  it('gives the significant digits and their power of ten on any spelling, undefined past 15 digits', () => {
    fc.assert(
      fc.property(
        fc.oneof(plainSpellings(), plainSpellings({ digits: [fc.stringMatching(/^[1-9]\d{0,8}0{0,8}$/)], points: 16 })),
        (text) => {
          expect(scaledOf(new D(text)), text).toEqual(expectedScaled(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts every width of trailing zeros in the last word (0 to 6)', () => {
    // 85.23 is the words 85 and 2300000 (five zeros); 1.0000001 ends in the word 1 (none); 1.1 in 1000000 (six).
    expect(scaledOf(new D('85.23'))).toEqual({ coefficient: 8523, exponent: -2 });
    expect(scaledOf(new D('1.0000001'))).toEqual({ coefficient: 10000001, exponent: -7 });
    expect(scaledOf(new D('1.1'))).toEqual({ coefficient: 11, exponent: -1 });
    expect(scaledOf(new D('-12.000012'))).toEqual({ coefficient: -12000012, exponent: -6 });
    expect(scaledOf(new D('10000000.5'))).toEqual({ coefficient: 100000005, exponent: -1 });
    expect(scaledOf(new D('95000'))).toEqual({ coefficient: 95, exponent: 3 });
    expect(scaledOf(new D('123456789012345.6'))).toBeUndefined();
    expect(scaledOf(new D('12345678901234.50'))).toEqual({ coefficient: 123456789012345, exponent: -1 });
  });
});
