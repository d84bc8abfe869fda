/**
 * Issue 15, "Time and memory": the next-grade search with a scheme used to grow as n³ (400 targets, a
 * minute). Past 30 candidates it ranks them once and bisects (linear in scorings), within a documented
 * budget; a budget reached while pruning says `stopped` in the result and in the report text.
 */
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { SCHEME_MESSAGES } from '../../src/locales/index.js';
import { compileBand } from '../../src/scoring/bands.js';
import { NO_CREDIT } from '../../src/scoring/methods.js';
import { type RegionReadings, type ScoringPlan, scoreWithPlan } from '../../src/scoring/score.js';
import {
  candidatesOf,
  EXACT_SEARCH_LIMIT,
  GREEDY_SEARCH_LIMIT,
  nextGrade,
  SEARCH_BUDGET,
} from '../../src/scoring/what-if.js';

const bands = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80, below: 90 },
  { grade: 'C', min: 60, below: 80 },
  { grade: 'D', below: 60 },
].map((b) => compileBand(b));

/** n equal targets in one category, none met (grade D); C needs 60% of them. Effort: the reverse of rule-set order. */
function unmet(n: number) {
  const plan: ScoringPlan = {
    budget: new D(100),
    basePoints: new D(0),
    aggregation: 'weighted_sum',
    categories: [{ id: 'c', pinned: null, weight: new D(1), aggregation: 'weighted_sum' }],
    items: Array.from({ length: n }, (_, i) => ({
      id: `t${String(i).padStart(3, '0')}`,
      category: 'c',
      pinned: null,
      weight: new D(1),
    })),
    caps: { bonus: null, penalty: null },
    bands,
    vetoGrade: 'D',
    precision: 2,
  };
  const readings: RegionReadings = {
    items: plan.items.map(() => ({ status: 'not_met', credit: NO_CREDIT, excluded: null, detail: {} })),
    adjustments: [],
    vetoes: [],
  };
  const score = scoreWithPlan(plan, readings);
  // Later targets are easier: the search must pick the last 60% of them.
  const candidates = candidatesOf(plan, readings, score, (id) => new D(n - Number(id.slice(1))).div(n));
  return { plan, readings, score, candidates };
}

const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, i) => `t${String(from + i).padStart(3, '0')}`);

describe('next grade over many candidates', () => {
  it('step-by-step greedy up to 30 candidates, ranked from 31 (n(n+1)/2 + n against the limit)', () => {
    expect([GREEDY_SEARCH_LIMIT, EXACT_SEARCH_LIMIT]).toEqual([512, 1024]);
    const at30 = unmet(30);
    const g = nextGrade(at30.plan, at30.readings, at30.score, at30.candidates);
    expect(g.method).toBe('greedy');
    expect(g.targets).toEqual(ids(12, 30));
    const at31 = unmet(31);
    const r = nextGrade(at31.plan, at31.readings, at31.score, at31.candidates);
    expect(r.method).toBe('ranked');
    // 60% of 31 is 18.6, so 19 targets: the 19 with the least effort, the last ones.
    expect(r.targets).toEqual(ids(12, 31));
    expect(r.after?.grade).toBe('C');
    expect(r.stopped).toBeUndefined();
  });

  it('400 candidates: the 240 easiest, in a number of scorings linear in n', () => {
    const big = unmet(400);
    const r = nextGrade(big.plan, big.readings, big.score, big.candidates);
    expect(r).toMatchObject({ status: 'found', from: 'D', to: 'C', method: 'ranked' });
    expect(r.targets).toEqual(ids(160, 400));
    // 1 (all met) + 400 (exact, sets of one) + 400 (each alone) + 9 (bisection) + ≤ 1 + 240 (pruning).
    expect(r.evaluated).toBeLessThanOrEqual(1 + 400 + 400 + 9 + 1 + 240);
    expect(r.evaluated - 1 - 400).toBeLessThanOrEqual(SEARCH_BUDGET);
  });

  it('a budget reached while pruning keeps a set that lifts the grade and says stopped', () => {
    const big = unmet(120);
    // A budget of 130: 120 (each alone) + 7 (bisection) leaves 3 scorings of pruning for 72 members.
    const r = nextGrade(big.plan, big.readings, big.score, big.candidates, { budget: 130 });
    expect(r.stopped).toBe(true);
    expect(r.after?.grade).toBe('C');
    expect(r.targets).toEqual(ids(48, 120));
    expect(r.evaluated).toBe(1 + 120 + 130); // all met, the exact search's sets of one, the budget
    const roomy = nextGrade(big.plan, big.readings, big.score, big.candidates, { budget: 1000 });
    expect(roomy.stopped).toBeUndefined();
    expect(roomy.targets).toEqual(ids(48, 120));
  });

  it('the stopped note, in three languages', () => {
    expect(SCHEME_MESSAGES.whatIf.stopped(2000)).toEqual({
      'zh-Hans': '（试算达到上限2000次，搜索已停止，所列目标中可能仍有不必要的项）',
      'zh-Hant': '（試算達到上限2000次，搜索已停止，所列目標中可能仍有不必要的項）',
      en: ' (search stopped at its limit of 2000 scorings: some of these targets may not be needed)',
    });
  });
});
