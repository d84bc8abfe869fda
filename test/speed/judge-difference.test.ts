import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, plainString } from '../../src/core/decimal.js';
import {
  difference,
  type Scaled,
  scaledDecimal,
  scaledDifference,
  scaledOf,
  scaledPlain,
} from '../../src/core/scaled.js';
import { gapTexts, gapTextsOfPlain } from '../../src/core/unit-format.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { comparisonOf, measureAgainst } from '../../src/kinds/measurement.js';
import type { OperatorName } from '../../src/kinds/operators.js';
import { plainSpellings } from './spellings.js';

/** decimal.js's documented fields of a Decimal, compared field by field. */
const fields = (d: Dec) => ({ d: d.d, e: d.e, s: d.s });

/** Random spellings (1 to 34 digits, 10^-22 to 10^22, either sign), figures of a few digits near each other, zeros. */
const spelling = fc.oneof(
  plainSpellings(),
  plainSpellings({ digits: [fc.stringMatching(/^[1-9]\d{0,6}$/)], points: 8 }),
  fc.constantFrom('0', '-0', '95', '95.0000', '-95', '1234567.1234567', '9999999', '10000000', '0.0000001'),
);

describe('a difference of two Decimals from scaled integers', () => {
  it('has the fields and the printed text of decimal.js minus, whichever route it takes', () => {
    let scaled = 0;
    fc.assert(
      fc.property(spelling, spelling, (a, b) => {
        const x = new D(a);
        const y = new D(b);
        const expected = x.minus(y);
        const got = difference(x, y);
        expect(fields(got), `${a} - ${b}`).toEqual(fields(expected));
        expect(plainString(got)).toBe(expected.toString());
        const sx = scaledOf(x);
        const sy = scaledOf(y);
        const s = sx && sy && scaledDifference(sx, sy);
        if (s) {
          scaled += 1;
          expect(scaledPlain(s), `${a} - ${b}`).toBe(expected.toString());
          expect(Number.isSafeInteger(s.coefficient)).toBe(true);
        }
      }),
      { numRuns: 20_000, seed: 1615 },
    );
    // Most pairs of short figures go the scaled route; the property is not only about the fallback.
    expect(scaled).toBeGreaterThan(5_000);
  });

  it('declines where aligning or subtracting passes 2^53, and leaves those to decimal.js', () => {
    const s = (text: string) => scaledOf(new D(text)) as Scaled;
    // 15 digits and a point 8 places apart: the aligned coefficient would need 23 digits.
    expect(scaledDifference(s('123456789012345'), s('0.00000001'))).toBeUndefined();
    expect(scaledDifference(s('9007199254740991'.slice(0, 15)), s('-900719925474099'))).toEqual({
      coefficient: 900719925474099 + 900719925474099,
      exponent: 0,
    });
    // 2^53 - 1 is the largest safe sum; one more declines.
    expect(
      scaledDifference({ coefficient: 4503599627370496, exponent: 0 }, { coefficient: -4503599627370495, exponent: 0 }),
    ).toEqual({
      coefficient: 9007199254740991,
      exponent: 0,
    });
    expect(
      scaledDifference({ coefficient: 4503599627370496, exponent: 0 }, { coefficient: -4503599627370496, exponent: 0 }),
    ).toBeUndefined();
    expect(fields(difference(new D('123456789012345'), new D('0.00000001')))).toEqual(
      fields(new D('123456789012344.99999999')),
    );
  });

  it('writes zero as minus does, and each digit word where decimal.js puts it', () => {
    expect(fields(difference(new D('95'), new D('95.000')))).toEqual(fields(new D(95).minus(95)));
    expect(fields(difference(new D('-0'), new D('0')))).toEqual(fields(new D('-0').minus(0)));
    expect(scaledPlain({ coefficient: 0, exponent: 0 })).toBe('0');
    // Word edges: 7 digits, 8 digits, a zero word in the middle, a value below 10^-7.
    for (const text of ['9999999', '10000000', '1.0000001', '10000000.0000001', '0.00000012', '-123456789012345']) {
      expect(fields(scaledDecimal(scaledOf(new D(text)) as Scaled)), text).toEqual(fields(new D(text)));
    }
    expect(scaledPlain({ coefficient: -114955, exponent: -6 })).toBe('-0.114955');
    expect(scaledPlain({ coefficient: 25, exponent: 3 })).toBe('25000');
    expect(scaledPlain({ coefficient: 114955, exponent: -4 })).toBe('11.4955');
  });
});

describe('an unmet comparison measured with a scaled gap', () => {
  const units = ['%', '亿元', '万平方米', '家', 'μg/m³', 'fraction'].map((u) => parseUnit(u) as Unit);
  const operators: OperatorName[] = ['atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo'];
  const observed = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

  it('carries the gap decimal.js subtracts, field by field, and the texts gapTexts prints for it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...operators), spelling, spelling, fc.constantFrom(...units), (op, a, b, unit) => {
        const value = new D(a);
        const threshold = new D(b);
        const m = measureAgainst(comparisonOf(op, threshold, unit), value, false, observed);
        const better = op === 'atLeast' || op === 'moreThan';
        const lower = op === 'atMost' || op === 'lessThan';
        const gap = better ? threshold.minus(value) : lower ? value.minus(threshold) : value.minus(threshold).abs();
        expect(fields(m.gap as Dec), `${op} ${a} ${b}`).toEqual(fields(gap));
        expect(m.gapText, `${op} ${a} ${b} ${unit.symbol}`).toEqual(gapTexts(gap, unit));
        expect(m.notes.length).toBe(gap.isZero() ? 1 : 0);
      }),
      { numRuns: 10_000, seed: 1616 },
    );
  });

  it('prints a gap of up to 4 decimals from its own digits as gapTexts prints the Decimal', () => {
    const pct = parseUnit('%') as Unit;
    const yi = parseUnit('亿元') as Unit;
    for (const text of ['6.4955', '0.0001', '1', '11.4955', '123456789.5', '0.5']) {
      const plain = scaledPlain(scaledOf(new D(text)) as Scaled);
      expect(gapTextsOfPlain(new D(text), plain, pct)).toEqual(gapTexts(new D(text), pct));
      expect(gapTextsOfPlain(new D(text), plain, yi)).toEqual(gapTexts(new D(text), yi));
    }
    expect(gapTextsOfPlain(new D('1'), '1', pct)).toEqual({
      'zh-Hans': '1个百分点',
      'zh-Hant': '1個百分點',
      en: '1 percentage point',
    });
    expect(gapTextsOfPlain(new D('0.025'), '0.025', parseUnit('fraction') as Unit).en).toBe('2.5 percentage points');
  });
});
