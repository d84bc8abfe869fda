import { D, type Dec, HUNDRED, maxDec, minDec, sumDec, ZERO } from '../core/decimal.js';
import { aggregate, allocate } from './allocate.js';
import { type NamedScores, type SchemeBand, schemeGradeFor } from './bands.js';
import { type Credit, earnedPoints, FULL_CREDIT } from './methods.js';
import type { Exclusion, Status } from './score.js';

/** Why a target is left out of a scheme's maximum. */
export type SchemeExclusion = Exclusion | 'not_in_scheme';

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
  readonly aggregation: 'weighted_sum' | 'lowest';
}

/** Everything scoring needs of a scheme bound to a rule set (region-independent, plain data). */
export interface ScoringPlan {
  /** 满分, base points included. */
  readonly budget: Dec;
  readonly basePoints: Dec;
  readonly aggregation: 'weighted_sum' | 'lowest';
  readonly categories: readonly PlanCategory[];
  /** In rule-set order. */
  readonly items: readonly PlanItem[];
  readonly caps: { readonly bonus: Dec | null; readonly penalty: Dec | null };
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
  readonly excluded: SchemeExclusion | null;
  /** Method-specific facts for the report (steps, deducted points, level reached…). */
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

/** A bonus or penalty item as read from the region's data: its raw points before caps. */
export interface AdjustmentReading {
  readonly id: string;
  readonly type: 'bonus' | 'penalty';
  readonly cap: Dec;
  /** Occurrences (events, units of an indicator, or 1/0 for a target condition); null without data. */
  readonly count: Dec | null;
  readonly points: Dec;
  /** For target items: the target and the verdict that earns the points, so a what-if can re-read it. */
  readonly target?: { readonly id: string; readonly when: 'met' | 'not_met' };
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
  readonly excluded: SchemeExclusion | null;
}

/** A category's points under a scheme. */
export interface CategoryPoints {
  readonly id: string;
  readonly possible: Dec;
  readonly earned: Dec;
}

/** A bonus or penalty item after its own cap. */
export interface AdjustmentScore {
  readonly id: string;
  readonly type: 'bonus' | 'penalty';
  readonly raw: Dec;
  readonly points: Dec;
  readonly capped: boolean;
}

/** A region's result under a scheme. Scores are exact; `scores` are rounded to the precision. */
export interface SchemeScore {
  readonly items: readonly ItemScore[];
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
  readonly categories: CategoryPoints[];
  readonly earned: Dec;
  readonly maximum: Dec;
  readonly scored: boolean;
}

/** Points for one category's targets: allocation within the category, then the method's credit. */
function scoreCategory(budget: Dec, members: ReadonlyArray<{ item: PlanItem; reading: ItemReading }>): ItemScore[] {
  const possible = allocate(
    budget,
    members.map(({ item, reading }) => ({
      pinned: item.pinned,
      weight: item.weight,
      participates: reading.credit !== null,
    })),
  );
  return members.map(({ item, reading }, i) => {
    const p = possible[i] as Dec;
    const earned = reading.credit === null ? ZERO : earnedPoints(p, reading.credit);
    return { id: item.id, possible: reading.credit === null ? ZERO : p, earned, excluded: reading.excluded };
  });
}

/** Whether a category has a scored target that can carry points (a weight above 0 or fixed points). */
function takesPart(members: ReadonlyArray<{ item: PlanItem; reading: ItemReading }>): boolean {
  return members.some(({ item, reading }) => reading.credit !== null && (item.pinned !== null || item.weight.gt(0)));
}

/** Targets grouped by category in one pass, keeping rule-set order within each. */
function membersByCategory(
  plan: ScoringPlan,
  readings: RegionReadings,
): Map<string, Array<{ item: PlanItem; reading: ItemReading; index: number }>> {
  const groups = new Map<string, Array<{ item: PlanItem; reading: ItemReading; index: number }>>(
    plan.categories.map((c) => [c.id, []]),
  );
  plan.items.forEach((item, index) =>
    groups.get(item.category)?.push({ item, reading: readings.items[index] as ItemReading, index }),
  );
  return groups;
}

function scoreTree(plan: ScoringPlan, readings: RegionReadings): Tree {
  const groups = membersByCategory(plan, readings);
  const byCategory = plan.categories.map((c) => ({ category: c, members: groups.get(c.id) ?? [] }));
  const budgets = allocate(
    plan.budget.minus(plan.basePoints),
    byCategory.map(({ category, members }) => ({
      pinned: category.pinned,
      weight: category.weight,
      participates: takesPart(members),
    })),
  );
  const items: ItemScore[] = plan.items.map((item, i) => ({
    id: item.id,
    possible: ZERO,
    earned: ZERO,
    excluded: (readings.items[i] as ItemReading).excluded,
  }));
  const categories = byCategory.map(({ category, members }, ci) => {
    const scores = takesPart(members)
      ? scoreCategory(budgets[ci] as Dec, members)
      : members.map(({ item, reading }) => ({ id: item.id, possible: ZERO, earned: ZERO, excluded: reading.excluded }));
    scores.forEach((s, k) => (items[(members[k] as { index: number }).index] = s));
    const possible = sumDec(scores.map((s) => s.possible));
    return { id: category.id, possible, earned: aggregate(category.aggregation, scores) };
  });
  const scored = byCategory.some(({ members }) => takesPart(members));
  return {
    items,
    categories,
    earned: aggregate(plan.aggregation, categories),
    maximum: plan.basePoints.plus(sumDec(categories.map((c) => c.possible))),
    scored,
  };
}

/** The raw points of an adjustment: occurrences × points (a target item: its points when its condition holds). */
function adjustmentRaw(a: AdjustmentReading): Dec {
  return a.count === null ? ZERO : a.count.times(a.points);
}

/** Caps each item, then the total of its type (加分总计不超过…). */
function capAdjustments(
  plan: ScoringPlan,
  readings: readonly AdjustmentReading[],
): { scores: AdjustmentScore[]; bonus: Dec; penalty: Dec } {
  const scores = readings.map((a) => {
    const raw = adjustmentRaw(a);
    return { id: a.id, type: a.type, raw, points: minDec(raw, a.cap), capped: raw.gt(a.cap) };
  });
  const sumOf = (type: 'bonus' | 'penalty'): Dec => sumDec(scores.filter((s) => s.type === type).map((s) => s.points));
  const cap = (v: Dec, c: Dec | null): Dec => (c === null ? v : minDec(v, c));
  return { scores, bonus: cap(sumOf('bonus'), plan.caps.bonus), penalty: cap(sumOf('penalty'), plan.caps.penalty) };
}

/** The most bonus points the scheme can give: the total cap, or the sum of the item caps if lower. */
export function bonusCeiling(plan: ScoringPlan, adjustments: readonly AdjustmentReading[]): Dec {
  const items = sumDec(adjustments.filter((a) => a.type === 'bonus').map((a) => a.cap));
  return plan.caps.bonus === null ? items : minDec(items, plan.caps.bonus);
}

function rounded(value: Dec | null, precision: number): Dec | null {
  return value === null ? null : value.toDecimalPlaces(precision, D.ROUND_HALF_UP);
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
 * Scores one region's readings under a scheme's plan: allocation down the tree, each target's
 * credit, aggregation up the tree, base points, capped bonus and penalty items, the score out of
 * 100 (total ÷ maximum × 100), the grade from the bands on the rounded scores, and vetoes.
 * @example scoreWithPlan(plan, readings).scores.total100?.toString() // '85.5'
 */
export function scoreWithPlan(plan: ScoringPlan, readings: RegionReadings): SchemeScore {
  const tree = scoreTree(plan, readings);
  const base = plan.basePoints.plus(tree.earned);
  const { scores: adjustments, bonus, penalty } = capAdjustments(plan, readings.adjustments);
  const total = maxDec(base.plus(bonus).minus(penalty), ZERO);
  const maximum = tree.maximum;
  const per100 = (v: Dec): Dec | null => (tree.scored && maximum.gt(0) ? v.times(HUNDRED).div(maximum) : null);
  const scores: NamedScores = {
    total: tree.scored ? rounded(total, plan.precision) : null,
    base: tree.scored ? rounded(base, plan.precision) : null,
    total100: rounded(per100(total), plan.precision),
    base100: rounded(per100(base), plan.precision),
  };
  const band = tree.scored ? schemeGradeFor(plan.bands, scores) : null;
  const vetoedBy = readings.vetoes.filter((v) => v.triggered);
  const vetoed = vetoedBy.length > 0;
  return {
    items: tree.items,
    categories: tree.categories,
    base,
    bonus,
    penalty,
    total,
    maximum,
    ceiling: maximum.plus(bonusCeiling(plan, readings.adjustments)),
    adjustments,
    scores,
    band,
    grade: vetoed ? vetoGrade(plan, vetoedBy) : (band?.grade ?? null),
    vetoed,
    vetoedBy,
    vetoUnknown: readings.vetoes.filter((v) => v.unknown && !v.triggered),
  };
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
    if (!ids.has(id) || r.excluded === 'not_in_scheme' || r.excluded === 'aspirational_unscored') return r;
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
