import { type Dec, toDecimal } from '../core/decimal.js';
import type { ScoringData } from '../rulesets/schema.js';

/** A grade band with its half-open edges: [min, upper). `upper` is null for the top band. */
export interface GradeBand {
  readonly grade: string;
  readonly min: Dec;
  readonly upper: Dec | null;
}

/** The bands of a scoring block with explicit edges, best first. */
export function gradeBands(grades: ScoringData['grades']): GradeBand[] {
  return grades.map((g, i) => ({
    grade: g.grade,
    min: toDecimal(g.min),
    upper: i === 0 ? null : toDecimal((grades[i - 1] as { min: number | string }).min),
  }));
}

/**
 * The band a score falls in: the first whose minimum it reaches; a score below every minimum
 * takes the lowest band. Each score falls in exactly one band (89.5 is B, 90 is A).
 * @example gradeFor(D('89.5'), gradeBands(defaults)).grade // 'B'
 */
export function gradeFor(score: Dec, bands: readonly GradeBand[]): GradeBand {
  const band = bands.find((b) => score.gte(b.min));
  return band ?? (bands[bands.length - 1] as GradeBand);
}

/** The grade a failed veto forces: the declared veto grade, else the lowest band. */
export function vetoGradeOf(scoring: ScoringData): string {
  return scoring.vetoGrade ?? (scoring.grades[scoring.grades.length - 1] as { grade: string }).grade;
}

/** A band's edges in interval notation: "[80, 90)", "[90, +∞)". */
export function bandInterval(band: GradeBand): string {
  return `[${band.min.toString()}, ${band.upper === null ? '+∞' : band.upper.toString()})`;
}
