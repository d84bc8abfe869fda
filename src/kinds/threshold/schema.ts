import { z } from 'zod';
import { DecimalInputSchema, UnitSpellingSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';
import { ToleranceSchema } from '../tolerance.js';

/** The threshold kinds: 达到/以上/不低于, 超/高于, 不超过, 低于, and equal. */
export const THRESHOLD_KINDS = ['at_least', 'more_than', 'at_most', 'less_than', 'equal'] as const;

/** 达到95% / 超150亿元 / 不超过 / 低于 / equal: one indicator against one threshold in a stated unit. */
export const ThresholdTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.enum(THRESHOLD_KINDS),
  indicator: IdSchema,
  threshold: DecimalInputSchema,
  unit: UnitSpellingSchema,
  /**
   * 左右: met within this tolerance of the threshold, absolute in the indicator's unit or relative in % of
   * the threshold; `default` when the document gives no figure (±5%, reported as assumed). It widens the
   * strict side only; an `equal` target is then met anywhere in threshold ± tolerance.
   */
  tolerance: ToleranceSchema.optional(),
});

/** A validated threshold target. */
export type ThresholdTarget = z.infer<typeof ThresholdTargetSchema>;
