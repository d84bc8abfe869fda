import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, quotientByWord, wholeWord } from '../../src/core/decimal.js';
import { scaledOf, wordDivisor } from '../../src/core/scaled.js';

/** Plain spellings without a sign: 1 to 40 digits (runs of 9s to force carries), the point anywhere from 10^-30 to 10^30. */
const spelling = fc
  .record({
    digits: fc.oneof(
      fc.stringMatching(/^[1-9]\d{0,5}$/),
      fc.stringMatching(/^[1-9]\d{6,14}$/),
      fc.stringMatching(/^[1-9]\d{15,39}$/),
      fc.stringMatching(/^9{1,45}$/),
      fc.stringMatching(/^[1-9]9{20,45}[0-9]?$/),
      fc.stringMatching(/^[1-9]\d{0,3}0{1,20}$/),
    ),
    point: fc.integer({ min: -30, max: 30 }),
  })
  .map(({ digits, point }) => {
    if (point <= 0) return digits + '0'.repeat(-point);
    if (point >= digits.length) return `0.${'0'.repeat(point - digits.length)}${digits}`;
    return `${digits.slice(0, digits.length - point)}.${digits.slice(digits.length - point)}`;
  });

const divisor = fc.oneof(
  fc.integer({ min: 1, max: 9_999_999 }),
  fc.integer({ min: 1, max: 200 }),
  fc.constantFrom(1, 3, 7, 9, 11, 60, 90, 95, 98, 99, 100, 9_999_999, 3_333_333, 1_000_000),
);

/** The three fields decimal.js documents for a value: its digit words, exponent and sign. */
const fields = (d: Dec) => ({ d: d.d, e: d.e, s: d.s });

describe('a quotient by one word, as decimal.js divides', () => {
  it('has the digit words, exponent and sign of value.div(divisor), on long, tiny, huge and carrying values', () => {
    fc.assert(
      fc.property(spelling, divisor, fc.boolean(), (text, by, negative) => {
        const value = new D(negative ? `-${text}` : text);
        const expected = value.div(by);
        const q = quotientByWord(value, by) as Dec;
        expect(fields(q), `${text} / ${by}`).toEqual(fields(expected));
        expect(q.toString()).toBe(expected.toString());
        expect(q.eq(expected)).toBe(true);
      }),
      { numRuns: 8000, seed: 1618 },
    );
  });

  it('divides by a word shifted by any power of ten (92.5 is 925 over 10), as decimal.js divides by the figure', () => {
    fc.assert(
      fc.property(spelling, divisor, fc.integer({ min: -30, max: 30 }), fc.boolean(), (text, by, shift, negative) => {
        const value = new D(negative ? `-${text}` : text);
        // value × 10^shift / by is value / (by × 10^-shift).
        const expected = value.div(new D(by).times(new D(10).pow(-shift)));
        const q = quotientByWord(value, by, shift) as Dec;
        expect(fields(q), `${text} × 10^${shift} / ${by}`).toEqual(fields(expected));
      }),
      { numRuns: 8000, seed: 1621 },
    );
    expect(quotientByWord(new D('90.2'), 925, 1)?.toString()).toBe(new D('90.2').div('92.5').toString());
    expect(quotientByWord(new D('29'), 29963, 3)?.toString()).toBe(new D('29').div('29.963').toString());
    // A shift that carries into a new first word: 9999999 × 10 over 1.
    expect(quotientByWord(new D('9999999'), 1, 1)?.toString()).toBe('99999990');
  });

  it('reads a positive figure of up to 7 significant digits as a word and a shift, and no other', () => {
    const divisorOf = (text: string) => wordDivisor(scaledOf(new D(text)) as NonNullable<ReturnType<typeof scaledOf>>);
    expect(divisorOf('95')).toEqual({ word: 95, shift: 0 });
    expect(divisorOf('150')).toEqual({ word: 150, shift: 0 });
    expect(divisorOf('92.5')).toEqual({ word: 925, shift: 1 });
    expect(divisorOf('2.8')).toEqual({ word: 28, shift: 1 });
    expect(divisorOf('0.001')).toEqual({ word: 1, shift: 3 });
    expect(divisorOf('9999999')).toEqual({ word: 9_999_999, shift: 0 });
    expect(divisorOf('90000000')).toEqual({ word: 9, shift: -7 });
    expect(divisorOf('12345678')).toBeUndefined();
    expect(divisorOf('1.234567')).toEqual({ word: 1_234_567, shift: 6 });
    expect(divisorOf('1.2345678')).toBeUndefined();
    expect(divisorOf('-3')).toBeUndefined();
    expect(divisorOf('0')).toBeUndefined();
  });

  it('rounds the 40th digit half-up, carrying through whole words into a new first one', () => {
    expect(quotientByWord(new D('92.7'), 95)?.toString()).toBe('0.9757894736842105263157894736842105263158');
    expect(quotientByWord(new D(1), 3)?.toString()).toBe(`0.${'3'.repeat(40)}`);
    expect(quotientByWord(new D(2), 3)?.toString()).toBe(`0.${'6'.repeat(39)}7`);
    expect(quotientByWord(new D(1), 4)?.toString()).toBe('0.25');
    // 41 nines over 1: the 41st digit rounds the 40 before it up to 10^41.
    const carried = quotientByWord(new D('9'.repeat(41)), 1) as Dec;
    expect(carried.toString()).toBe(`1${'0'.repeat(41)}`);
    expect(fields(carried)).toEqual(fields(new D('9'.repeat(41)).div(1)));
    // A carry that stops inside a word: …49999995 rounds to …5.
    expect(quotientByWord(new D(`0.${'1'.repeat(39)}49`), 1)?.toString()).toBe(`0.${'1'.repeat(39)}5`);
    expect(quotientByWord(new D('1e-30'), 9_999_999)?.eq(new D('1e-30').div(9_999_999))).toBe(true);
  });

  it('keeps the sign of a negative value, and declines zero, which the caller divides as before', () => {
    expect(quotientByWord(new D(-3), 2)?.toString()).toBe('-1.5');
    expect(quotientByWord(new D(-2), 3)?.toString()).toBe(`-0.${'6'.repeat(39)}7`);
    expect(quotientByWord(new D(0), 95)).toBeUndefined();
  });

  it('takes as a divisor exactly the whole numbers from 1 to 9,999,999', () => {
    expect(wholeWord(new D('95'))).toBe(95);
    expect(wholeWord(new D('1'))).toBe(1);
    expect(wholeWord(new D('1000000'))).toBe(1_000_000);
    expect(wholeWord(new D('9999999'))).toBe(9_999_999);
    for (const refused of ['10000000', '95.5', '0.5', '0', '-3', '12345678'])
      expect(wholeWord(new D(refused)), refused).toBeUndefined();
    fc.assert(
      fc.property(spelling, fc.boolean(), (text, negative) => {
        const value = new D(negative ? `-${text}` : text);
        const whole = value.isInteger() && value.gte(1) && value.lt(10_000_000);
        expect(wholeWord(value)).toBe(whole ? value.toNumber() : undefined);
      }),
      { numRuns: 3000, seed: 1620 },
    );
  });
});
