import { D, type Dec, maxDec, ONE, sumDec, ZERO } from '../core/decimal.js';
import { aggregate } from './allocate.js';
import { type Credit, earnedPoints } from './methods.js';
import {
  assumeMet,
  type ItemReading,
  type PlanCategory,
  type PlanItem,
  type RegionReadings,
  type SchemeScore,
  type ScoringPlan,
  scoreWithPlan,
  totalsOf,
} from './score.js';

/** A target whose attainment would raise the score, with how hard it looks. */
export interface Candidate {
  readonly id: string;
  /** Position in rule-set order, for stable ties. */
  readonly index: number;
  /** 1 − attainment: a unit-free proxy for the effort of closing the gap (1 without data). */
  readonly effort: Dec;
}

/** One row of the points-recoverable table. */
export interface Recoverable {
  readonly id: string;
  readonly effort: Dec;
  /** Total points (scheme units) gained if this target alone were met. */
  readonly pointsGained: Dec;
  /** Gain in the score out of 100; null when nothing is scored either way. */
  readonly scoreGained: Dec | null;
  readonly gradeIfMet: string | null;
  /** Meeting this target alone lifts the grade at least one band. */
  readonly liftsGrade: boolean;
  /** Part of the smallest set found for the next grade. */
  readonly onRoute: boolean;
}

/**
 * How the next-grade set was found: `exact` (smallest, least effort), `greedy` (one target at a time,
 * each step trying every candidate: quadratic in scorings, used while that fits {@link GREEDY_SEARCH_LIMIT}),
 * or `ranked` (candidates ranked once by what each gains alone, the shortest lifting prefix found by
 * bisection, then pruned: linear in scorings, for large plans).
 */
export type SearchMethod = 'exact' | 'greedy' | 'ranked';

/** The smallest set of targets whose attainment lifts the grade one band. */
export interface NextGrade {
  readonly status: 'found' | 'top_grade' | 'unreachable' | 'no_grade';
  readonly from: string | null;
  /** The band one above the current grade. */
  readonly to: string | null;
  readonly method: SearchMethod | null;
  readonly targets: readonly string[];
  /** The result with those targets met. */
  readonly after: SchemeScore | null;
  /** Scorings tried. */
  readonly evaluated: number;
  /** Vetoes no target can lift (an event, a measured value): why the grade cannot rise. */
  readonly blockedBy: readonly string[];
  /**
   * True when pruning the set stopped at {@link SEARCH_BUDGET} scorings: the set lifts the grade but
   * may hold targets it does not need. Absent otherwise.
   */
  readonly stopped?: true;
}

/** One weight scenario of the sensitivity check. */
export interface Scenario {
  /** `equal-weights`, `category:<id>:+10%`, `target:<id>:-10%`. */
  readonly id: string;
  readonly grade: string | null;
  readonly score: Dec | null;
}

/** Whether the grade survives other plausible weights. */
export interface Sensitivity {
  readonly result: 'stable' | 'fragile';
  readonly scenarios: readonly Scenario[];
  /** The scenarios whose grade differs from the scheme's. */
  readonly changed: readonly Scenario[];
  readonly lowest: Dec | null;
  readonly highest: Dec | null;
  /** Scenarios scored in full; the rest were derived from the current points (see {@link sensitivity}). */
  readonly rescored: number;
}

/**
 * Exact search stops (and falls back to greedy) beyond this many scorings: all pairs of up to 45
 * candidates, all triples of up to 18. Each scoring costs O(n), so 4,096 made a 60-target plan take seconds.
 */
export const EXACT_SEARCH_LIMIT = 1024;

/**
 * The step-by-step greedy search runs while its worst case, n(n+1)/2 + n scorings for n candidates,
 * stays within this (n ≤ 30); beyond it each scoring also costs O(n), so the search grows as n³ (400
 * targets took a minute, a 60-target built-in plan two seconds), and the `ranked` search takes over.
 */
export const GREEDY_SEARCH_LIMIT = 512;

/**
 * The most scorings the `ranked` search spends (ranking, bisection and pruning together, besides the
 * exact search's sets of one before it); when pruning reaches it the set found so far is kept and the
 * result says `stopped`. A plan of 400 targets needs about 400 + 9 + the set's size.
 */
export const SEARCH_BUDGET = 2000;

/** Position of a grade in the bands, best first; a grade not among them ranks below all. */
export function gradeRank(plan: ScoringPlan, grade: string | null): number {
  if (grade === null) return plan.bands.length;
  const i = plan.bands.findIndex((b) => b.grade === grade);
  return i < 0 ? plan.bands.length : i;
}

/**
 * Targets that could add points: scored or excludable ones that are not met, lack data or earn less
 * than their points. Targets the scheme leaves out, not-applicable and not-yet-due ones are not
 * shortfalls.
 */
export function candidatesOf(
  plan: ScoringPlan,
  readings: RegionReadings,
  score: SchemeScore,
  effort: (id: string) => Dec,
): Candidate[] {
  return plan.items.flatMap((item, i) => {
    const r = readings.items[i] as ItemReading;
    if (r.excluded !== null && r.excluded !== 'no_data') return [];
    const s = score.items[i];
    const short = r.status === 'not_met' || r.status === 'no_data' || s?.earned.lt(s.possible) === true;
    return short ? [{ id: item.id, index: i, effort: effort(item.id) }] : [];
  });
}

function lifted(plan: ScoringPlan, from: SchemeScore, to: SchemeScore): boolean {
  return to.grade !== null && gradeRank(plan, to.grade) < gradeRank(plan, from.grade);
}

/**
 * Points recoverable per shortfall: each candidate met on its own, sorted so the report leads with
 * the cheapest route to a higher grade: targets that alone lift the grade (least effort first),
 * then the members of the next-grade set, then the rest by points gained; ties by effort, then
 * rule-set order.
 */
export function recoverable(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  candidates: readonly Candidate[],
  route: readonly string[] = [],
  alone: MetAlone = new Map(),
): Recoverable[] {
  const rows = candidates.map((c) => {
    const after = tryMet(plan, readings, [c], alone);
    const now100 = current.scores.total100;
    const then100 = after.scores.total100;
    return {
      row: {
        id: c.id,
        effort: c.effort,
        pointsGained: after.total.minus(current.total),
        scoreGained: then100 === null ? null : then100.minus(now100 ?? 0),
        gradeIfMet: after.grade,
        liftsGrade: lifted(plan, current, after),
        onRoute: route.includes(c.id),
      },
      index: c.index,
    };
  });
  const group = (r: Recoverable): number => (r.liftsGrade ? 0 : r.onRoute ? 1 : 2);
  rows.sort((a, b) => {
    const g = group(a.row) - group(b.row);
    if (g !== 0) return g;
    if (group(a.row) === 0)
      return (
        a.row.effort.comparedTo(b.row.effort) || b.row.pointsGained.comparedTo(a.row.pointsGained) || a.index - b.index
      );
    return (
      b.row.pointsGained.comparedTo(a.row.pointsGained) || a.row.effort.comparedTo(b.row.effort) || a.index - b.index
    );
  });
  return rows.map((r) => r.row);
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i += 1) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Every k-subset of 0..n−1 in lexicographic order. */
function* combinations(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield [...idx];
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i -= 1;
    if (i < 0) return;
    idx[i] = (idx[i] as number) + 1;
    for (let j = i + 1; j < k; j += 1) idx[j] = (idx[j - 1] as number) + 1;
  }
}

interface Tried {
  readonly set: readonly Candidate[];
  readonly score: SchemeScore;
}

/** Better of two sets of one size: less total effort, then a higher total, then earlier targets. */
function better(a: Tried, b: Tried): boolean {
  const e = sumDec(a.set.map((c) => c.effort)).comparedTo(sumDec(b.set.map((c) => c.effort)));
  if (e !== 0) return e < 0;
  const t = a.score.total.comparedTo(b.score.total);
  if (t !== 0) return t > 0;
  return a.set.map((c) => c.index).join(',') < b.set.map((c) => c.index).join(',');
}

/**
 * Each candidate's scoring when met alone, for one region: the exact search's sets of one, the greedy
 * search's first step, the ranked search's ranking and the points-recoverable table all score the same
 * sets of one, and a 400-target plan paid for them up to three times. One region's {@link nextGrade}
 * and {@link recoverable} share one, so nothing outlives the region.
 */
export type MetAlone = Map<Candidate, SchemeScore>;

function tryMet(plan: ScoringPlan, readings: RegionReadings, set: readonly Candidate[], alone?: MetAlone): SchemeScore {
  const only = set.length === 1 ? (set[0] as Candidate) : undefined;
  const known = only && alone?.get(only);
  if (known) return known;
  const score = scoreWithPlan(plan, assumeMet(readings, plan, new Set(set.map((c) => c.id))));
  if (only && alone) alone.set(only, score);
  return score;
}

/** Exact: sets of size 1, 2, … until one lifts the grade; undefined when the next size would pass the limit. */
function exactSearch(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  candidates: readonly Candidate[],
  limit: number,
  alone?: MetAlone,
): { best: Tried; evaluated: number } | { best: undefined; evaluated: number } {
  let evaluated = 0;
  for (let k = 1; k <= candidates.length; k += 1) {
    if (evaluated + binomial(candidates.length, k) > limit) return { best: undefined, evaluated };
    let best: Tried | undefined;
    for (const pick of combinations(candidates.length, k)) {
      const set = pick.map((i) => candidates[i] as Candidate);
      const score = tryMet(plan, readings, set, alone);
      evaluated += 1;
      if (lifted(plan, current, score) && (best === undefined || better({ set, score }, best))) best = { set, score };
    }
    if (best) return { best, evaluated };
  }
  return { best: undefined, evaluated };
}

/**
 * Greedy: add, one at a time, the target that gets closest to the next grade (lifts it; else lifts
 * the most vetoes; else raises the total the most; ties by least effort), then drop any target the
 * set still lifts the grade without. Not guaranteed minimal.
 */
function greedySearch(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  candidates: readonly Candidate[],
  alone?: MetAlone,
): { best: Tried; evaluated: number } {
  let evaluated = 0;
  let chosen: Candidate[] = [];
  let score = current;
  while (!lifted(plan, current, score) && chosen.length < candidates.length) {
    let step: Tried | undefined;
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      const set = [...chosen, c];
      const s = tryMet(plan, readings, set, alone);
      evaluated += 1;
      if (step === undefined || greedyBetter(plan, current, { set, score: s }, step)) step = { set, score: s };
    }
    if (!step) break;
    chosen = [...step.set];
    score = step.score;
  }
  for (const c of [...chosen].reverse()) {
    const without = chosen.filter((x) => x !== c);
    const s = tryMet(plan, readings, without);
    evaluated += 1;
    if (lifted(plan, current, s)) {
      chosen = without;
      score = s;
    }
  }
  return { best: { set: chosen, score }, evaluated };
}

function greedyBetter(plan: ScoringPlan, current: SchemeScore, a: Tried, b: Tried): boolean {
  const la = lifted(plan, current, a.score);
  const lb = lifted(plan, current, b.score);
  if (la !== lb) return la;
  const va = a.score.vetoedBy.length;
  const vb = b.score.vetoedBy.length;
  if (va !== vb) return va < vb;
  const t = a.score.total.comparedTo(b.score.total);
  if (t !== 0) return t > 0;
  const last = (x: Tried): Candidate => x.set[x.set.length - 1] as Candidate;
  return (
    last(a).effort.comparedTo(last(b).effort) < 0 ||
    (last(a).effort.eq(last(b).effort) && last(a).index < last(b).index)
  );
}

/**
 * Ranked: each candidate met alone is scored once and the candidates ordered as the greedy search's
 * first step orders them (lifts the grade, then fewest vetoes left, then the highest total, then least
 * effort, then rule-set order); the shortest prefix of that order that lifts the grade is found by
 * bisection, then members the set lifts the grade without are dropped, last first, while the budget
 * lasts. Linear in scorings; not guaranteed minimal.
 */
function rankedSearch(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  candidates: readonly Candidate[],
  budget: number,
  memo?: MetAlone,
): { best: Tried; evaluated: number; stopped: boolean } {
  let evaluated = 0;
  const alone = candidates.map((c) => {
    evaluated += 1;
    return { set: [c], score: tryMet(plan, readings, [c], memo) };
  });
  const order = alone
    .sort((a, b) => (greedyBetter(plan, current, a, b) ? -1 : greedyBetter(plan, current, b, a) ? 1 : 0))
    .map((t) => t.set[0] as Candidate);
  // Bisection for the shortest lifting prefix; the whole list lifts (nextGrade checked it).
  let lo = 1;
  let hi = order.length;
  let score: SchemeScore | undefined;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = tryMet(plan, readings, order.slice(0, mid));
    evaluated += 1;
    if (lifted(plan, current, s)) {
      hi = mid;
      score = s;
    } else lo = mid + 1;
  }
  let chosen = order.slice(0, lo);
  if (score === undefined || lo !== hi) {
    score = tryMet(plan, readings, chosen);
    evaluated += 1;
  }
  let stopped = false;
  for (const c of [...chosen].reverse()) {
    if (evaluated >= budget) {
      stopped = true;
      break;
    }
    const without = chosen.filter((x) => x !== c);
    const s = tryMet(plan, readings, without);
    evaluated += 1;
    if (lifted(plan, current, s)) {
      chosen = without;
      score = s;
    }
  }
  return { best: { set: chosen, score }, evaluated, stopped };
}

/** How far {@link nextGrade} may search, and a cache of single-target scorings to share. */
export interface NextGradeOptions {
  /** Most scorings the exact search (sizes 1, 2, …) may take before the greedy one. */
  readonly limit?: number;
  /** Most scorings the greedy search may take. */
  readonly budget?: number;
  /** Scores with one candidate met, shared with {@link pointsRecoverable} for the same region. */
  readonly alone?: MetAlone;
}

/**
 * The smallest set of targets whose attainment lifts the grade one band. Exact (sizes 1, 2, … in
 * turn, least effort first among sets of one size) while that takes at most `limit` scorings;
 * otherwise greedy with pruning (step by step for up to 30 candidates, ranked beyond, within `budget`
 * scorings), and the result says which, and whether the budget stopped the pruning. Vetoes no target
 * can lift block it.
 * `options.alone` shares the "met alone" scorings with {@link pointsRecoverable} for the same region.
 * @example nextGrade(plan, readings, score, candidates).targets // ['pm25-concentration']
 */
export function nextGrade(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  candidates: readonly Candidate[],
  options: NextGradeOptions = {},
): NextGrade {
  const { limit = EXACT_SEARCH_LIMIT, budget = SEARCH_BUDGET, alone = new Map() } = options;
  const from = current.grade;
  const none = { method: null, targets: [], after: null, evaluated: 0, blockedBy: [] };
  if (from === null) return { status: 'no_grade', from, to: null, ...none };
  const rank = gradeRank(plan, from);
  if (rank === 0) return { status: 'top_grade', from, to: null, ...none };
  const to = plan.bands[Math.min(rank, plan.bands.length) - 1]?.grade ?? null;
  const all = tryMet(plan, readings, candidates);
  if (!lifted(plan, current, all)) {
    const blockedBy = all.vetoedBy.map((v) => v.id);
    return { status: 'unreachable', from, to, method: null, targets: [], after: null, evaluated: 1, blockedBy };
  }
  const exact = exactSearch(plan, readings, current, candidates, limit, alone);
  const sorted = (set: readonly Candidate[]): string[] => [...set].sort((a, b) => a.index - b.index).map((c) => c.id);
  if (exact.best)
    return {
      status: 'found',
      from,
      to,
      method: 'exact',
      targets: sorted(exact.best.set),
      after: exact.best.score,
      evaluated: 1 + exact.evaluated,
      blockedBy: [],
    };
  const n = candidates.length;
  if ((n * (n + 1)) / 2 + n <= GREEDY_SEARCH_LIMIT) {
    const greedy = greedySearch(plan, readings, current, candidates, alone);
    return {
      status: 'found',
      from,
      to,
      method: 'greedy',
      targets: sorted(greedy.best.set),
      after: greedy.best.score,
      evaluated: 1 + exact.evaluated + greedy.evaluated,
      blockedBy: [],
    };
  }
  const ranked = rankedSearch(plan, readings, current, candidates, budget, alone);
  return {
    status: 'found',
    from,
    to,
    method: 'ranked',
    targets: sorted(ranked.best.set),
    after: ranked.best.score,
    evaluated: 1 + exact.evaluated + ranked.evaluated,
    blockedBy: [],
    ...(ranked.stopped ? { stopped: true as const } : {}),
  };
}

type Node = { readonly pinned: Dec | null; readonly weight: Dec };

/**
 * Moves one sibling's weight by a factor. A weighted sibling just changes weight (the shares
 * renormalise); a fixed one changes points and every fixed sibling is rescaled so the fixed total,
 * and so the budget, stays the same.
 */
export function moveWeight<T extends Node>(siblings: readonly T[], index: number, factor: Dec): T[] {
  const target = siblings[index] as T;
  if (target.pinned === null)
    return siblings.map((s, i) => (i === index ? { ...s, weight: s.weight.times(factor) } : s));
  const pinnedTotal = sumDec(siblings.flatMap((s) => (s.pinned === null ? [] : [s.pinned])));
  const moved = pinnedTotal.minus(target.pinned).plus(target.pinned.times(factor));
  const scale = moved.isZero() ? new D(1) : pinnedTotal.div(moved);
  return siblings.map((s, i) =>
    s.pinned === null ? s : { ...s, pinned: (i === index ? s.pinned.times(factor) : s.pinned).times(scale) },
  );
}

function equalPlan(plan: ScoringPlan): ScoringPlan {
  const one = new D(1);
  return {
    ...plan,
    categories: plan.categories.map((c) => ({ ...c, pinned: null, weight: one })),
    items: plan.items.map((i) => ({ ...i, pinned: null, weight: one })),
  };
}

function categoryScenarios(
  plan: ScoringPlan,
  current: SchemeScore,
  factors: ReadonlyArray<[string, Dec]>,
): Array<{ id: string; plan: ScoringPlan }> {
  const taking = plan.categories
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => (current.categories[i]?.possible ?? new D(0)).gt(0));
  if (taking.length < 2) return [];
  return taking.flatMap(({ c, i }) =>
    factors.map(([label, f]) => ({
      id: `category:${c.id}:${label}`,
      plan: { ...plan, categories: moveWeight<PlanCategory>(plan.categories, i, f) },
    })),
  );
}

/** A target scenario: its id, where the moved target sits, and its plan, built only when it must be re-scored. */
interface ItemScenario {
  readonly id: string;
  readonly category: number;
  readonly item: number;
  readonly factor: Dec;
  readonly plan: () => ScoringPlan;
}

function itemScenarios(
  plan: ScoringPlan,
  current: SchemeScore,
  factors: ReadonlyArray<[string, Dec]>,
  byCategory: ReadonlyArray<readonly number[]>,
): ItemScenario[] {
  const out: ItemScenario[] = [];
  plan.categories.forEach((_, ci) => {
    const members = byCategory[ci] as readonly number[];
    const scored = members.filter((i) => (current.items[i]?.possible ?? new D(0)).gt(0));
    if (scored.length < 2) return;
    const siblings = members.map((i) => plan.items[i] as PlanItem);
    for (const i of scored) {
      const local = members.indexOf(i);
      for (const [label, f] of factors) {
        const movedPlan = (): ScoringPlan => {
          const moved = moveWeight<PlanItem>(siblings, local, f);
          const items = [...plan.items];
          members.forEach((j, k) => {
            items[j] = moved[k] as PlanItem;
          });
          return { ...plan, items };
        };
        out.push({
          id: `target:${(plan.items[i] as PlanItem).id}:${label}`,
          category: ci,
          item: i,
          factor: f,
          plan: movedPlan,
        });
      }
    }
  });
  return out;
}

/** The plan's targets by category (positions in `plan.items`), found once rather than per scenario. */
function membersByCategory(plan: ScoringPlan): number[][] {
  const position = new Map(plan.categories.map((c, i) => [c.id, i]));
  const members: number[][] = plan.categories.map(() => []);
  plan.items.forEach((item, i) => {
    members[position.get(item.category) ?? -1]?.push(i);
  });
  return members;
}

/** A value with the target it belongs to, for keeping the two lowest or highest of a group. */
interface Held {
  readonly value: Dec;
  readonly item: number;
}

/** The lowest (or, with `highest`, the highest) two of the values seen, so one can be left out in O(1). */
function keepTwo(highest: boolean): { add: (value: Dec, item: number) => void; held: Held[] } {
  const held: Held[] = [];
  const before = (a: Dec, b: Dec): boolean => (highest ? a.gt(b) : a.lt(b));
  return {
    held,
    add: (value, item) => {
      const h = { value, item };
      if (held.length < 2) {
        held.push(h);
        if (held.length === 2 && before((held[1] as Held).value, (held[0] as Held).value)) held.reverse();
      } else if (before(value, (held[1] as Held).value)) {
        held[1] = h;
        if (before(value, (held[0] as Held).value)) held.reverse();
      }
    },
  };
}

/** The first held value that is not the given target's. */
function heldWithout(held: readonly Held[], item: number): Dec | null {
  return held.find((h) => h.item !== item)?.value ?? null;
}

/**
 * The scored targets of one category whose points move together when one of them is re-weighted:
 * the weighted ones (their shares of what fixed points leave scale by W ÷ W′ when one weight moves)
 * or the fixed ones (rescaled to keep their total when one of them moves). A group scaled by λ earns
 * λ × `credited` − `deducted` (a deduction counting as share 1) while no floored deduction changes
 * sides, that is while no `floors` value (deducted ÷ points) lies between 1 and λ. Under 取低 a share
 * keeps its ratio and a deduction's ratio is 1 − (deducted ÷ points) ÷ λ, so the group's lowest ratio
 * comes from its lowest share and its largest deduction ratios, kept two deep to leave the moved
 * target out.
 */
interface Group {
  readonly possible: Dec;
  readonly credited: Dec;
  readonly deducted: Dec;
  readonly floors: readonly Dec[];
  readonly lowShares: readonly Held[];
  readonly highCuts: readonly Held[];
  readonly highFloored: readonly Held[];
}

/** What a target with these points adds to `credited` and `deducted`: nothing for a deduction floored away. */
function creditTerms(points: Dec, credit: Credit): { credited: Dec; deducted: Dec } {
  if (credit.kind === 'share') return { credited: points.times(credit.share), deducted: ZERO };
  if (credit.floorAtZero && !points.gt(credit.points)) return { credited: ZERO, deducted: ZERO };
  return { credited: points, deducted: credit.points };
}

function groupOf(members: readonly number[], possible: readonly Dec[], credits: readonly Credit[]): Group {
  let total = ZERO;
  let credited = ZERO;
  let deducted = ZERO;
  const floors: Dec[] = [];
  const shares = keepTwo(false);
  const cuts = keepTwo(true);
  const floored = keepTwo(true);
  members.forEach((i, k) => {
    const p = possible[k] as Dec;
    const credit = credits[k] as Credit;
    total = total.plus(p);
    const t = creditTerms(p, credit);
    credited = credited.plus(t.credited);
    deducted = deducted.plus(t.deducted);
    if (credit.kind === 'share') shares.add(credit.share, i);
    else if (credit.floorAtZero) {
      floored.add(credit.points.div(p), i);
      if (credit.points.gt(0)) floors.push(credit.points.div(p));
    } else cuts.add(credit.points.div(p), i);
  });
  floors.sort((a, b) => a.comparedTo(b));
  return {
    possible: total,
    credited,
    deducted,
    floors,
    lowShares: shares.held,
    highCuts: cuts.held,
    highFloored: floored.held,
  };
}

/**
 * One category's points split so that moving one target's weight is O(1): its two groups, and for
 * each what the rest of the category contributes unchanged (points, earned, lowest ratio). Fixed and
 * weighted targets share the category's points as `allocate` shares them: the weighted ones split
 * what every fixed target's points (taking part or not, `pinnedTotal`) leave, by `weights`.
 */
interface CategoryParts {
  readonly aggregation: PlanCategory['aggregation'];
  readonly possible: Dec;
  readonly weights: Dec;
  readonly pinnedTotal: Dec;
  /**
   * Whether weighted targets with a weight above 0 take part but share (about) nothing: fixed points
   * rescaled then leave a remainder a rounding away from zero, and whether it is shared is not derived.
   */
  readonly remainderUnsure: boolean;
  readonly groups: Readonly<Record<'weighted' | 'pinned', Group>>;
  /** Per group: the other group's points, earned points and lowest earned ÷ possible. */
  readonly others: Readonly<Record<'weighted' | 'pinned', { possible: Dec; earned: Dec; lowest: Dec | null }>>;
}

function categoryParts(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  ci: number,
  members: readonly number[],
): CategoryParts {
  const category = plan.categories[ci] as PlanCategory;
  const points = current.categories[ci] as SchemeScore['categories'][number];
  const participating = members.filter((i) => (readings.items[i] as ItemReading).credit !== null);
  const isPinned = (i: number): boolean => (plan.items[i] as PlanItem).pinned !== null;
  const pinnedTotal = sumDec(members.flatMap((i) => (plan.items[i] as PlanItem).pinned ?? []));
  const weighted = participating.filter((i) => !isPinned(i));
  const weights = sumDec(weighted.map((i) => (plan.items[i] as PlanItem).weight));
  const weightedShare = sumDec(weighted.map((i) => current.possible[i] as Dec));
  const weightedLive = weighted.some((i) => (plan.items[i] as PlanItem).weight.gt(0));
  // Weighted_sum: every member's earned points count, even a deduction on no points (weight 0).
  const earnedAll = sumDec(members.map((i) => (current.items[i] as SchemeScore['items'][number]).earned));
  const scoredIn = (pinned: boolean): number[] =>
    participating.filter((i) => isPinned(i) === pinned && (current.possible[i] as Dec).gt(0));
  const group = (pinned: boolean): Group => {
    const m = scoredIn(pinned);
    return groupOf(
      m,
      m.map((i) => current.possible[i] as Dec),
      m.map((i) => (readings.items[i] as ItemReading).credit as Credit),
    );
  };
  const other = (pinned: boolean): { possible: Dec; earned: Dec; lowest: Dec | null } => {
    const m = scoredIn(pinned);
    const items = m.map((i) => current.items[i] as SchemeScore['items'][number]);
    const ratios = items.map((x) => x.earned.div(x.possible));
    const moving = scoredIn(!pinned).map((i) => (current.items[i] as SchemeScore['items'][number]).earned);
    return {
      possible: sumDec(items.map((x) => x.possible)),
      earned: earnedAll.minus(sumDec(moving)),
      lowest: lowestOf(ratios),
    };
  };
  return {
    aggregation: category.aggregation,
    possible: points.possible,
    weights,
    pinnedTotal,
    remainderUnsure: weightedLive && !weightedShare.gt(TIE_MARGIN),
    groups: { weighted: group(false), pinned: group(true) },
    others: { weighted: other(true), pinned: other(false) },
  };
}

/** Whether a floor lies between two scale factors, ends included (binary search over the sorted floors). */
function floorBetween(floors: readonly Dec[], a: Dec, b: Dec): boolean {
  const [lo, hi] = a.lt(b) ? [a, b] : [b, a];
  let first = 0;
  let last = floors.length;
  while (first < last) {
    const mid = (first + last) >>> 1;
    if ((floors[mid] as Dec).lt(lo)) first = mid + 1;
    else last = mid;
  }
  return first < floors.length && (floors[first] as Dec).lte(hi);
}

/**
 * How far from a rounding step a derived score may fall and still round as a full re-scoring does:
 * both sit within about 1e-36 of the exact value (40-digit arithmetic), so 1e-15 is ample. The same
 * margin keeps a remainder of fixed points that a rescaling could tip across zero out of derivation.
 */
const TIE_MARGIN = new D('1e-15');
const HALF = new D('0.5');

/** Whether a value lies so near a half-up rounding step at the precision that two computations may round apart. */
function nearRoundingStep(value: Dec, precision: number): boolean {
  const scaled = value.times(new D(10).pow(precision));
  return scaled.minus(scaled.floor()).minus(HALF).abs().lt(TIE_MARGIN);
}

/** The lowest of the values present, or null when none is. */
function lowestOf(values: ReadonlyArray<Dec | null>): Dec | null {
  let low: Dec | null = null;
  for (const v of values) if (v !== null && (low === null || v.lt(low))) low = v;
  return low;
}

/**
 * A category's points and earned points with one target's weight moved, in O(1): the moved
 * target's group scaled by λ (the target itself by λ × factor), the other group as it is. Null
 * where no exact shortcut exists: a floored deduction of the group would change sides, or fixed
 * points rescaled could tip a remainder of about zero across it.
 */
function movedCategory(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  parts: CategoryParts,
  scenario: ItemScenario,
): { possible: Dec; earned: Dec } | null {
  const item = plan.items[scenario.item] as PlanItem;
  const credit = (readings.items[scenario.item] as ItemReading).credit as Credit;
  const own = current.possible[scenario.item] as Dec;
  const which = item.pinned === null ? 'weighted' : 'pinned';
  let scale: Dec;
  if (item.pinned === null) {
    scale = parts.weights.div(parts.weights.minus(item.weight).plus(item.weight.times(scenario.factor)));
  } else {
    const moved = parts.pinnedTotal.minus(item.pinned).plus(item.pinned.times(scenario.factor));
    if (!moved.gt(0)) return null;
    if (parts.remainderUnsure) return null;
    scale = parts.pinnedTotal.div(moved);
  }
  const group = parts.groups[which];
  const other = parts.others[which];
  const ownAfter = own.times(scale).times(scenario.factor);
  const possible = other.possible.plus(group.possible.minus(own).times(scale)).plus(ownAfter);
  const earnedOwn = earnedPoints(ownAfter, credit);
  if (parts.aggregation === 'weighted_sum') {
    if (floorBetween(group.floors, ONE, scale)) return null;
    const before = creditTerms(own, credit);
    const rest = group.credited.minus(before.credited).times(scale).minus(group.deducted.minus(before.deducted));
    return { possible, earned: other.earned.plus(rest).plus(earnedOwn) };
  }
  const cut = heldWithout(group.highCuts, scenario.item);
  const floored = heldWithout(group.highFloored, scenario.item);
  const lowest = lowestOf([
    other.lowest,
    heldWithout(group.lowShares, scenario.item),
    cut === null ? null : ONE.minus(cut.div(scale)),
    floored === null ? null : maxDec(ONE.minus(floored.div(scale)), ZERO),
    earnedOwn.div(ownAfter),
  ]) as Dec;
  return { possible, earned: possible.times(lowest) };
}

/**
 * The plan's categories combined, with one category's points replaced, in O(1): the weighted sum
 * less the old earned points plus the new, or under 取低 the lowest ratio of the other categories (the
 * lowest two are kept, so the replaced one can be left out) against the new one's.
 */
interface PlanParts {
  readonly earned: Dec;
  readonly scoredPossible: Dec;
  readonly lowRatios: readonly Held[];
}

function planParts(plan: ScoringPlan, current: SchemeScore): PlanParts {
  const low = keepTwo(false);
  let scoredPossible = ZERO;
  current.categories.forEach((c, ci) => {
    if (!c.possible.gt(0)) return;
    scoredPossible = scoredPossible.plus(c.possible);
    low.add(c.earned.div(c.possible), ci);
  });
  return { earned: aggregate(plan.aggregation, current.categories), scoredPossible, lowRatios: low.held };
}

/** The plan's aggregated points with category `ci` at `moved` instead of its current points. */
function replacedEarned(
  plan: ScoringPlan,
  current: SchemeScore,
  parts: PlanParts,
  ci: number,
  moved: { possible: Dec; earned: Dec },
): Dec {
  const was = current.categories[ci] as SchemeScore['categories'][number];
  if (plan.aggregation === 'weighted_sum') return parts.earned.minus(was.earned).plus(moved.earned);
  const possible = parts.scoredPossible.minus(was.possible).plus(moved.possible);
  const lowest = lowestOf([heldWithout(parts.lowRatios, ci), moved.earned.div(moved.possible)]) as Dec;
  return possible.times(lowest);
}

/**
 * A target scenario's grade and score out of 100 derived from the current points in O(1), without
 * re-scoring every target: its category's points from {@link movedCategory}, the plan's from
 * {@link replacedEarned}, then the totals as a full scoring makes them. Null when the category has
 * no exact shortcut or a score lands next to a rounding step, where the caller re-scores in full so
 * the result is the same to the last digit.
 */
function derivedScenario(
  plan: ScoringPlan,
  readings: RegionReadings,
  current: SchemeScore,
  category: CategoryParts,
  whole: PlanParts,
  scenario: ItemScenario,
): { grade: string | null; score: Dec | null } | null {
  const moved = movedCategory(plan, readings, current, category, scenario);
  if (moved === null) return null;
  const maximum = current.maximum.minus(category.possible).plus(moved.possible);
  const earned = replacedEarned(plan, current, whole, scenario.category, moved);
  const totals = totalsOf(plan, readings, { earned, maximum, scored: true });
  const per100 = (v: Dec): Dec => v.times(100).div(maximum);
  const unrounded = [totals.total, totals.base, per100(totals.total), per100(totals.base)];
  if (unrounded.some((v) => nearRoundingStep(v, plan.precision))) return null;
  return { grade: totals.grade, score: totals.scores.total100 };
}

/**
 * Sensitivity of the grade to the weights: re-scores with all weights equal, and with each scored
 * category's and each scored target's weight moved by ±10% (one at a time); `fragile` when any
 * scenario changes the grade. A target's scenario in a plain weighted-sum category is derived in
 * O(1) from the category's weighted sum (2n scenarios of O(n) each made 400 targets take seconds);
 * it is re-scored in full where that does not hold or a score lands next to a rounding step, so
 * every grade and score is the one a full re-scoring gives.
 * @example sensitivity(plan, readings, score).result // 'stable'
 */
export function sensitivity(plan: ScoringPlan, readings: RegionReadings, current: SchemeScore): Sensitivity {
  const factors: Array<[string, Dec]> = [
    ['+10%', new D('1.1')],
    ['-10%', new D('0.9')],
  ];
  const rescored = [{ id: 'equal-weights', plan: equalPlan(plan) }, ...categoryScenarios(plan, current, factors)].map(
    ({ id, plan: p }) => {
      const s = scoreWithPlan(p, readings);
      return { id, grade: s.grade, score: s.scores.total100 };
    },
  );
  const byCategory = membersByCategory(plan);
  const whole = planParts(plan, current);
  // Built on first use: a category none of whose targets is moved costs nothing.
  const parts: Array<CategoryParts | undefined> = [];
  const partsOf = (ci: number): CategoryParts => {
    parts[ci] ??= categoryParts(plan, readings, current, ci, byCategory[ci] as readonly number[]);
    return parts[ci];
  };
  let fullMoves = 0;
  const moved = itemScenarios(plan, current, factors, byCategory).map((sc) => {
    const derived = derivedScenario(plan, readings, current, partsOf(sc.category), whole, sc);
    if (derived) return { id: sc.id, ...derived };
    fullMoves += 1;
    const s = scoreWithPlan(sc.plan(), readings);
    return { id: sc.id, grade: s.grade, score: s.scores.total100 };
  });
  const scenarios = [...rescored, ...moved];
  const rescoredCount = rescored.length + fullMoves;
  const changed = scenarios.filter((s) => s.grade !== current.grade);
  const values = scenarios.flatMap((s) => (s.score === null ? [] : [s.score]));
  const pick = (cmp: (a: Dec, b: Dec) => boolean): Dec | null =>
    values.length === 0 ? null : values.reduce((x, y) => (cmp(y, x) ? y : x));
  return {
    result: changed.length > 0 ? 'fragile' : 'stable',
    scenarios,
    changed,
    lowest: pick((a, b) => a.lt(b)),
    highest: pick((a, b) => a.gt(b)),
    rescored: rescoredCount,
  };
}
