import { z } from 'zod';
import { ProvenanceSchema, RegionSchema } from '../observations/schema.js';

const Localized = z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });
const StatusSchema = z.enum(['met', 'not_met', 'no_data', 'not_applicable', 'not_due']);
const StatusCounts = z.object({
  total: z.int(), met: z.int(), not_met: z.int(), no_data: z.int(), not_applicable: z.int(), not_due: z.int(),
});

/** A figure the evaluation read, with its provenance. */
export const ObservedFigureSchema = z.object({
  indicator: z.string(),
  period: z.string(),
  value: z.union([z.string(), z.boolean()]),
  unit: z.string(),
  counts: z.object({ passed: z.int(), sampled: z.int() }).optional(),
  provenance: ProvenanceSchema.optional(),
  evidence: z.string().optional(),
  benchmark: z.string().optional(),
});

/** One target's result. Decimal values are strings. */
export const TargetResultSchema = z.object({
  id: z.string(),
  kind: z.string(),
  category: z.string(),
  label: Localized,
  commitment: z.enum(['binding', 'aspirational']),
  veto: z.boolean(),
  deadline: z.string(),
  status: StatusSchema,
  /** Judged before the target's deadline: an interim result. */
  provisional: z.boolean(),
  attainment: z.string().nullable(),
  gap: z.string().nullable(),
  gapUnit: z.string().nullable(),
  points: z.object({ possible: z.string(), earned: z.string(), excluded: z.string().nullable() }),
  observed: z.array(ObservedFigureSchema),
  missing: z.array(z.object({ indicator: z.string(), what: Localized })),
  requirement: Localized,
  observedText: Localized.nullable(),
  gapText: Localized.nullable(),
  detail: z.record(z.string(), z.unknown()).optional(),
  explanation: Localized,
  source: z.object({ document: z.string(), section: z.string(), clause: z.string() }),
  departments: z.object({ lead: z.array(z.string()), responsible: z.array(z.string()) }),
});

/** One shortfall, for the table sorted by points lost. */
export const ShortfallSchema = z.object({
  target: z.string(),
  status: StatusSchema,
  commitment: z.enum(['binding', 'aspirational']),
  pointsLost: z.string(),
  attainment: z.string().nullable(),
  gap: z.string().nullable(),
  gapUnit: z.string().nullable(),
  departments: z.object({ lead: z.array(z.string()), responsible: z.array(z.string()) }),
  clause: z.string(),
});

/**
 * The scorecard of one region against one rule set: plain JSON, `schemaVersion` 1.
 * @example JSON.stringify(evaluate(ruleSet, data)) // byte-identical for identical input
 */
export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  ruleSet: z.object({
    id: z.string(),
    title: z.string(),
    issuer: z.string(),
    documentNumber: z.string().nullable(),
    locale: z.enum(['zh-Hans', 'zh-Hant']),
    source: z.string(),
    weights: z.enum(['document', 'assumed']),
    weightsNote: z.string().nullable(),
  }),
  region: RegionSchema,
  period: z.string(),
  asOf: z.string(),
  score: z.string().nullable(),
  maximum: z.string(),
  grade: z.string().nullable(),
  gradeBand: z.string().nullable(),
  vetoed: z.boolean(),
  vetoedBy: z.array(z.string()),
  vetoUnknown: z.array(z.string()),
  scoring: z.object({
    method: z.string(),
    missingData: z.enum(['exclude', 'zero']),
    aspirational: z.enum(['scored', 'unscored']),
    precision: z.int(),
  }),
  counts: StatusCounts.extend({ binding: StatusCounts, aspirational: StatusCounts }),
  categories: z.array(
    z.object({ id: z.string(), names: Localized, weight: z.string(), possible: z.string(), earned: z.string(), targets: z.int(), scoredTargets: z.int() }),
  ),
  targets: z.array(TargetResultSchema),
  shortfalls: z.array(ShortfallSchema),
  warnings: z.array(z.object({ code: z.string(), path: z.string(), targets: z.array(z.string()), message: Localized })),
  /** Observations in the data that no target of this rule set reads. */
  unusedObservations: z.array(z.string()),
});

/** A scorecard report (inferred from {@link ReportSchema}). */
export type Report = z.infer<typeof ReportSchema>;
/** One target's result in a report. */
export type TargetResult = z.infer<typeof TargetResultSchema>;
/** One shortfall row. */
export type Shortfall = z.infer<typeof ShortfallSchema>;
/** A target status. */
export type TargetStatus = z.infer<typeof StatusSchema>;
