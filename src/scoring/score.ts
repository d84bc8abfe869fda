import { D, type Dec, decimalString, HUNDRED, sumDec, ZERO } from '../core/decimal.js';
import type { Status } from '../evaluation/outcome.js';
import type { CompiledCategory, CompiledTarget } from '../rulesets/load.js';
import type { ScoringData } from '../rulesets/schema.js';
import { type GradeBand, gradeBands, gradeFor, vetoGradeOf } from './grades.js';

export type { Status };

/** Why a target's points are left out of the maximum. */
export type Exclusion = 'no_data' | 'not_applicable' | 'not_due' | 'aspirational_unscored';

/** What scoring needs to know of one evaluated target. */
export interface ScoringInput {
  readonly target: CompiledTarget;
  readonly status: Status;
}

/** A target's points: possible and earned out of 100, or why it is excluded. */
export interface TargetPoints {
  readonly possible: Dec;
  readonly earned: Dec;
  readonly excluded: Exclusion | null;
  /** `possible` and `earned` as report strings (4 decimals), formatted once per allocation. */
  readonly possibleText: string;
  readonly earnedText: string;
}

/** A category's part of the score. */
export interface CategoryScore {
  readonly category: CompiledCategory;
  readonly possible: Dec;
  readonly earned: Dec;
  readonly scoredTargets: number;
}

/** The weighted score of one region against one rule set. */
export interface ScoreResult {
  readonly points: readonly TargetPoints[];
  readonly categories: readonly CategoryScore[];
  /** Σ earned, exact. */
  readonly exact: Dec;
  /** Rounded half-up to the scoring precision; null when no target could be scored. */
  readonly score: Dec | null;
  readonly maximum: Dec;
  readonly band: GradeBand | null;
  readonly grade: string | null;
  readonly vetoed: boolean;
  readonly vetoedBy: readonly string[];
  /** Veto targets that could not be judged (no data), so the veto is unknown rather than passed. */
  readonly vetoUnknown: readonly string[];
}

function exclusionOf(input: ScoringInput, scoring: ScoringData): Exclusion | null {
  if (input.target.commitment === 'aspirational' && scoring.aspirational === 'unscored') return 'aspirational_unscored';
  if (input.status === 'not_applicable') return 'not_applicable';
  if (input.status === 'not_due') return 'not_due';
  if (input.status === 'no_data' && scoring.missingData === 'exclude') return 'no_data';
  return null;
}

/** How 100 points are split among the scored targets: depends only on which targets are scored. */
interface Allocation {
  readonly targets: readonly CompiledTarget[];
  readonly possible: readonly Dec[];
  readonly possibleText: readonly string[];
  readonly categoryPossible: readonly Dec[];
  readonly scoredPerCategory: readonly number[];
  readonly anyScored: boolean;
}

// Most regions score the same set of targets, so the 40-digit divisions of a split are done once per
// pattern and rule set. The key is the scored/excluded mask; a hit is used only if it was made for the
// very same targets, so a cached split can never be applied to another list.
const allocationCache = new WeakMap<readonly CompiledCategory[], Map<string, Allocation>>();
const MAX_PATTERNS = 4096;

function sameTargets(a: readonly CompiledTarget[], inputs: readonly ScoringInput[]): boolean {
  if (a.length !== inputs.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== (inputs[i] as ScoringInput).target) return false;
  return true;
}

function allocate(
  inputs: readonly ScoringInput[],
  scored: readonly boolean[],
  categories: readonly CompiledCategory[],
): Allocation {
  let cache = allocationCache.get(categories);
  if (!cache) allocationCache.set(categories, (cache = new Map()));
  let key = '';
  for (let i = 0; i < scored.length; i++) key += scored[i] ? '+' : '-';
  const hit = cache.get(key);
  if (hit && sameTargets(hit.targets, inputs)) return hit;
  const weightIn = new Map<string, Dec>();
  inputs.forEach((input, i) => {
    if (scored[i])
      weightIn.set(input.target.category, (weightIn.get(input.target.category) ?? ZERO).plus(input.target.weight));
  });
  const taking = categories.filter((c) => (weightIn.get(c.id) ?? ZERO).gt(0));
  const categoryTotal = sumDec(taking.map((c) => c.weight));
  const share = new Map(taking.map((c) => [c.id, HUNDRED.times(c.weight).div(categoryTotal)]));
  const possible = inputs.map((input, i) => {
    const catShare = share.get(input.target.category);
    const catWeight = weightIn.get(input.target.category);
    return scored[i] && catShare !== undefined && catWeight !== undefined
      ? catShare.times(input.target.weight).div(catWeight)
      : ZERO;
  });
  const allocation: Allocation = {
    targets: inputs.map((input) => input.target),
    possible,
    possibleText: possible.map((p) => decimalString(p, 4)),
    categoryPossible: categories.map((c) =>
      sumDec(possible.filter((_, i) => (inputs[i] as ScoringInput).target.category === c.id)),
    ),
    scoredPerCategory: categories.map(
      (c) => inputs.filter((input, i) => scored[i] && input.target.category === c.id).length,
    ),
    anyScored: taking.length > 0,
  };
  if (cache.size < MAX_PATTERNS && !hit) cache.set(key, allocation);
  return allocation;
}

/**
 * Scores evaluated targets: category shares of 100 by weight among categories with a scored target,
 * target shares by weight within the category, all or nothing per target, a veto overriding the grade.
 * @example scoreTargets(inputs, ruleSet.categories, ruleSet.scoring).score?.toString() // '83.33'
 */
export function scoreTargets(
  inputs: readonly ScoringInput[],
  categories: readonly CompiledCategory[],
  scoring: ScoringData,
): ScoreResult {
  const exclusions = inputs.map((i) => exclusionOf(i, scoring));
  const allocation = allocate(
    inputs,
    exclusions.map((e) => e === null),
    categories,
  );
  const points: TargetPoints[] = inputs.map((input, i) => {
    const excluded = exclusions[i] ?? null;
    const possible = allocation.possible[i] as Dec;
    const possibleText = allocation.possibleText[i] as string;
    const met = excluded === null && input.status === 'met';
    return { possible, earned: met ? possible : ZERO, excluded, possibleText, earnedText: met ? possibleText : '0' };
  });
  // One pass over the targets, adding each category's earned points in target order.
  const earned = categories.map(() => ZERO);
  const position = categoryPositions(categories);
  points.forEach((p, i) => {
    if (p.earned === ZERO) return;
    const c = position.get((inputs[i] as ScoringInput).target.category);
    if (c !== undefined) earned[c] = (earned[c] as Dec).plus(p.earned);
  });
  const categoryScores: CategoryScore[] = categories.map((category, c) => ({
    category,
    possible: allocation.categoryPossible[c] as Dec,
    earned: earned[c] as Dec,
    scoredTargets: allocation.scoredPerCategory[c] as number,
  }));
  const exact = sumDec(categoryScores.map((c) => c.earned));
  const maximum = allocation.anyScored ? HUNDRED : ZERO;
  const score = allocation.anyScored ? exact.toDecimalPlaces(scoring.precision, D.ROUND_HALF_UP) : null;
  const vetoedBy = inputs.filter((i) => i.target.veto && i.status === 'not_met').map((i) => i.target.id);
  const vetoUnknown = inputs.filter((i) => i.target.veto && i.status === 'no_data').map((i) => i.target.id);
  const band = score === null ? null : gradeFor(score, bandsOf(scoring));
  const vetoed = vetoedBy.length > 0;
  const grade = vetoed ? vetoGradeOf(scoring) : (band?.grade ?? null);
  return { points, categories: categoryScores, exact, score, maximum, band, grade, vetoed, vetoedBy, vetoUnknown };
}

const positionCache = new WeakMap<readonly CompiledCategory[], Map<string, number>>();

/** Each category's position in the rule set's list, by id, computed once per rule set. */
function categoryPositions(categories: readonly CompiledCategory[]): Map<string, number> {
  let positions = positionCache.get(categories);
  if (!positions) positionCache.set(categories, (positions = new Map(categories.map((c, i) => [c.id, i]))));
  return positions;
}

const bandCache = new WeakMap<ScoringData, GradeBand[]>();

/** The grade bands of a scoring block, parsed once. */
function bandsOf(scoring: ScoringData): GradeBand[] {
  let bands = bandCache.get(scoring);
  if (!bands) bandCache.set(scoring, (bands = gradeBands(scoring.grades)));
  return bands;
}
