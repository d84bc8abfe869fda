/**
 * Issue 15, "Time and memory": a streamed cohort keeps its region ids in typed arrays (cohort-ids.ts)
 * instead of a Map of strings. The set must be exact, never probabilistic: every id any string can
 * be, whatever the hash does, reads back as itself and is told apart from every other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { CohortSourceError, evaluateCohort, evaluateCohortStream } from '../../src/report/cohort.js';
import { idHash, regionIdSet } from '../../src/report/cohort-ids.js';
import { dataSet, ruleSet, target } from '../evaluation/_fixtures.js';

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

describe('the cohorts name regions from the id set', () => {
  const rs = ruleSet([
    target('top-half', {
      kind: 'rank',
      indicator: 'tst-pass-rate',
      top: { share: '0.5' },
      peerGroup: '全省',
      ties: 'shared',
    }),
  ]);
  const town = (id: string, rate: number) =>
    dataSet('2018', [{ indicator: 'tst-pass-rate', value: String(rate), unit: '%' }], {}, id);
  // Data sets take kebab-case ids only; these share prefixes and differ in their last character.
  const ids = ['zhuanqiao', 'r1-0', 'town-9', 'r1', 'r10'];
  const drain = async (run: AsyncGenerator<unknown, unknown>): Promise<unknown> => {
    let step = await run.next();
    while (!step.done) step = await run.next();
    return step.value;
  };
  const caught = async (run: AsyncGenerator<unknown, unknown>): Promise<unknown> => {
    try {
      await drain(run);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('names the region that vanished from the second pass, decoded back from its bytes', async () => {
    let pass = 0;
    const source = async function* (): AsyncGenerator<unknown> {
      pass += 1;
      for (const [i, id] of ids.entries()) if (pass === 1 || i !== 2) yield town(id, 90 + i);
    };
    const error = await caught(evaluateCohortStream(rs, source));
    expect(error).toBeInstanceOf(CohortSourceError);
    expect((error as CohortSourceError).region).toBe('town-9');
  });

  it('names a region repeated or new in the second pass', async () => {
    for (const second of [
      ['zhuanqiao', 'zhuanqiao'],
      ['zhuanqiao', 'r100'],
    ]) {
      let pass = 0;
      const source = async function* (): AsyncGenerator<unknown> {
        pass += 1;
        for (const [i, id] of (pass === 1 ? ids : second).entries()) yield town(id, 90 + i);
      };
      const error = await caught(evaluateCohortStream(rs, source));
      expect((error as CohortSourceError).region).toBe(second[1]);
    }
  });

  it('refuses a repeated id in the first pass with its place, in both APIs', async () => {
    const repeated = [...ids, 'r1-0'].map((id, i) => town(id, 90 + i));
    const streamed = await caught(
      evaluateCohortStream(rs, async function* () {
        yield* repeated;
      }),
    );
    let direct: unknown;
    try {
      evaluateCohort(rs, repeated);
    } catch (error) {
      direct = error;
    }
    for (const error of [streamed, direct]) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]).toMatchObject({ code: 'E_DUPLICATE_ID', path: '$[5].region.id' });
    }
  });

  it('ranks regions whose ids differ only past a shared prefix', async () => {
    const data = ids.map((id, i) => town(id, 90 + i));
    const run = evaluateCohortStream(rs, async function* () {
      yield* data;
    });
    const statuses: string[] = [];
    let step = await run.next();
    for (; !step.done; step = await run.next())
      statuses.push(`${step.value.region.id}:${step.value.targets[0]?.status}`);
    // Top half of five by rate (90 … 94): the best two and a half, so the three best are met.
    expect(statuses).toEqual(['zhuanqiao:not_met', 'r1-0:not_met', 'town-9:met', 'r1:met', 'r10:met']);
    expect(step.value.size).toBe(5);
  });
});
