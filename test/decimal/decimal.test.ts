import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, toDecimal } from '../../src/core/decimal.js';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([neg, digits, places]) => {
    const s = digits.toString().padStart(places + 1, '0');
    const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
    return neg ? `-${text}` : text;
  });

describe('toDecimal parses each spelling once and always gives the exact value', () => {
  it('gives the same exact value on the first call and on every cached call after it', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const first = toDecimal(text);
        const again = toDecimal(text);
        expect(first.eq(new D(text))).toBe(true);
        expect(again.toString()).toBe(first.toString());
      }),
      { numRuns: 500 },
    );
  });

  it('keeps numbers and strings apart only by value: 95, "95" and "95.0" are all 95', () => {
    expect(toDecimal(95).toString()).toBe('95');
    expect(toDecimal('95').toString()).toBe('95');
    expect(toDecimal('95.0').eq(toDecimal(95))).toBe(true);
    expect(toDecimal(0.1).toString()).toBe('0.1');
  });

  it('stays correct past its size limit (a stream of distinct figures)', () => {
    const texts = Array.from({ length: 70_000 }, (_, i) => `${i}.25`);
    for (const t of texts) toDecimal(t);
    expect(toDecimal('3.25').toString()).toBe('3.25');
    expect(toDecimal('69999.25').toString()).toBe('69999.25');
  });

  it('still refuses a malformed string or a non-finite number, however often it is asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(() => toDecimal('1e5')).toThrow(RangeError);
      expect(() => toDecimal('ninety')).toThrow(RangeError);
      expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
      expect(() => toDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    }
  });
});

describe('decimal strings never use exponent notation', () => {
  it('prints very large and very small figures as plain digits', () => {
    expect(toDecimal(1e45).toString()).toBe(`1${'0'.repeat(45)}`);
    expect(toDecimal('0.000000000000000000000000000000000000000004').toString()).toBe(`0.${'0'.repeat(41)}4`);
    expect(D(4e-323).toString()).not.toMatch(/e/i);
    expect(toDecimal(-1e21).toString()).toBe(`-1${'0'.repeat(21)}`);
  });
});
