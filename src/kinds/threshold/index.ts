import { defineKind } from '../contract.js';
import { compileThreshold } from './compile.js';
import { THRESHOLD_KINDS, ThresholdTargetSchema } from './schema.js';

/** 达到95% / 超150亿元 / 不超过 / 低于 / equal: one indicator against one threshold. */
export const thresholdKind = defineKind({
  kinds: THRESHOLD_KINDS,
  schema: ThresholdTargetSchema,
  compile: compileThreshold,
});
