import { z } from 'zod';
import { INPUT_LIMITS } from '../../core/limits.js';
import { IdSchema } from '../../indicators/schema.js';
import { GranularitySchema, targetCommon } from '../target.js';

/** 每季度组织上报一次 / 每半年报送 / 每年组织1至2次督查: dated events counted per period. */
export const FrequencyTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('frequency'),
  /** Event type id in the data's `events`. */
  event: IdSchema,
  per: GranularitySchema,
  /** Bounded (INPUT_LIMITS.count) so a count no plan writes is refused at load. */
  min: z.int().min(0).max(INPUT_LIMITS.count),
  max: z.int().min(0).max(INPUT_LIMITS.count).optional(),
});

/** A validated frequency target. */
export type FrequencyTarget = z.infer<typeof FrequencyTargetSchema>;
