/**
 * Small inline rule sets and data sets for the evaluation tests, and a helper that evaluates through
 * both the compiled path and json-rules-engine's Engine and insists they agree.
 */
import { expect } from 'vitest';
import { type EvaluateOptions, evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import type { Report, TargetResult } from '../../src/report/schema.js';
import { type CompiledRuleSet, loadRuleSet } from '../../src/rulesets/load.js';

/** Indicators local to the test rule sets (ids chosen not to clash with the shared catalogue). */
export const INDICATORS = [
  {
    id: 'tst-pass-rate',
    names: { 'zh-Hans': '测试抽检合格率', 'zh-Hant': '測試抽檢合格率', en: 'test pass rate' },
    unit: '%',
    kind: 'rate',
    direction: 'higher',
  },
  {
    id: 'tst-pm25',
    names: { 'zh-Hans': '测试PM2.5浓度', 'zh-Hant': '測試PM2.5濃度', en: 'test PM2.5' },
    unit: 'μg/m³',
    kind: 'concentration',
    direction: 'lower',
  },
  {
    id: 'tst-brands',
    names: { 'zh-Hans': '测试品牌数', 'zh-Hant': '測試品牌數', en: 'test brands' },
    unit: '个',
    kind: 'count',
    direction: 'higher',
  },
  {
    id: 'tst-done',
    names: { 'zh-Hans': '测试里程碑', 'zh-Hant': '測試里程碑', en: 'test milestone' },
    unit: 'boolean',
    kind: 'boolean',
    direction: 'higher',
  },
  {
    id: 'tst-neutral',
    names: { 'zh-Hans': '测试中性指标', 'zh-Hant': '測試中性指標', en: 'test neutral' },
    unit: '个',
    kind: 'count',
    direction: 'none',
  },
] as const;

/** A target's common fields. */
export function target(id: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    category: 'quality',
    commitment: 'binding',
    source: { section: '一、工作目标', clause: `条款${id}` },
    ...fields,
  };
}

/** A rule set JSON with the given targets, plan period 2016–2018 unless overridden. */
export function ruleSetJson(targets: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'tst-plan',
    title: '测试镇质量提升计划',
    issuer: '测试镇人民政府',
    documentNumber: null,
    region: { name: '测试镇', level: 'town', parent: null },
    period: { start: '2016-01-01', end: '2018-12-31' },
    published: { date: null },
    source: { file: 'tst.txt' },
    locale: 'zh-Hans',
    scoring: { weights: 'assumed' },
    categories: [{ id: 'quality', names: { 'zh-Hans': '质量', 'zh-Hant': '質量', en: 'quality' }, weight: 1 }],
    indicators: INDICATORS,
    targets,
    ...extra,
  };
}

/** Loads a test rule set. */
export function ruleSet(targets: unknown[], extra: Record<string, unknown> = {}): CompiledRuleSet {
  return loadRuleSet(ruleSetJson(targets, extra));
}

/** A data set JSON for region `id`. */
export function dataSet(
  period: string,
  observations: unknown[],
  extra: Record<string, unknown> = {},
  id = 'town-a',
): Record<string, unknown> {
  return { schemaVersion: 1, region: { id, name: `测试${id}` }, period, observations, ...extra };
}

/** A yearly series of one indicator as observations: { 2015: '90', 2016: '91' } → value/unit pairs. */
export function series(indicator: string, unit: string, values: Record<string, string | number>): unknown[] {
  return Object.entries(values).map(([period, value]) => ({ indicator, period, value, unit }));
}

/** Evaluates through the compiled path and through json-rules-engine, asserts identical reports, returns one. */
export async function both(rs: CompiledRuleSet, data: unknown, options: EvaluateOptions = {}): Promise<Report> {
  const compiled = evaluate(rs, data, options);
  const engine = await evaluateWithEngine(rs, data, options);
  expect(JSON.stringify(engine)).toBe(JSON.stringify(compiled));
  return compiled;
}

/** The result of one target in a report. */
export function result(report: Report, id: string): TargetResult {
  const found = report.targets.find((t) => t.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
}
