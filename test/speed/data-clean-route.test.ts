import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { InvalidInputError } from '../../src/core/errors.js';
import type { Indicator } from '../../src/indicators/schema.js';
import { cleanLoad, cleanParts } from '../../src/observations/clean.js';
import { checkedParts, type IndicatorLookup, loadDataSet } from '../../src/observations/normalize.js';
import { DataSetSchema } from '../../src/observations/schema.js';
import { acceptedDataSet } from '../../src/observations/validate.js';

const names = { 'zh-Hans': '指标', 'zh-Hant': '指標', en: 'indicator' };
const indicator = (id: string, kind: Indicator['kind'], unit: string, signed?: boolean): Indicator => ({
  id,
  names,
  unit,
  kind,
  direction: 'higher',
  ...(signed === undefined ? {} : { signed }),
});

/** One indicator of every kind and unit family the conversions and range checks treat apart. */
const INDICATORS: readonly Indicator[] = [
  indicator('r-pct', 'rate', '%'),
  indicator('r-frac', 'rate', 'fraction'),
  indicator('r-permil', 'rate', '‰'),
  indicator('c-jia', 'count', '家'),
  indicator('c-wan', 'count', '万家'),
  indicator('a-wanyuan', 'amount', '万元'),
  indicator('a-signed', 'amount', '元', true),
  indicator('idx', 'index', '分'),
  indicator('conc', 'concentration', 'μg/m³'),
  indicator('per', 'amount', '批次/万人'),
  indicator('flag', 'boolean', 'boolean'),
  indicator('bad-unit', 'amount', 'furlong'),
];
// A caller's lookup may also answer for texts that are no ids; the data set must still be refused.
const BY_ID = new Map<string, Indicator>([
  ...INDICATORS.map((i): [string, Indicator] => [i.id, i]),
  ['R-PCT', INDICATORS[0] as Indicator],
  ['r_pct', INDICATORS[0] as Indicator],
  ['r--pct', INDICATORS[0] as Indicator],
]);
const lookup: IndicatorLookup = (id) => BY_ID.get(id);

const ABSENT = Symbol('absent');
/** Present `presentWeight` times in `presentWeight + 1`, else left out. */
const maybe = <T>(arb: fc.Arbitrary<T>, presentWeight = 3) =>
  fc.oneof({ arbitrary: arb, weight: presentWeight }, { arbitrary: fc.constant(ABSENT), weight: 1 });
function present(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== ABSENT) out[k] = v;
  return out;
}

/** Figures at and around every boundary: zero and negative zero, 100%, whole and fractional counts, exponents. */
const figure = fc.oneof(
  fc.constantFrom('0', '-0', '100', '100.0', '100.01', '99.99', '1', '1.5', '-1.5', '.5', '5.', '+2', '0.0001'),
  fc.constantFrom(0, -0, 3, 100, 0.95, -2, 1e21, 1e-7, 12.5),
  fc.stringMatching(/^-?\d{1,3}(\.\d{1,6})?$/),
  fc.stringMatching(/^[1-9]\d{20,29}$/),
  // Spellings the validator refuses, which the one-pass load leaves to the parse of the figure: an
  // exponent, spaces, a second point, no digit, more than 30 significant digits (31 digits, or 30 with
  // zeros around them that do not count).
  fc.constantFrom('1e5', ' 5', '5 ', '5..5', '1.2.3', '', '.', '-', '+', '-.', '1,000', 'Infinity', '0x10', '５'),
  fc.constantFrom('1234567890123456789012345678901', '-0.1234567890123456789012345678901'),
  fc.constantFrom('000123456789012345678901234567890.000', '0.000000000000000000000000000000001'),
  fc.stringMatching(/^[-+.\de ]{1,6}$/),
);
const unit = fc.constantFrom(
  '%',
  'fraction',
  '‰',
  '家',
  '万家',
  '元',
  '万元',
  '亿元',
  'μg/m³',
  'mg/m³',
  '分',
  '批次/千人',
  '批次/万人',
  'furlong',
);
/** Spellings that convert to each indicator's unit. */
const CONVERTIBLE: Record<string, readonly string[]> = {
  'r-pct': ['%', 'fraction', '‰'],
  'r-frac': ['%', 'fraction', '‰'],
  'r-permil': ['%', 'fraction', '‰'],
  'c-jia': ['家', '万家'],
  'c-wan': ['家', '万家'],
  'a-wanyuan': ['元', '万元', '亿元'],
  'a-signed': ['元', '万元', '亿元'],
  idx: ['分'],
  conc: ['μg/m³', 'mg/m³'],
  per: ['批次/千人', '批次/万人'],
};
/** Mostly a unit that converts to the indicator's, so most figures reach the range checks; sometimes any. */
const unitFor = (id: string) =>
  fc.oneof({ arbitrary: fc.constantFrom(...(CONVERTIBLE[id] ?? ['%'])), weight: 8 }, { arbitrary: unit, weight: 1 });
const indicatorId = fc.oneof(
  { arbitrary: fc.constantFrom(...INDICATORS.map((i) => i.id)), weight: 40 },
  { arbitrary: fc.constant('nope'), weight: 1 },
  { arbitrary: fc.constantFrom('R-PCT', 'r_pct', 'r--pct'), weight: 1 },
);
const period = fc.constantFrom('2018', '2017', '2016', '2018-H1', '2018-Q1');
const count = fc.integer({ min: -1, max: 30 });

const observation = fc
  .oneof(
    {
      arbitrary: indicatorId.chain((id) =>
        fc.record({ indicator: fc.constant(id), period: maybe(period), value: figure, unit: maybe(unitFor(id), 30) }),
      ),
      weight: 40,
    },
    { arbitrary: fc.record({ indicator: indicatorId, value: fc.boolean() }), weight: 10 },
    {
      arbitrary: fc.record({ indicator: indicatorId, period: maybe(period), passed: count, sampled: maybe(count, 30) }),
      weight: 10,
    },
    {
      arbitrary: fc.record({
        indicator: indicatorId,
        rank: fc.integer({ min: 1, max: 5 }),
        of: maybe(fc.integer({ min: 1, max: 5 }), 30),
      }),
      weight: 5,
    },
    {
      arbitrary: fc.record({
        indicator: indicatorId,
        notApplicable: fc.constant(true),
        reason: maybe(fc.constant('撤并')),
      }),
      weight: 5,
    },
    // Two forms at once, which no route accepts.
    {
      arbitrary: fc.record({ indicator: indicatorId, value: figure, unit, rank: fc.constant(1), of: fc.constant(2) }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        indicator: indicatorId,
        value: figure,
        unit,
        evidence: fc.constant('统计公报'),
        provenance: fc.constant({ source: '区统计局', status: 'verified' }),
      }),
      weight: 5,
    },
  )
  .map(present);

const benchmark = indicatorId
  .chain((id) =>
    fc.record({
      id: fc.constantFrom('county-average', 'city'),
      indicator: fc.constant(id),
      period: maybe(period),
      value: figure,
      unit: unitFor(id),
    }),
  )
  .map(present);
const event = fc.record({
  type: fc.constantFrom('inspection', 'report'),
  date: fc.constantFrom('2018-05-15', '2018-01-02', '2016-02-29'),
});

const dataSet = fc
  .record({
    schemaVersion: fc.constant(1),
    region: fc.constant({ id: 'town', name: '镇' }),
    period: fc.constant('2018'),
    asOf: maybe(fc.constant('2018-06-30')),
    observations: fc.array(observation, { maxLength: 6 }),
    benchmarks: maybe(fc.array(benchmark, { maxLength: 2 })),
    events: maybe(fc.array(event, { maxLength: 3 })),
  })
  .map(present);

/** Maps, Decimals (value and sign) and key order made visible, so equal means built the same way. */
function plain(v: unknown): unknown {
  if (v instanceof Map) return ['Map', [...v].map(([k, x]) => [k, plain(x)])];
  if (v instanceof D) return ['Dec', v.toString(), v.isNegative()];
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object' && v !== null)
    return Object.keys(v).map((k) => [k, plain((v as Record<string, unknown>)[k])]);
  return v;
}

describe('the clean-data route', () => {
  it('gives exactly the full route’s parts, and gives up exactly where the full route finds an issue', () => {
    let clean = 0;
    let refused = 0;
    fc.assert(
      fc.property(dataSet, (raw) => {
        const parsed = acceptedDataSet(raw) ?? DataSetSchema.safeParse(raw).data;
        if (parsed === undefined) return;
        const fast = cleanParts(parsed, lookup);
        let full: unknown;
        try {
          full = checkedParts(parsed, lookup, raw);
        } catch (error) {
          full = error;
        }
        if (fast === undefined) {
          refused += 1;
          expect(full).toBeInstanceOf(InvalidInputError);
        } else {
          clean += 1;
          expect(plain(fast)).toEqual(plain(full));
        }
      }),
      { numRuns: 4000, seed: 1216 },
    );
    // Both sides must be reached, or the property holds vacuously.
    expect(clean).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(300);
  });

  it('in one pass (cleanLoad) gives what the validator and the clean route give, and gives up exactly where either does', () => {
    let loaded = 0;
    let declined = 0;
    fc.assert(
      fc.property(dataSet, (raw) => {
        const accepted = acceptedDataSet(raw);
        const parts = accepted && cleanParts(accepted, lookup);
        const one = cleanLoad(raw, lookup);
        if (parts === undefined) {
          declined += 1;
          expect(one).toBeUndefined();
          return;
        }
        loaded += 1;
        expect(one).toBeDefined();
        expect(plain(one?.dataSet)).toEqual(plain(accepted));
        expect(plain(one?.parts)).toEqual(plain(parts));
        // The copy is the call's own: no object of the input in it, as zod's output has none.
        expect(one?.dataSet.observations).not.toBe((raw as { observations: unknown }).observations);
      }),
      { numRuns: 4000, seed: 1613 },
    );
    expect(loaded).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(300);
  });

  it('reads each observation’s own fields in one pass, even when the lookup loads another data set meanwhile', () => {
    const other = {
      schemaVersion: 1,
      region: { id: 'b', name: '乙' },
      period: '2017',
      // Fields the outer observation would take for its own if both calls shared one record.
      observations: [{ indicator: 'r-pct', period: '2016', value: '7', unit: '%', evidence: '年报' }],
    };
    let nested = 0;
    const reentrant: IndicatorLookup = (id) => {
      if (id === 'r-pct' && nested === 0) {
        nested += 1;
        loadDataSet(other, lookup);
      }
      return lookup(id);
    };
    const region = loadDataSet(
      {
        schemaVersion: 1,
        region: { id: 'a', name: '甲' },
        period: '2018',
        observations: [
          { indicator: 'r-pct', value: '95.5', unit: '%' },
          { indicator: 'idx', rank: 2, of: 9 },
        ],
      },
      reentrant,
    );
    expect(nested).toBe(1);
    const pct = region.facts.get('r-pct')?.get('2018');
    expect(pct?.value?.toString()).toBe('95.5');
    expect(pct?.evidence).toBeUndefined();
    expect(region.facts.get('idx')?.get('2018')?.rank).toEqual({ position: 2, of: 9 });
    expect(region.facts.get('r-pct')?.has('2016')).toBe(false);
  });

  it('converts by moving the point: 29.27亿元 is 292700万元, 0.5‰ of a rate in % is 0.05', () => {
    const region = loadDataSet(
      {
        schemaVersion: 1,
        region: { id: 'a', name: '甲' },
        period: '2018',
        observations: [
          { indicator: 'a-wanyuan', value: '29.27', unit: '亿元' },
          { indicator: 'r-pct', value: '0.5', unit: '‰' },
          { indicator: 'c-jia', value: '0.0003', unit: '万家' },
          { indicator: 'per', value: 2, unit: '批次/千人' },
          { indicator: 'r-frac', passed: 19, sampled: 20 },
        ],
      },
      lookup,
    );
    const value = (id: string) => region.facts.get(id)?.get('2018')?.value?.toString();
    expect(value('a-wanyuan')).toBe('292700');
    expect(value('r-pct')).toBe('0.05');
    expect(value('c-jia')).toBe('3');
    expect(value('per')).toBe('20');
    expect(value('r-frac')).toBe('0.95');
  });

  it('refuses a rate just above 100% in any unit and a count just short of whole, as the full route words them', () => {
    const codes = (observations: unknown[]) => {
      try {
        loadDataSet({ schemaVersion: 1, region: { id: 'a', name: '甲' }, period: '2018', observations }, lookup);
        return [];
      } catch (error) {
        return (error as InvalidInputError).issues.map((i) => i.code);
      }
    };
    expect(codes([{ indicator: 'r-frac', value: '1', unit: 'fraction' }])).toEqual([]);
    expect(codes([{ indicator: 'r-frac', value: '1.0000000001', unit: 'fraction' }])).toEqual(['E_RATE_ABOVE_100']);
    expect(codes([{ indicator: 'r-pct', value: '1000', unit: '‰' }])).toEqual([]);
    expect(codes([{ indicator: 'r-pct', value: '1000.1', unit: '‰' }])).toEqual(['E_RATE_ABOVE_100']);
    expect(codes([{ indicator: 'c-jia', value: '0.0001', unit: '万家' }])).toEqual([]);
    expect(codes([{ indicator: 'c-jia', value: '0.00001', unit: '万家' }])).toEqual(['E_NOT_INTEGER']);
    expect(codes([{ indicator: 'c-jia', value: '-0', unit: '家' }])).toEqual(['E_NEGATIVE_COUNT']);
    expect(codes([{ indicator: 'a-signed', value: '-0.5', unit: '万元' }])).toEqual([]);
    expect(codes([{ indicator: 'a-wanyuan', value: '-0.5', unit: '万元' }])).toEqual(['E_NEGATIVE_VALUE']);
  });

  it('works from the indicator as the lookup returns it now, even when a caller changed it in place', () => {
    const mutable = indicator('moving', 'rate', '%');
    const moving: IndicatorLookup = (id) => (id === 'moving' ? mutable : undefined);
    const load = () =>
      loadDataSet(
        {
          schemaVersion: 1,
          region: { id: 'a', name: '甲' },
          period: '2018',
          observations: [{ indicator: 'moving', value: '0.9', unit: 'fraction' }],
        },
        moving,
      )
        .facts.get('moving')
        ?.get('2018')
        ?.value?.toString();
    expect(load()).toBe('90');
    (mutable as { unit: string }).unit = 'fraction';
    expect(load()).toBe('0.9');
    (mutable as { kind: string }).kind = 'count';
    expect(() => load()).toThrow(InvalidInputError);
  });

  it('keeps a plan per indicator object: a frozen indicator is trusted unchanged, another object gets its own', () => {
    let current = Object.freeze(indicator('frozen', 'rate', '%'));
    const frozen: IndicatorLookup = (id) => (id === 'frozen' ? current : undefined);
    const load = (value: string, unit: string) =>
      loadDataSet(
        {
          schemaVersion: 1,
          region: { id: 'a', name: '甲' },
          period: '2018',
          observations: [{ indicator: 'frozen', value, unit }],
        },
        frozen,
      )
        .facts.get('frozen')
        ?.get('2018')
        ?.value?.toString();
    expect(Object.isFrozen(current)).toBe(true);
    expect(load('0.9', 'fraction')).toBe('90');
    expect(load('0.9', 'fraction')).toBe('90');
    current = Object.freeze(indicator('frozen', 'rate', 'fraction'));
    expect(load('0.9', 'fraction')).toBe('0.9');
    expect(load('90', '%')).toBe('0.9');
    current = Object.freeze(indicator('frozen', 'count', '家'));
    expect(() => load('0.9', '家')).toThrow(InvalidInputError);
    // A frozen object may still answer through a getter: its unit is read again every time.
    let unit = '%';
    current = Object.freeze({
      ...indicator('frozen', 'rate', '%'),
      get unit() {
        return unit;
      },
    });
    expect(load('0.9', 'fraction')).toBe('90');
    unit = 'fraction';
    expect(load('0.9', 'fraction')).toBe('0.9');
  });

  it('gives every data set its own rank and count records, and paths by index', () => {
    const raw = {
      schemaVersion: 1,
      region: { id: 'a', name: '甲' },
      period: '2018',
      observations: [
        { indicator: 'r-pct', passed: 3, sampled: 4 },
        { indicator: 'idx', rank: 2, of: 9 },
      ],
    };
    const one = loadDataSet(raw, lookup);
    const two = loadDataSet(raw, lookup);
    const counts = (r: typeof one) => r.facts.get('r-pct')?.get('2018');
    const rank = (r: typeof one) => r.facts.get('idx')?.get('2018');
    expect(counts(one)?.counts).toEqual({ passed: 3, sampled: 4 });
    expect(counts(one)?.counts).not.toBe(counts(two)?.counts);
    expect(rank(one)?.rank).toEqual({ position: 2, of: 9 });
    expect(rank(one)?.rank).not.toBe(rank(two)?.rank);
    expect(counts(one)?.path).toBe('$.observations[0]');
    expect(rank(one)?.path).toBe('$.observations[1]');
  });
});
