import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, gapString } from '../../src/core/decimal.js';
import { gapFigure } from '../../src/report/build.js';
import { plainSpellings } from './spellings.js';

// A report prints a gap as `gapString(gap, 10)`; `gapFigure` prints a gap of at most one digit word after
// the point straight away. These hold it to `gapString` on every size of figure, at the edges of that word.

describe('the printed gap (gapFigure)', () => {
  it('prints every figure as gapString does at 10 places', () => {
    fc.assert(
      fc.property(plainSpellings(), (text) => {
        const gap = new D(text);
        expect(gapFigure(gap)).toBe(gapString(gap, 10));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints 40-digit quotients, as gaps of trends and benchmarks are, as gapString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 6 }), (a, b) => {
        const gap = new D(a).div(b);
        expect(gapFigure(gap)).toBe(gapString(gap, 10));
      }),
    );
  });

  it('at the edges of the first digit word after the point and of 10 places', () => {
    const cases: [string, string][] = [
      ['6.4955', '6.4955'],
      ['0.0000001', '0.0000001'], // 7 places: the last digit of the first word
      ['0.00000001', '0.00000001'], // 8 places: the second word, still within 10
      ['1.1234567', '1.1234567'],
      ['1.12345678', '1.12345678'],
      ['1.12345678904', '1.123456789'], // 11 places, rounded down at 10
      ['1.12345678905', '1.1234567891'], // rounded half up
      ['0.000000000001', '0.000000000001'], // would round to 0 at 10 places: printed whole
      ['12345678.5', '12345678.5'],
      ['100', '100'],
      ['0', '0'],
      ['-0', '0'],
    ];
    for (const [text, printed] of cases) {
      expect(gapFigure(new D(text))).toBe(printed);
      expect(gapString(new D(text), 10)).toBe(printed);
    }
  });
});
