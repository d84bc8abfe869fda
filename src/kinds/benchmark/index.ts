import { defineKind } from '../contract.js';
import { compileBenchmark } from './compile.js';
import { BenchmarkTargetSchema } from './schema.js';

/** 不低于全区平均水平 / 低于全国平均水平: the current value against a named benchmark figure. */
export const benchmarkKind = defineKind({
  kinds: ['benchmark'],
  schema: BenchmarkTargetSchema,
  compile: compileBenchmark,
});
