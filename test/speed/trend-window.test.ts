import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Granularity } from '../../src/core/periods.js';
import { type TrendSpec, trendWindow, trendWindowUncached } from '../../src/kinds/trend/compile.js';

const GRANULARITIES: Granularity[] = ['year', 'half-year', 'quarter', 'month'];

function label(granularity: Granularity, year: number, index: number): string {
  if (granularity === 'year') return String(year);
  if (granularity === 'half-year') return `${year}-H${(index % 2) + 1}`;
  if (granularity === 'quarter') return `${year}-Q${(index % 4) + 1}`;
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const anyLabel = fc
  .tuple(fc.constantFrom(...GRANULARITIES), fc.integer({ min: 2014, max: 2024 }), fc.nat(11))
  .map(([g, y, i]) => label(g, y, i));
const date = fc
  .tuple(fc.integer({ min: 2014, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Only the fields the window reads; the rest of a spec plays no part in it. */
const spec = fc
  .tuple(
    fc.constantFrom(...GRANULARITIES),
    fc.integer({ min: 2015, max: 2022 }),
    fc.nat(6),
    fc.nat(11),
    fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  )
  .map(([g, y, span, i, consecutive]) => {
    const [from, to] = [label(g, y, i), label(g, y + Math.floor(span / 2), i + span)].sort();
    return { granularity: g, from, to, consecutive } as unknown as TrendSpec;
  });
const region = fc.record({ period: fc.oneof(anyLabel, fc.constant('not-a-period')), asOf: date });

describe('trendWindow (a trend target’s window, kept per target and date pair)', () => {
  it('gives what working it out afresh gives, across a run of regions sharing a target', () => {
    fc.assert(
      fc.property(spec, fc.array(fc.tuple(region, date), { minLength: 1, maxLength: 12 }), (s, calls) => {
        // Each pair twice, so the second call reads what the first one kept.
        for (const [r, asOf] of [...calls, ...calls])
          expect(trendWindow(s, r, asOf)).toEqual(trendWindowUncached(s, r, asOf));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps targets apart: two specs on the same dates each get their own window', () => {
    const base = { granularity: 'year', consecutive: undefined } as const;
    const early = { ...base, from: '2016', to: '2018' } as unknown as TrendSpec;
    const late = { ...base, from: '2019', to: '2020' } as unknown as TrendSpec;
    const r = { period: '2018', asOf: '2018-12-31' };
    expect(trendWindow(early, r, '2018-12-31')).toEqual(['2015', '2016', '2017', '2018']);
    expect(trendWindow(late, r, '2018-12-31')).toBeUndefined();
    expect(trendWindow(early, { period: '2017', asOf: '2017-12-31' }, '2018-12-31')).toEqual(['2015', '2016', '2017']);
  });
});
