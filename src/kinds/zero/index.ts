import { defineKind } from '../contract.js';
import { compileZero } from './compile.js';
import { ZeroTargetSchema } from './schema.js';

/** "不发生…事件": zero occurrences. */
export const zeroKind = defineKind({ kinds: ['zero'], schema: ZeroTargetSchema, compile: compileZero });
