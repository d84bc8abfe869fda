import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { yearsBetween } from '../../src/kinds/progress.js';

/** The years between two dates as the documented rule counts them: whole months / 12 plus days / 365. */
const expected = (months: number, days: number) => new D(months).div(12).plus(new D(days).div(365)).toString();

describe('the years left, remembered for the pair asked last', () => {
  it('answers each pair with its own years when pairs alternate, share a date, or repeat', () => {
    const pairs: Array<[string, string, string]> = [
      ['2018-12-31', '2020-12-31', expected(24, 0)],
      ['2018-12-31', '2019-12-31', expected(12, 0)],
      ['2018-06-30', '2019-12-31', expected(18, 1)],
      ['2018-06-30', '2020-12-31', expected(30, 1)],
      ['2018-12-31', '2020-12-31', expected(24, 0)],
    ];
    for (let round = 0; round < 3; round++)
      for (const [from, to, years] of pairs) {
        expect(yearsBetween(from, to).toString(), `${from} → ${to}`).toBe(years);
        // Asked twice in a row: the remembered pair.
        expect(yearsBetween(from, to).toString(), `${from} → ${to} again`).toBe(years);
      }
    expect(yearsBetween('2020-12-31', '2020-12-31').isZero()).toBe(true);
  });
});
