import { describe, expect, it } from 'vitest';
import { parsePeriod, periodEnd, periodStart, periodsBetween } from '../../src/core/periods.js';
import { yearsBetween } from '../../src/kinds/progress.js';
import { shiftPeriod } from '../../src/kinds/series.js';

describe('remembered period arithmetic', () => {
  it('hands every caller its own list: changing one does not change what the next caller gets', () => {
    const first = periodsBetween('2018-01-01', '2018-12-31', 'quarter');
    expect(first).toEqual(['2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4']);
    first.push('2019-Q1');
    first[0] = 'changed';
    expect(periodsBetween('2018-01-01', '2018-12-31', 'quarter')).toEqual(['2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4']);
  });

  it('gives the same answers on the first and every later call, per granularity', () => {
    for (let round = 0; round < 2; round++) {
      expect(periodStart(parsePeriod('2018-H2') as NonNullable<ReturnType<typeof parsePeriod>>)).toBe('2018-07-01');
      expect(periodEnd(parsePeriod('2018-Q1') as NonNullable<ReturnType<typeof parsePeriod>>)).toBe('2018-03-31');
      expect(periodEnd(parsePeriod('2016-02') as NonNullable<ReturnType<typeof parsePeriod>>)).toBe('2016-02-29');
      expect(periodsBetween('2018-01-01', '2018-12-31', 'half-year')).toEqual(['2018-H1', '2018-H2']);
      expect(shiftPeriod('2018', -1)).toBe('2017');
      expect(shiftPeriod('2018-Q1', -1)).toBe('2017-Q4');
      expect(shiftPeriod('2018-Q1', 1)).toBe('2018-Q2');
      expect(yearsBetween('2018-12-31', '2020-12-31').toString()).toBe('2');
      // 29 whole months and no days: 29/12 at 40 significant digits, the last rounded up.
      expect(yearsBetween('2018-07-31', '2020-12-31').toString()).toBe('2.416666666666666666666666666666666666667');
    }
  });
});
