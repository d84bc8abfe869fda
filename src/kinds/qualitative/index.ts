import { defineKind } from '../contract.js';
import { compileQualitative } from './compile.js';
import { QualitativeTargetSchema } from './schema.js';

/** A task without a bar, judged done / partly / not done on recorded evidence. */
export const qualitativeKind = defineKind({
  kinds: ['qualitative'],
  schema: QualitativeTargetSchema,
  compile: compileQualitative,
});
