import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, decimalString, sumDec } from '../../src/core/decimal.js';
import { InvalidInputError } from '../../src/core/errors.js';
import type { CohortView } from '../../src/kinds/contract.js';
import { rankAmong } from '../../src/kinds/rank/compile.js';
import {
  CohortSourceError,
  type CohortSummary,
  evaluateCohort,
  evaluateCohortStream,
  rankByScore,
  valueStatistics,
} from '../../src/report/cohort.js';
import { columnBuilder } from '../../src/report/cohort-column.js';
import { evaluateWithEngine } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { dataSet, result, ruleSet, target } from './_fixtures.js';

const rs = ruleSet(
  [
    target('top-10pct', {
      kind: 'rank',
      indicator: 'tst-pass-rate',
      top: { share: '0.1' },
      peerGroup: '全县乡镇',
      ties: 'shared',
    }),
    target('top-50-dense', {
      kind: 'rank',
      indicator: 'tst-pass-rate',
      top: { count: 50 },
      peerGroup: '全县乡镇',
      ties: 'dense',
    }),
    target('above-avg', {
      kind: 'benchmark',
      indicator: 'tst-pass-rate',
      benchmark: 'district-average',
      comparison: 'at_least',
      cohortFallback: 'mean',
    }),
    target('rate-95', { kind: 'at_least', indicator: 'tst-pass-rate', threshold: 95, unit: '%' }),
    target('pm', { kind: 'at_most', indicator: 'tst-pm25', threshold: 35, unit: 'μg/m³' }),
  ],
  { period: { start: '2018-01-01', end: '2018-12-31' } },
);

/** A small deterministic PRNG (mulberry32), so the 500-region cohort is the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Town {
  id: string;
  /** Pass rate in tenths of a percent (800 → 80.0%). */
  rate: number;
  /** PM2.5 in μg/m³, absent for every 7th town. */
  pm?: number;
}

function towns(n: number, seed: number): Town[] {
  const rand = prng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `town-${String(i).padStart(3, '0')}`,
    rate: 800 + Math.floor(rand() * 201),
    ...(i % 7 === 3 ? {} : { pm: 20 + Math.floor(rand() * 30) }),
  }));
}

function toData(t: Town): Record<string, unknown> {
  const obs: unknown[] = [{ indicator: 'tst-pass-rate', value: String(t.rate / 10), unit: '%' }];
  if (t.pm !== undefined) obs.push({ indicator: 'tst-pm25', value: t.pm, unit: 'μg/m³' });
  return dataSet('2018', obs, {}, t.id);
}

/** Renders an exact ratio of integers with a power-of-ten denominator as a plain decimal string. */
function tenths(numerator: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const int = numerator / scale;
  const frac = (numerator % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

describe('cohort: 500 regions against an independent computation', () => {
  const cohort = towns(500, 20180101);
  const out = evaluateCohort(rs, cohort.map(toData));
  const byId = new Map(out.reports.map((r) => [r.region.id, r]));

  it('ranks every region as counting the better values by hand does (shared and dense ties)', () => {
    const k = Math.ceil(0.1 * 500);
    for (const t of cohort) {
      const others = cohort.filter((o) => o.id !== t.id);
      const shared = 1 + others.filter((o) => o.rate > t.rate).length;
      const dense = 1 + new Set(others.filter((o) => o.rate > t.rate).map((o) => o.rate)).size;
      const report = byId.get(t.id) as Report;
      expect(result(report, 'top-10pct').detail).toMatchObject({ position: shared, of: 500, cutoff: k });
      expect(result(report, 'top-10pct').status).toBe(shared <= k ? 'met' : 'not_met');
      expect(result(report, 'top-50-dense').detail).toMatchObject({ position: dense, cutoff: 50 });
      expect(result(report, 'top-50-dense').status).toBe(dense <= 50 ? 'met' : 'not_met');
    }
  });

  it('uses the cohort mean as 全区平均水平 and compares exactly', () => {
    const sum = cohort.reduce((s, t) => s + t.rate, 0);
    const mean = tenths(BigInt(sum) * 2n, 4); // sum / 10 / 500 = 2·sum / 10⁴
    for (const t of cohort) {
      const r = result(byId.get(t.id) as Report, 'above-avg');
      expect(r.observed.find((o) => o.benchmark === 'cohort-mean')?.value).toBe(new D(mean).toString());
      expect(r.status).toBe(500 * t.rate >= sum ? 'met' : 'not_met');
    }
  });

  it('statistics per target: count, mean, median, min, max and status counts', () => {
    const rates = cohort.map((t) => t.rate).sort((a, b) => a - b);
    const sum = rates.reduce((s, v) => s + v, 0);
    const rate = out.statistics.find((s) => s.target === 'rate-95');
    expect(rate).toMatchObject({
      indicator: 'tst-pass-rate',
      unit: '%',
      count: 500,
      mean: tenths(BigInt(sum) * 2n, 4),
      median: String(((rates[249] as number) + (rates[250] as number)) / 20),
      min: String((rates[0] as number) / 10),
      max: String((rates[499] as number) / 10),
    });
    expect(rate?.statuses).toEqual({
      met: rates.filter((v) => v >= 950).length,
      not_met: rates.filter((v) => v < 950).length,
      no_data: 0,
      not_applicable: 0,
      not_due: 0,
    });

    const pms = cohort.flatMap((t) => (t.pm === undefined ? [] : [t.pm])).sort((a, b) => a - b);
    const pm = out.statistics.find((s) => s.target === 'pm');
    expect(pm?.count).toBe(pms.length);
    expect(pm?.min).toBe(String(pms[0]));
    expect(pm?.max).toBe(String(pms[pms.length - 1]));
    const mid = Math.floor(pms.length / 2);
    expect(pm?.median).toBe(String(pms.length % 2 ? pms[mid] : ((pms[mid] as number) + (pms[mid - 1] as number)) / 2));
    expect(Math.abs(Number(pm?.mean) - pms.reduce((s, v) => s + v, 0) / pms.length)).toBeLessThan(1e-9);
    expect(pm?.statuses.no_data).toBe(cohort.length - pms.length);
    expect(pm?.statuses.met).toBe(pms.filter((v) => v <= 35).length);
  });

  it('ranks regions by score, ties sharing a rank, ties listed by region id', () => {
    const scored = out.reports.map((r) => ({ id: r.region.id, score: Number(r.score) }));
    const expected = [...scored].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    expect(out.ranking.map((r) => r.region)).toEqual(expected.map((e) => e.id));
    out.ranking.forEach((entry, i) => {
      const better = scored.filter((s) => s.score > Number(entry.score)).length;
      expect(entry.rank).toBe(better + 1);
      expect(out.ranking[i]?.score).toBe(byId.get(entry.region)?.score);
    });
  });

  it('the cohort reports agree with json-rules-engine given the same cohort', async () => {
    const list = cohort.map((t) => ({ region: t.id, value: new D(String(t.rate / 10)) }));
    const pm = cohort.flatMap((t) => (t.pm === undefined ? [] : [{ region: t.id, value: new D(t.pm) }]));
    const view: CohortView = {
      size: 500,
      values: (id) => (id === 'tst-pass-rate' ? list : id === 'tst-pm25' ? pm : []),
    };
    for (const t of cohort.slice(0, 25)) {
      const engine = await evaluateWithEngine(rs, toData(t), { cohort: view });
      expect(JSON.stringify(engine)).toBe(JSON.stringify(byId.get(t.id)));
    }
  });
});

describe('cohort: streaming', () => {
  const cohort = towns(120, 7);
  const data = cohort.map(toData);

  async function* source(): AsyncGenerator<unknown> {
    for (const d of data) yield d;
  }

  async function drain(
    run: AsyncGenerator<Report, CohortSummary>,
  ): Promise<{ reports: Report[]; summary: CohortSummary }> {
    const reports: Report[] = [];
    let step = await run.next();
    for (; !step.done; step = await run.next()) reports.push(step.value);
    return { reports, summary: step.value };
  }

  it('yields the same reports as the in-memory call and returns the same summary', async () => {
    const { reports, summary } = await drain(evaluateCohortStream(rs, source));
    const inMemory = evaluateCohort(rs, data);
    expect(JSON.stringify(reports)).toBe(JSON.stringify(inMemory.reports));
    expect(summary).toEqual({ size: inMemory.size, statistics: inMemory.statistics, ranking: inMemory.ranking });
  });

  it('yields each report while the second pass is under way (it does not buffer the reports)', async () => {
    let pulled = 0;
    let passes = 0;
    async function* counting(): AsyncGenerator<unknown> {
      passes += 1;
      pulled = 0;
      for (const d of data) {
        pulled += 1;
        yield d;
      }
    }
    const run = evaluateCohortStream(rs, counting);
    const first = await run.next();
    expect(first.done).toBe(false);
    expect(passes).toBe(2);
    expect(pulled).toBe(1);
  });

  it('throws when the second pass differs from the first', async () => {
    let call = 0;
    const changing = async function* (): AsyncGenerator<unknown> {
      call += 1;
      yield* call === 1 ? data.slice(0, 3) : [data[0], data[4]];
    };
    await expect(drain(evaluateCohortStream(rs, changing))).rejects.toBeInstanceOf(CohortSourceError);
    let call2 = 0;
    const shrinking = async function* (): AsyncGenerator<unknown> {
      call2 += 1;
      yield* call2 === 1 ? data.slice(0, 3) : data.slice(0, 2);
    };
    await expect(drain(evaluateCohortStream(rs, shrinking))).rejects.toBeInstanceOf(CohortSourceError);
  });
});

describe('cohort: input checks and helpers', () => {
  it('a repeated region id and an invalid data set are input errors', () => {
    const t = towns(3, 1);
    try {
      evaluateCohort(rs, [toData(t[0] as Town), toData(t[1] as Town), toData(t[0] as Town)]);
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).issues[0]).toMatchObject({ code: 'E_DUPLICATE_ID', path: '$[2].region.id' });
    }
    const bad = { ...toData(t[0] as Town), observations: [{ indicator: 'tst-pass-rate', value: '101', unit: '%' }] };
    expect(() => evaluateCohort(rs, [bad])).toThrow(InvalidInputError);
  });

  it('valueStatistics and rankByScore', () => {
    expect(valueStatistics([new D(4), new D(1), new D(2)])).toEqual({
      count: 3,
      mean: '2.3333333333',
      median: '2',
      min: '1',
      max: '4',
    });
    expect(valueStatistics([])).toEqual({ count: 0, mean: null, median: null, min: null, max: null });
    const ranked = rankByScore([
      { region: 'c', name: 'C', score: '80.00', grade: 'B' },
      { region: 'a', name: 'A', score: null, grade: null },
      { region: 'b', name: 'B', score: '90.00', grade: 'A' },
      { region: 'd', name: 'D', score: '80.0', grade: 'B' },
      { region: 'e', name: 'E', score: '70.00', grade: 'C' },
    ]);
    expect(ranked.map((r) => `${r.rank}:${r.region}`)).toEqual(['1:b', '2:c', '2:d', '4:e', 'null:a']);
  });
});

describe('cohort: properties', () => {
  const arbCohort = fc.array(
    fc.record({
      rate: fc.integer({ min: 900, max: 1000 }),
      pm: fc.option(fc.integer({ min: 20, max: 50 }), { nil: undefined }),
      key: fc.double({ noNaN: true }),
    }),
    { minLength: 1, maxLength: 25 },
  );

  it('ranks and cohort statistics do not depend on the order of the cohort', () => {
    fc.assert(
      fc.property(arbCohort, (rows) => {
        const list: Town[] = rows.map((r, i) => ({
          id: `t-${i}`,
          rate: r.rate,
          ...(r.pm === undefined ? {} : { pm: r.pm }),
        }));
        const shuffled = list
          .map((t, i) => ({ t, key: rows[i]?.key ?? 0 }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.t);
        const a = evaluateCohort(rs, list.map(toData));
        const b = evaluateCohort(rs, shuffled.map(toData));
        expect(b.statistics).toEqual(a.statistics);
        expect(b.ranking).toEqual(a.ranking);
        const reportsById = (out: typeof a) =>
          Object.fromEntries(out.reports.map((r) => [r.region.id, JSON.stringify(r)]));
        expect(reportsById(b)).toEqual(reportsById(a));
      }),
      { numRuns: 60 },
    );
  });
});

describe('cohort columns: sorted once, exact beyond what a double holds', () => {
  // Values that doubles confuse: neighbours one unit apart in the 30th digit, -0 and 0, 1e+21 and up.
  const pool = [
    '0',
    '-0',
    '0.1',
    '0.30000000000000004',
    '0.3',
    '0.300000000000000000000000000001',
    '0.299999999999999999999999999999',
    '93.99999999999999999',
    '94',
    '94.0000000000000000000000000001',
    '9007199254740993',
    '9007199254740992',
    '1000000000000000000000',
    '1000000000000000000000.00000001',
    '-5.5',
    '-5.50000000000000000000000001',
  ];
  const values = fc.array(fc.constantFrom(...pool), { minLength: 0, maxLength: 40 });

  it('better(own) counts strictly better values and distinct ones exactly as a pass over every value does', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(...pool), fc.boolean(), (texts, ownText, higher) => {
        const builder = columnBuilder();
        for (const t of texts) builder.add(new D(t));
        const column = builder.finish();
        const own = new D(ownText);
        const all = texts.map((t) => new D(t));
        const better = all.filter((v) => (higher ? v.gt(own) : v.lt(own)));
        expect(column.better(own, higher)).toEqual({
          values: better.length,
          distinct: new Set(better.map((v) => v.toString())).size,
        });
        // The rank a target gives, as rankAmong over the peers gives it (own among the values).
        if (texts.includes(ownText)) {
          const peers = [...all];
          peers.splice(texts.indexOf(ownText), 1);
          expect(1 + column.better(own, higher).values).toBe(rankAmong(own, peers, higher, 'shared'));
          expect(1 + column.better(own, higher).distinct).toBe(rankAmong(own, peers, higher, 'dense'));
        }
      }),
      { seed: 16, numRuns: 400 },
    );
  });

  it('statistics from the column equal those of sorting the decimals: min, max, median, exact mean', () => {
    fc.assert(
      fc.property(values, (texts) => {
        const all = texts.map((t) => new D(t));
        const sorted = [...all].sort((a, b) => a.comparedTo(b));
        const stats = valueStatistics(all);
        if (all.length === 0) {
          expect(stats).toEqual({ count: 0, mean: null, median: null, min: null, max: null });
          return;
        }
        const mid = Math.floor(sorted.length / 2);
        const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid] as Dec).plus(sorted[mid - 1] as Dec).div(2);
        expect(stats).toEqual({
          count: all.length,
          mean: decimalString(sumDec(all).div(all.length), 10),
          median: (median as Dec).toString(),
          min: (sorted[0] as Dec).toString(),
          max: (sorted[sorted.length - 1] as Dec).toString(),
        });
      }),
      { seed: 17, numRuns: 400 },
    );
  });

  it('holds a decimal only for values a double cannot hold, in exact order', () => {
    const builder = columnBuilder();
    for (const t of ['96.5', '0.1', '93.99999999999999999', '-0', '9007199254740993']) builder.add(new D(t));
    const column = builder.finish();
    expect(column.decimals).toBe(2);
    expect([0, 1, 2, 3, 4].map((i) => column.at(i).toString())).toEqual([
      '0',
      '0.1',
      '93.99999999999999999',
      '96.5',
      '9007199254740993',
    ]);
  });
});
