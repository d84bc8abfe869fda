import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { decimalFromText, shiftedDecimal, shiftedDecimalText } from '../../src/core/decimal-text.js';

/** The pattern the validator (and zod's DecimalInputSchema) holds a figure's spelling to. */
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Plain spellings: any sign, leading and trailing zeros, 1 to 40 digits, the point anywhere or nowhere. */
const plain = fc
  .record({
    sign: fc.constantFrom('', '-', '+'),
    digits: fc.oneof(
      fc.stringMatching(/^\d{1,9}$/),
      fc.stringMatching(/^0{0,5}[1-9]\d{0,20}0{0,12}$/),
      fc.stringMatching(/^\d{10,40}$/),
      fc.stringMatching(/^0{1,9}$/),
    ),
    point: fc.integer({ min: -1, max: 41 }),
  })
  .map(({ sign, digits, point }) => {
    if (point < 0 || point > digits.length) return sign + digits;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  });

/** Texts near plain spellings: the characters a figure is written with, in any order. */
const nearPlain = fc.stringMatching(/^[-+.\de ]{0,8}$/);

const fields = (d: Dec) => ({ d: d.d, e: d.e, s: d.s });

describe('a Decimal read from a plain spelling with its point moved, in one pass', () => {
  it('is new D(text) times 10^places, its fields and sign of zero decimal.js’s', () => {
    fc.assert(
      fc.property(plain, fc.integer({ min: -30, max: 30 }), (text, places) => {
        const actual = shiftedDecimal(text, places);
        const expected = new D(shiftedDecimalText(text, places));
        expect(actual, text).toBeInstanceOf(D);
        expect(fields(actual as Dec), `${text} ${places}`).toEqual(fields(expected));
        expect(Object.keys(actual as Dec)).toEqual(Object.keys(expected));
        // Moving the point is multiplying by a power of ten, exactly (decimal.js keeps -0 × 10^k negative).
        const product = new D(text).times(new D(10).pow(places));
        expect(fields(actual as Dec)).toEqual(fields(product));
      }),
      { numRuns: 20_000, seed: 1613 },
    );
  });

  it('answers exactly for the spellings the validator takes, and undefined for every other text', () => {
    fc.assert(
      fc.property(fc.oneof(nearPlain, plain), fc.integer({ min: -4, max: 4 }), (text, places) => {
        const actual = shiftedDecimal(text, places);
        if (!PLAIN.test(text)) expect(actual, JSON.stringify(text)).toBeUndefined();
        else expect(actual?.toString(), text).toBe(new D(text).times(new D(10).pow(places)).toString());
      }),
      { numRuns: 20_000, seed: 1614 },
    );
  });

  it('refuses by hand the texts just outside the pattern and reads those just inside it', () => {
    for (const text of [
      '',
      '.',
      '-',
      '+',
      '-.',
      '+.',
      '..5',
      '5..',
      '.5.',
      '1e5',
      '1E5',
      ' 5',
      '5 ',
      '0x1',
      '５',
      '--5',
    ])
      expect(shiftedDecimal(text, 0), JSON.stringify(text)).toBeUndefined();
    const read = (text: string, places: number) => fields(shiftedDecimal(text, places) as Dec);
    expect(read('5.', 0)).toEqual({ d: [5], e: 0, s: 1 });
    expect(read('.5', 0)).toEqual({ d: [5_000_000], e: -1, s: 1 });
    expect(read('29.27', 4)).toEqual({ d: [292_700], e: 5, s: 1 });
    expect(read('0.9997', 2)).toEqual({ d: [99, 9_700_000], e: 1, s: 1 });
    expect(read('-0', 3)).toEqual({ d: [0], e: 0, s: -1 });
    expect(read('+0.00', -2)).toEqual({ d: [0], e: 0, s: 1 });
    // Seven digits fill one word; the eighth starts the next, and trailing zero words are dropped.
    expect(read('1234567', 0)).toEqual({ d: [1_234_567], e: 6, s: 1 });
    expect(read('12345678', 0)).toEqual({ d: [1, 2_345_678], e: 7, s: 1 });
    expect(read('1.00000000000000', 0)).toEqual({ d: [1], e: 0, s: 1 });
    expect(read('0.0000001', 7)).toEqual({ d: [1], e: 0, s: 1 });
  });

  it('leaves decimalFromText as it was: plain spellings read, anything else to decimal.js (which may throw)', () => {
    expect(fields(decimalFromText('-098.50'))).toEqual({ d: [98, 5_000_000], e: 1, s: -1 });
    expect(fields(decimalFromText('1e5'))).toEqual(fields(new D('1e5')));
    expect(() => decimalFromText('5..5')).toThrow(/DecimalError/);
  });
});
