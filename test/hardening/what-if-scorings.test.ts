/**
 * Issue 15, "Time and memory": one next-grade search scores each candidate met alone once, though the
 * exact search's sets of one and the ranked (or greedy) search's first step both try them; `evaluated`
 * still counts every set tried. The scorer is wrapped to count the scorings actually computed.
 */
import { describe, expect, it, vi } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { compileBand } from '../../src/scoring/bands.js';
import { NO_CREDIT } from '../../src/scoring/methods.js';
import * as score from '../../src/scoring/score.js';
import { candidatesOf, type MetAlone, nextGrade, recoverable } from '../../src/scoring/what-if.js';

vi.mock('../../src/scoring/score.js', async (original) => {
  const actual = await original<typeof import('../../src/scoring/score.js')>();
  return { ...actual, scoreWithPlan: vi.fn(actual.scoreWithPlan) };
});

const bands = [
  { grade: 'A', min: 90 },
  { grade: 'C', min: 60, below: 90 },
  { grade: 'D', below: 60 },
].map((b) => compileBand(b));

/** n equal unmet targets in one category (grade D; C needs 60% of them), effort rising with position. */
function unmet(n: number) {
  const plan: score.ScoringPlan = {
    budget: new D(100),
    basePoints: new D(0),
    aggregation: 'weighted_sum',
    categories: [{ id: 'c', pinned: null, weight: new D(1), aggregation: 'weighted_sum' }],
    items: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, category: 'c', pinned: null, weight: new D(1) })),
    caps: { bonus: null, penalty: null },
    bands,
    vetoGrade: 'D',
    precision: 2,
  };
  const readings: score.RegionReadings = {
    items: plan.items.map(() => ({ status: 'not_met', credit: NO_CREDIT, excluded: null, detail: {} })),
    adjustments: [],
    vetoes: [],
  };
  const current = score.scoreWithPlan(plan, readings);
  const candidates = candidatesOf(plan, readings, current, (id) => new D(Number(id.slice(1))).div(n));
  return { plan, readings, current, candidates };
}

describe('next grade scores each candidate alone once', () => {
  const computed = vi.mocked(score.scoreWithPlan);

  it.each([
    // 50 candidates: sets of one (50), sets of two would pass 1,024 → ranked, whose ranking repeats the 50.
    { n: 50, method: 'ranked' },
    // 20 candidates: sets of one (20) and of two (190), then sets of three would pass 1,024 → greedy,
    // whose first step repeats the 20.
    { n: 20, method: 'greedy' },
  ])('$n candidates, $method: every set tried is counted, the repeated sets of one computed once', ({ n, method }) => {
    const { plan, readings, current, candidates } = unmet(n);
    computed.mockClear();
    const result = nextGrade(plan, readings, current, candidates);
    expect(result).toMatchObject({ status: 'found', method, after: { grade: 'C' } });
    expect(result.targets).toHaveLength(Math.ceil(0.6 * n));
    expect(computed.mock.calls.length).toBe(result.evaluated - n);
  });
});

describe("the recoverable table reuses the search's scorings of each candidate alone", () => {
  const computed = vi.mocked(score.scoreWithPlan);

  it("with the search's cache it computes no scoring; without it, one per candidate, and the rows are equal", () => {
    const { plan, readings, current, candidates } = unmet(50);
    const alone: MetAlone = new Map();
    const next = nextGrade(plan, readings, current, candidates, { alone });
    computed.mockClear();
    const shared = recoverable(plan, readings, current, candidates, next.targets, alone);
    expect(computed.mock.calls.length).toBe(0);
    const own = recoverable(plan, readings, current, candidates, next.targets);
    expect(computed.mock.calls.length).toBe(50);
    expect(shared).toEqual(own);
    expect(shared).toHaveLength(50);
  });
});
