import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InvalidInputError } from '../../src/core/errors.js';
import type { Indicator } from '../../src/indicators/schema.js';
import { cleanLoad } from '../../src/observations/clean.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { DataSetSchema } from '../../src/observations/schema.js';
import { acceptedDataSet } from '../../src/observations/validate.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';

const names = { 'zh-Hans': '金额', 'zh-Hant': '金額', en: 'amount' };

/** A value's structure with key order and keys holding undefined made visible (toStrictEqual ignores order). */
function layout(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(layout);
  if (typeof v === 'object' && v !== null)
    return Object.keys(v).map((k) => [k, layout((v as Record<string, unknown>)[k])]);
  return typeof v === 'number' && Object.is(v, -0) ? '-0' : v;
}

// Each field is mostly a valid spelling and sometimes a near miss, so generated data sets land on both sides
// of every check (a data set is valid only when all its fields are).
const ABSENT = Symbol('absent');
const anyOf = (...values: unknown[]) => fc.constantFrom<unknown>(...values);
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: invalid, weight: 1 });
/** Usually present; sometimes left out (ABSENT), sometimes a key holding undefined. */
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: arb, weight: 4 },
    { arbitrary: fc.constant(ABSENT), weight: 4 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
const id = mostly(anyOf('pm25', 'a-b-1'), anyOf('A', 'a--b', '', '-a', 'a-', 7, null));
const period = mostly(anyOf('2018', '2018-H2', '2018-Q4', '2018-12'), anyOf('2018-13', '2018-Q5', '18', 2018));
const isoDate = mostly(anyOf('2018-12-31', '2016-02-29'), anyOf('2018-02-29', '2018-04-31', '2018-1-01', 20181231));
const decimal = mostly(
  anyOf(
    '95',
    '0.4',
    '-1.5',
    '+2',
    '.5',
    '5.',
    95,
    0.1,
    -0,
    1e21,
    Number.MAX_VALUE,
    '1'.repeat(30),
    `${'1'.repeat(30)}.000`,
  ),
  anyOf(
    '1e3',
    ' 95',
    '95 ',
    'NaN',
    '',
    '1,000',
    '0x10',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '1'.repeat(31),
    `0.${'0'.repeat(40)}1${'2'.repeat(30)}`,
    null,
    [],
    {},
  ),
);
const int = mostly(anyOf(0, 1, 20, -3, 2 ** 53 - 1), anyOf(1.5, 2 ** 53, Number.NaN, '20', null));
const text = mostly(anyOf('x', '说明'), anyOf('', 3, null));

/** Drops the fields drawn as ABSENT; fields drawn as undefined stay as keys holding undefined. */
function present(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== ABSENT) out[k] = v;
  return out;
}

const provenance = mostly(
  fc
    .record({
      source: text,
      publishedOn: maybe(isoDate),
      url: maybe(mostly(anyOf('https://example.org/a', ''), anyOf(7))),
      status: maybe(mostly(anyOf('verified', 'estimated'), anyOf('guessed'))),
      coverage: maybe(mostly(fc.record({ from: isoDate, to: isoDate }), anyOf('2018', []))),
      note: maybe(text),
    })
    .map(present),
  anyOf(null, 'src', []),
);
const observation = fc
  .record({
    indicator: id,
    period: maybe(period),
    value: maybe(mostly(decimal, fc.boolean())),
    unit: maybe(mostly(anyOf('%', '万元'), anyOf('', 5))),
    passed: maybe(int),
    sampled: maybe(int),
    rank: maybe(mostly(anyOf(1, 3), anyOf(0, -1, 1.5))),
    of: maybe(int),
    notApplicable: maybe(mostly(fc.boolean(), anyOf('yes'))),
    reason: maybe(text),
    evidence: maybe(text),
    provenance: maybe(provenance),
    stray: fc.oneof({ arbitrary: fc.constant(ABSENT), weight: 30 }, { arbitrary: anyOf('x', undefined), weight: 1 }),
  })
  .map(present);
const dataSet = fc
  .record({
    $schema: maybe(text),
    schemaVersion: mostly(fc.constant(1), anyOf(2, '1')),
    region: mostly(
      fc
        .record({ id, name: text, level: maybe(mostly(anyOf('town'), anyOf('village'))), parent: maybe(text) })
        .map(present),
      anyOf(null, 'town'),
    ),
    period,
    asOf: maybe(isoDate),
    observations: mostly(fc.array(observation, { maxLength: 4 }), anyOf(null, {})),
    benchmarks: maybe(
      fc.array(
        fc
          .record({
            id,
            indicator: id,
            period: maybe(period),
            value: decimal,
            unit: mostly(anyOf('%'), anyOf('')),
            provenance: maybe(provenance),
          })
          .map(present),
        { maxLength: 2 },
      ),
    ),
    events: maybe(
      fc.array(fc.record({ type: id, date: isoDate, note: maybe(text), provenance: maybe(provenance) }).map(present), {
        maxLength: 2,
      }),
    ),
    notes: maybe(fc.array(text, { maxLength: 2 })),
  })
  .map(present);

describe('compiled data-set validator', () => {
  it('accepts only what zod accepts, and returns exactly what zod returns (values, key order, undefined keys)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(dataSet, (raw) => {
        const fast = acceptedDataSet(raw);
        const zod = DataSetSchema.safeParse(raw);
        if (fast === undefined) return;
        accepted += 1;
        expect(zod.success).toBe(true);
        expect(fast).toStrictEqual(zod.data);
        expect(layout(fast)).toEqual(layout(zod.data));
      }),
      { numRuns: 3000, seed: 16 },
    );
    // The generator must reach the accepting side too, or the property above holds vacuously.
    expect(accepted).toBeGreaterThan(100);
  });

  it('copies what it accepts the same way when the loader checks observations one by one (cleanLoad)', () => {
    // Every id an amount in 万元 that may be negative, so most accepted observations with a figure also load.
    const amount: Indicator = { id: 'x', names, unit: '万元', kind: 'amount', direction: 'higher', signed: true };
    let loaded = 0;
    fc.assert(
      fc.property(dataSet, (raw) => {
        const one = cleanLoad(raw, () => amount);
        const fast = acceptedDataSet(raw);
        if (fast === undefined) {
          expect(one).toBeUndefined();
          return;
        }
        if (one === undefined) return;
        loaded += 1;
        expect(one.dataSet).toStrictEqual(fast);
        expect(layout(one.dataSet)).toEqual(layout(fast));
      }),
      { numRuns: 3000, seed: 17 },
    );
    expect(loaded).toBeGreaterThan(100);
  });

  it('accepts every bundled fixture, exactly as zod parses it', () => {
    const root = join(import.meta.dirname, '../../fixtures');
    for (const dir of readdirSync(root)) {
      for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'))) {
        const raw = JSON.parse(readFileSync(join(root, dir, file), 'utf8'));
        const fast = acceptedDataSet(raw);
        expect(fast, `${dir}/${file}`).toBeDefined();
        expect(layout(fast)).toEqual(layout(DataSetSchema.parse(raw)));
      }
    }
  });

  it('leaves exotic inputs to zod: class instances, inherited keys, __proto__ keys, cycles', () => {
    class Region {
      id = 'a';
      name = '甲';
    }
    const base = { schemaVersion: 1, region: { id: 'a', name: '甲' }, period: '2018', observations: [] };
    expect(acceptedDataSet(base)).toEqual(base);
    expect(acceptedDataSet({ ...base, region: new Region() })).toBeUndefined();
    expect(DataSetSchema.safeParse({ ...base, region: new Region() }).success).toBe(true);
    expect(acceptedDataSet(Object.assign(Object.create({ asOf: '2018-06-30' }), base))).toBeUndefined();
    expect(acceptedDataSet(JSON.parse('{"schemaVersion":1,"__proto__":{},"period":"2018"}'))).toBeUndefined();
    const cyclic: Record<string, unknown> = { ...base, observations: [] };
    (cyclic.observations as unknown[]).push({ indicator: 'x', provenance: cyclic });
    expect(acceptedDataSet(cyclic)).toBeUndefined();
  });

  it('loadDataSet still reports zod-level issues for what the validator refuses (NaN, Infinity, bad spellings)', () => {
    const lookup = loadBuiltinRuleSet('panan-2018').indicator;
    const raw = (value: unknown) => ({
      schemaVersion: 1,
      region: { id: 'a', name: '甲' },
      period: '2018',
      observations: [{ indicator: 'pm25-annual-mean', value, unit: 'μg/m³' }],
    });
    const codes = (value: unknown) => {
      try {
        loadDataSet(raw(value), lookup);
        return [];
      } catch (error) {
        return (error as InvalidInputError).issues.map((i) => `${i.code} ${i.path}`);
      }
    };
    expect(codes(Number.NaN)).toEqual(['E_NOT_FINITE $.observations[0].value']);
    expect(codes(Number.NEGATIVE_INFINITY)).toEqual(['E_NOT_FINITE $.observations[0].value']);
    expect(codes('1e3')).toEqual(['E_BAD_DECIMAL $.observations[0].value']);
    expect(codes('1'.repeat(31))).toEqual(['E_BAD_DECIMAL $.observations[0].value']);
    expect(codes('27.5')).toEqual([]);
  });
});
