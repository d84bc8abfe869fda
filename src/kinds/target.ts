/** The fields every target has, whatever its kind, and the field schemas several kinds share. */
import { z } from 'zod';
import { DecimalInputSchema } from '../core/schemas.js';
import { IdSchema } from '../indicators/schema.js';

/** Where a target comes from: the document, its section heading and the exact clause, quoted. */
export const SourceSchema = z.strictObject({
  /** Source file name; defaults to the rule set's source file. */
  document: z.string().min(1).optional(),
  /** The section heading(s) the clause stands under, as written; empty where the plan has no headings. */
  section: z.string(),
  /** The exact clause, an exact substring of the source text. */
  clause: z.string().min(1),
});

/** Departments the document names for a target (牵头部门 / 责任部门, or the offices after a measure). */
export const DepartmentsSchema = z.strictObject({
  lead: z.array(z.string().min(1)).optional(),
  responsible: z.array(z.string().min(1)).optional(),
});

/** A short label for a target where the indicator's name is not enough (compound targets, milestones). */
export const LabelSchema = z.strictObject({
  'zh-Hans': z.string().min(1).optional(),
  'zh-Hant': z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});

/** binding, or aspirational where the document says 力争/争取/争创. */
export const CommitmentSchema = z.enum(['binding', 'aspirational']);

/**
 * A target's commitment as the rule set writes it: `unclear` where 力争 may or may not govern the rest
 * of the sentence. An unclear target is scored as binding unless a scheme says otherwise
 * (`unclearCommitment`), and reports flag it.
 */
export const TargetCommitmentSchema = z.enum(['binding', 'aspirational', 'unclear']);

/** A target's commitment as written (inferred from {@link TargetCommitmentSchema}). */
export type TargetCommitment = z.infer<typeof TargetCommitmentSchema>;

/**
 * The commitment an unclear target counts as unless a scheme says otherwise: binding, so a possible
 * obligation is never dropped from the shortfalls without someone deciding so.
 */
export const UNCLEAR_COMMITMENT_DEFAULT = 'binding' as const;

/**
 * The commitment a target is scored and counted as.
 * @example resolveCommitment('unclear', 'aspirational') // 'aspirational'
 */
export function resolveCommitment(
  written: TargetCommitment,
  unclearAs: z.infer<typeof CommitmentSchema> = UNCLEAR_COMMITMENT_DEFAULT,
): z.infer<typeof CommitmentSchema> {
  return written === 'unclear' ? unclearAs : written;
}

/**
 * Why a target has no deadline: `year_placeholder` (到20XX年, the year left unfilled) or `no_year`
 * (no year at all). Such a target is judged as of the evaluation's as-of date, never not_due.
 */
export const OpenDeadlineSchema = z.enum(['year_placeholder', 'no_year']);

/**
 * The date a target is due for one evaluation: its deadline (the plan end by default), or the as-of
 * date itself when the rule set leaves the deadline open.
 * @example dueDate({ openDeadline: 'no_year' }, '2020-12-31', '2018-06-30') // '2018-06-30'
 */
export function dueDate(
  target: { readonly deadline?: string | undefined; readonly openDeadline?: string | undefined },
  planEnd: string,
  asOf: string,
): string {
  if (target.openDeadline !== undefined) return asOf;
  return target.deadline ?? planEnd;
}

/**
 * The fields every target schema spreads in before its own `kind` and fields.
 * @example z.strictObject({ ...targetCommon, kind: z.literal('zero'), indicator: IdSchema })
 */
export const targetCommon = {
  id: IdSchema,
  category: IdSchema,
  label: LabelSchema.optional(),
  /** binding, aspirational where the document says 力争/争取/争创, or unclear where 力争 may or may not govern it. */
  commitment: TargetCommitmentSchema,
  /** Relative weight within its category (default 1). */
  weight: DecimalInputSchema.optional(),
  /** 一票否决: failing this target forces the veto grade whatever the score. */
  veto: z.boolean().optional(),
  /** Due date (ISO); defaults to the end of the rule set's plan period. */
  deadline: z.iso.date().optional(),
  /** Instead of `deadline`, where the document gives none (到20XX年, or no year): judged as of the as-of date. */
  openDeadline: OpenDeadlineSchema.optional(),
  departments: DepartmentsSchema.optional(),
  source: SourceSchema,
  note: z.string().optional(),
};

/** Period granularities; labels are `2018`, `2018-H1`, `2018-Q3`, `2018-07`. */
export const GranularitySchema = z.enum(['year', 'half-year', 'quarter', 'month']);
