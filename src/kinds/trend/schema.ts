import { z } from 'zod';
import { DecimalInputSchema, UnitSpellingSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { GranularitySchema, targetCommon } from '../target.js';

/** 逐年提升 / 连续3年保持增长 / 持续下降 / 显著减少: change against the previous period. */
export const TrendTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('trend'),
  indicator: IdSchema,
  direction: z.enum(['increase', 'decrease']),
  /** Strictly up (or down) each period, or "not worse" when false. */
  strict: z.boolean(),
  /** N consecutive period-on-period changes ("连续3年"); when absent, every step of the window (逐年). */
  consecutive: z.int().min(1).optional(),
  granularity: GranularitySchema,
  /** The periods judged, as labels; defaults to the rule set's plan period. */
  window: z.strictObject({ from: z.string().min(1), to: z.string().min(1) }).optional(),
  /** The least change that counts ("显著"), absolute in `unit`, when the rule set declares one. */
  minChange: z.strictObject({ value: DecimalInputSchema, unit: UnitSpellingSchema }).optional(),
});

/** A validated trend target. */
export type TrendTarget = z.infer<typeof TrendTargetSchema>;
