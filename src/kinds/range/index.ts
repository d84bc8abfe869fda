import { defineKind } from '../contract.js';
import { compileRange } from './compile.js';
import { RangeTargetSchema } from './schema.js';

/** "2—3只": the lower bound is required, the upper is a stretch level. */
export const rangeKind = defineKind({ kinds: ['range'], schema: RangeTargetSchema, compile: compileRange });
