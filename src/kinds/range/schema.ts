import { z } from 'zod';
import { DecimalInputSchema, UnitSpellingSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';

/** "2—3只", "1至2次": the lower bound is required, the upper is the stretch level; exceeding it is fine. */
export const RangeTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('range'),
  indicator: IdSchema,
  min: DecimalInputSchema,
  max: DecimalInputSchema,
  unit: UnitSpellingSchema,
});

/** A validated range target. */
export type RangeTarget = z.infer<typeof RangeTargetSchema>;
