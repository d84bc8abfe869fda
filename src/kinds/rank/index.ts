import { defineKind } from '../contract.js';
import { compileRank } from './compile.js';
import { RankTargetSchema } from './schema.js';

/** 位居全县前列: the region's rank among peers within the declared top. */
export const rankKind = defineKind({ kinds: ['rank'], schema: RankTargetSchema, compile: compileRank });
