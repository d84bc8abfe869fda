import type { DataSetInput } from '../src/observations/schema.js';
import { type CompiledRuleSet, loadRuleSet } from '../src/rulesets/load.js';

/** A minimal valid rule set around the given targets (categories `product` and `environment`). */
export function ruleSetJson(targets: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'test-rules',
    title: '测试方案',
    issuer: '测试镇人民政府',
    documentNumber: null,
    region: { name: '测试镇', level: 'town', parent: null },
    period: { start: '2018-01-01', end: '2018-12-31' },
    published: { date: '2018-03-01' },
    source: { file: 'test.txt' },
    locale: 'zh-Hans',
    scoring: { weights: 'assumed' },
    categories: [
      { id: 'product', names: { 'zh-Hans': '产品质量', 'zh-Hant': '產品質量', en: 'Product quality' }, weight: 1 },
      {
        id: 'environment',
        names: { 'zh-Hans': '环境质量', 'zh-Hant': '環境質量', en: 'Environmental quality' },
        weight: 1,
      },
    ],
    targets,
    ...extra,
  };
}

/** A target of the given kind with a source clause; override any field. */
export function target(id: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    category: 'product',
    commitment: 'binding',
    source: { section: '二、工作目标', clause: `${id} 原文` },
    ...fields,
  };
}

/** Loads a test rule set from targets. */
export function rules(targets: unknown[], extra: Record<string, unknown> = {}): CompiledRuleSet {
  return loadRuleSet(ruleSetJson(targets, extra));
}

/** A data set for region `t1` in 2018 with the given observations. */
export function data(observations: unknown[], extra: Record<string, unknown> = {}): DataSetInput {
  return {
    schemaVersion: 1,
    region: { id: 't1', name: '测试镇' },
    period: '2018',
    observations,
    ...extra,
  } as DataSetInput;
}
