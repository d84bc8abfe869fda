import { z } from 'zod';
import { D, type Dec, HUNDRED, maxDec, minDec, sumDec, ZERO } from '../core/decimal.js';
import { type Status, StatusSchema } from '../evaluation/outcome.js';
import { type Aggregation, aggregate, allocate } from './allocate.js';
import { type NamedScores, type SchemeBand, schemeGradeFor } from './bands.js';
import { type Credit, earnedPoints, FULL_CREDIT, NO_CREDIT } from './methods.js';

export type { Status };

/** Why a target's points are left out of the maximum (`not_in_scheme`: a scheme scoring only what it lists). */
export type Exclusion =
  | 'no_data'
  | 'not_applicable'
  | 'not_due'
  | 'aspirational_unscored'
  | 'not_in_scheme'
  | 'aspirational_bonus';

/** 加分项 or 扣分项. */
export const AdjustmentTypeSchema = z.enum(['bonus', 'penalty']);

/** Whether an adjustment adds or takes points. */
export type AdjustmentType = z.infer<typeof AdjustmentTypeSchema>;

/** The verdict a target-conditioned bonus or penalty item is paid on. */
export const TargetConditionSchema = StatusSchema.extract(['met', 'not_met']);

/** A target's place in a scheme's points tree. */
export interface PlanItem {
  readonly id: string;
  readonly category: string;
  readonly pinned: Dec | null;
  readonly weight: Dec;
}

/** A category's place in a scheme's points tree. */
export interface PlanCategory {
  readonly id: string;
  readonly pinned: Dec | null;
  readonly weight: Dec;
  readonly aggregation: Aggregation;
}

/**
 * Everything scoring needs of a scheme bound to a rule set (region-independent, plain data). A rule
 * set's own scoring block is one too (see `ruleSetScoring`), so every score comes from {@link scoreWithPlan}.
 */
export interface ScoringPlan {
  /** 满分, base points included. */
  readonly budget: Dec;
  readonly basePoints: Dec;
  readonly aggregation: Aggregation;
  readonly categories: readonly PlanCategory[];
  /** In rule-set order. */
  readonly items: readonly PlanItem[];
  readonly caps: { readonly bonus: Dec | null; readonly penalty: Dec | null };
  /** The most the total may reach (加分后总分不超过满分): the budget, or null when bonus items may pass it. */
  readonly totalCap?: Dec | null;
  /** Best first. */
  readonly bands: readonly SchemeBand[];
  readonly vetoGrade: string;
  readonly precision: number;
}

/** What the region's data make of one target under its method. */
export interface ItemReading {
  readonly status: Status;
  /** Null when the target is left out of the maximum (see `excluded`). */
  readonly credit: Credit | null;
  readonly excluded: Exclusion | null;
  /** Method-specific facts for the report (steps, deducted points, level reached…). */
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

/** A bonus or penalty item as read from the region's data: its raw points before caps. */
export interface AdjustmentReading {
  readonly id: string;
  readonly type: AdjustmentType;
  readonly cap: Dec;
  /** Occurrences (events, units of an indicator, or 1/0 for a target condition); null without data. */
  readonly count: Dec | null;
  readonly points: Dec;
  /** For target items: the target and the verdict that earns the points, so a what-if can re-read it. */
  readonly target?: { readonly id: string; readonly when: z.infer<typeof TargetConditionSchema> };
}

/** A veto as read from the region's data. */
export interface VetoReading {
  readonly id: string;
  readonly on: 'target' | 'event' | 'indicator' | 'rule-set';
  readonly grade: string;
  readonly triggered: boolean;
  /** Its data are missing, so whether it applies is unknown (never counted as passed silently). */
  readonly unknown: boolean;
  /** The target whose meeting lifts it (target and rule-set vetoes). */
  readonly target?: string;
  /** The sub-period that triggered it (a quarter), when one did. */
  readonly period?: string;
}

/** One region's readings under one scheme: the part of scoring that depends on the data. */
export interface RegionReadings {
  /** Parallel to `ScoringPlan.items`. */
  readonly items: readonly ItemReading[];
  readonly adjustments: readonly AdjustmentReading[];
  readonly vetoes: readonly VetoReading[];
}

/** A target's points under a scheme. */
export interface ItemScore {
  readonly id: string;
  readonly possible: Dec;
  readonly earned: Dec;
  readonly excluded: Exclusion | null;
}

/** A category's points under a scheme. */
export interface CategoryPoints {
  readonly id: string;
  readonly possible: Dec;
  readonly earned: Dec;
  /** Its targets that are scored (not left out), whatever their weight. */
  readonly scoredTargets: number;
}

/** A bonus or penalty item after its own cap. */
export interface AdjustmentScore {
  readonly id: string;
  readonly type: AdjustmentType;
  readonly raw: Dec;
  readonly points: Dec;
  readonly capped: boolean;
}

/** A region's result under a scheme. Scores are exact; `scores` are rounded to the precision. */
export interface SchemeScore {
  readonly items: readonly ItemScore[];
  /**
   * Each target's possible points, parallel to `items`: one array shared by every region that scores
   * the same targets under the same plan, so what is derived from it can be kept per array.
   */
  readonly possible: readonly Dec[];
  readonly categories: readonly CategoryPoints[];
  /** Base points plus the aggregated items (基础得分, before bonus and penalty items). */
  readonly base: Dec;
  readonly bonus: Dec;
  readonly penalty: Dec;
  /** Base + bonus − penalty, never below 0. */
  readonly total: Dec;
  /** 满分 after exclusions: base points plus every scored item's points. */
  readonly maximum: Dec;
  /** The most the scheme can award: the maximum plus the bonus cap. */
  readonly ceiling: Dec;
  readonly adjustments: readonly AdjustmentScore[];
  /** Rounded half-up to the precision; all null when nothing could be scored. */
  readonly scores: NamedScores;
  readonly band: SchemeBand | null;
  readonly grade: string | null;
  readonly vetoed: boolean;
  readonly vetoedBy: readonly VetoReading[];
  readonly vetoUnknown: readonly VetoReading[];
}

interface Tree {
  readonly items: ItemScore[];
  readonly possible: readonly Dec[];
  readonly categories: CategoryPoints[];
  readonly earned: Dec;
  readonly maximum: Dec;
  readonly scored: boolean;
}

/**
 * How a plan's budget falls to its targets for one pattern of scored targets. It depends only on
 * the plan and on which targets take part, not on what they earn, so it is shared by every region
 * with that pattern.
 */
interface Allocation {
  /** Parallel to the plan's items; 0 for a target that does not take part. */
  readonly possible: readonly Dec[];
  /** Parallel to the plan's items: what full credit earns, so a met target costs no multiplication. */
  readonly full: readonly Dec[];
  /** Parallel to the plan's items: whether its category takes part, so its credit earns anything. */
  readonly live: readonly boolean[];
  /** Parallel to the plan's categories. */
  readonly categoryPossible: readonly Dec[];
  readonly scoredTargets: readonly number[];
  /** Base points plus every category's points. */
  readonly maximum: Dec;
  /** Whether any category takes part, so the result has a score. */
  readonly scored: boolean;
  /** Per category, its split among its targets (null when it takes no part). */
  readonly splits: ReadonlyArray<CategorySplit | null>;
}

/** The reasons a target is left out, in the order of their slots after the two of a scored target. */
const EXCLUSIONS: readonly Exclusion[] = [
  'no_data',
  'not_applicable',
  'not_due',
  'aspirational_unscored',
  'not_in_scheme',
  'aspirational_bonus',
];

/** Slots per target in `CategorySplit.itemScores`: all points, none, and none for each reason of {@link EXCLUSIONS}. */
const ITEM_SLOTS = 2 + EXCLUSIONS.length;

/**
 * How a category's budget falls to its targets for one pattern of its scored targets: shared by every
 * allocation that gives the category the same budget and scores the same of its targets.
 */
interface CategorySplit {
  /** Parallel to the category's members. */
  readonly shares: readonly Dec[];
  /** Parallel to the category's members: what full credit earns (the share itself when equal). */
  readonly full: readonly Dec[];
  readonly possible: Dec;
  /**
   * Per member, its scores that the split fixes (all its points or none, and why it is left out), made
   * on first use and shared by every region scored with this split: {@link ITEM_SLOTS} slots per member.
   */
  readonly itemScores: Array<ItemScore | undefined>;
  /**
   * The category's Σ earned by which members earn all their points (bit k for member k) when the rest earn
   * none, as all-or-nothing regions do: kept per split, bounded by {@link SUMS_PER_SPLIT}.
   */
  readonly sums: Map<number, Dec>;
}

/** A plan's targets by category (positions in `plan.items`, rule-set order), and its allocations by pattern. */
interface PlanCache {
  readonly members: ReadonlyArray<readonly number[]>;
  /** Per item, its category's position (-1 for none of the plan's). */
  readonly categoryOf: Int32Array;
  /** Per item, its position among its category's members. */
  readonly memberAt: Int32Array;
  /** Per item, whether it can carry points when scored: fixed points or a weight above 0. */
  readonly carries: readonly boolean[];
  readonly allocations: Map<PatternKey, Allocation>;
  /** The categories' budgets by pattern of categories taking part. */
  readonly budgets: Map<string, readonly Dec[]>;
  /** Per category, its splits by the pattern of categories taking part and of its own scored targets. */
  readonly splits: ReadonlyArray<Map<string, CategorySplit>>;
  /** Targets' shares and sums of them by value, so equal ones are one Decimal (see {@link sharedValue}). */
  readonly values: Map<string, Dec>;
  /** The small number of each Decimal in `values`, which keys the sums of two of them. */
  readonly ids: Map<Dec, number>;
  /** a + b by the ids of a and b (see {@link plusShared}). */
  readonly pairSums: Map<number, Dec>;
  /** Gradings without adjustments by the ids of the earned points and the maximum (see {@link plainGrading}). */
  readonly gradings: Map<number, Grading>;
  /** How many budgets, splits and category sums are kept, all told (at most `MAX_KEPT`). */
  kept: number;
}

// Most regions score the same targets, so the 40-digit divisions of a split are done once per
// pattern and plan. A plan is region-independent data; what-if variants are new plans, cached apart.
const planCaches = new WeakMap<ScoringPlan, PlanCache>();
const MAX_PATTERNS = 4096;
// Splits and sums are kept per category and per split, so a stream of distinct patterns could multiply
// them: one bound for all of a plan's small entries keeps its memory fixed whatever the data.
const MAX_KEPT = 16_384;

function planCacheOf(plan: ScoringPlan): PlanCache {
  const known = planCaches.get(plan);
  if (known) return known;
  const position = new Map(plan.categories.map((c, i) => [c.id, i]));
  const members: number[][] = plan.categories.map(() => []);
  plan.items.forEach((item, i) => {
    members[position.get(item.category) ?? -1]?.push(i);
  });
  const cache: PlanCache = {
    members,
    categoryOf: Int32Array.from(plan.items, (item) => position.get(item.category) ?? -1),
    memberAt: Int32Array.from(plan.items, (item, i) => members[position.get(item.category) ?? -1]?.indexOf(i) ?? -1),
    carries: plan.items.map((item) => item.pinned !== null || item.weight.gt(0)),
    allocations: new Map<PatternKey, Allocation>(),
    budgets: new Map<string, readonly Dec[]>(),
    splits: members.map(() => new Map<string, CategorySplit>()),
    values: new Map<string, Dec>(),
    ids: new Map<Dec, number>(),
    pairSums: new Map<number, Dec>(),
    gradings: new Map<number, Grading>(),
    kept: 0,
  };
  planCaches.set(plan, cache);
  return cache;
}

/** Whether a category has a scored target that can carry points (a weight above 0 or fixed points). */
function categoryTakesPart(cache: PlanCache, members: readonly number[], scored: readonly boolean[]): boolean {
  for (const i of members) if (scored[i] === true && cache.carries[i] === true) return true;
  return false;
}

/** Keeps a budget, split or sum unless the plan keeps its most already: distinct patterns must not grow it without bound. */
function remember<K, V>(cache: PlanCache, map: Map<K, V>, key: K, value: V): V {
  if (cache.kept < MAX_KEPT) {
    map.set(key, value);
    cache.kept += 1;
  }
  return value;
}

/** The categories' budgets when the flagged ones take part (`1` per taking part, `0` per not). */
function budgetsFor(plan: ScoringPlan, cache: PlanCache, takesPart: readonly boolean[], key: string): readonly Dec[] {
  const known = cache.budgets.get(key);
  if (known !== undefined) return known;
  const budgets = allocate(
    plan.budget.minus(plan.basePoints),
    plan.categories.map((c, ci) => ({ pinned: c.pinned, weight: c.weight, participates: takesPart[ci] === true })),
  );
  return remember(cache, cache.budgets, key, budgets);
}

/** A category's budget shared among its scored targets. */
function splitOf(
  plan: ScoringPlan,
  cache: PlanCache,
  budget: Dec,
  members: readonly number[],
  scored: readonly boolean[],
): CategorySplit {
  const shares = allocate(
    budget,
    members.map((i) => {
      const item = plan.items[i] as PlanItem;
      return { pinned: item.pinned, weight: item.weight, participates: scored[i] === true };
    }),
  ).map((share) => sharedValue(cache, share));
  const full = shares.map((share) => {
    const earned = earnedPoints(share, FULL_CREDIT);
    // Kept as the possible Decimal itself when equal (always, bar fixed points of over 40 digits),
    // so `earned === possible` tells the report a target earned all its points.
    return earned.eq(share) ? share : earned;
  });
  const itemScores = new Array<ItemScore | undefined>(members.length * ITEM_SLOTS).fill(undefined);
  return { shares, full, possible: sharedValue(cache, sumDec(shares)), itemScores, sums: new Map() };
}

// Bounds of the per-plan sum memo: at most 2^14 values, so a pair of their ids (and a flag) is a small
// integer key, which a Map hashes without allocating a heap number.
const MAX_VALUES = 1 << 14;
const MAX_SUMS = 1 << 16;
// A grading holds its rounded scores (a few Decimals): fewer are kept, as allocations are.
const MAX_GRADINGS = 4096;

/**
 * One Decimal per value of the shares and sums a plan's scoring makes: targets of equal weight, in one
 * category or in categories of equal budget and size, then hold the very same Decimal, so the report
 * orders their shortfalls by identity, and {@link plusShared} finds their sums by it. Each value is
 * numbered as it is first kept; equal values print alike, so which one is kept changes no output.
 */
function sharedValue(cache: PlanCache, value: Dec): Dec {
  if (cache.ids.has(value)) return value;
  const key = value.isNeg() ? `-${value.toString()}` : value.toString();
  const known = cache.values.get(key);
  if (known !== undefined) return known;
  if (cache.values.size >= MAX_VALUES) return value;
  cache.values.set(key, value);
  cache.ids.set(value, cache.ids.size);
  return value;
}

/**
 * Whether a Decimal is one the plan's scoring keeps (a share, or a sum of kept ones), and so is shared by
 * every region that earns it: what is derived from it may be kept per Decimal without churning a cache.
 */
export function isKeptPoints(plan: ScoringPlan, value: Dec): boolean {
  return planCaches.get(plan)?.ids.has(value) === true;
}

/**
 * a + b exactly as decimal.js adds them (40 digits, half up): most regions add the same few shares and
 * sums of them, so a sum of two kept values is itself kept, by the pair of their numbers, and found
 * again without a 40-digit addition. decimal.js's sum depends on the values alone, so the kept one is it.
 */
function plusShared(cache: PlanCache, a: Dec, b: Dec): Dec {
  const ia = cache.ids.get(a);
  const ib = cache.ids.get(b);
  if (ia === undefined || ib === undefined) return a.plus(b);
  const key = ia * MAX_VALUES + ib;
  const known = cache.pairSums.get(key);
  if (known !== undefined) return known;
  const sum = sharedValue(cache, a.plus(b));
  if (cache.pairSums.size < MAX_SUMS) cache.pairSums.set(key, sum);
  return sum;
}

/**
 * Allocation down the tree: the categories share the budget left after base points, then each its targets.
 * Both steps are kept by pattern (which categories take part; which of a category's targets are scored), so a
 * new pattern of the whole rule set mostly reuses the 40-digit divisions of the categories it leaves alone.
 */
function allocateTree(plan: ScoringPlan, cache: PlanCache, scored: readonly boolean[]): Allocation {
  const members = cache.members;
  const takesPart = members.map((m) => categoryTakesPart(cache, m, scored));
  let partKey = '';
  for (const t of takesPart) partKey += t ? '1' : '0';
  const budgets = budgetsFor(plan, cache, takesPart, partKey);
  const possible: Dec[] = plan.items.map(() => ZERO);
  const full: Dec[] = plan.items.map(() => ZERO);
  const live: boolean[] = plan.items.map(() => false);
  const splits = members.map((m, ci) => {
    if (!takesPart[ci]) return null;
    let key = `${partKey}:`;
    for (const i of m) key += scored[i] ? '+' : '-';
    const byPattern = cache.splits[ci] as Map<string, CategorySplit>;
    const split =
      byPattern.get(key) ?? remember(cache, byPattern, key, splitOf(plan, cache, budgets[ci] as Dec, m, scored));
    m.forEach((i, k) => {
      possible[i] = split.shares[k] as Dec;
      full[i] = split.full[k] as Dec;
      live[i] = true;
    });
    return split;
  });
  const categoryPossible = splits.map((split) => split?.possible ?? ZERO);
  return {
    possible,
    full,
    live,
    categoryPossible,
    scoredTargets: members.map((m) => m.filter((i) => scored[i]).length),
    maximum: maximumOf(plan, cache, categoryPossible),
    scored: takesPart.some((t) => t),
    splits,
  };
}

/**
 * A pattern of flags as a Map key: a number, 1 followed by the flags as binary digits, while it is exact
 * (up to 52 flags); a string of them beyond. A string built per region had to be flattened and hashed on
 * every lookup, which cost more than the sums it found.
 */
type PatternKey = number | string;

/** The most flags a number key holds exactly: a double has 53 bits, one of them the leading 1. */
const NUMBER_KEY_FLAGS = 52;

/** The key of which readings are scored (credit not null). */
function scoredKey(items: readonly ItemReading[]): PatternKey {
  if (items.length <= NUMBER_KEY_FLAGS) {
    let key = 1;
    for (let i = 0; i < items.length; i++) key = key * 2 + ((items[i] as ItemReading).credit === null ? 0 : 1);
    return key;
  }
  let key = '';
  for (const r of items) key += r.credit === null ? '-' : '+';
  return key;
}

/**
 * Base points plus the categories' possible points, as `sumDec` adds them from 0 (0 + a is a, adding 0
 * changes nothing, so the sum starts at the first non-zero term), through {@link plusShared}: a new
 * pattern of scored targets mostly finds its maximum among sums already made.
 */
function maximumOf(plan: ScoringPlan, cache: PlanCache, categoryPossible: readonly Dec[]): Dec {
  let sum: Dec | null = null;
  for (const p of categoryPossible) if (!p.isZero()) sum = sum === null ? p : plusShared(cache, sum, p);
  const total = sum ?? ZERO;
  return sharedValue(cache, plan.basePoints.isZero() ? total : plan.basePoints.plus(total));
}

/** The plan's targets by category and its allocation for the targets the readings score, cached per pattern. */
function allocationFor(plan: ScoringPlan, readings: RegionReadings): { cache: PlanCache; allocation: Allocation } {
  const cache = planCacheOf(plan);
  const key = scoredKey(readings.items);
  let allocation = cache.allocations.get(key);
  if (!allocation) {
    allocation = allocateTree(
      plan,
      cache,
      readings.items.map((r) => r.credit !== null),
    );
    if (cache.allocations.size < MAX_PATTERNS) cache.allocations.set(key, allocation);
  }
  return { cache, allocation };
}

/** What a target earns: nothing without credit or outside the budget, else its method's credit of its points. */
function earnedOf(allocation: Allocation, i: number, credit: Credit | null): Dec {
  if (credit === null || !allocation.live[i]) return ZERO;
  if (credit === FULL_CREDIT) return allocation.full[i] as Dec;
  return credit === NO_CREDIT ? ZERO : earnedPoints(allocation.possible[i] as Dec, credit);
}

/** The most members a pattern of full and empty members is kept for (a bit each in a small integer). */
const MASK_MEMBERS = 30;
/** The most patterns kept per split: a category of up to 10 targets has them all. */
const SUMS_PER_SPLIT = 1024;

/**
 * A weighted-sum category's Σ earned, exactly as `aggregate` adds it (in order, from the first non-zero
 * term, each sum rounded to 40 digits, so the order matters). Its targets mostly earn all their share or
 * none, so the sum is fixed by the split and which members earn all of it: kept per split by that pattern,
 * on the split itself so it has its own bound and leaves the plan's room to its splits. Otherwise (a share
 * of a target's points, or a pattern not kept) the running sums are sums of the plan's kept shares, found
 * through {@link plusShared}.
 */
function categorySum(
  cache: PlanCache,
  split: CategorySplit | null | undefined,
  members: readonly number[],
  earned: readonly Dec[],
): Dec {
  const n = members.length;
  if (split === null || split === undefined || n > MASK_MEMBERS)
    return sumOver(cache, null, members, 0, n, earned) ?? ZERO;
  let mask = 0;
  for (let k = 0; k < n; k++) {
    const e = earned[members[k] as number] as Dec;
    if (e === split.full[k]) mask |= 1 << k;
    else if (!e.isZero()) return sumOver(cache, null, members, 0, n, earned) ?? ZERO;
  }
  const known = split.sums.get(mask);
  if (known !== undefined) return known;
  const sum = sumOver(cache, null, members, 0, n, earned) ?? ZERO;
  if (split.sums.size < SUMS_PER_SPLIT) split.sums.set(mask, sum);
  return sum;
}

/** A running Σ earned (null before its first non-zero term) continued over members[from..to), as `aggregate` adds them. */
function sumOver(
  cache: PlanCache,
  start: Dec | null,
  members: readonly number[],
  from: number,
  to: number,
  earned: readonly Dec[],
): Dec | null {
  let total = start;
  for (let k = from; k < to; k++) {
    const e = earned[members[k] as number] as Dec;
    if (!e.isZero()) total = total === null ? e : plusShared(cache, total, e);
  }
  return total;
}

/** The categories' Σ earned as `aggregate` adds them (in order, zeros skipped), through {@link plusShared}. */
function categoriesSum(cache: PlanCache, categories: readonly CategoryPoints[]): Dec {
  let total: Dec | null = null;
  for (let i = 0; i < categories.length; i++) {
    const e = (categories[i] as CategoryPoints).earned;
    if (!e.isZero()) total = total === null ? e : plusShared(cache, total, e);
  }
  return total ?? ZERO;
}

/** A running Σ earned plus one more term, as `aggregate` adds them: zeros skipped, null before the first. */
function plusEarned(total: Dec | null, earned: Dec): Dec | null {
  if (earned.isZero()) return total;
  return total === null ? earned : total.plus(earned);
}

/**
 * A target's score. One that earns all its points or none is fixed by the allocation and why it is
 * left out, so it is made once and shared (frozen); a share of its points is the region's own.
 */
function itemScoreOf(
  plan: ScoringPlan,
  cache: PlanCache,
  allocation: Allocation,
  i: number,
  earned: Dec,
  excluded: Exclusion | null,
): ItemScore {
  const possible = allocation.possible[i] as Dec;
  const ci = cache.categoryOf[i] as number;
  const split = ci < 0 ? null : allocation.splits[ci];
  let slot = -1;
  if (earned === allocation.full[i] && excluded === null) slot = 0;
  else if (earned === ZERO) slot = excluded === null ? 1 : 2 + EXCLUSIONS.indexOf(excluded);
  if (slot < 0 || split === null || split === undefined)
    return { id: (plan.items[i] as PlanItem).id, possible, earned, excluded };
  const at = (cache.memberAt[i] as number) * ITEM_SLOTS + slot;
  let score = split.itemScores[at];
  if (score === undefined) {
    score = Object.freeze({ id: (plan.items[i] as PlanItem).id, possible, earned, excluded });
    split.itemScores[at] = score;
  }
  return score;
}

/** Each target's points under its credit, then aggregation up the tree. */
function scoreTree(plan: ScoringPlan, readings: RegionReadings): Tree {
  const { cache, allocation } = allocationFor(plan, readings);
  const members = cache.members;
  const count = plan.items.length;
  const earned: Dec[] = new Array(count);
  const items: ItemScore[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const reading = readings.items[i] as ItemReading;
    const points = earnedOf(allocation, i, reading.credit);
    earned[i] = points;
    items[i] = itemScoreOf(plan, cache, allocation, i, points, reading.excluded);
  }
  const categories = plan.categories.map((category, ci) => {
    const m = members[ci] as readonly number[];
    return {
      id: category.id,
      possible: allocation.categoryPossible[ci] as Dec,
      earned:
        category.aggregation === 'weighted_sum'
          ? categorySum(cache, allocation.splits[ci], m, earned)
          : aggregate(
              category.aggregation,
              m.map((i) => items[i] as ItemScore),
            ),
      scoredTargets: allocation.scoredTargets[ci] as number,
    };
  });
  return {
    items,
    possible: allocation.possible,
    categories,
    earned:
      plan.aggregation === 'weighted_sum' ? categoriesSum(cache, categories) : aggregate(plan.aggregation, categories),
    maximum: allocation.maximum,
    scored: allocation.scored,
  };
}

/** The raw points of an adjustment: occurrences × points (a target item: its points when its condition holds). */
function adjustmentRaw(a: AdjustmentReading): Dec {
  return a.count === null ? ZERO : a.count.times(a.points);
}

/** Capped adjustments: each item's score, and the bonus and penalty totals. */
interface CappedAdjustments {
  readonly scores: readonly AdjustmentScore[];
  readonly bonus: Dec;
  readonly penalty: Dec;
}

const NO_ADJUSTMENTS: CappedAdjustments = Object.freeze({ scores: Object.freeze([]), bonus: ZERO, penalty: ZERO });

// A bonus or penalty item on a target reads one of three shared, frozen readings (no data, 0, 1), so
// its capped score is worked out once per reading rather than per region.
const adjustmentScores = new WeakMap<AdjustmentReading, AdjustmentScore>();

/** An item's raw points and its points under its own cap. */
function adjustmentScore(a: AdjustmentReading): AdjustmentScore {
  const known = adjustmentScores.get(a);
  if (known !== undefined) return known;
  const raw = adjustmentRaw(a);
  const score: AdjustmentScore = { id: a.id, type: a.type, raw, points: minDec(raw, a.cap), capped: raw.gt(a.cap) };
  if (Object.isFrozen(a)) adjustmentScores.set(a, Object.freeze(score));
  return score;
}

/** Caps each item, then the total of its type (加分总计不超过…). */
function capAdjustments(plan: ScoringPlan, readings: readonly AdjustmentReading[]): CappedAdjustments {
  if (readings.length === 0) return NO_ADJUSTMENTS;
  const scores: AdjustmentScore[] = new Array(readings.length);
  for (let i = 0; i < readings.length; i++) scores[i] = adjustmentScore(readings[i] as AdjustmentReading);
  return {
    scores,
    bonus: capped(pointsOf(scores, 'bonus'), plan.caps.bonus),
    penalty: capped(pointsOf(scores, 'penalty'), plan.caps.penalty),
  };
}

/** The points of the adjustments of one type, before the total cap (zeros skipped: adding 0 changes nothing). */
function pointsOf(scores: readonly AdjustmentScore[], type: AdjustmentType): Dec {
  let total: Dec | null = null;
  for (const s of scores) if (s.type === type) total = plusEarned(total, s.points);
  return total ?? ZERO;
}

/** A value under a cap, if there is one. */
function capped(value: Dec, cap: Dec | null): Dec {
  return cap === null ? value : minDec(value, cap);
}

// Every region reads a scheme's bonus items with the same caps (the scheme's own Decimals), so the
// ceiling is kept per plan with the caps it was summed from, and re-summed only when they differ.
const bonusCeilings = new WeakMap<ScoringPlan, { readonly caps: readonly Dec[]; readonly ceiling: Dec }>();

/** The most bonus points the scheme can give: the total cap, or the sum of the item caps if lower. */
export function bonusCeiling(plan: ScoringPlan, adjustments: readonly AdjustmentReading[]): Dec {
  if (adjustments.length === 0) return ZERO;
  const caps = adjustments.filter((a) => a.type === 'bonus').map((a) => a.cap);
  const known = bonusCeilings.get(plan);
  if (known !== undefined && known.caps.length === caps.length && known.caps.every((c, i) => c === caps[i]))
    return known.ceiling;
  const items = sumDec(caps);
  const ceiling = plan.caps.bonus === null ? items : minDec(items, plan.caps.bonus);
  bonusCeilings.set(plan, { caps, ceiling });
  return ceiling;
}

/** Points as a score out of 100: value ÷ maximum × 100; null when nothing is scored. */
function per100(value: Dec, tree: TreePoints): Dec | null {
  if (!tree.scored || !tree.maximum.gt(0)) return null;
  // Out of a maximum of exactly 100 the points are the score, and the 40-digit division is skipped.
  return tree.maximum.eq(HUNDRED) ? value : value.times(HUNDRED).div(tree.maximum);
}

function rounded(value: Dec | null, precision: number): Dec | null {
  return value === null ? null : value.toDecimalPlaces(precision, D.ROUND_HALF_UP);
}

const NO_SCORES: NamedScores = Object.freeze({ total: null, base: null, total100: null, base100: null });

/** The scores by name, rounded. A total equal to the base (no bonus or penalty) shares its figures. */
function namedScores(plan: ScoringPlan, tree: TreePoints, base: Dec, total: Dec): NamedScores {
  if (!tree.scored) return NO_SCORES;
  const totalScore = rounded(total, plan.precision);
  const total100 = roundedPer100(total, totalScore, tree, plan.precision);
  if (total.eq(base)) return { total: totalScore, base: totalScore, total100, base100: total100 };
  const baseScore = rounded(base, plan.precision);
  return {
    total: totalScore,
    base: baseScore,
    total100,
    base100: roundedPer100(base, baseScore, tree, plan.precision),
  };
}

/** A value's score out of 100, rounded; the value's own rounding when the maximum is exactly 100. */
function roundedPer100(value: Dec, roundedValue: Dec | null, tree: TreePoints, precision: number): Dec | null {
  const score = per100(value, tree);
  return score === value ? roundedValue : rounded(score, precision);
}

/** The worst of the grades forced by triggered vetoes, in band order (unknown grades rank last). */
function vetoGrade(plan: ScoringPlan, hits: readonly VetoReading[]): string {
  const rank = (g: string): number => {
    const i = plan.bands.findIndex((b) => b.grade === g);
    return i < 0 ? plan.bands.length : i;
  };
  return hits.map((h) => h.grade).reduce((worst, g) => (rank(g) > rank(worst) ? g : worst));
}

/**
 * The one scorer: the report's own score and a scheme's both come from here. Scores one region's
 * readings under a plan: allocation down the tree (cached per pattern of scored targets), each target's
 * credit, aggregation up the tree, base points, capped bonus and penalty items, the score out of
 * 100 (total ÷ maximum × 100), the grade from the bands on the rounded scores, and vetoes.
 * @example scoreWithPlan(plan, readings).scores.total100?.toString() // '85.5'
 */
export function scoreWithPlan(plan: ScoringPlan, readings: RegionReadings): SchemeScore {
  const tree = scoreTree(plan, readings);
  const { base, bonus, penalty, total, adjustments, scores, band, grade, vetoed, vetoedBy } = totalsOf(
    plan,
    readings,
    tree,
  );
  const maximum = tree.maximum;
  const bonusMost = bonusCeiling(plan, readings.adjustments);
  return {
    items: tree.items,
    possible: tree.possible,
    categories: tree.categories,
    base,
    bonus,
    penalty,
    total,
    maximum,
    ceiling: bonusMost.isZero() ? maximum : maximum.plus(bonusMost),
    adjustments,
    scores,
    band,
    grade,
    vetoed,
    vetoedBy,
    vetoUnknown: readings.vetoes.filter((v) => v.unknown && !v.triggered),
  };
}

/** The points of the tree a region's totals, scores and grade are computed from. */
export interface TreePoints {
  /** The aggregated items (before base points). */
  readonly earned: Dec;
  readonly maximum: Dec;
  /** Whether any category takes part. */
  readonly scored: boolean;
}

/** A region's totals, rounded scores and grade from its tree's points. */
export interface Totals {
  readonly base: Dec;
  readonly bonus: Dec;
  readonly penalty: Dec;
  readonly total: Dec;
  readonly adjustments: readonly AdjustmentScore[];
  readonly scores: NamedScores;
  readonly band: SchemeBand | null;
  readonly grade: string | null;
  readonly vetoed: boolean;
  readonly vetoedBy: readonly VetoReading[];
}

/**
 * Everything above the tree: base points, capped bonus and penalty items, the score out of 100
 * (total ÷ maximum × 100), the grade from the bands on the rounded scores, and vetoes. The one path
 * for a full scoring and for a what-if scenario whose tree points were derived without one.
 */
export function totalsOf(plan: ScoringPlan, readings: RegionReadings, tree: TreePoints): Totals {
  const { scores: adjustments, bonus, penalty } = capAdjustments(plan, readings.adjustments);
  // Adding and taking 0 leaves the base as it is: most plans have no bonus or penalty items.
  const plain = bonus.isZero() && penalty.isZero();
  const { base, total, scores, band } = plain ? plainGrading(plan, tree) : grading(plan, tree, bonus, penalty);
  const vetoedBy = readings.vetoes.filter((v) => v.triggered);
  const vetoed = vetoedBy.length > 0;
  return {
    base,
    bonus,
    penalty,
    total,
    adjustments,
    scores,
    band,
    grade: vetoed ? vetoGrade(plan, vetoedBy) : (band?.grade ?? null),
    vetoed,
    vetoedBy,
  };
}

/** A region's base and total points, rounded scores and band: what its tree's points and adjustments make. */
interface Grading {
  readonly base: Dec;
  readonly total: Dec;
  readonly scores: NamedScores;
  readonly band: SchemeBand | null;
}

/** The grading of a tree's points with the given bonus and penalty points. */
function grading(plan: ScoringPlan, tree: TreePoints, bonus: Dec, penalty: Dec): Grading {
  // Adding no base points leaves the points as they are (most plans have none).
  const base = plan.basePoints.isZero() ? tree.earned : plan.basePoints.plus(tree.earned);
  const raw = maxDec(bonus.isZero() && penalty.isZero() ? base : base.plus(bonus).minus(penalty), ZERO);
  const total = plan.totalCap && raw.gt(plan.totalCap) ? plan.totalCap : raw;
  const scores = namedScores(plan, tree, base, total);
  const band = tree.scored ? schemeGradeFor(plan.bands, scores) : null;
  return { base, total, scores, band };
}

/**
 * The grading without bonus or penalty points, which depends on the plan and the tree's earned points,
 * maximum and whether it scores anything alone: where the scorer keeps those Decimals (a sum of shares,
 * an allocation's maximum), regions that earn the same points share it, without rounding and grading again.
 */
function plainGrading(plan: ScoringPlan, tree: TreePoints): Grading {
  const cache = planCaches.get(plan);
  const earnedId = cache?.ids.get(tree.earned);
  const maximumId = cache?.ids.get(tree.maximum);
  if (cache === undefined || earnedId === undefined || maximumId === undefined) return grading(plan, tree, ZERO, ZERO);
  const key = (earnedId * MAX_VALUES + maximumId) * 2 + (tree.scored ? 1 : 0);
  const known = cache.gradings.get(key);
  if (known !== undefined) return known;
  const graded = grading(plan, tree, ZERO, ZERO);
  const shared: Grading = Object.freeze({ ...graded, scores: Object.freeze({ ...graded.scores }) });
  if (cache.gradings.size < MAX_GRADINGS) cache.gradings.set(key, shared);
  return shared;
}

/**
 * The readings as they would be were the given targets met: full credit, their vetoes lifted, their
 * target-conditioned bonus and penalty items re-read. Targets left out by the scheme itself (not
 * listed, aspirational and unscored) stay out.
 * @example scoreWithPlan(plan, assumeMet(readings, plan, new Set(['pm25-concentration'])))
 */
export function assumeMet(readings: RegionReadings, plan: ScoringPlan, ids: ReadonlySet<string>): RegionReadings {
  if (ids.size === 0) return readings;
  const items = readings.items.map((r, i) => {
    const id = (plan.items[i] as PlanItem).id;
    // Targets the scheme itself leaves out stay out; an aspirational bonus target earns through its bonus item.
    if (!ids.has(id) || r.excluded === 'not_in_scheme' || r.excluded === 'aspirational_unscored') return r;
    if (r.excluded === 'aspirational_bonus') return r;
    return { status: 'met' as const, credit: FULL_CREDIT, excluded: null, detail: { ...r.detail, assumedMet: true } };
  });
  const adjustments = readings.adjustments.map((a) =>
    a.target && ids.has(a.target.id) ? { ...a, count: new D(a.target.when === 'met' ? 1 : 0) } : a,
  );
  const vetoes = readings.vetoes.map((v) =>
    v.target !== undefined && ids.has(v.target) ? { ...v, triggered: false, unknown: false } : v,
  );
  return { items, adjustments, vetoes };
}
