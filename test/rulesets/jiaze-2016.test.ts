import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadBuiltinRuleSet } from '../../src/index.js';
import { expectAllMet, type HandWorkedRow, handWorkedChecks } from './hand-worked.js';

// Expected values are worked by hand in fixtures/jiaze-2016/EXPECTED.md (not copied from library output).
const dir = join(import.meta.dirname, '../../fixtures/jiaze-2016');
// Points are compared to 3 decimals: reports may round decimal strings for display.
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const TARGETS = [
  'leading-group',
  'industrial-sampling-vs-district',
  'no-counterfeit-products',
  'jiangsu-brand-products',
  'changzhou-brand-products',
  'international-standards-adopted',
  'product-standard-coverage-rate',
  'expired-standard-review-rate',
  'metrology-confirmations',
  'c-mark-enterprises',
  'key-enterprise-certification',
  'district-head-quality-award',
  'excellence-standard-promotion-rate',
  'iso9000-certification-rate',
  'iso14000-certification-rate',
  'legal-training-class',
  'people-trained',
  'special-equipment-accidents',
  'quality-responsibility-system',
  'target-responsibility-agreements',
];

// shortfalls.json: every target that is not met; all others are met.
// gap: undefined = not asserted (milestones have no numeric gap).
const SHORT: Record<string, HandWorkedRow> = {
  'industrial-sampling-vs-district': { status: 'not_met', gap: '0', gapUnit: '个百分点', possible: 20 / 4 },
  'jiangsu-brand-products': { status: 'not_met', gap: '1', gapUnit: '只', possible: 20 / 4 },
  'changzhou-brand-products': { status: 'not_met', gap: '1', gapUnit: '只', possible: 20 / 4 },
  'expired-standard-review-rate': { status: 'not_met', gap: '0.5', gapUnit: '个百分点', possible: 20 / 6 },
  'c-mark-enterprises': { status: 'no_data' },
  'iso14000-certification-rate': { status: 'not_met', gap: '5', gapUnit: '个百分点', possible: 20 / 5 },
  'people-trained': { status: 'not_met', gap: '2', gapUnit: '人', possible: 20 / 6 },
  'quality-responsibility-system': { status: 'not_met', possible: 20 / 3 },
};
// Points possible of met targets in shortfalls.json, by category (100 × 1/5 × 1/scored targets).
const CATEGORY_SHARE: Record<string, number> = {
  product: 20 / 4,
  foundation: 20 / 6,
  management: 20 / 5,
  safety: 20,
  mechanism: 20 / 3,
};

describe('jiaze-2016 built-in rule set', () => {
  const ruleSet = loadBuiltinRuleSet('jiaze-2016');

  it('meets every target with all-met.json: 100.00, grade A', () => {
    const report = evaluate(ruleSet, fixture('all-met.json'));
    expectAllMet(report, TARGETS);
  });

  it('marks the 争创/争取/力争 targets aspirational, including 常州市名牌产品2—3只', () => {
    const report = evaluate(ruleSet, fixture('all-met.json'));
    const aspirational = report.targets.filter((t) => t.commitment === 'aspirational').map((t) => t.id);
    expect(aspirational).toEqual([
      'jiangsu-brand-products',
      'changzhou-brand-products',
      'c-mark-enterprises',
      'district-head-quality-award',
    ]);
  });

  describe('shortfalls.json', () => {
    const report = evaluate(ruleSet, fixture('shortfalls.json'));
    const byId = new Map(report.targets.map((t) => [t.id, t]));

    handWorkedChecks(report, TARGETS, SHORT, CATEGORY_SHARE);

    it('holds 高于 strict: 95% equal to the district average is not met, with gap 0 and attainment 1', () => {
      const t = byId.get('industrial-sampling-vs-district')!;
      expect(t.status).toBe('not_met');
      expect(Number(t.gap)).toBe(0);
      expect(Number(t.attainment)).toBe(1);
    });

    it('meets inclusive boundaries: 98% against 98%以上, 17/20 against 85%以上', () => {
      expect(byId.get('product-standard-coverage-rate')!.status).toBe('met');
      expect(byId.get('iso9000-certification-rate')!.status).toBe('met');
    });

    it('scores 67.67, grade C', () => {
      // 20 × (1/4 + 4/6 + 4/5 + 1/1 + 2/3) = 203/3 = 67.666…
      expect(report.score).toBe('67.67');
      expect(report.vetoed).toBe(false);
      expect(report.grade).toBe('C');
    });
  });
});
