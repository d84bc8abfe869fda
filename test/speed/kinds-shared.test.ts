import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { keptPerDates, periodNameOf } from '../../src/kinds/series.js';
import { countDec, countShare } from '../../src/kinds/statistics.js';
import { joinedTexts } from '../../src/kinds/texts.js';
import { joinLocalized, MESSAGES, PUNCTUATION } from '../../src/locales/index.js';
import type { LocalizedText } from '../../src/locales/locale.js';

const GRANULARITY_LABELS = [
  fc.integer({ min: 1990, max: 2099 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.string({ maxLength: 8 }),
];

describe('countDec and countShare (counts and their shares as shared Decimals)', () => {
  it('gives the Decimal new D(n) gives, for small counts, large ones and non-integers alike', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(1100), fc.integer({ min: -5, max: -1 }), fc.double({ noNaN: true, min: 0, max: 3000 })),
        (n) => {
          expect(countDec(n).toString()).toBe(new D(n).toString());
          // The second call reads what the first one kept.
          expect(countDec(n).toString()).toBe(new D(n).toString());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('shares one instance per small count, and none past the kept range', () => {
    expect(countDec(3)).toBe(countDec(3));
    expect(countDec(1023)).toBe(countDec(1023));
    expect(countDec(1024)).not.toBe(countDec(1024));
    expect(countDec(-1)).not.toBe(countDec(-1));
  });

  it('gives exactly new D(part).div(whole), to the 40th digit, at and around the kept range', () => {
    fc.assert(
      fc.property(fc.nat(1100), fc.integer({ min: 1, max: 1100 }), (part, whole) => {
        expect(countShare(part, whole).toString()).toBe(new D(part).div(whole).toString());
        expect(countShare(part, whole).toString()).toBe(new D(part).div(whole).toString());
      }),
      { numRuns: 500 },
    );
    expect(countShare(2, 3).toString()).toBe('0.6666666666666666666666666666666666666667');
    expect(countShare(1, 1)).toBe(countShare(1, 1));
    expect(countShare(0, 1).isZero()).toBe(true);
    expect(countShare(1023, 1024).toString()).toBe('0.9990234375');
    expect(countShare(1024, 2048).toString()).toBe('0.5');
    // Never divides by zero quietly: the route it falls back to says what decimal.js says.
    expect(countShare(1, 0).toString()).toBe(new D(1).div(0).toString());
  });

  it('keeps pairs apart that a careless key would mix (1/1024 against 0/…)', () => {
    expect(countShare(1, 1023).toString()).toBe(new D(1).div(1023).toString());
    expect(countShare(0, 2047).toString()).toBe('0');
    expect(countShare(2, 1).toString()).toBe('2');
  });
});

describe('periodNameOf (period names kept per label)', () => {
  it('gives what MESSAGES.periodName gives, the first time and every time after', () => {
    fc.assert(
      fc.property(fc.oneof(...GRANULARITY_LABELS), (label) => {
        expect(periodNameOf(label)).toEqual(MESSAGES.periodName(label));
        expect(periodNameOf(label)).toEqual(MESSAGES.periodName(label));
      }),
      { numRuns: 400 },
    );
  });

  it('hands out a frozen text, so no caller can change another caller’s words', () => {
    const name = periodNameOf('2018-Q3');
    expect(name['zh-Hans']).toBe('2018年第3季度');
    expect(Object.isFrozen(name)).toBe(true);
  });
});

const text = fc.record({
  'zh-Hans': fc.string(),
  'zh-Hant': fc.string(),
  en: fc.string(),
}) as fc.Arbitrary<LocalizedText>;

describe('joinedTexts (texts joined in one pass)', () => {
  it('gives what joinLocalized gives, for no part, one part and many, with every separator', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 6 }),
        fc.constantFrom(PUNCTUATION.list, PUNCTUATION.semicolon),
        (parts, sep) => {
          expect(joinedTexts(parts, sep)).toEqual(joinLocalized(parts, sep));
        },
      ),
      { numRuns: 400 },
    );
    const a = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'a' };
    const b = { 'zh-Hans': '乙', 'zh-Hant': '乙', en: 'b' };
    expect(joinedTexts([a, b], PUNCTUATION.list)).toEqual({ 'zh-Hans': '甲、乙', 'zh-Hant': '甲、乙', en: 'a, b' });
  });
});

describe('keptPerDates (what a target works out from dates alone, kept per target and date triple)', () => {
  const dates = fc.record({
    period: fc.constantFrom('2017', '2018', '2018-Q3'),
    asOf: fc.constantFrom('2018-06-30', '2018-12-31'),
  });

  it('gives what computing afresh gives, for any run of regions and targets, computing each triple once per target', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), dates, fc.constantFrom('2018-03-31', '2018-12-31')), {
          minLength: 1,
          maxLength: 30,
        }),
        (calls) => {
          const targets = [{ n: 0 }, { n: 1 }, { n: 2 }];
          const computed: string[] = [];
          const compute = (t: { n: number }, r: { period: string; asOf: string }, asOf: string) => {
            computed.push(`${t.n}|${r.period}|${r.asOf}|${asOf}`);
            return `${t.n}:${r.period}:${r.asOf}:${asOf}`;
          };
          const kept = keptPerDates(compute);
          for (const [i, r, asOf] of calls) {
            const t = targets[i] as { n: number };
            expect(kept(t, r, asOf)).toBe(`${t.n}:${r.period}:${r.asOf}:${asOf}`);
          }
          // Each target and triple was worked out once, however the calls interleaved.
          expect(new Set(computed).size).toBe(computed.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells apart triples whose parts would run together in a key (the period and the as-of dates)', () => {
    const kept = keptPerDates((_t: object, r: { period: string; asOf: string }, asOf: string) => [
      r.period,
      r.asOf,
      asOf,
    ]);
    const t = {};
    expect(kept(t, { period: '2018', asOf: '2018-12-31' }, '2018-06-30')).toEqual(['2018', '2018-12-31', '2018-06-30']);
    expect(kept(t, { period: '2018', asOf: '2018-06-30' }, '2018-12-31')).toEqual(['2018', '2018-06-30', '2018-12-31']);
    expect(kept(t, { period: '2018', asOf: '2018-12-31' }, '2018-06-30')).toEqual(['2018', '2018-12-31', '2018-06-30']);
  });
});
