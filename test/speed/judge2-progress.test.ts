import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, decimalString } from '../../src/core/decimal.js';
import { deadlineProgress, PROGRESS_PLACES, yearsBetween } from '../../src/kinds/progress.js';
import type { FactEntry } from '../../src/observations/normalize.js';
import { plainSpellings } from './spellings.js';

/** Figures as data give them (six significant digits), long and extreme spellings, zeros of both signs, equal figures. */
const figure = fc.oneof(
  fc
    .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, k]) => new D(n).div(10 ** k)),
  plainSpellings().map((t) => new D(t)),
  fc.constantFrom('0', '-0', '95', '95.00', '100', '-95').map((t) => new D(t)),
);

const fields = (d: Dec) => [d.d, d.e, d.s];

/** A series of one earlier figure (2016) and the current one (2018), entries as loading makes them. */
function seriesOf(baseline: Dec, current: Dec): Map<string, FactEntry> {
  const entry = (period: string, value: Dec) => ({ indicator: 'x', period, value }) as unknown as FactEntry;
  return new Map([
    ['2016', entry('2016', baseline)],
    ['2018', entry('2018', current)],
  ]);
}

describe('deadline progress with a baseline, each figure read into scaled integers once', () => {
  it('gives the share decimal.js prints and the pace decimal.js divides, on any three figures', () => {
    fc.assert(
      fc.property(figure, figure, figure, fc.boolean(), (current, baseline, threshold, late) => {
        const [asOf, deadline] = late ? ['2018-06-30', '2020-12-31'] : ['2018-12-31', '2020-12-31'];
        const p = deadlineProgress({
          series: seriesOf(baseline, current),
          toTargetUnit: (v) => v,
          currentPeriod: '2018',
          current,
          threshold,
          asOf,
          deadline,
        });
        const span = threshold.minus(baseline);
        const share = span.isZero() ? null : decimalString(current.minus(baseline).div(span), PROGRESS_PLACES);
        expect(p.progress, `${current} ${baseline} ${threshold}`).toBe(share);
        expect(p.baseline?.period).toBe('2016');
        expect(p.baseline?.value).toBe(baseline);
        const expected = threshold.minus(current).div(yearsBetween(asOf, deadline));
        expect(fields(p.requiredPacePerYear)).toEqual(fields(expected));
      }),
      { numRuns: 4000 },
    );
  });

  it('has no share when the baseline already equals the threshold, and a share of 1 when the current figure is there', () => {
    const at = (current: string, baseline: string, threshold: string) =>
      deadlineProgress({
        series: seriesOf(new D(baseline), new D(current)),
        toTargetUnit: (v) => v,
        currentPeriod: '2018',
        current: new D(current),
        threshold: new D(threshold),
        asOf: '2018-12-31',
        deadline: '2020-12-31',
      });
    expect(at('90', '95', '95').progress).toBeNull();
    expect(at('95', '85', '95').progress).toBe('1');
    expect(at('90', '85', '95').progress).toBe('0.5');
    expect(at('80', '85', '95').progress).toBe('-0.5');
    expect(at('90', '85', '95').requiredPacePerYear.toString()).toBe('2.5');
    // A span of 16 digits (two 15-digit figures apart) is divided by decimal.js, as before: 10^15 / 1999999999999998.
    expect(at('1', '-999999999999999', '999999999999999').progress).toBe('0.5');
    // Figures too far apart to align as safe integers are subtracted by decimal.js.
    expect(at('0.000000000000001', '999999999999999', '-999999999999999').progress).toBe('0.5');
  });
});
