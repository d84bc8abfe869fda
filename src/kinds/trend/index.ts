import { defineKind } from '../contract.js';
import { compileTrend } from './compile.js';
import { TrendTargetSchema } from './schema.js';

/** 逐年提升 / 连续3年保持增长 / 持续下降: change against the previous period. */
export const trendKind = defineKind({ kinds: ['trend'], schema: TrendTargetSchema, compile: compileTrend });
