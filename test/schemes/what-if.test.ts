import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { builtinSchemeJson } from '../../src/schemes/builtin.js';
import { loadScheme } from '../../src/schemes/load.js';
import { compileBand } from '../../src/scoring/bands.js';
import { NO_CREDIT } from '../../src/scoring/methods.js';
import { type RegionReadings, type ScoringPlan, scoreWithPlan } from '../../src/scoring/score.js';
import { candidatesOf, nextGrade } from '../../src/scoring/what-if.js';
import { target } from '../support.js';
import { obs, ruleSet, run, scheme, T } from './helpers.js';

const NATIONAL = {
  bands: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 80, below: 90 },
    { grade: 'C', min: 60, below: 80 },
    { grade: 'D', below: 60 },
  ],
};
const RATES = [
  'product-sampling-pass-rate',
  'food-sampling-pass-rate',
  'drug-sampling-pass-rate',
  'agricultural-product-pass-rate',
  'aquatic-product-pass-rate',
];
const five = ruleSet(
  RATES.map((indicator, i) => target(`t${i + 1}`, { kind: 'at_least', indicator, threshold: 95, unit: '%' })),
);
const values = (...v: number[]) => v.map((x, i) => obs(RATES[i] as string, x, '%'));

describe('points recoverable and the next grade', () => {
  const s = scheme({ grades: NATIONAL });

  it('each shortfall met alone: +20 and B; the smaller gap (94% of 95) leads', () => {
    const r = run(five, values(96, 96, 96, 50, 94), s);
    expect([r.scores.total100, r.grade]).toEqual(['60.00', 'C']);
    expect(
      r.whatIf.recoverable.map((x) => [
        x.target,
        x.pointsGained,
        x.scoreGained,
        x.gradeIfMet,
        x.liftsGrade,
        x.gap,
        x.effort,
      ]),
    ).toEqual([
      ['t5', '20', '20', 'B', true, '1', '0.0105'],
      ['t4', '20', '20', 'B', true, '45', '0.4737'],
    ]);
    expect(r.whatIf.recoverable[0]?.text['zh-Hans']).toBe(
      '水产品质量抽查合格率；若达标可增加20分（百分制+20）；单项达标即可升至B；1个百分点',
    );
    expect(r.whatIf.nextGrade).toMatchObject({
      status: 'found',
      from: 'C',
      to: 'B',
      method: 'exact',
      targets: ['t5'],
      scoreAfter: '80.00',
      gradeAfter: 'B',
      evaluated: 3,
    });
    expect(r.whatIf.nextGrade.text.en).toBe(
      'meeting this target lifts the grade from C to B: aquatic product quality sampling pass rate (exact search: every set, smallest first, 3 scorings; no smaller set exists)',
    );
  });

  it('needs two: the exact search tries every single target, then every pair, and picks the least effort', () => {
    const r = run(five, values(96, 80, 90, 94, 50), s);
    expect([r.scores.total100, r.grade]).toEqual(['20.00', 'D']);
    expect(r.whatIf.nextGrade).toMatchObject({
      status: 'found',
      to: 'C',
      method: 'exact',
      targets: ['t3', 't4'],
      scoreAfter: '60.00',
      evaluated: 1 + 4 + 6,
    });
    // No single target lifts the grade: the table is by points gained, then effort.
    expect(r.whatIf.recoverable.map((x) => [x.target, x.liftsGrade, x.onRoute])).toEqual([
      ['t4', false, true],
      ['t3', false, true],
      ['t2', false, false],
      ['t5', false, false],
    ]);
  });

  it('a key item (关键项) is a veto and a route: meeting it lifts the veto (磐安 shortfalls, equal weights: D → C)', () => {
    const data = JSON.parse(readFileSync('fixtures/panan-2018/shortfalls.json', 'utf8'));
    const scheme = loadScheme({
      ...(builtinSchemeJson('equal-weights') as Record<string, unknown>),
      id: 'panan-key-item',
      passRule: { minScore: 60, keyItems: ['no-major-quality-safety-incidents'] },
    });
    const r = evaluate(loadBuiltinRuleSet('panan-2018'), data, { scheme }).scheme;
    expect(r?.vetoedBy).toEqual(['key-item-no-major-quality-safety-incidents']);
    expect(r?.whatIf.nextGrade).toMatchObject({
      status: 'found',
      from: 'D',
      to: 'C',
      method: 'exact',
      targets: ['no-major-quality-safety-incidents'],
    });
    expect(r?.whatIf.recoverable[0]).toMatchObject({
      target: 'no-major-quality-safety-incidents',
      liftsGrade: true,
      gradeIfMet: 'C',
    });
    expect(r?.pass).toMatchObject({ passed: false, failedKeyItems: ['no-major-quality-safety-incidents'] });
  });

  it('an event veto cannot be lifted by any target', () => {
    const vetoed = scheme({
      grades: NATIONAL,
      vetoes: [{ id: 'incident', on: 'event', event: 'major-incident', names: { 'zh-Hans': '重大质量安全事故' } }],
    });
    const r = run(five, values(96, 96, 96, 96, 94), vetoed, {
      events: [{ type: 'major-incident', date: '2018-06-01' }],
    });
    expect([r.grade, r.whatIf.nextGrade.status, r.whatIf.nextGrade.blockedBy]).toEqual([
      'D',
      'unreachable',
      ['incident'],
    ]);
    // The veto by its name, never its id.
    expect(r.whatIf.nextGrade.text['zh-Hans']).toBe(
      '即使全部短板目标达标也无法升至C（受否决项限制：重大质量安全事故）',
    );
  });

  it('at the top grade there is nothing to find', () => {
    expect(run(five, values(96, 96, 96, 96, 96), s).whatIf.nextGrade).toMatchObject({
      status: 'top_grade',
      from: 'A',
      to: null,
      targets: [],
    });
  });
});

describe('next grade over many shortfalls: a stated greedy method', () => {
  // 30 equal targets, none met: D. C needs 60, i.e. 18 targets — far too many sets to try them all.
  const bands = NATIONAL.bands.map((b) => compileBand(b));
  const plan: ScoringPlan = {
    budget: new D(100),
    basePoints: new D(0),
    aggregation: 'weighted_sum',
    categories: [{ id: 'c', pinned: null, weight: new D(1), aggregation: 'weighted_sum' }],
    items: Array.from({ length: 30 }, (_, i) => ({
      id: `t${String(i).padStart(2, '0')}`,
      category: 'c',
      pinned: null,
      weight: new D(1),
    })),
    caps: { bonus: null, penalty: null },
    bands,
    vetoGrade: 'D',
    precision: 2,
  };
  const readings: RegionReadings = {
    items: plan.items.map(() => ({ status: 'not_met', credit: NO_CREDIT, excluded: null, detail: {} })),
    adjustments: [],
    vetoes: [],
  };
  const score = scoreWithPlan(plan, readings);
  const candidates = candidatesOf(plan, readings, score, (id) => new D(Number(id.slice(1))).div(100));

  it('falls back to greedy when exact search would pass the limit, and says so', () => {
    const n = nextGrade(plan, readings, score, candidates);
    expect(n.status).toBe('found');
    expect(n.method).toBe('greedy');
    expect(n.targets.length).toBe(18);
    expect(n.targets[0]).toBe('t00'); // least effort first
    expect(n.after?.grade).toBe('C');
  });

  it('with a limit generous enough for the answer, small cases stay exact; a tiny limit forces greedy', () => {
    const few = { ...plan, items: plan.items.slice(0, 5) };
    const fewReadings = { ...readings, items: readings.items.slice(0, 5) };
    const fewScore = scoreWithPlan(few, fewReadings);
    const fewCandidates = candidatesOf(few, fewReadings, fewScore, () => new D(1));
    expect(nextGrade(few, fewReadings, fewScore, fewCandidates)).toMatchObject({
      method: 'exact',
      targets: ['t00', 't01', 't02'],
    });
    expect(nextGrade(few, fewReadings, fewScore, fewCandidates, { limit: 3 })).toMatchObject({
      method: 'greedy',
      targets: ['t00', 't01', 't02'],
    });
  });
});

describe('sensitivity of the grade to assumed weights', () => {
  const rs = ruleSet([T.pass, T.pm25, T.good]);
  // Product 50 of 50; environment PM2.5 met (25) and good days 96% between 93 and 98 (0.6 × 25 = 15): 90.00, an A on the edge.
  const s = scheme({
    grades: NATIONAL,
    targets: [{ target: 'good-days', method: { method: 'proportional', floor: 93 } }],
  });
  it('an A exactly at 90 is fragile: moving product −10% gives 89.47, a B', () => {
    const r = run(
      rs,
      [
        obs('product-sampling-pass-rate', 96, '%'),
        obs('pm25-annual-mean', 29, 'μg/m³'),
        obs('air-quality-good-day-ratio', 96, '%'),
      ],
      s,
    );
    expect([r.scores.total100, r.grade]).toEqual(['90.00', 'A']);
    const sens = r.whatIf.sensitivity;
    expect(sens.result).toBe('fragile');
    expect(sens.weights).toBe('assumed');
    expect(sens.scenarios).toBe(1 + 4 + 4);
    expect(sens.changed.map((c) => [c.scenario, c.grade, c.score])).toEqual([
      ['category:product:-10%', 'B', '89.47'], // 100 × 0.9/1.9 + (100 × 1/1.9) × 0.8
      ['category:environment:+10%', 'B', '89.52'], // 100 × 1/2.1 + (100 × 1.1/2.1) × 0.8
      ['target:pm25:-10%', 'B', '89.47'], // 50 + 50 × (0.9 × 1 + 1 × 0.6) / 1.9
      ['target:good-days:+10%', 'B', '89.52'], // 50 + 50 × (1 × 1 + 1.1 × 0.6) / 2.1
    ]);
    expect([sens.lowest, sens.highest]).toEqual(['89.47', '90.53']); // highest: environment −10%, 100/1.9 + (90/1.9) × 0.8
    expect(sens.changed[0]?.text['zh-Hans']).toBe('类别“产品质量”权重-10%→B');
    expect(sens.text.en).toContain('4 of 9 weight scenarios change the grade');
  });
  it('all met is stable', () => {
    const r = run(
      rs,
      [
        obs('product-sampling-pass-rate', 96, '%'),
        obs('pm25-annual-mean', 29, 'μg/m³'),
        obs('air-quality-good-day-ratio', 99, '%'),
      ],
      s,
    );
    expect([r.whatIf.sensitivity.result, r.whatIf.sensitivity.changed]).toEqual(['stable', []]);
    expect(r.whatIf.sensitivity.text['zh-Hans']).toBe('在等权及各权重±10%的9种情形下等级均为A，结论稳健');
  });
});
