import { z } from 'zod';
import { type Dec, type DecimalInput, toDecimal } from '../core/decimal.js';
import { DecimalInputSchema } from '../core/schemas.js';
import { NamesSchema } from '../indicators/schema.js';
import type { ScoringData } from '../rulesets/schema.js';

/**
 * The scores a scheme reports and a band can test: in the scheme's own points, or out of 100;
 * before (`base`) or after bonus and penalty items (`total`).
 */
export const ScoreNameSchema = z.enum(['total100', 'total', 'base100', 'base']);

/** A score name bands can test. */
export type ScoreName = z.infer<typeof ScoreNameSchema>;

/** The rounded scores of one result, by name; null when nothing could be scored. */
export type NamedScores = Readonly<Record<ScoreName, Dec | null>>;

/** One half-open test on one score: `min` ≤ score < `below`; a missing edge is unbounded. */
export interface BandTest {
  readonly score: ScoreName;
  readonly min: Dec | null;
  readonly below: Dec | null;
}

/** A scheme's grade band: every test must pass. A band with no tests takes every score. */
export interface SchemeBand {
  readonly grade: string;
  readonly tests: readonly BandTest[];
  /**
   * A rule set's lowest band takes every lower score too, so its written minimum is never tested;
   * it is kept to print the band as the rule set wrote it ("[0, 60)").
   */
  readonly declaredMin?: Dec;
}

/** One half-open test as a scheme file writes it: min ≤ score < below (either edge may be absent). */
export const BandTestSchema = z.strictObject({
  score: ScoreNameSchema.default('total100'),
  min: DecimalInputSchema.optional(),
  below: DecimalInputSchema.optional(),
});

/**
 * A grade band with explicit half-open edges on one score, and optionally further scores it must
 * also pass (优秀: 总分≥90 且 基础分≥85). Bands are tried best first; the first that passes gives the grade.
 * @example { "grade": "B", "min": 80, "below": 90 }
 */
export const SchemeBandSchema = z.strictObject({
  grade: z.string().min(1),
  names: NamesSchema.optional(),
  score: ScoreNameSchema.default('total100'),
  min: DecimalInputSchema.optional(),
  below: DecimalInputSchema.optional(),
  and: z.array(BandTestSchema).optional(),
});

/** A band as written (in a scheme file, before defaults). */
export type BandInput = z.input<typeof SchemeBandSchema>;

const edge = (v: DecimalInput | undefined): Dec | null => (v === undefined ? null : toDecimal(v));

/**
 * Compiles a band as written into its tests. A band without `min`, `below` or `and` is a catch-all.
 * @example compileBand({ grade: 'B', min: 80, below: 90 }).tests[0] // { score: 'total100', min: 80, below: 90 }
 */
export function compileBand(band: BandInput): SchemeBand {
  const first: BandTest[] =
    band.min === undefined && band.below === undefined
      ? []
      : [{ score: band.score ?? 'total100', min: edge(band.min), below: edge(band.below) }];
  const more = (band.and ?? []).map((t) => ({ score: t.score ?? 'total100', min: edge(t.min), below: edge(t.below) }));
  return { grade: band.grade, tests: [...first, ...more] };
}

/** Whether a score passes a half-open test; a missing score (nothing scored) passes nothing. */
export function testPasses(test: BandTest, scores: NamedScores): boolean {
  const s = scores[test.score];
  if (s === null) return false;
  return (test.min === null || s.gte(test.min)) && (test.below === null || s.lt(test.below));
}

/**
 * The first band, best first, whose tests all pass; null when none does or nothing was scored.
 * @example schemeGradeFor(bands, { total100: D('89.5'), … })?.grade // 'B'
 */
export function schemeGradeFor(bands: readonly SchemeBand[], scores: NamedScores): SchemeBand | null {
  if (scores.total === null && scores.total100 === null) return null;
  return bands.find((b) => bandPasses(b, scores)) ?? null;
}

/** Whether every test of a band passes (a loop: every region's grade is looked up here). */
function bandPasses(band: SchemeBand, scores: NamedScores): boolean {
  for (const t of band.tests) if (!testPasses(t, scores)) return false;
  return true;
}

/** A test in interval notation: "total100 ∈ [80, 90)". */
export function testText(test: BandTest): string {
  return `${test.score} ∈ [${test.min?.toString() ?? '−∞'}, ${test.below?.toString() ?? '+∞'})`;
}

/** A band's tests joined: "total100 ∈ [90, +∞) ∧ base100 ∈ [85, +∞)"; "*" for a catch-all. */
export function schemeBandText(band: SchemeBand): string {
  return band.tests.length === 0 ? '*' : band.tests.map(testText).join(' ∧ ');
}

/**
 * A rule set's `scoring.grades` as explicit scheme bands on one score (the score out of 100 unless
 * told): each band's upper edge is the previous band's minimum, and the last band takes every lower
 * score, keeping its written minimum only to print it.
 * @example bandsFromRuleSet(defaults).map(schemeBandText) // ['total100 ∈ [90, +∞)', …, 'total100 ∈ [−∞, 60)']
 */
export function bandsFromRuleSet(grades: ScoringData['grades'], score: ScoreName = 'total100'): SchemeBand[] {
  return grades.map((g, i) => {
    const last = i === grades.length - 1;
    const prev = grades[i - 1];
    const min = last ? null : toDecimal(g.min);
    const below = prev === undefined ? null : toDecimal(prev.min);
    const tests: BandTest[] = min === null && below === null ? [] : [{ score, min, below }];
    return last ? { grade: g.grade, tests, declaredMin: toDecimal(g.min) } : { grade: g.grade, tests };
  });
}

/**
 * A one-score band's edges in interval notation, as the report's `gradeBand` prints them; a rule
 * set's lowest band shows its written minimum.
 * @example bandsFromRuleSet(defaults).map(bandInterval) // ['[90, +∞)', '[80, 90)', '[60, 80)', '[0, 60)']
 */
export function bandInterval(band: SchemeBand): string {
  const test = band.tests[0];
  const min = test?.min ?? band.declaredMin;
  return `[${min?.toString() ?? '−∞'}, ${test?.below?.toString() ?? '+∞'})`;
}

/** A problem with a band list, by band index. */
export interface BandProblem {
  readonly index: number;
  readonly field: 'min' | 'below' | 'grade';
  readonly problem: 'empty' | 'gap' | 'overlap' | 'open_top' | 'open_bottom' | 'no_catch_all' | 'duplicate';
}

function singleScore(bands: readonly SchemeBand[]): ScoreName | null {
  const first = bands[0]?.tests[0]?.score;
  if (first === undefined) return null;
  return bands.every((b) => b.tests.length === 1 && b.tests[0]?.score === first) ? first : null;
}

/** Problems of bands on one score: they must tile the line, best first, with no gap and no overlap. */
function partitionProblems(bands: readonly SchemeBand[]): BandProblem[] {
  const out: BandProblem[] = [];
  bands.forEach((b, i) => {
    const t = b.tests[0] as BandTest;
    if (t.min !== null && t.below !== null && !t.min.lt(t.below))
      out.push({ index: i, field: 'below', problem: 'empty' });
    if (i === 0 && t.below !== null) out.push({ index: i, field: 'below', problem: 'open_top' });
    if (i === bands.length - 1 && t.min !== null) out.push({ index: i, field: 'min', problem: 'open_bottom' });
    const prev = bands[i - 1]?.tests[0];
    if (prev === undefined) return;
    if (t.below === null || prev.min === null) out.push({ index: i, field: 'below', problem: 'overlap' });
    else if (t.below.lt(prev.min)) out.push({ index: i, field: 'below', problem: 'gap' });
    else if (t.below.gt(prev.min)) out.push({ index: i, field: 'below', problem: 'overlap' });
  });
  return out;
}

/**
 * Checks that every possible score gets exactly one grade. Bands on one score must tile the real
 * line (the best band open above, the worst open below, each `below` equal to the better band's
 * `min`), so 89.5 falls in exactly one; bands testing several scores are tried in order, so the
 * last must be a catch-all. Grades must be distinct.
 * @example bandProblems([compileBand({ grade: 'A', min: 90 }), compileBand({ grade: 'B', min: 80, below: 89 })]) // gap at 1
 */
export function bandProblems(bands: readonly SchemeBand[]): BandProblem[] {
  const out: BandProblem[] = [];
  const seen = new Set<string>();
  bands.forEach((b, i) => {
    if (seen.has(b.grade)) out.push({ index: i, field: 'grade', problem: 'duplicate' });
    seen.add(b.grade);
    for (const t of b.tests)
      if (t.min !== null && t.below !== null && !t.min.lt(t.below))
        out.push({ index: i, field: 'below', problem: 'empty' });
  });
  if (singleScore(bands) !== null) return out.concat(partitionProblems(bands).filter((p) => p.problem !== 'empty'));
  const last = bands[bands.length - 1];
  if (last && last.tests.length > 0) out.push({ index: bands.length - 1, field: 'min', problem: 'no_catch_all' });
  return out;
}
