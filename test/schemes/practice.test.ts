import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { evaluate } from '../../src/report/evaluate.js';
import { bindScheme } from '../../src/schemes/bind.js';
import { builtinSchemeJson, UnknownSchemeError } from '../../src/schemes/builtin.js';
import { passVerdict } from '../../src/scoring/pass.js';
import { data, target } from '../support.js';
import { obs, row, ruleSet, run, scheme, T } from './helpers.js';

const practice = (extra: Record<string, unknown> = {}) =>
  scheme({ ...(builtinSchemeJson('default') as Record<string, unknown>), id: 'practice-test', ...extra });

const incidents = target('incidents', { kind: 'zero', indicator: 'major-quality-safety-incidents' });
const stretch = (id: string, indicator: string) =>
  target(id, { kind: 'at_least', indicator, threshold: 90, unit: '%', commitment: 'aspirational' });

/** product: pass (2) + plan (1) + incidents (3) = 6 shares; environment: pm25 (2) + good days (2) = 4. */
const five = ruleSet([T.pass, T.plan, incidents, T.pm25, T.good]);
const allMet = [
  obs('product-sampling-pass-rate', 95, '%'),
  obs('quality-plan-adopted', true),
  obs('major-quality-safety-incidents', 0, '起'),
  obs('pm25-annual-mean', 29, 'μg/m³'),
  obs('air-quality-good-day-ratio', 98, '%'),
];
const replace = (observations: ReturnType<typeof obs>[], next: ReturnType<typeof obs>) =>
  observations.map((o) => (o.indicator === next.indicator ? next : o));

function issuesOf(f: () => unknown): Array<[string, string]> {
  try {
    f();
    return [];
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    return e.issues.map((i) => [i.code, i.path]);
  }
}

describe('practice-based default: points by class, not by category count', () => {
  it('weights zero targets 3, outcomes 2, milestones 1, whatever category they stand in', () => {
    const r = run(five, allMet, practice());
    // 10 shares of 10 points: pass 20, plan 10, incidents 30, PM2.5 20, good days 20.
    expect(['pass-rate', 'quality-plan', 'incidents', 'pm25', 'good-days'].map((id) => row(r, id).possible)).toEqual([
      '20',
      '10',
      '30',
      '20',
      '20',
    ]);
    expect(row(r, 'incidents').detail).toMatchObject({ class: 'safety', method: 'all_or_nothing' });
    expect(r.categories.map((c) => [c.id, c.possible])).toEqual([
      ['product', '60'],
      ['environment', '40'],
    ]);
    expect([r.scores.total100, r.grade, r.settings.weighting]).toEqual(['100.00', 'A', 'by-class']);
  });

  it('outcomes earn by completion above 80%: 94/95 earns 18.9474 of 20; 80% completion earns 0, 80.2% a little', () => {
    const r = run(five, replace(allMet, obs('product-sampling-pass-rate', 94, '%')), practice());
    // (94/95 − 0.8) ÷ 0.2 = 0.947368…, × 20 = 18.947368…
    expect(row(r, 'pass-rate').earned).toBe('18.9474');
    // PM2.5 31 against ≤ 29 completes 29/31: (0.935484 − 0.8) ÷ 0.2 × 20 = 13.548387…
    expect(row(run(five, replace(allMet, obs('pm25-annual-mean', 31, 'μg/m³')), practice()), 'pm25').earned).toBe(
      '13.5484',
    );
    // 78.4% of a 98% floor is exactly 80% complete: nothing.
    expect(
      row(run(five, replace(allMet, obs('air-quality-good-day-ratio', '78.4', '%')), practice()), 'good-days').earned,
    ).toBe('0');
    // 78.6 / 98 = 0.802041: (0.002041 ÷ 0.2) × 20 = 0.2041
    expect(
      row(run(five, replace(allMet, obs('air-quality-good-day-ratio', '78.6', '%')), practice()), 'good-days').earned,
    ).toBe('0.2041');
  });

  it('a zero target earns nothing after one incident; a milestone is all or nothing', () => {
    const r = run(
      five,
      replace(replace(allMet, obs('major-quality-safety-incidents', 1, '起')), obs('quality-plan-adopted', false)),
      practice(),
    );
    expect([row(r, 'incidents').earned, row(r, 'quality-plan').earned]).toEqual(['0', '0']);
    expect(r.scores.total100).toBe('60.00');
    expect(r.vetoed).toBe(false);
  });

  it('a category filter picks its class first; a class without kinds takes every other target', () => {
    const classes = [
      { id: 'environment', names: { 'zh-Hans': '环境' }, categories: ['environment'], weight: 3 },
      { id: 'rest', names: { 'zh-Hans': '其他' }, weight: 1 },
    ];
    const r = run(five, allMet, practice({ classes }));
    // product 3 × 1, environment 2 × 3: 9 shares.
    expect([row(r, 'pass-rate').possible, row(r, 'pm25').possible]).toEqual(['11.1111', '33.3333']);
    expect(row(r, 'pm25').detail).toMatchObject({ class: 'environment', method: 'all_or_nothing' });
  });
});

describe('practice-based default: 力争/争创 targets are capped bonus points', () => {
  const withStretch = ruleSet([
    T.pass,
    stretch('food', 'food-sampling-pass-rate'),
    stretch('drug', 'drug-sampling-pass-rate'),
  ]);
  const observations = [
    obs('product-sampling-pass-rate', 90, '%'),
    obs('food-sampling-pass-rate', 91, '%'),
    obs('drug-sampling-pass-rate', 89, '%'),
  ];

  it('an aspirational target is outside the base; met, it adds 1 point', () => {
    const r = run(withStretch, observations, practice());
    expect([row(r, 'food').possible, row(r, 'food').excluded]).toEqual(['0', 'aspirational_bonus']);
    expect(row(r, 'pass-rate').possible).toBe('100');
    // 90/95 completes 0.947368: (0.147368 ÷ 0.2) × 100 = 73.6842; + 1 for food = 74.6842.
    expect([r.bonus, r.scores.total100]).toEqual(['1', '74.68']);
    expect(r.adjustments.map((a) => [a.id, a.points])).toEqual([
      ['aspirational-food', '1'],
      ['aspirational-drug', '0'],
    ]);
    expect(r.adjustments[0]?.names['zh-Hans']).toBe('力争目标加分：食品监督抽检合格率');
  });

  it('bonus points stop at the cap, and the total stops at 100 (加分后总分不超过满分)', () => {
    const all = [
      obs('product-sampling-pass-rate', 95, '%'),
      obs('food-sampling-pass-rate', 95, '%'),
      obs('drug-sampling-pass-rate', 95, '%'),
    ];
    expect(run(withStretch, all, practice()).scores.total100).toBe('100.00');
    expect(run(withStretch, all, practice({ totalAtMostPoints: false })).scores.total100).toBe('102.00');
    const capped = run(
      withStretch,
      all,
      practice({ totalAtMostPoints: false, aspirationalBonus: { points: 2, cap: 3 } }),
    );
    expect([capped.bonus, capped.scores.total100]).toEqual(['3', '103.00']);
  });
});

describe('the pass rule: 考核总分85分(含85分)以上，且关键项全部达标', () => {
  const one = ruleSet([T.pm25, T.pass]);
  // PM2.5 alone carries 100 points here; every μg/m³ over 29 costs 1 point, pro rata.
  const strict = (keyItems: string[] = []) =>
    scheme({
      scope: 'listed',
      categories: [{ id: 'environment', points: 100 }],
      targets: [
        {
          target: 'pm25',
          points: 100,
          method: { method: 'deduction', per: 1, unit: 'μg/m³', points: 1, partial: 'pro_rata' },
        },
      ],
      passRule: { minScore: 85, keyItems },
    });

  it('85.00 passes (含85分) and 84.99 does not', () => {
    const at = run(one, [obs('pm25-annual-mean', 44, 'μg/m³')], strict());
    expect([at.scores.total100, at.pass?.passed]).toEqual(['85.00', true]);
    expect(at.pass?.text['zh-Hans']).toBe('考核总分85.00分，不低于合格线85分：通过');
    const below = run(one, [obs('pm25-annual-mean', '44.01', 'μg/m³')], strict());
    expect([below.scores.total100, below.pass?.passed]).toEqual(['84.99', false]);
    expect(below.pass?.text.en).toBe('score 84.99, below the pass mark of 85: not passed');
  });

  it('a failed key item fails it whatever the score, names the item, and vetoes the grade', () => {
    const r = run(
      one,
      [obs('pm25-annual-mean', 29, 'μg/m³'), obs('product-sampling-pass-rate', 94, '%')],
      strict(['pass-rate']),
    );
    expect([r.scores.total100, r.pass?.passed, r.pass?.failedKeyItems, r.grade, r.vetoedBy]).toEqual([
      '100.00',
      false,
      ['pass-rate'],
      'D',
      ['key-item-pass-rate'],
    ]);
    expect(r.pass?.text['zh-Hant']).toBe('關鍵項未達標（產品質量監督抽查合格率）：未通過');
    expect(r.pass?.text.en).toBe('a key item not met (product quality supervision sampling pass rate): not passed');
  });

  it('a key item without data leaves a passing score open, never passed; a low score still fails', () => {
    const open = run(one, [obs('pm25-annual-mean', 29, 'μg/m³')], strict(['pass-rate']));
    expect([open.pass?.passed, open.pass?.unknownKeyItems]).toEqual([null, ['pass-rate']]);
    expect(open.pass?.text['zh-Hans']).toBe('关键项缺少数据（产品质量监督抽查合格率），能否通过尚无法判定');
    const low = run(one, [obs('pm25-annual-mean', 50, 'μg/m³')], strict(['pass-rate']));
    expect([low.pass?.passed, low.scores.total100]).toEqual([false, '79.00']);
  });

  it('all key items met: passed, in words with English plurals', () => {
    const met = run(
      one,
      [obs('pm25-annual-mean', 29, 'μg/m³'), obs('product-sampling-pass-rate', 95, '%')],
      strict(['pass-rate', 'pm25']),
    );
    expect(met.pass?.passed).toBe(true);
    expect(met.pass?.text.en).toBe('score 100.00, at or above the pass mark of 85, and all 2 key items met: passed');
    const single = run(
      one,
      [obs('pm25-annual-mean', 29, 'μg/m³'), obs('product-sampling-pass-rate', 95, '%')],
      strict(['pass-rate']),
    );
    expect(single.pass?.text.en).toBe('score 100.00, at or above the pass mark of 85, and the key item met: passed');
  });

  it('passVerdict: failures first; unknown only when nothing failed', () => {
    expect(passVerdict(new D('84.99'), new D(85), [{ id: 'a', status: 'no_data' }])).toMatchObject({
      passed: false,
      reasons: ['below_minimum'],
    });
    expect(passVerdict(null, new D(85), [])).toMatchObject({ passed: null, reasons: ['no_score'] });
    expect(passVerdict(new D(90), new D(85), [{ id: 'a', status: 'not_due' }])).toMatchObject({
      passed: null,
      unknown: ['a'],
    });
    expect(passVerdict(new D(90), new D(85), [{ id: 'a', status: 'not_applicable' }]).passed).toBe(true);
  });
});

describe('practice settings are checked with codes and paths', () => {
  it('refuses by-class without classes, a class weight of 0, a pass mark over 100, a negative bonus', () => {
    expect(issuesOf(() => scheme({ weighting: 'by-class' }))).toEqual([['E_SCHEMA', '$.classes']]);
    expect(
      issuesOf(() =>
        scheme({
          weighting: 'by-class',
          classes: [{ id: 'a', names: { 'zh-Hans': '甲' }, weight: 0 }],
          passRule: { minScore: 101 },
          aspirationalBonus: { points: -1, cap: 5 },
        }),
      ),
    ).toEqual([
      ['E_BAD_RANGE', '$.classes[0].weight'],
      ['E_NEGATIVE_VALUE', '$.aspirationalBonus.points'],
      ['E_BAD_RANGE', '$.passRule.minScore'],
    ]);
  });

  it('refuses, when bound, a key item the rule set lacks and a target no class takes', () => {
    expect(issuesOf(() => bindScheme(scheme({ passRule: { minScore: 85, keyItems: ['nope'] } }), five))).toEqual([
      ['E_UNKNOWN_TARGET', '$.passRule.keyItems[0]'],
    ]);
    const narrow = scheme({
      weighting: 'by-class',
      classes: [{ id: 'z', names: { 'zh-Hans': '零' }, kinds: ['zero'], weight: 1 }],
    });
    expect(issuesOf(() => bindScheme(narrow, ruleSet([incidents, T.plan])))).toEqual([
      ['E_UNSUPPORTED_KIND', '$.classes'],
    ]);
  });
});

describe('practice warnings', () => {
  const pinned = (product: number) =>
    scheme({
      categories: [
        { id: 'product', points: product },
        { id: 'environment', points: 100 - product },
      ],
    });
  const rs = ruleSet([
    T.pass,
    T.pm25,
    T.good,
    target('plan', { kind: 'milestone', indicator: 'quality-plan-adopted', category: 'environment' }),
  ]);

  it('flags a target over 15% of the total, not one at exactly 15%', () => {
    // environment holds 3 targets: 85/3 = 28.33 each, over 15% too; product's lone target is the one at issue.
    const at = bindScheme(
      pinned(15),
      ruleSet([
        T.pass,
        ...Array.from({ length: 6 }, (_, i) =>
          target(`e${i}`, {
            kind: 'at_most',
            indicator: 'pm25-annual-mean',
            threshold: 29 + i,
            unit: 'μg/m³',
            category: 'environment',
          }),
        ),
      ]),
    );
    expect(at.warnings.filter((w) => w.targets.includes('pass-rate'))).toEqual([]);
    const over = bindScheme(pinned(16), rs).warnings.find((w) => w.targets.includes('pass-rate'));
    expect(over?.code).toBe('W_HEAVY_TARGET');
    expect(over?.message.en).toBe(
      "“product quality supervision sampling pass rate” carries 16% of the total, more than 15%: check the scheme's points",
    );
  });

  it('flags a milestone worth more than an outcome; equal is fine', () => {
    // environment 50 over 3 targets (16.67 each, the milestone included), product 50 for one outcome: no milestone above.
    expect(bindScheme(pinned(50), rs).warnings.map((w) => w.code)).not.toContain('W_MILESTONE_OUTWEIGHS_OUTCOME');
    const eq = bindScheme(
      scheme({ weighting: 'equal' }),
      ruleSet([
        T.pm25,
        target('plan', { kind: 'milestone', indicator: 'quality-plan-adopted', category: 'environment' }),
      ]),
    );
    expect(eq.warnings.map((w) => w.code)).not.toContain('W_MILESTONE_OUTWEIGHS_OUTCOME');
    // Equal categories: the milestone alone in product (50) outweighs each environment outcome (25).
    const heavy = bindScheme(scheme({ weighting: 'equal' }), ruleSet([T.plan, T.pm25, T.good]));
    const w = heavy.warnings.find((x) => x.code === 'W_MILESTONE_OUTWEIGHS_OUTCOME');
    expect(w?.targets).toEqual(['quality-plan', 'pm25']);
    expect(w?.message['zh-Hans']).toContain('机制类目标“质量发展规划已制定”的分值高于结果指标“PM2.5年均浓度”（25分）');
    expect(w?.message.en).toContain(
      'a mechanism target (“quality plan adopted”) is worth more than the outcome indicator “PM2.5 annual mean concentration”',
    );
  });
});

describe('the headline follows the scheme a rule set names', () => {
  const observations = [obs('product-sampling-pass-rate', 94, '%'), obs('quality-plan-adopted', true)];

  it('no scheme named: the rule set’s own weights, all or nothing (scoring.scheme null)', () => {
    const report = evaluate(ruleSet([T.pass, T.plan]), data(observations));
    expect([report.scoring.scheme, report.score, report.scoring.bonus]).toEqual([null, '50.00', '0']);
  });

  it('`default` named: class weights and completion credit; the shortfall loses only what it did not earn', () => {
    const report = evaluate(
      ruleSet([T.pass, T.plan], { scoring: { weights: 'assumed', scheme: 'default' } }),
      data(observations),
    );
    // pass 2 shares of 3 = 66.6667 × 0.947368 = 63.1579; plan 33.3333: 96.49.
    expect([report.scoring.scheme, report.score, report.grade]).toEqual(['default', '96.49', 'A']);
    expect(report.shortfalls.map((s) => [s.target, s.pointsLost])).toEqual([['pass-rate', '3.5088']]);
    expect(report.ruleSet.weightsNote).toContain('本计分为本库的假定');
  });

  it('an unknown scheme id is a typed error naming the built-ins', () => {
    const rs = ruleSet([T.pass], { scoring: { weights: 'assumed', scheme: 'nope' } });
    expect(() => evaluate(rs, data(observations))).toThrow(UnknownSchemeError);
  });
});

describe('practice-based default (properties)', () => {
  const rs = ruleSet([T.pass, T.pm25]);
  const points = (pass: number, pm25: number) => {
    const r = run(
      rs,
      [obs('product-sampling-pass-rate', pass.toFixed(2), '%'), obs('pm25-annual-mean', pm25.toFixed(1), 'μg/m³')],
      practice(),
    );
    return {
      pass: Number(row(r, 'pass-rate').earned),
      pm25: Number(row(r, 'pm25').earned),
      total: Number(r.scores.total100),
    };
  };

  it('earned points stay within [0, possible], rise with the pass rate, fall as PM2.5 rises, and total at most 100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 100, max: 800 }),
        (a, b, c) => {
          const [low, high] = [Math.min(a, b) / 100, Math.max(a, b) / 100];
          const p = points(low, c / 10);
          const q = points(high, c / 10);
          expect(p.pass).toBeGreaterThanOrEqual(0);
          expect(q.pass).toBeLessThanOrEqual(50);
          expect(q.pass).toBeGreaterThanOrEqual(p.pass);
          expect(points(high, c / 10 + 1).pm25).toBeLessThanOrEqual(q.pm25);
          expect(q.total).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });
});
