import { defineKind } from '../contract.js';
import { compileFrequency } from './compile.js';
import { FrequencyTargetSchema } from './schema.js';

/** 每季度上报一次 / 每年1至2次督查: dated events counted per period. */
export const frequencyKind = defineKind({
  kinds: ['frequency'],
  schema: FrequencyTargetSchema,
  compile: compileFrequency,
});
