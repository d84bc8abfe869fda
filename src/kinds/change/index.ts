import { defineKind } from '../contract.js';
import { compileChange } from './compile.js';
import { ChangeTargetSchema } from './schema.js';

/** 较2015年下降15% / 提升3个百分点 / 增加10项 / 年均增长12%: change from a base period. */
export const changeKind = defineKind({
  kinds: ['change'],
  schema: ChangeTargetSchema,
  compile: compileChange,
});
