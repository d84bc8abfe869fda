import { evaluate } from '../../src/report/evaluate.js';
import type { SchemeReport } from '../../src/report/schema.js';
import type { CompiledRuleSet } from '../../src/rulesets/load.js';
import { type CompiledScheme, loadScheme } from '../../src/schemes/load.js';
import { data, rules, target } from '../support.js';

/** Names in the three locales, for schemes, levels and items. */
export const names = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

/** A scheme file around the given fields (applies to any rule set; 100 points). */
export function schemeJson(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { schemaVersion: 1, id: 'test-scheme', names: names('测试考核细则', 'test scheme'), ruleSet: null, ...extra };
}

/** Loads a test scheme. */
export function scheme(extra: Record<string, unknown> = {}): CompiledScheme {
  return loadScheme(schemeJson(extra));
}

/** Local indicators the test rule sets use besides the catalogue's. */
export const localIndicators = [
  {
    id: 'quality-plan-adopted',
    names: names('质量发展规划已制定', 'quality plan adopted'),
    unit: 'boolean',
    kind: 'boolean',
    direction: 'higher',
  },
  {
    id: 'failed-batches',
    names: names('抽检不合格批次', 'failed batches'),
    unit: '批次',
    kind: 'count',
    direction: 'lower',
  },
];

/** Level flags and a quarterly series only the schemes read. */
export const schemeIndicators = [
  {
    id: 'quality-in-regional-plan',
    names: names('质量工作写入区域规划', 'quality written into the regional plan'),
    unit: 'boolean',
    kind: 'boolean',
    direction: 'higher',
  },
  {
    id: 'quality-in-department-plan',
    names: names('质量工作写入部门计划', 'quality written into a department plan'),
    unit: 'boolean',
    kind: 'boolean',
    direction: 'higher',
  },
  {
    id: 'vegetable-sampling-pass-rate',
    names: names('蔬菜抽检合格率', 'vegetable sampling pass rate'),
    unit: '%',
    kind: 'rate',
    direction: 'higher',
  },
];

/** PM2.5 ≤ 29, good-air days ≥ 98%, product pass rate ≥ 95%, a plan milestone, no major incident (veto). */
export const T = {
  pm25: target('pm25', {
    kind: 'at_most',
    indicator: 'pm25-annual-mean',
    threshold: 29,
    unit: 'μg/m³',
    category: 'environment',
  }),
  good: target('good-days', {
    kind: 'at_least',
    indicator: 'air-quality-good-day-ratio',
    threshold: 98,
    unit: '%',
    category: 'environment',
  }),
  pass: target('pass-rate', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%' }),
  plan: target('quality-plan', { kind: 'milestone', indicator: 'quality-plan-adopted' }),
  incidents: target('incidents', { kind: 'zero', indicator: 'major-quality-safety-incidents', veto: true }),
};

/** A rule set of the given targets with the local indicators. */
export function ruleSet(targets: unknown[], extra: Record<string, unknown> = {}): CompiledRuleSet {
  return rules(targets, { indicators: localIndicators, ...extra });
}

/** An observation of a value in a unit. */
export const obs = (indicator: string, value: number | string | boolean, unit?: string, period?: string) => ({
  indicator,
  value,
  ...(unit ? { unit } : {}),
  ...(period ? { period } : {}),
});

/** Evaluates and returns the scheme block. */
export function run(
  rs: CompiledRuleSet,
  observations: unknown[],
  s: CompiledScheme,
  extra: Record<string, unknown> = {},
): SchemeReport {
  const report = evaluate(rs, data(observations, extra), { scheme: s });
  if (!report.scheme) throw new Error('no scheme block');
  return report.scheme;
}

/** One target's row in a scheme block. */
export function row(r: SchemeReport, id: string) {
  const found = r.targets.find((t) => t.target === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
}
