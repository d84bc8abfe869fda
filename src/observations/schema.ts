import { z } from 'zod';
import { DecimalInputSchema, UnitSpellingSchema } from '../core/schemas.js';
import { IdSchema } from '../indicators/schema.js';
import { LocalizedTextSchema } from '../locales/locale.js';

/** A period label: `2018`, `2018-H1`, `2018-Q3` or `2018-07`; a year written as a number (2018) reads as "2018". */
export const PeriodLabelSchema = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, 'a period label such as 2018, 2018-H1, 2018-Q3 or 2018-07'),
);

/** Where a figure comes from, so a report can say whether it was verified, estimated or partial. */
export const ProvenanceSchema = z.strictObject({
  source: z.string().min(1),
  publishedOn: z.iso.date().optional(),
  url: z.string().optional(),
  status: z.enum(['verified', 'reported', 'estimated', 'provisional']).optional(),
  /** For a partial-period figure (January to July), the dates it covers. */
  coverage: z.strictObject({ from: z.iso.date(), to: z.iso.date() }).optional(),
  note: z.string().optional(),
});

/**
 * One observation of one indicator for one period. Give exactly one of: `value` (with `unit`),
 * `passed` and `sampled` (a rate computed exactly), `rank` and `of`, or `notApplicable`.
 * @example { indicator: 'product-sampling-pass-rate', passed: 19, sampled: 20 }
 */
export const ObservationSchema = z.strictObject({
  indicator: IdSchema,
  /** Defaults to the data set's period. */
  period: PeriodLabelSchema.optional(),
  value: z.union([DecimalInputSchema, z.boolean()]).optional(),
  unit: UnitSpellingSchema.optional(),
  passed: z.int().optional(),
  sampled: z.int().optional(),
  /** A published rank among peers (第7名/共12个), for rank targets scored without the whole cohort. */
  rank: z.int().min(1).optional(),
  of: z.int().min(1).optional(),
  notApplicable: z.boolean().optional(),
  reason: z.string().optional(),
  evidence: z.string().optional(),
  provenance: ProvenanceSchema.optional(),
});

/** An outside benchmark figure (全区平均水平, 全国平均水平, 市政府目标), with its own provenance. */
export const BenchmarkValueSchema = z.strictObject({
  id: IdSchema,
  indicator: IdSchema,
  period: PeriodLabelSchema.optional(),
  value: DecimalInputSchema,
  unit: UnitSpellingSchema,
  provenance: ProvenanceSchema.optional(),
});

/** A dated event (a report filed, an inspection held), counted by frequency targets. */
export const EventSchema = z.strictObject({
  type: IdSchema,
  date: z.iso.date(),
  note: z.string().optional(),
  provenance: ProvenanceSchema.optional(),
});

/** A region as data sets name it. */
export const RegionSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  level: z.enum(['town', 'county', 'district', 'city', 'province']).optional(),
  parent: z.string().min(1).optional(),
});

/**
 * A data set: one region's observations for one period.
 * @example { schemaVersion: 1, region: { id: 'zhuanqiao', name: '颛桥镇' }, period: '2018', observations: [...] }
 */
export const DataSetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  region: RegionSchema,
  period: PeriodLabelSchema,
  /** The date the data describe the region as of; defaults to the end of `period`. */
  asOf: z.iso.date().optional(),
  observations: z.array(ObservationSchema),
  benchmarks: z.array(BenchmarkValueSchema).optional(),
  events: z.array(EventSchema).optional(),
  notes: z.array(z.string()).optional(),
});

/** A data set as written (inferred from {@link DataSetSchema}). */
export type DataSetInput = z.input<typeof DataSetSchema>;
/** A validated data set. */
export type DataSet = z.infer<typeof DataSetSchema>;
/** A validated observation. */
export type Observation = z.infer<typeof ObservationSchema>;
/** Provenance of a figure. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
/** A benchmark figure. */
export type BenchmarkValue = z.infer<typeof BenchmarkValueSchema>;
/** A dated event. */
export type EventRecord = z.infer<typeof EventSchema>;

/** A figure the evaluation read, kept for the report's provenance and explanation. */
export const ObservedFigureSchema = z.object({
  indicator: z.string(),
  period: z.string(),
  /** Decimal string in `unit`, or a boolean for milestones, or a rank "7/12". */
  value: z.union([z.string(), z.boolean()]),
  unit: z.string(),
  counts: z.object({ passed: z.int(), sampled: z.int() }).optional(),
  provenance: ProvenanceSchema.optional(),
  evidence: z.string().optional(),
  /** A benchmark figure rather than the region's own. */
  benchmark: z.string().optional(),
});

/** A figure the evaluation read (see {@link ObservedFigureSchema}). */
export type ObservedFigure = z.infer<typeof ObservedFigureSchema>;

/** Something a target needs that the data lack: the indicator, and which period, benchmark or series point. */
export const MissingItemSchema = z.object({ indicator: z.string(), what: LocalizedTextSchema });

/** Something a target needs that the data lack (see {@link MissingItemSchema}). */
export type MissingItem = z.infer<typeof MissingItemSchema>;
