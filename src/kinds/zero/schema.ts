import { z } from 'zod';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';

/** "不发生…事件": the count of occurrences must be zero. */
export const ZeroTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('zero'),
  indicator: IdSchema,
});

/** A validated zero target. */
export type ZeroTarget = z.infer<typeof ZeroTargetSchema>;
