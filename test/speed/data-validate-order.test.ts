import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { cleanLoad, cleanParts } from '../../src/observations/clean.js';
import type { IndicatorLookup } from '../../src/observations/entries.js';
import { type DataSet, DataSetSchema } from '../../src/observations/schema.js';
import { acceptedDataSet } from '../../src/observations/validate.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';

/** A value's structure with key order and keys holding undefined made visible (toStrictEqual ignores order). */
function layout(v: unknown): unknown {
  if (v instanceof Map) return ['Map', [...v].map(([k, x]) => [k, layout(x)])];
  if (v instanceof D) return ['Dec', v.toString(), v.isNegative()];
  if (Array.isArray(v)) return v.map(layout);
  if (typeof v === 'object' && v !== null)
    return Object.keys(v).map((k) => [k, layout((v as Record<string, unknown>)[k])]);
  return v;
}

/** `v` with the keys of every object it holds reordered by a seeded shuffle (values unchanged). */
function shuffled(v: unknown, next: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffled(x, next));
  if (typeof v !== 'object' || v === null) return v;
  const keys = Object.keys(v);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = shuffled((v as Record<string, unknown>)[key], next);
  return out;
}

const root = join(import.meta.dirname, '../../fixtures');
/** Every built-in rule set's indicators, so each fixture's observations resolve. */
const ruleSets = BUILTIN_RULE_SET_IDS.map((id) => loadBuiltinRuleSet(id));
const lookup: IndicatorLookup = (id) => {
  for (const ruleSet of ruleSets) {
    const indicator = ruleSet.indicator(id);
    if (indicator !== undefined) return indicator;
  }
  return undefined;
};
const FIXTURES = readdirSync(root).flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as unknown),
);

describe('compiled validator, keys in any order', () => {
  it('returns zod’s value with keys in schema order whatever order the input gives them in', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.integer({ min: 1, max: 2 ** 30 }), (raw, seed) => {
        let state = seed;
        const input = shuffled(raw, () => {
          state = (state * 1103515245 + 12345) % 2 ** 31;
          return state;
        });
        const fast = acceptedDataSet(input);
        expect(fast).toBeDefined();
        expect(layout(fast)).toEqual(layout(DataSetSchema.parse(input)));
        // The one-pass loader copies the data set the same way (every fixture loads without an issue), and
        // reads each observation's fields right whichever check took it.
        const one = cleanLoad(input, lookup);
        expect(layout(one?.dataSet)).toEqual(layout(fast));
        expect(layout(one?.parts)).toEqual(layout(cleanParts(fast as DataSet, lookup)));
      }),
      { numRuns: 200, seed: 21 },
    );
  });

  it('keeps a key given as undefined where zod keeps it, in order or not', () => {
    const base = { schemaVersion: 1, region: { id: 'a', name: '甲' }, period: '2018' };
    for (const observation of [
      { indicator: 'x', period: undefined, value: '1', unit: '%' },
      { value: '1', indicator: 'x', period: undefined, unit: '%' },
    ]) {
      const raw = { ...base, observations: [observation] };
      expect(layout(acceptedDataSet(raw))).toEqual(layout(DataSetSchema.parse(raw)));
    }
    // A required key given as undefined is zod's to word.
    expect(acceptedDataSet({ ...base, observations: [{ indicator: undefined, value: '1' }] })).toBeUndefined();
    expect(acceptedDataSet({ ...base, observations: [{ value: '1', indicator: undefined }] })).toBeUndefined();
  });
});
