/**
 * Issue 15, "Time and memory": a streamed cohort keeps its region ids in typed arrays (cohort-ids.ts)
 * instead of a Map of strings. The set must be exact, never probabilistic: every id any string can
 * be, whatever the hash does, reads back as itself and is told apart from every other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idHash, regionIdSet } from '../../src/report/cohort-ids.js';

/** Strings with every kind of code unit: ASCII, two- and three-byte ones, pairs and lone surrogates. */
const anyId = fc
  .array(
    fc.oneof(
      fc.constantFrom('r', '1', '0', 'é', 'ß', '区', '镇', '\u07ff', '\u0800', '\uffff', '\ud800', '\udfff', '😀'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Checks a set against a Map model over the same operations; `hash` may force collisions. */
function agreesWithMap(ids: readonly string[], probes: readonly string[], hash?: (id: string) => number): void {
  const set = regionIdSet(hash);
  const model = new Map<string, number>();
  for (const id of ids) {
    const expected = model.has(id) ? -1 : model.size;
    if (expected >= 0) model.set(id, expected);
    expect(set.add(id)).toBe(expected);
  }
  expect(set.size()).toBe(model.size);
  for (const [id, place] of model) {
    expect(set.placeOf(id)).toBe(place);
    expect(set.idAt(place)).toBe(id);
  }
  for (const p of probes) expect(set.placeOf(p)).toBe(model.get(p) ?? -1);
}

describe('regionIdSet', () => {
  it('adds, finds and reads back ids exactly as a Map of strings does (any code units)', () => {
    fc.assert(
      fc.property(fc.array(anyId, { maxLength: 60 }), fc.array(anyId, { maxLength: 20 }), (ids, probes) => {
        agreesWithMap(ids, probes);
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('stays exact when every id has the same hash (each lookup then compares bytes)', () => {
    fc.assert(
      fc.property(fc.array(anyId, { maxLength: 40 }), fc.array(anyId, { maxLength: 10 }), (ids, probes) => {
        agreesWithMap(ids, probes, () => 7);
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('tells apart ids whose bytes would merge under a text encoder or a shared prefix', () => {
    const set = regionIdSet(() => 0);
    // Two lone surrogates a UTF-8 encoder would both turn into U+FFFD; a prefix and its extension;
    // one 3-byte unit against three 1-byte ones; the empty id.
    const ids = ['\ud800', '\udbff', '\ufffd', 'r1', 'r10', 'r1\u0000', '\u0800', 'à\u0080', ''];
    ids.forEach((id, place) => {
      expect(set.add(id)).toBe(place);
    });
    ids.forEach((id, place) => {
      expect(set.placeOf(id)).toBe(place);
      expect(set.idAt(place)).toBe(id);
    });
    expect(set.placeOf('r')).toBe(-1);
    expect(set.placeOf('r100')).toBe(-1);
    expect(set.add('r10')).toBe(-1);
    expect(set.size()).toBe(ids.length);
  });

  it('grows past its first table, arena and index sizes: 100,000 ids, then long ones', () => {
    const set = regionIdSet();
    for (let i = 0; i < 100_000; i += 1) expect(set.add(`3301${String(i).padStart(6, '0')}`)).toBe(i);
    expect(set.add('3301000000')).toBe(-1);
    expect(set.placeOf('3301099999')).toBe(99_999);
    expect(set.placeOf('3301100000')).toBe(-1);
    expect(set.idAt(54_321)).toBe('3301054321');
    // Ids longer than the arena's first 64 KiB and than one decoding chunk (4,096 units).
    const long = '镇'.repeat(30_000);
    expect(set.add(long)).toBe(100_000);
    expect(set.add(`${long}x`)).toBe(100_001);
    expect(set.idAt(100_000)).toBe(long);
    expect(set.placeOf(`${long}x`)).toBe(100_001);
    expect(set.placeOf(long.slice(1))).toBe(-1);
  });

  it('refuses a place it never gave', () => {
    const set = regionIdSet();
    set.add('a');
    expect(() => set.idAt(1)).toThrow(RangeError);
    expect(() => set.idAt(-1)).toThrow(RangeError);
    expect(() => set.idAt(0.5)).toThrow(RangeError);
  });

  it('hashes code units, so ids differing in one unit hash apart', () => {
    expect(idHash('r1')).not.toBe(idHash('r2'));
    expect(idHash('\ud800')).not.toBe(idHash('\udbff'));
  });
});
