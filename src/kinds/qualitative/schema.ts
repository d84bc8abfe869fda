import { z } from 'zod';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';

/**
 * A task the document names without a bar (「稳步提升」「进一步推动」「鼓励更多企业」「争创一批」):
 * a person judges it done, partly done or not done and records the evidence. Its indicator is a
 * boolean (done or not) or a rate (the share of the task done: 100% done, 0 not done, between partly).
 */
export const QualitativeTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('qualitative'),
  indicator: IdSchema,
});

/** A validated qualitative target. */
export type QualitativeTarget = z.infer<typeof QualitativeTargetSchema>;
