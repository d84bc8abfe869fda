import { describe, expect, it } from 'vitest';
import { isRealDate, type Period, parsePeriod, periodEnd, periodStart } from '../../src/core/periods.js';

describe('isRealDate remembers its answers without changing them', () => {
  it('answers the same on repeated calls', () => {
    for (let i = 0; i < 3; i++) {
      expect(isRealDate('2018-02-28')).toBe(true);
      expect(isRealDate('2018-02-29')).toBe(false);
      expect(isRealDate('2020-02-29')).toBe(true);
      expect(isRealDate('2018-13-01')).toBe(false);
    }
  });
});

describe('period edges for any four-digit year', () => {
  it('keeps years below 100 as written (JavaScript would read 0050 as 1950)', () => {
    const year50 = parsePeriod('0050') as Period;
    expect(periodStart(year50)).toBe('0050-01-01');
    expect(periodEnd(year50)).toBe('0050-12-31');
    expect(periodEnd(parsePeriod('0099-Q1') as Period)).toBe('0099-03-31');
  });

  it('gives the calendar edges of halves, quarters and months, leap days included', () => {
    expect(periodEnd(parsePeriod('2020-02') as Period)).toBe('2020-02-29');
    expect(periodEnd(parsePeriod('2018-H1') as Period)).toBe('2018-06-30');
    expect(periodStart(parsePeriod('2018-Q4') as Period)).toBe('2018-10-01');
  });
});
