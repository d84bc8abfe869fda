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
 * The fields every target schema spreads in before its own `kind` and fields.
 * @example z.strictObject({ ...targetCommon, kind: z.literal('zero'), indicator: IdSchema })
 */
export const targetCommon = {
  id: IdSchema,
  category: IdSchema,
  label: LabelSchema.optional(),
  /** binding, or aspirational where the document says 力争/争取/争创. */
  commitment: CommitmentSchema,
  /** Relative weight within its category (default 1). */
  weight: DecimalInputSchema.optional(),
  /** 一票否决: failing this target forces the veto grade whatever the score. */
  veto: z.boolean().optional(),
  /** Due date (ISO); defaults to the end of the rule set's plan period. */
  deadline: z.iso.date().optional(),
  departments: DepartmentsSchema.optional(),
  source: SourceSchema,
  note: z.string().optional(),
};

/** Period granularities; labels are `2018`, `2018-H1`, `2018-Q3`, `2018-07`. */
export const GranularitySchema = z.enum(['year', 'half-year', 'quarter', 'month']);
