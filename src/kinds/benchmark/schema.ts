import { z } from 'zod';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';
import { ToleranceSchema } from '../tolerance.js';

/** The comparison words of the documents: 达到/以上/不低于 = at_least, 超/高于 = more_than, 不超过 = at_most, 低于 = less_than. */
export const ComparisonSchema = z.enum(['at_least', 'more_than', 'at_most', 'less_than']);

/** Comparison words as a type. */
export type Comparison = z.infer<typeof ComparisonSchema>;

/** 不低于全区平均水平 / 高于全区平均水平 / 低于全国平均水平 / 达到市政府目标责任考核要求. */
export const BenchmarkTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('benchmark'),
  indicator: IdSchema,
  /** Benchmark id in the data (e.g. `district-average`, `national-average`, `municipal-target`). */
  benchmark: IdSchema,
  comparison: ComparisonSchema,
  /** When the data gives no figure, take it from the cohort being scored (全区平均 as the cohort mean). */
  cohortFallback: z.enum(['mean', 'median']).optional(),
  /**
   * 接近全省平均水平: met within this tolerance of the benchmark on the comparison's strict side, absolute in
   * the indicator's unit or relative in % of the benchmark figure; `default` when the document gives none.
   */
  tolerance: ToleranceSchema.optional(),
});

/** A validated benchmark target. */
export type BenchmarkTarget = z.infer<typeof BenchmarkTargetSchema>;
