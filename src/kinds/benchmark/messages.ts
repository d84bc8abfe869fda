import { localizeTables } from '../../locales/define.js';

/**
 * The words of benchmark targets. Benchmark names (全区平均水平) stay in the message catalogue: the
 * reports name benchmark figures with them too.
 */
export interface BenchmarkMessages {
  /** 全区平均水平（2018年）为96%. */
  readonly value: (name: string, period: string, quantity: string) => string;
  /** The data give no benchmark figure, so the cohort's mean or median stands in. */
  readonly cohort: (stat: 'mean' | 'median', regions: number, quantity: string) => string;
  /** What is missing, of the indicator it benchmarks: 2018年全区平均水平. */
  readonly missing: (name: string, period: string) => string;
}

const zhHans: BenchmarkMessages = {
  value: (name, period, q) => `${name}（${period}）为${q}`,
  cohort: (stat, regions, q) =>
    `数据未提供该基准值，以参评${regions}个地区的${stat === 'mean' ? '平均值' : '中位数'}${q}为基准`,
  missing: (name, period) => `${period}${name}`,
};

const zhHant: BenchmarkMessages = {
  value: (name, period, q) => `${name}（${period}）為${q}`,
  cohort: (stat, regions, q) =>
    `數據未提供該基準值，以參評${regions}個地區的${stat === 'mean' ? '平均值' : '中位數'}${q}為基準`,
  missing: (name, period) => `${period}${name}`,
};

const en: BenchmarkMessages = {
  value: (name, period, q) => `${name} (${period}) is ${q}`,
  cohort: (stat, regions, q) =>
    `no benchmark figure in the data; the ${stat} of the ${regions} regions scored, ${q}, is used`,
  missing: (name, period) => `the ${period} figure of ${name}`,
};

/**
 * The benchmark kind's words in every locale.
 * @example BENCHMARK_MESSAGES.cohort('median', 12, '96%').en // 'no benchmark figure in the data; the median of the 12 regions scored, 96%, is used'
 */
export const BENCHMARK_MESSAGES = localizeTables<BenchmarkMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
