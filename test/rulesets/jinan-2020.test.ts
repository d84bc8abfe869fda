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
  'standardisation-coordination-mechanism',
  'agri-certifications-growth',
  'product-tort-liability-system',
  'product-safety-liability-insurance-system',
  'public-satisfaction-surveys',
  'public-quality-satisfaction-growth',
  'chief-quality-officer-system',
  'quality-targets-in-development-plan',
  'food-safety-coordination-mechanism',
  'special-equipment-safety-mechanism',
  'quality-key-post-assessment',
  'special-equipment-joint-meeting-system',
  'special-equipment-dual-responsibility-system',
  'quality-indicators-published',
  'risk-screening-mechanism',
  'major-quality-accident-reporting-system',
  'product-injury-monitoring-system',
  'hospital-injury-monitoring',
  'quality-risk-emergency-plans',
  'quality-early-warning-mechanism',
  'risk-information-sharing-mechanism',
  'regional-rectification-plan',
  'special-enforcement-campaigns',
  'enforcement-major-info-reporting-system',
  'enforcement-cooperation-mechanism',
  'leading-group-adjusted',
  'quality-joint-meeting-system',
  'annual-action-plan',
  'township-implementation-plans',
  'member-unit-half-year-reports',
  'quality-investment-growth-mechanism',
  'quality-assessment-method',
  'quality-in-performance-assessment',
];

// shortfalls.json: every target that falls short; all others are met.
const SHORT: Record<string, HandWorkedRow> = {
  // 89% against 不低于90%
  'product-sampling-pass-rate': { status: 'not_met', gap: '1', gapUnit: '个百分点', attainment: 89 / 90 },
  // 28.5% against 不低于30%
  'agricultural-standardisation-rate': { status: 'not_met', gap: '1.5', gapUnit: '个百分点', attainment: 28.5 / 30 },
  // 0.09人 against 低于全国平均水平（不含）
  'special-equipment-death-rate': { status: 'not_met', gap: '0.01', gapUnit: '人/万台', attainment: 0.08 / 0.09 },
  // 第5名/共13个 against 在全市中位居前列（前3名）
  'brand-honours-rank': { status: 'not_met', gap: '2', gapUnit: '名', attainment: 3 / 5 },
  // 2017年12%、2018年14%、2019年13%、2020年16% against 连续3年提高
  'industrialised-construction-share-growth': { status: 'not_met', gap: null, attainment: 2 / 3 },
  // 98% against 不低于100%
  'construction-stage-energy-standard-rate': { status: 'not_met', gap: '2', gapUnit: '个百分点', attainment: 98 / 100 },
  'affordable-housing-acceptance-rate': { status: 'no_data' },
  'national-quality-projects': { status: 'no_data' },
  // 否 against 完成（是）
  'product-tort-liability-system': { status: 'not_met', gap: null, attainment: 0 },
  // 2020年0次 against 每年不少于1次
  'public-satisfaction-surveys': { status: 'not_met', gap: null, attainment: 0 },
  // 否 against 完成（是）
  'product-injury-monitoring-system': { status: 'not_met', gap: null, attainment: 0 },
  // 部分完成（完成程度50%）（佐证：4家骨干医院中2家开展监测（示例）） against 依据佐证材料评定为完成（完成／部分完成／未完成）
  'hospital-injury-monitoring': { status: 'not_met', gap: null, attainment: 2 / 4 },
  // 否 against 完成（是）
  'risk-information-sharing-mechanism': { status: 'not_met', gap: null, attainment: 0 },
  // 2020年上半年1次、2020年下半年0次 against 每半年不少于1次
  'member-unit-half-year-reports': { status: 'not_met', gap: null, attainment: 1 / 2 },
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
    // Vague clauses are judged on evidence, not read as invented numbers or eight binding rises.
    expect(byId.get('national-quality-projects')!.kind).toBe('qualitative');
    expect(byId.get('public-quality-satisfaction-growth')!.kind).toBe('qualitative');
  });

  describe('shortfalls.json', () => {
    const report = evaluate(ruleSet, fixture('shortfalls.json'));

    handWorkedChecks(report, 'jinan-2020', TARGETS, SHORT);

    it('scores 84.50, grade B: partial credit and one bonus point for the national brand demonstration zone', () => {
      // Worked in EXPECTED.md: 83.50 base points + 1 bonus point (全国知名品牌创建示范区 met).
      expect(report.score).toBe('84.50');
      expect(report.scoring.bonus).toBe('1');
      expect(report.vetoed).toBe(false);
      expect(report.grade).toBe('B');
    });

    it('reads 居全国同级城区前列 as the top 10% of about 970 districts, not the top 3', () => {
      const rank = report.targets.find((t) => t.id === 'service-satisfaction-rank')!;
      expect(rank.status).toBe('met');
      expect(rank.requirement['zh-Hans']).toContain('10%');
    });
  });
});
