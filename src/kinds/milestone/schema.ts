import { z } from 'zod';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';

/** A deliverable: a mechanism established, a plan made, a group set up (observed as true/false). */
export const MilestoneTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('milestone'),
  indicator: IdSchema,
});

/** A validated milestone target. */
export type MilestoneTarget = z.infer<typeof MilestoneTargetSchema>;
