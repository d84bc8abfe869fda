import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { evaluate } from '../../src/report/evaluate.js';
import {
  bandInterval,
  bandsFromRuleSet,
  type NamedScores,
  schemeGradeFor,
  testPasses,
} from '../../src/scoring/bands.js';
import { data, rules, target } from '../support.js';

const defaults = bandsFromRuleSet([
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 60 },
  { grade: 'D', min: 0 },
]);
const scored = (total100: InstanceType<typeof D>): NamedScores => ({
  total100,
  total: null,
  base100: null,
  base: null,
});

describe('grade bands have explicit half-open edges', () => {
  it.each([
    ['100', 'A'],
    ['90', 'A'],
    ['89.99', 'B'],
    ['89.5', 'B'],
    ['80', 'B'],
    ['79.999', 'C'],
    ['60', 'C'],
    ['59.5', 'D'],
    ['0', 'D'],
  ])('%s is %s', (score, grade) => {
    expect(schemeGradeFor(defaults, scored(new D(score)))?.grade).toBe(grade);
  });
  it('every score falls in exactly one band', () => {
    for (let s = 0; s <= 10000; s += 5) {
      const score = new D(s).div(100);
      const inBands = defaults.filter((b) => b.tests.every((t) => testPasses(t, scored(score))));
      expect(inBands.length).toBe(1);
      expect(inBands[0]?.grade).toBe(schemeGradeFor(defaults, scored(score))?.grade);
    }
  });
  it('prints the edges as the rule set wrote them, though the lowest band takes every lower score', () => {
    expect(defaults.map(bandInterval)).toEqual(['[90, +∞)', '[80, 90)', '[60, 80)', '[0, 60)']);
    const lowestAt30 = bandsFromRuleSet([
      { grade: 'P', min: 60 },
      { grade: 'F', min: 30 },
    ]);
    expect(schemeGradeFor(lowestAt30, scored(new D(12)))?.grade).toBe('F');
    expect(lowestAt30.map(bandInterval)).toEqual(['[60, +∞)', '[30, 60)']);
    expect(bandsFromRuleSet([{ grade: 'P', min: 50 }]).map(bandInterval)).toEqual(['[50, +∞)']);
  });
});

describe('weighted scoring', () => {
  const t = (id: string, category: string, weight?: number) =>
    target(id, {
      kind: 'at_least',
      indicator:
        id === 'a' ? 'product-sampling-pass-rate' : id === 'b' ? 'food-sampling-pass-rate' : 'drug-sampling-pass-rate',
      threshold: 95,
      unit: '%',
      category,
      ...(weight ? { weight } : {}),
    });
  const rs = rules([t('a', 'product', 2), t('b', 'product', 1), t('c', 'environment')], {
    categories: [
      { id: 'product', names: { 'zh-Hans': '产品', 'zh-Hant': '產品', en: 'Product' }, weight: 3 },
      { id: 'environment', names: { 'zh-Hans': '环境', 'zh-Hant': '環境', en: 'Environment' }, weight: 1 },
    ],
  });
  const obs = (a: number, b: number, c: number) =>
    data([
      { indicator: 'product-sampling-pass-rate', value: a, unit: '%' },
      { indicator: 'food-sampling-pass-rate', value: b, unit: '%' },
      { indicator: 'drug-sampling-pass-rate', value: c, unit: '%' },
    ]);

  it('weights targets within categories and categories among themselves', () => {
    // product 75 points: a 50, b 25; environment 25.
    const r = evaluate(rs, obs(96, 90, 96));
    expect(r.targets.map((x) => x.points.possible)).toEqual(['50', '25', '25']);
    expect(r.score).toBe('75.00');
    expect(r.grade).toBe('C');
    expect(r.categories.map((c) => [c.id, c.earned, c.possible])).toEqual([
      ['product', '50', '75'],
      ['environment', '25', '25'],
    ]);
    expect(r.shortfalls.map((s) => [s.target, s.pointsLost])).toEqual([['b', '25']]);
  });

  it('rounds the exact sum half-up to the declared precision: 200/3 is 66.67', () => {
    const thirds = rules([t('a', 'product'), t('b', 'product'), t('c', 'product')]);
    const r = evaluate(thirds, obs(96, 96, 90));
    expect(r.score).toBe('66.67'); // 200/3 = 66.666… rounded half-up
    expect(r.targets.map((x) => x.points.possible)).toEqual(['33.3333', '33.3333', '33.3333']);
  });

  it('aspirational targets can be left out of the score and are then reported unscored', () => {
    const asp = rules([t('a', 'product'), { ...t('b', 'product'), commitment: 'aspirational' }], {
      scoring: { weights: 'assumed', aspirational: 'unscored' },
    });
    const r = evaluate(asp, obs(96, 90, 96));
    expect(r.score).toBe('100.00');
    expect(r.targets[1]?.status).toBe('not_met');
    expect(r.targets[1]?.points.excluded).toBe('aspirational_unscored');
    expect(r.counts.binding.not_met).toBe(0);
    expect(r.counts.aspirational.not_met).toBe(1);
  });

  it('a vocabulary of 优秀/良好/合格/不合格 with a declared veto grade', () => {
    const cn = rules([{ ...t('a', 'product'), veto: true }, t('b', 'product')], {
      scoring: {
        weights: 'assumed',
        grades: [
          { grade: '优秀', min: 90 },
          { grade: '良好', min: 80 },
          { grade: '合格', min: 60 },
          { grade: '不合格', min: 0 },
        ],
        vetoGrade: '不合格',
      },
    });
    expect(evaluate(cn, obs(96, 96, 0)).grade).toBe('优秀');
    const vetoed = evaluate(cn, obs(90, 96, 0));
    expect(vetoed.score).toBe('50.00');
    expect(vetoed.grade).toBe('不合格');
  });
});
