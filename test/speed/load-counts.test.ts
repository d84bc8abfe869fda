import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, HUNDRED } from '../../src/core/decimal.js';
import { convertValue, parseUnit, type Unit } from '../../src/core/units.js';
import type { Indicator } from '../../src/indicators/schema.js';
import { cleanParts } from '../../src/observations/clean.js';
import type { DataSet } from '../../src/observations/schema.js';

const names = { 'zh-Hans': '合格率', 'zh-Hant': '合格率', en: 'pass rate' };
const rate = (unit: string): Indicator => ({ id: 'pass-rate', names, unit, kind: 'rate', direction: 'higher' });

/** The rate the counts give, as the full route works it out: decimal.js's division, then the unit's conversion. */
function decimalJsRate(passed: number, sampled: number, unit: string): Dec {
  return convertValue(new D(passed).times(HUNDRED).div(sampled), parseUnit('%') as Unit, parseUnit(unit) as Unit);
}

/** The value the clean route stores for one passed/sampled observation. */
function cleanRate(passed: number, sampled: number, unit: string): Dec | undefined {
  const indicator = rate(unit);
  const dataSet: DataSet = {
    schemaVersion: 1,
    region: { id: 'town', name: '镇' },
    period: '2018',
    observations: [{ indicator: 'pass-rate', passed, sampled }],
  };
  return cleanParts(dataSet, (id) => (id === 'pass-rate' ? indicator : undefined))
    ?.facts.get('pass-rate')
    ?.get('2018')?.value;
}

/** decimal.js's documented fields: equal fields are the same Decimal, down to the last digit word. */
const fields = (d: Dec | undefined) => d && { d: d.d, e: d.e, s: d.s };

const UNITS = ['%', 'fraction', '‰'] as const;

describe('rates from passed/sampled counts on the clean route', () => {
  it('equal decimal.js’s division word for word at the boundaries of the one-word divisor', () => {
    const cases: Array<[number, number]> = [
      [0, 1],
      [0, 9_999_999],
      [1, 1],
      [1, 3],
      [2, 3],
      [19, 20],
      [1, 7],
      [9_999_998, 9_999_999],
      [9_999_999, 9_999_999],
      [1, 9_999_999],
      [9_999_999, 10_000_000],
      [1, 10_000_000],
      [3, 10_000_001],
      [123_456_789, 987_654_321],
      [2 ** 52, 2 ** 53 - 1],
    ];
    for (const unit of UNITS)
      for (const [passed, sampled] of cases)
        expect(fields(cleanRate(passed, sampled, unit)), `${passed}/${sampled} ${unit}`).toEqual(
          fields(decimalJsRate(passed, sampled, unit)),
        );
  });

  it('hand-checked: 19 of 20 is 95%, 0.95 as a fraction, 950‰; 2 of 3 rounds half up at the 40th digit', () => {
    expect(cleanRate(19, 20, '%')?.toString()).toBe('95');
    expect(cleanRate(19, 20, 'fraction')?.toString()).toBe('0.95');
    expect(cleanRate(19, 20, '‰')?.toString()).toBe('950');
    expect(cleanRate(2, 3, '%')?.toString()).toBe('66.66666666666666666666666666666666666667');
    expect(cleanRate(0, 7, '%')?.toString()).toBe('0');
    expect(cleanRate(0, 7, '%')?.isNegative()).toBe(false);
  });

  it('equal decimal.js’s division word for word on any counts, either side of the one-word divisor', () => {
    const sampled = fc.oneof(
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 9_999_999 }),
      fc.integer({ min: 9_999_990, max: 10_000_010 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    );
    const counts = sampled.chain((s) =>
      fc.tuple(fc.oneof(fc.integer({ min: 0, max: s }), fc.constantFrom(0, s, s - 1)), fc.constant(s)),
    );
    fc.assert(
      fc.property(counts, fc.constantFrom(...UNITS), ([passed, sampled], unit) => {
        expect(fields(cleanRate(passed, sampled, unit))).toEqual(fields(decimalJsRate(passed, sampled, unit)));
      }),
      { numRuns: 3_000 },
    );
  });
});
