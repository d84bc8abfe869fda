import { defineKind } from '../contract.js';
import { compileCompound } from './compile.js';
import { CompoundTargetSchema } from './schema.js';

/** A json-rules-engine condition over several indicators. */
export const compoundKind = defineKind({ kinds: ['compound'], schema: CompoundTargetSchema, compile: compileCompound });
