import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadBuiltinRuleSet } from '../../src/index.js';
import { expectAllMet, type HandWorkedRow, handWorkedChecks } from './hand-worked.js';

// Expected values are worked by hand in fixtures/panan-2018/EXPECTED.md (not copied from library output).
const dir = join(import.meta.dirname, '../../fixtures/panan-2018');
// Points are compared to 3 decimals: reports may round decimal strings for display.
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const TARGETS = [
  'no-major-quality-safety-incidents',
  'manufacturing-product-pass-rate',
  'industrial-new-product-output-rate',
  'agricultural-product-pass-rate',
  'zhejiang-made-standards',
  'completed-works-acceptance-rate',
  'new-industrialised-building-area',
  'service-satisfaction',
  'most-one-visit-satisfaction',
  'surface-water-class-iii-ratio',
  'drinking-water-source-compliance-rate',
  'pm25-concentration',
  'air-quality-good-day-ratio-98',
  'civil-meters-first-verification-rate',
  'key-area-metrology-inspections',
  'civil-meters-inspections',
  'safety-measuring-instruments-verification',
  'township-food-safety-offices',
  'village-food-safety-stations',
  'smart-testing-system',
  'new-testing-items',
  'market-traceability-system',
  'rapid-testing-labs',
  'food-samples-tested',
  'three-products-certification-rate',
  'construction-output',
  'yueshan-road-facades',
  'tourism-services-full-coverage',
  'a-grade-scenic-villages',
  'aaa-scenic-villages',
  'tcm-health-tourism-zone-bid',
  'in-county-treatment-rate',
  'family-doctor-contract-rate',
  'elderly-accident-insurance',
  'environmental-supervision-platform',
  'water-source-ponds',
  'rural-drinking-water-projects',
  'most-beautiful-rivers',
  'inferior-class-v-consolidated',
  'outbound-section-water-excellent',
  'pm25-decrease',
  'functional-zone-water-compliance-rate',
  'air-quality-good-day-ratio-95',
  'energy-intensity-reduction',
  'pollutant-emission-reduction',
  'farmland-soil-clean-rate',
  'pesticide-use-reduction',
  'fertiliser-use-reduction',
  'agricultural-product-early-warning',
  'transport-works-acceptance-rate',
  'farmers-trained',
  'leisure-agriculture-county-bid',
  'eco-agriculture-demo-zones',
  'beautiful-farmland-demo-sites',
  'beautiful-eco-ranches',
  'beautiful-village-demo-townships',
  'featured-boutique-villages',
  'provincial-brand-products',
  'quality-award-rules-revised',
  'sme-quality-year-end-report',
  'quality-education-bases',
  'quality-credit-blacklist',
  'quality-credit-disclosure-system',
  'serious-dishonesty-list-plan',
  'serious-dishonesty-list-reporting',
  'quality-violation-reporting-rewards',
  'quality-complaint-platform',
];

// shortfalls.json: every target that is not met; all others are met.
const SHORT: Record<string, HandWorkedRow> = {
  // 发生1起 against 不发生（0起）
  'no-major-quality-safety-incidents': { status: 'not_met', gap: '1', gapUnit: '起', attainment: 0 },
  // 93% against 不低于94%
  'manufacturing-product-pass-rate': { status: 'not_met', gap: '1', gapUnit: '个百分点', attainment: 93 / 94 },
  // 8万平方米 against 不低于市政府目标责任考核要求
  'new-industrialised-building-area': { status: 'not_met', gap: '2', gapUnit: '万平方米', attainment: 8 / 10 },
  'most-one-visit-satisfaction': { status: 'no_data' },
  // 31微克/立方米 against 不超过29微克/立方米
  'pm25-concentration': { status: 'not_met', gap: '2', gapUnit: 'μg/m³', attainment: 29 / 31 },
  // 97.2% against 不低于98%
  'air-quality-good-day-ratio-98': { status: 'not_met', gap: '0.8', gapUnit: '个百分点', attainment: 97.2 / 98 },
  // 2018年0次 against 每年不少于1次
  'civil-meters-inspections': { status: 'not_met', gap: null, attainment: 0 },
  // 2.4万批次 against 不低于2.5万批次
  'food-samples-tested': { status: 'not_met', gap: '0.1', gapUnit: '万批次', attainment: 2.4 / 2.5 },
  // 150亿元 against 高于150亿元（不含）
  'construction-output': { status: 'not_met', gap: '0', gapUnit: '亿元', attainment: 1 },
  // 33.5% against 不低于35%
  'family-doctor-contract-rate': { status: 'not_met', gap: '1.5', gapUnit: '个百分点', attainment: 33.5 / 35 },
  // 5条 against 不低于7条
  'most-beautiful-rivers': { status: 'not_met', gap: '2', gapUnit: '条', attainment: 5 / 7 },
  'pollutant-emission-reduction': { status: 'no_data' },
  // 2017年480吨、2018年486吨 against 2018年至2018年逐年下降（各期较上期）
  'pesticide-use-reduction': { status: 'not_met', gap: null, attainment: 0 / 1 },
  'transport-works-acceptance-rate': { status: 'not_applicable' },
  // 1750人 against 不低于1800人
  'farmers-trained': { status: 'not_met', gap: '50', gapUnit: '人', attainment: 1750 / 1800 },
  // 部分完成（完成程度50%）（佐证：台地示范区完成，好溪流域在建（示例）） against 依据佐证材料评定为完成（完成／部分完成／未完成）
  'eco-agriculture-demo-zones': { status: 'not_met', gap: null, attainment: 0.5 },
  // 8% against 不低于10%
  'quality-education-bases': { status: 'not_met', gap: '2', gapUnit: '个百分点', attainment: 8 / 10 },
  // 2018年第1季度1次、2018年第2季度1次、2018年第3季度0次、2018年第4季度1次 against 每季度不少于1次
  'serious-dishonesty-list-reporting': { status: 'not_met', gap: null, attainment: 3 / 4 },
  // 否 against 完成（是）
  'quality-violation-reporting-rewards': { status: 'not_met', gap: null, attainment: 0 },
};
describe('panan-2018 built-in rule set', () => {
  const ruleSet = loadBuiltinRuleSet('panan-2018');

  it('meets every target with all-met.json: 100.00, grade A', () => {
    const report = evaluate(ruleSet, fixture('all-met.json'));
    expectAllMet(report, TARGETS);
  });

  describe('shortfalls.json', () => {
    const report = evaluate(ruleSet, fixture('shortfalls.json'));
    const byId = new Map(report.targets.map((t) => [t.id, t]));

    handWorkedChecks(report, 'panan-2018', TARGETS, SHORT);

    it('names the quarter without a report', () => {
      expect(byId.get('serious-dishonesty-list-reporting')!.explanation.en).toContain('Q3 2018');
    });

    it('judges the PM2.5 trend on 2018 against 2017 (32 → 31) although the ceiling of 29 fails', () => {
      expect(byId.get('pm25-decrease')!.status).toBe('met');
      expect(byId.get('pm25-concentration')!.status).toBe('not_met');
    });

    it('keeps the contradictory air-quality floors apart: 97.2% meets 95% but not 98%', () => {
      expect(byId.get('air-quality-good-day-ratio-95')!.status).toBe('met');
      expect(byId.get('air-quality-good-day-ratio-98')!.status).toBe('not_met');
    });

    it('scores 86.63, grade B: the plan writes no 一票否决, so the incident costs its points, not the grade', () => {
      expect(report.score).toBe('86.63');
      expect(report.vetoed).toBe(false);
      expect(report.vetoedBy).toEqual([]);
      expect(report.grade).toBe('B');
      const incident = byId.get('no-major-quality-safety-incidents')!;
      expect([incident.status, incident.veto, incident.points.earned]).toEqual(['not_met', false, '0']);
    });
  });

  describe('published-2018.json (published figures only, as of 2018-07-31)', () => {
    const report = evaluate(ruleSet, fixture('published-2018.json'));
    const byId = new Map(report.targets.map((t) => [t.id, t]));
    const EXPECTED: Record<string, string> = {
      'pm25-concentration': 'met',
      'air-quality-good-day-ratio-95': 'met',
      'air-quality-good-day-ratio-98': 'not_due',
    };

    it('leaves every target without a published figure at no_data', () => {
      expect(report.asOf).toBe('2018-07-31');
      for (const t of report.targets) expect([t.id, t.status]).toEqual([t.id, EXPECTED[t.id] ?? 'no_data']);
    });

    it('marks the partial-year results provisional', () => {
      expect(byId.get('pm25-concentration')!.provisional).toBe(true);
      expect(byId.get('air-quality-good-day-ratio-95')!.provisional).toBe(true);
    });

    it('treats the 2013 construction output as a baseline, not a 2018 value', () => {
      expect(byId.get('construction-output')!.status).toBe('no_data');
    });

    it('scores only the two environment targets that have data: 100.00, A', () => {
      expect(Number(byId.get('pm25-concentration')!.points.possible)).toBeCloseTo(50, 3);
      expect(Number(byId.get('air-quality-good-day-ratio-95')!.points.possible)).toBeCloseTo(50, 3);
      expect(report.scoring.bonus).toBe('0');
      expect(report.score).toBe('100.00');
      expect(report.grade).toBe('A');
    });
  });
});
