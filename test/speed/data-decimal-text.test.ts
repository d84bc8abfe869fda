import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { powerOfTen, shiftedDecimalText } from '../../src/core/decimal-text.js';

/**
 * Plain decimal spellings as data sets write them: either sign or none, leading and trailing zeros, '.5'
 * and '5.', up to 34 digits, the point anywhere.
 */
const spelling = fc
  .record({
    sign: fc.constantFrom('', '-', '+'),
    leading: fc.stringMatching(/^0{0,3}$/),
    digits: fc.oneof(
      fc.stringMatching(/^\d{1,6}$/),
      fc.stringMatching(/^[1-9]\d{14,33}$/),
      fc.stringMatching(/^[1-9]\d{0,4}0{1,12}$/),
      fc.constant('0'),
    ),
    point: fc.integer({ min: -1, max: 40 }),
    form: fc.constantFrom('plain', 'bare-fraction', 'bare-point'),
  })
  .map(({ sign, leading, digits, point, form }) => {
    const body = leading + digits;
    // `point` digits from the end; -1 leaves no point at all.
    if (point < 0) return sign + body;
    if (form === 'bare-fraction') return `${sign}.${digits}`;
    if (form === 'bare-point') return `${sign}${body}.`;
    const at = Math.max(0, body.length - point);
    const whole = body.slice(0, at) || '0';
    return `${sign}${whole}.${'0'.repeat(Math.max(0, point - body.length))}${body.slice(at)}`;
  });

/** Value and sign (a negative zero stays negative), and the printed form. */
const same = (actual: Dec, expected: Dec) => {
  expect(actual.eq(expected)).toBe(true);
  expect(actual.isNegative()).toBe(expected.isNegative());
  expect(actual.toString()).toBe(expected.toString());
};

describe('decimal spellings shifted by a power of ten', () => {
  it('shiftedDecimalText(t, k) parses to new D(t).times(10^k), sign of zero included', () => {
    fc.assert(
      fc.property(spelling, fc.integer({ min: -40, max: 40 }), (text, places) => {
        const expected = new D(text).times(new D(10).pow(places));
        const shifted = shiftedDecimalText(text, places);
        expect(shifted).toMatch(/^[+-]?(\d+(\.\d*)?|\.\d+)$/);
        same(new D(shifted), expected);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('matches times then div by the factors, as convertValue computes a conversion', () => {
    fc.assert(
      fc.property(spelling, fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 }), (text, f, t) => {
        const from = new D(10).pow(f);
        const to = new D(10).pow(t);
        same(new D(shiftedDecimalText(text, f - t)), new D(text).times(from).div(to));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('moves the point at and around both ends of the digits', () => {
    expect(shiftedDecimalText('29.27', 4)).toBe('292700');
    expect(shiftedDecimalText('29.27', 2)).toBe('2927');
    expect(shiftedDecimalText('29.27', 1)).toBe('292.7');
    expect(shiftedDecimalText('29.27', -2)).toBe('0.2927');
    expect(shiftedDecimalText('29.27', -3)).toBe('0.02927');
    expect(shiftedDecimalText('-.5', -2)).toBe('-0.005');
    expect(shiftedDecimalText('+5.', 2)).toBe('500');
    expect(shiftedDecimalText('-0', 3)).toBe('-0000');
    expect(shiftedDecimalText('007.50', -1)).toBe('00.750');
    expect(shiftedDecimalText('98.5', 0)).toBe('98.5');
  });
});

describe('powerOfTen', () => {
  it('reads every power of ten decimal.js prints, from 10^-30 to 10^30', () => {
    for (let k = -30; k <= 30; k++) expect(powerOfTen(new D(10).pow(k).toString())).toBe(k);
  });

  it('refuses what is not a power of ten', () => {
    for (const text of ['2', '20', '0.02', '11', '0.11', '1.0', '10.1', '0', '', '-10', '0.1.0', '01'])
      expect(powerOfTen(text), text).toBeUndefined();
  });
});
