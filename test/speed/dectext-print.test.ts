import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, decimalString, gapString, plainString, visiblePlaces } from '../../src/core/decimal.js';
import { decimalFromText } from '../../src/core/decimal-text.js';
import { plainSpellings } from './spellings.js';

/**
 * Plain spellings with either sign: 1 to 45 significant digits (runs of 9s, zeros inside and at the end),
 * the point anywhere from 10^-60 to 10^60, zero with and without a sign.
 */
const spelling = plainSpellings({
  digits: [
    fc.stringMatching(/^[1-9]\d{0,6}$/),
    fc.stringMatching(/^[1-9]\d{7,20}$/),
    fc.stringMatching(/^[1-9]\d{21,44}$/),
    fc.stringMatching(/^9{1,45}$/),
    fc.stringMatching(/^[1-9]0{1,30}[1-9]?$/),
    fc.stringMatching(/^[1-9]\d{0,8}0{1,20}$/),
    fc.constant('0'),
  ],
  points: 60,
});

describe('a Decimal printed straight from its digit words, as decimal.js prints it', () => {
  it('prints what toString() prints for parsed spellings', () => {
    fc.assert(
      fc.property(spelling, (text) => {
        const value = new D(text);
        expect(plainString(value), text).toBe(value.toString());
        expect(plainString(decimalFromText(text)), text).toBe(value.toString());
      }),
      { numRuns: 20_000, seed: 1613 },
    );
  });

  it('prints what toString() prints for results of arithmetic (sums, products, 40-digit quotients)', () => {
    fc.assert(
      fc.property(spelling, spelling, (a, b) => {
        const x = new D(a);
        const y = new D(b);
        for (const value of [x.plus(y), x.minus(y), x.times(y), y.isZero() ? x : x.div(y)])
          expect(plainString(value), `${a} ${b}`).toBe(value.toString());
      }),
      { numRuns: 5_000, seed: 1614 },
    );
  });

  it('prints zero of either sign as "0" and the boundaries of the word holding the units digit', () => {
    expect(plainString(new D('-0'))).toBe('0');
    expect(plainString(new D('-0.000'))).toBe('0');
    expect(plainString(new D(0).neg())).toBe('0');
    expect(plainString(new D('-98.50'))).toBe('-98.5');
    expect(plainString(new D('007'))).toBe('7');
    expect(plainString(new D('.5'))).toBe('0.5');
    expect(plainString(new D('0.00000001'))).toBe('0.00000001');
    expect(plainString(new D('100000000000000'))).toBe('100000000000000');
    expect(plainString(new D('9999999.0000001'))).toBe('9999999.0000001');
    expect(plainString(new D('10000000.05'))).toBe('10000000.05');
    expect(plainString(new D('0.1234567'))).toBe('0.1234567');
    expect(plainString(new D('0.12345678'))).toBe('0.12345678');
    expect(plainString(new D(1).div(3))).toBe('0.3333333333333333333333333333333333333333');
    for (let e = -16; e <= 16; e++) {
      const one = new D(10).pow(e);
      expect(plainString(one), `10^${e}`).toBe(one.toString());
      const near = one.times('1.05');
      expect(plainString(near), `1.05 × 10^${e}`).toBe(near.toString());
    }
  });

  it('prints each value its own text when values alternate or repeat (the last printed is remembered)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 30 }),
        fc.array(spelling, { minLength: 5, maxLength: 5 }),
        (order, texts) => {
          const values = texts.map((t) => new D(t));
          for (const i of order) expect(plainString(values[i] as Dec)).toBe((values[i] as Dec).toString());
        },
      ),
      { numRuns: 2_000, seed: 1616 },
    );
    const a = new D('98.5');
    const b = new D('-0.05');
    expect([plainString(a), plainString(a), plainString(b), plainString(a), plainString(b)]).toEqual([
      '98.5',
      '98.5',
      '-0.05',
      '98.5',
      '-0.05',
    ]);
  });

  it('leaves NaN and the infinities to decimal.js', () => {
    for (const value of [new D(Number.NaN), new D(Number.POSITIVE_INFINITY), new D(Number.NEGATIVE_INFINITY)])
      expect(plainString(value)).toBe(value.toString());
  });

  it('is what decimalString prints for a value already within its places', () => {
    fc.assert(
      fc.property(spelling, fc.integer({ min: 0, max: 60 }), (text, places) => {
        const value = new D(text);
        expect(decimalString(value, places), `${text} @${places}`).toBe(
          value.toDecimalPlaces(places, D.ROUND_HALF_UP).toString(),
        );
      }),
      { numRuns: 10_000, seed: 1615 },
    );
  });

  it('widens a gap to all its places exactly where decimal.js would round it to zero', () => {
    fc.assert(
      fc.property(spelling, fc.integer({ min: 0, max: 30 }), (text, places) => {
        const value = new D(text);
        const all = value.decimalPlaces();
        const zero = all > places && value.toDecimalPlaces(places, D.ROUND_HALF_UP).isZero();
        expect(visiblePlaces(value, places), `${text} @${places}`).toBe(zero ? all : places);
        expect(gapString(value, places)).toBe(value.toDecimalPlaces(zero ? all : places, D.ROUND_HALF_UP).toString());
      }),
      { numRuns: 10_000, seed: 1619 },
    );
    // Half a unit in the last place rounds up (stays visible); just under it rounds to zero.
    expect(visiblePlaces(new D('0.00005'), 4)).toBe(4);
    expect(visiblePlaces(new D('-0.00005'), 4)).toBe(4);
    expect(visiblePlaces(new D('0.0000499999999'), 4)).toBe(13);
    expect(visiblePlaces(new D('0.00000001'), 4)).toBe(8);
    expect(visiblePlaces(new D('0.00012'), 4)).toBe(4);
    expect(gapString(new D('0.00004'), 4)).toBe('0.00004');
    expect(gapString(new D('0.00005'), 4)).toBe('0.0001');
    expect(visiblePlaces(new D(Number.NaN), 4)).toBe(4);
  });
});
