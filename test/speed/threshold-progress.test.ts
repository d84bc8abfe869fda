import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalString, shiftedPoint } from '../../src/core/decimal.js';
import { deadlineProgress, PROGRESS_PLACES, shareText, yearsBetween } from '../../src/kinds/progress.js';
import { plainSpellings } from './spellings.js';

const spelling = plainSpellings();

/** Figures as the data give them: up to six significant digits around a threshold, either side of it. */
const figure = fc
  .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, scale]) => new D(n).div(10 ** scale));

describe('progress from the baseline, in exact scaled integers', () => {
  it('prints the share of the way as decimal.js prints its 40-digit quotient, and in percent at 2 places', () => {
    fc.assert(
      fc.property(figure, figure, figure, (current, baseline, threshold) => {
        const span = threshold.minus(baseline);
        if (span.isZero()) return;
        const moved = current.minus(baseline);
        const quotient = moved.div(span);
        const text = shareText(moved, span, PROGRESS_PLACES);
        expect(text).toBe(decimalString(quotient, 4));
        expect(shiftedPoint(text, 2)).toBe(decimalString(quotient.times(100), 2));
      }),
      { numRuns: 5000, seed: 1614 },
    );
  });

  it('agrees with the division on long, huge, tiny and negative figures, where it falls back', () => {
    fc.assert(
      fc.property(spelling, spelling, fc.integer({ min: 0, max: 10 }), (a, b, places) => {
        const moved = new D(a);
        const span = new D(b);
        expect(shareText(moved, span, places)).toBe(decimalString(moved.div(span), places));
      }),
      { numRuns: 5000, seed: 1615 },
    );
  });

  it('rounds half-way shares away from zero and never prints -0', () => {
    expect(shareText(new D(3), new D(8), 4)).toBe('0.375');
    expect(shareText(new D(-3), new D(8), 4)).toBe('-0.375');
    expect(shareText(new D(3), new D(-8), 4)).toBe('-0.375');
    expect(shareText(new D(-3), new D(-8), 4)).toBe('0.375');
    expect(shareText(new D(1), new D(80_000), 4)).toBe('0'); // 0.0000125: below half a unit of the 4th place
    expect(shareText(new D(1), new D(20_000), 4)).toBe('0.0001'); // exactly 0.00005: half-up
    expect(shareText(new D(-1), new D(20_000), 4)).toBe('-0.0001');
    expect(shareText(new D(-1), new D(30_000), 4)).toBe('0'); // −0.0000333… rounds to 0, printed without a sign
    expect(shareText(new D(0), new D(-7), 4)).toBe('0');
    expect(shareText(new D(2), new D(3), 4)).toBe('0.6667');
    // A share of 10 or more is divided instead; the text is the same.
    expect(shareText(new D(125), new D(3), 4)).toBe('41.6667');
  });

  it('works out the pace per year as decimal.js divides, over whole and fractional years alike', () => {
    const dates: [string, string][] = [
      ['2018-12-31', '2020-12-31'], // 2 years
      ['2018-12-31', '2025-12-31'], // 7 years
      ['2018-03-15', '2019-01-20'], // a fraction of a year
      ['2018-06-30', '2020-12-31'], // 2.5 years
    ];
    fc.assert(
      fc.property(figure, figure, fc.constantFrom(...dates), (current, threshold, [asOf, deadline]) => {
        const p = deadlineProgress({
          series: undefined,
          toTargetUnit: (v) => v,
          currentPeriod: '2018',
          current,
          threshold,
          asOf,
          deadline,
        });
        const expected = threshold.minus(current).div(yearsBetween(asOf, deadline));
        const pace = p.requiredPacePerYear;
        expect([pace.d, pace.e, pace.s]).toEqual([expected.d, expected.e, expected.s]);
      }),
      { numRuns: 2000, seed: 1619 },
    );
  });

  it('moves a point by a power of ten exactly as multiplying by it does', () => {
    expect(shiftedPoint('0.6667', 2)).toBe('66.67');
    expect(shiftedPoint('-0.375', 2)).toBe('-37.5');
    expect(shiftedPoint('0.0001', 2)).toBe('0.01');
    expect(shiftedPoint('0', 2)).toBe('0');
    expect(shiftedPoint('1', 2)).toBe('100');
    expect(shiftedPoint('12.5', 1)).toBe('125');
    fc.assert(
      fc.property(spelling, fc.integer({ min: 1, max: 12 }), (text, k) => {
        expect(shiftedPoint(new D(text).toString(), k)).toBe(new D(text).times(new D(10).pow(k)).toString());
      }),
      { numRuns: 3000, seed: 1616 },
    );
  });
});
