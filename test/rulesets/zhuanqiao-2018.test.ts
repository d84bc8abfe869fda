import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadBuiltinRuleSet } from '../../src/index.js';
import { expectAllMet, type HandWorkedRow, handWorkedChecks } from './hand-worked.js';

// Expected values are worked by hand in fixtures/zhuanqiao-2018/EXPECTED.md (not copied from library output).
const dir = join(import.meta.dirname, '../../fixtures/zhuanqiao-2018');
// Points are compared to 3 decimals: reports may round decimal strings for display.
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const TARGETS = [
  'chief-quality-officer-enterprises-increase',
  'product-sampling-pass-rate',
  'food-sampling-pass-rate',
  'drug-sampling-pass-rate',
  'agricultural-product-pass-rate',
  'district-assessment-targets',
  'leading-group-adjusted',
  'annual-quality-safety-plan',
  'leading-group-plenary-meeting',
  'member-unit-quality-plans',
  'year-end-quality-summary',
  'quality-responsibility-system',
  'quality-in-performance-assessment',
  'quality-weight-in-assessment-increase',
  'long-term-accountability-mechanism',
  'own-ip-product-share-increase',
  'quality-benchmark-publicity-mechanism',
  'new-economy-highland',
  'office-building-output-increase',
  'quality-award-cultivation-plan',
  'food-drug-long-term-management-system',
  'construction-quality-steady-improvement',
  'quality-law-community-activities',
  'product-injury-monitoring-point',
  'food-sampling-vs-district',
  'drug-sampling-vs-district',
  'industrial-sampling-vs-district',
  'agricultural-sampling-vs-district',
  'dynamic-supervision-platform',
  'major-infrastructure-quality-accidents',
  'environmental-pollution-emergencies',
  'service-satisfaction-survey',
  'high-energy-polluting-phaseout-plan',
  'illegal-construction-cleanup',
  'river-chief-system',
  'river-remediation-tasks',
  'engineering-quality-accidents-decrease',
  'tiered-supervision-system',
  'anti-counterfeiting-campaign',
  'joint-enforcement-mechanism',
  'one-town-one-brand-declared',
  'park-service-case-declared',
  'park-service-quality-appraisal',
  'compulsory-verification-coverage-increase',
];

const C = 100 / 7;
// shortfalls.json: every target that is not met; all others are met.
// gap: undefined = not asserted (milestones have no numeric gap); null = no gap figure (trend and
// frequency shortfalls are measured by attainment and named in the explanation, per DESIGN.md).
const SHORT: Record<string, HandWorkedRow> = {
  'product-sampling-pass-rate': { status: 'not_met', gap: '0.5', gapUnit: '个百分点', possible: C / 14 },
  'quality-weight-in-assessment-increase': { status: 'not_met', gap: null, attainment: 0, possible: C / 11 },
  'own-ip-product-share-increase': { status: 'no_data' },
  'new-economy-highland': { status: 'not_met', possible: C / 4 },
  'drug-sampling-vs-district': { status: 'not_met', gap: '0.8', gapUnit: '个百分点', possible: C / 14 },
  'environmental-pollution-emergencies': { status: 'not_met', gap: '1', gapUnit: '起', possible: C / 5 },
  'service-satisfaction-survey': { status: 'not_met', gap: null, attainment: 0, possible: C / 4 },
  'river-remediation-tasks': { status: 'not_met', possible: C / 5 },
  'engineering-quality-accidents-decrease': { status: 'not_met', gap: null, attainment: 0, possible: C / 3 },
};
// Points possible of met targets in shortfalls.json, by category (100 × 1/7 × 1/scored targets).
const CATEGORY_SHARE: Record<string, number> = {
  product: C / 14,
  industry: C / 4,
  engineering: C / 3,
  service: C / 4,
  environment: C / 5,
  mechanism: C / 11,
  foundation: C / 2,
};

describe('zhuanqiao-2018 built-in rule set', () => {
  const ruleSet = loadBuiltinRuleSet('zhuanqiao-2018');

  it('meets every target with all-met.json: 100.00, grade A', () => {
    const report = evaluate(ruleSet, fixture('all-met.json'));
    expectAllMet(report, TARGETS);
  });

  it('names the offices in parentheses after each measure, deduplicated in document order', () => {
    const report = evaluate(ruleSet, fixture('all-met.json'));
    const byId = new Map(report.targets.map((t) => [t.id, t]));
    // （党群办、经发办、党群办、督查室）
    expect(byId.get('quality-responsibility-system')!.departments.responsible).toEqual(['党群办', '经发办', '督查室']);
    // （党群办、社事办、社区办、招商中心、科信办、社区办、社事办）
    expect(byId.get('quality-law-community-activities')!.departments.responsible).toEqual([
      '党群办',
      '社事办',
      '社区办',
      '招商中心',
      '科信办',
    ]);
    // 二、工作目标 names no office.
    expect(byId.get('product-sampling-pass-rate')!.departments.responsible).toEqual([]);
  });

  describe('shortfalls.json', () => {
    const report = evaluate(ruleSet, fixture('shortfalls.json'));
    const byId = new Map(report.targets.map((t) => [t.id, t]));

    handWorkedChecks(report, TARGETS, SHORT, CATEGORY_SHARE);

    it('names the year that broke each failed trend', () => {
      // 3 起 (2017) → 4 起 (2018): up 1; 5% (2017) → 5.0% (2018): unchanged.
      expect(byId.get('engineering-quality-accidents-decrease')!.explanation.en).toContain('2018');
      expect(byId.get('quality-weight-in-assessment-increase')!.explanation.en).toContain('2018');
      expect(byId.get('service-satisfaction-survey')!.explanation.en).toContain('2018');
    });

    it('reads 125000 万元 as 12.5 亿元 in the office-building output series', () => {
      expect(byId.get('office-building-output-increase')!.status).toBe('met');
    });

    it('scores 79.04, grade C', () => {
      // 100/7 × (12/14 + 3/4 + 2/3 + 3/4 + 3/5 + 10/11 + 2/2) = 127810/1617 = 79.041434…
      expect(report.score).toBe('79.04');
      expect(report.vetoed).toBe(false);
      expect(report.grade).toBe('C');
    });
  });
});
