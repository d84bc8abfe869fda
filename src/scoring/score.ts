import { D, sumDec, type Dec } from '../decimal/decimal.js';
import type { CompiledCategory, CompiledTarget } from '../rulesets/load.js';
import type { ScoringData } from '../rulesets/schema.js';
import { gradeBands, gradeFor, vetoGradeOf, type GradeBand } from './grades.js';

/** A target's status: the five outcomes a target can have. */
export type Status = 'met' | 'not_met' | 'no_data' | 'not_applicable' | 'not_due';

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

const HUNDRED = new D(100);
const ZERO = new D(0);

/**
 * Scores evaluated targets: category shares of 100 by weight among categories with a scored target,
 * target shares by weight within the category, all or nothing per target, a veto overriding the grade.
 * @example scoreTargets(inputs, ruleSet.categories, ruleSet.scoring).score?.toString() // '83.33'
 */
export function scoreTargets(inputs: readonly ScoringInput[], categories: readonly CompiledCategory[], scoring: ScoringData): ScoreResult {
  const exclusions = inputs.map((i) => exclusionOf(i, scoring));
  const weightIn = new Map<string, Dec>();
  inputs.forEach((input, i) => {
    if (exclusions[i] !== null) return;
    weightIn.set(input.target.category, (weightIn.get(input.target.category) ?? ZERO).plus(input.target.weight));
  });
  const taking = categories.filter((c) => (weightIn.get(c.id) ?? ZERO).gt(0));
  const categoryTotal = sumDec(taking.map((c) => c.weight));
  const share = new Map(taking.map((c) => [c.id, HUNDRED.times(c.weight).div(categoryTotal)]));

  const points: TargetPoints[] = inputs.map((input, i) => {
    const excluded = exclusions[i] ?? null;
    const catShare = share.get(input.target.category);
    const catWeight = weightIn.get(input.target.category);
    if (excluded !== null || catShare === undefined || catWeight === undefined) return { possible: ZERO, earned: ZERO, excluded };
    const possible = catShare.times(input.target.weight).div(catWeight);
    return { possible, earned: input.status === 'met' ? possible : ZERO, excluded: null };
  });

  const categoryScores: CategoryScore[] = categories.map((category) => {
    const mine = inputs.map((input, i) => ({ input, p: points[i] as TargetPoints })).filter((x) => x.input.target.category === category.id);
    return {
      category,
      possible: sumDec(mine.map((x) => x.p.possible)),
      earned: sumDec(mine.map((x) => x.p.earned)),
      scoredTargets: mine.filter((x) => x.p.excluded === null).length,
    };
  });

  const exact = sumDec(points.map((p) => p.earned));
  const maximum = taking.length > 0 ? HUNDRED : ZERO;
  const score = taking.length > 0 ? exact.toDecimalPlaces(scoring.precision, D.ROUND_HALF_UP) : null;
  const bands = gradeBands(scoring.grades);
  const vetoedBy = inputs.filter((i) => i.target.veto && i.status === 'not_met').map((i) => i.target.id);
  const vetoUnknown = inputs.filter((i) => i.target.veto && i.status === 'no_data').map((i) => i.target.id);
  const band = score === null ? null : gradeFor(score, bands);
  const vetoed = vetoedBy.length > 0;
  const grade = vetoed ? vetoGradeOf(scoring) : (band?.grade ?? null);
  return { points, categories: categoryScores, exact, score, maximum, band, grade, vetoed, vetoedBy, vetoUnknown };
}
