import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalString, ONE, ZERO } from '../../src/core/decimal.js';
import { attainmentFigure } from '../../src/report/build.js';
import { plainSpellings } from './spellings.js';

// A report prints an attainment as `decimalString(a, 4)`; `attainmentFigure` reads a figure in [0, 1) from
// its first digit word. These hold it to decimalString on quotients, on every size of figure, and at the
// edges of rounding (…4999 and …5 in the 5th place, 0.99995 rounding to 1, the smallest figures).

describe('the printed attainment (attainmentFigure)', () => {
  it('prints 40-digit quotients in [0, 1] as decimalString does at 4 places', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 }), (a, b) => {
        const value = D.min(new D(a).div(b), ONE);
        expect(attainmentFigure(value)).toBe(decimalString(value, 4));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints any figure, either sign, any size, as decimalString does', () => {
    fc.assert(
      fc.property(plainSpellings({ points: 12 }), (text) => {
        const value = new D(text);
        expect(attainmentFigure(value)).toBe(decimalString(value, 4));
      }),
      { numRuns: 3000 },
    );
  });

  it('at the edges of rounding and of the first word (hand-checked)', () => {
    const cases: [string, string][] = [
      ['0.92784', '0.9278'],
      ['0.92785', '0.9279'],
      ['0.927849999999999999999999999999999999999', '0.9278'],
      ['0.99995', '1'],
      ['0.99994999', '0.9999'],
      ['0.5', '0.5'],
      ['0.05', '0.05'],
      ['0.00005', '0.0001'],
      ['0.000049999', '0'],
      ['0.0000001', '0'],
      ['0.00000001', '0'],
      ['0.10004', '0.1'],
      ['0.10005', '0.1001'],
      ['1', '1'],
      ['0', '0'],
      ['-0', '0'],
    ];
    for (const [text, printed] of cases) {
      expect(attainmentFigure(new D(text))).toBe(printed);
      expect(decimalString(new D(text), 4)).toBe(printed);
    }
    expect(attainmentFigure(ONE)).toBe('1');
    expect(attainmentFigure(ZERO)).toBe('0');
  });
});
