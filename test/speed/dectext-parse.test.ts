import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { decimalFromText } from '../../src/core/decimal-text.js';

/**
 * Plain spellings as data sets write them: no sign, '-' or '+', leading zeros, 1 to 45 significant digits
 * (runs of 9s, runs of zeros inside and at the end), '.5' and '5.', zero spelt many ways, the point anywhere
 * from 10^-60 to 10^60.
 */
const spelling = fc
  .record({
    sign: fc.constantFrom('', '-', '+'),
    leading: fc.stringMatching(/^0{0,4}$/),
    digits: fc.oneof(
      fc.stringMatching(/^[1-9]\d{0,6}$/),
      fc.stringMatching(/^[1-9]\d{7,20}$/),
      fc.stringMatching(/^[1-9]\d{21,44}$/),
      fc.stringMatching(/^9{1,45}$/),
      fc.stringMatching(/^[1-9]0{1,30}[1-9]?$/),
      fc.stringMatching(/^[1-9]\d{0,8}0{1,20}$/),
      fc.stringMatching(/^0{1,12}$/),
    ),
    point: fc.integer({ min: -60, max: 60 }),
    form: fc.constantFrom('plain', 'plain', 'none', 'bare-fraction', 'bare-point'),
  })
  .map(({ sign, leading, digits, point, form }) => {
    if (form === 'none') return sign + leading + digits + (point < 0 ? '0'.repeat(-point) : '');
    if (form === 'bare-fraction') return `${sign}.${'0'.repeat(Math.max(0, point))}${digits}`;
    if (form === 'bare-point') return `${sign}${leading}${digits}${'0'.repeat(Math.max(0, -point))}.`;
    // `point` digits from the end (negative: zeros appended before the point).
    const body = leading + digits + (point < 0 ? '0'.repeat(-point) : '');
    const after = Math.max(0, point);
    const at = Math.max(0, body.length - after);
    const whole = body.slice(0, at) || '0';
    return `${sign}${whole}.${'0'.repeat(Math.max(0, after - body.length))}${body.slice(at)}`;
  });

/** The three fields decimal.js documents for a value: its digit words, exponent and sign. */
const fields = (d: Dec) => ({ d: d.d, e: d.e, s: d.s });

const same = (text: string) => {
  const actual = decimalFromText(text);
  const expected = new D(text);
  expect(fields(actual), text).toEqual(fields(expected));
  expect(actual.toString(), text).toBe(expected.toString());
  expect(actual).toBeInstanceOf(D);
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
};

describe('a Decimal straight from a plain spelling, as decimal.js parses it', () => {
  it('has the digit words, exponent, sign and printed form of new D(text) on random spellings', () => {
    fc.assert(fc.property(spelling, same), { numRuns: 20_000, seed: 1612 });
  });

  it('keeps decimal.js sign of zero however zero is spelt', () => {
    for (const text of ['0', '-0', '+0', '-0.000', '-.0', '-0.', '000', '-000.000', '.0', '0.']) same(text);
    expect(decimalFromText('-0').s).toBe(-1);
    expect(decimalFromText('-0.000').isNegative()).toBe(true);
    expect(decimalFromText('+0').s).toBe(1);
    expect(decimalFromText('-0').toString()).toBe('0');
  });

  it('keeps every digit past the 40 of the precision, as decimal.js construction does', () => {
    const forty = '1234567890123456789012345678901234567890';
    for (const text of [forty, `${forty}1`, `${forty}5`, `${forty}9`, `0.${forty}5`, `-${forty}.99`, '9'.repeat(41)])
      same(text);
    const fortyOne = decimalFromText(`${forty}5`);
    expect(fortyOne.toString()).toBe(`${forty}5`);
    expect(fortyOne.d).toEqual([123456, 7890123, 4567890, 1234567, 8901234, 5678905]);
    expect(fortyOne.e).toBe(40);
  });

  it('puts the first word where the point says, at every word boundary', () => {
    // e from -15 to 15 around the multiples of 7, where the first word is full or one digit.
    for (const text of ['1', '1234567', '12345678', '9999999', '10000000', '0.1', '0.0000001', '0.00000001'])
      same(text);
    for (let e = -15; e <= 15; e++) {
      const text = e >= 0 ? `1${'0'.repeat(e)}.5` : `0.${'0'.repeat(-e - 1)}15`;
      same(text);
      same(`-${text}`);
    }
    expect(fields(decimalFromText('98.50'))).toEqual({ d: [98, 5_000_000], e: 1, s: 1 });
    expect(fields(decimalFromText('-.05'))).toEqual({ d: [500_000], e: -2, s: -1 });
    expect(fields(decimalFromText('007'))).toEqual({ d: [7], e: 0, s: 1 });
    expect(fields(decimalFromText('12345678'))).toEqual({ d: [1, 2_345_678], e: 7, s: 1 });
  });

  it('leaves anything but a plain spelling to decimal.js: exponents parse, the rest throws as before', () => {
    for (const text of ['1e3', '-2.5E-7', '0x1f', 'Infinity', '-NaN']) same(text);
    for (const text of ['', '-', '.', '1.2.3', ' 1', '1,000', '--1'])
      expect(() => decimalFromText(text), text).toThrow(/DecimalError/);
  });

  it('gives a fresh instance each time, so no caller shares digit words with another', () => {
    const a = decimalFromText('98.5');
    const b = decimalFromText('98.5');
    expect(a).not.toBe(b);
    expect(a.d).not.toBe(b.d);
  });
});
