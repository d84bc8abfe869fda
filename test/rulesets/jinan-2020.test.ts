import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadBuiltinRuleSet } from '../../src/index.js';
import { expectAllMet, type HandWorkedRow, handWorkedChecks } from './hand-worked.js';

// Expected values are worked by hand in fixtures/jinan-2020/EXPECTED.md (not copied from library output).
const dir = join(import.meta.dirname, '../../fixtures/jinan-2020');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const TARGETS = [
  'product-sampling-pass-rate',
  'production-licence-coverage-rate',
  'ccc-certificate-coverage-rate',
  'agricultural-standardisation-rate',
  'local-agricultural-product-pass-rate',
  'key-food-sampling-pass-rate',
  'special-equipment-death-rate',
  'brand-honours-rank',
  'works-acceptance-rate',
  'building-energy-efficiency-growth',
  'industrialised-construction-share-growth',
  'design-stage-energy-standard-rate',
  'construction-stage-energy-standard-rate',
  'affordable-housing-acceptance-rate',
  'national-quality-projects',
  'service-satisfaction-rank',
  'service-satisfaction-growth',
  'national-brand-demo-zone',
  'quality-credit-policy',
  'quality-credit-blacklist',
  'quality-supervisor-system',
  'quality-engineer-policy',
  'agri-certifications-growth',
  'product-tort-liability-system',
  'product-safety-liability-insurance-system',
  'public-quality-satisfaction-growth',
  'chief-quality-officer-system',
  'quality-key-post-assessment',
  'special-equipment-joint-meeting-system',
  'special-equipment-dual-responsibility-system',
  'major-quality-accident-reporting-system',
  'product-injury-monitoring-system',
  'quality-risk-emergency-plans',
  'regional-rectification-plan',
  'special-enforcement-campaigns',
  'enforcement-major-info-reporting-system',
  'leading-group-adjusted',
  'quality-joint-meeting-system',
  'annual-action-plan',
  'township-implementation-plans',
  'member-unit-half-year-reports',
  'quality-investment-growth-mechanism',
  'quality-assessment-method',
  'quality-in-performance-assessment',
];

// Five equal categories (20 points each); within each, the scored targets share equally.
const SHARE: Record<string, number> = {
  product: 20 / 8,
  engineering: 20 / 6, // 7 targets, affordable-housing-acceptance-rate has no data
  service: 20 / 3,
  foundation: 20 / 7, // 8 targets, public-quality-satisfaction-growth has no data
  mechanism: 20 / 18,
};

// shortfalls.json: every target that falls short; all others are met.
const SHORT: Record<string, HandWorkedRow> = {
  'product-sampling-pass-rate': { status: 'not_met', gap: '1', gapUnit: '个百分点', possible: 20 / 8 },
  'agricultural-standardisation-rate': { status: 'not_met', gap: '1.5', gapUnit: '个百分点', possible: 20 / 8 },
  'special-equipment-death-rate': {
    status: 'not_met',
    gap: '0.01',
    gapUnit: '人',
    attainment: 8 / 9,
    possible: 20 / 8,
  },
  // Rank gap: places outside the declared top 3 (rank 5).
  'brand-honours-rank': { status: 'not_met', gap: '2', attainment: 3 / 5, possible: 20 / 8 },
  // A trend has no unit of its own, so no numeric gap: 2 of 3 changes achieved (2019 fell 14 → 13).
  'industrialised-construction-share-growth': { status: 'not_met', gap: null, attainment: 2 / 3, possible: 20 / 6 },
  'construction-stage-energy-standard-rate': { status: 'not_met', gap: '2', gapUnit: '个百分点', possible: 20 / 6 },
  'affordable-housing-acceptance-rate': { status: 'no_data' },
  'national-quality-projects': { status: 'not_met', gap: '1', gapUnit: '项', attainment: 0, possible: 20 / 6 },
  'product-tort-liability-system': { status: 'not_met', gap: null, possible: 20 / 7 },
  'public-quality-satisfaction-growth': { status: 'no_data' },
  'product-injury-monitoring-system': { status: 'not_met', gap: null, possible: 20 / 18 },
  // A frequency has no unit of its own, so no numeric gap: 1 of the 2 half-years of 2020 (H2 missed).
  'member-unit-half-year-reports': { status: 'not_met', gap: null, attainment: 1 / 2, possible: 20 / 18 },
};

describe('jinan-2020 built-in rule set', () => {
  const ruleSet = loadBuiltinRuleSet('jinan-2020');

  it('meets every target with all-met.json: 100.00, grade A', () => {
    const report = evaluate(ruleSet, fixture('all-met.json'));
    expectAllMet(report, TARGETS);
    expect(report.targets.every((t) => !t.provisional)).toBe(true);
  });

  it('copies the 牵头部门 / 责任部门 of each area to its targets', () => {
    const report = evaluate(ruleSet, fixture('all-met.json'));
    const byId = new Map(report.targets.map((t) => [t.id, t]));
    expect(byId.get('brand-honours-rank')!.departments).toEqual({
      lead: ['市质监局直属二分局'],
      responsible: ['市质监局直属二分局', '区农林水局', '区食品药品监督管理局', '区工商局'],
    });
    expect(byId.get('national-quality-projects')!.departments.lead).toEqual(['区城乡建设局']);
    expect(byId.get('service-satisfaction-growth')!.departments.lead).toEqual(['区商贸服务业局']);
  });

  describe('shortfalls.json', () => {
    const report = evaluate(ruleSet, fixture('shortfalls.json'));

    handWorkedChecks(report, TARGETS, SHORT, SHARE);

    it('scores 74.92, grade C', () => {
      // 10 + 10 + 20 + 6 × 20/7 + 16 × 20/18 = 40 + 2200/63 = 74.920634…
      expect(report.score).toBe('74.92');
      expect(report.vetoed).toBe(false);
      expect(report.grade).toBe('C');
    });
  });
});
