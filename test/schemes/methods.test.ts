import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import { ReportSchema } from '../../src/report/schema.js';
import { data, target } from '../support.js';
import { names, obs, row, ruleSet, run, scheme, schemeIndicators, T } from './helpers.js';

const NATIONAL = {
  bands: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 80, below: 90 },
    { grade: 'C', min: 60, below: 80 },
    { grade: 'D', below: 60 },
  ],
  vetoGrade: 'D',
};
const CN = {
  bands: [
    { grade: '优秀', min: 90 },
    { grade: '良好', min: 80, below: 90 },
    { grade: '合格', min: 60, below: 80 },
    { grade: '不合格', below: 60 },
  ],
};

describe('point budgets on a tree', () => {
  const rs = ruleSet([T.pm25, T.good, T.pass, T.plan]);
  it('an 1100-point scheme: product 600, environment 500, targets share by weight; also out of 100', () => {
    const s = scheme({
      points: 1100,
      categories: [
        { id: 'product', points: 600 },
        { id: 'environment', points: 500 },
      ],
    });
    const r = run(
      rs,
      [
        obs('pm25-annual-mean', 27, 'μg/m³'),
        obs('air-quality-good-day-ratio', 97, '%'),
        obs('product-sampling-pass-rate', 96, '%'),
        obs('quality-plan-adopted', true),
      ],
      s,
    );
    expect(r.targets.map((t) => [t.target, t.possible, t.earned])).toEqual([
      ['pm25', '250', '250'],
      ['good-days', '250', '0'],
      ['pass-rate', '300', '300'],
      ['quality-plan', '300', '300'],
    ]);
    expect(r.points).toEqual({ budget: '1100', basePoints: '0', maximum: '1100', ceiling: '1100' });
    expect(r.scores.total).toBe('850.00');
    expect(r.scores.total100).toBe('77.27'); // 850 / 1100 × 100 = 77.2727…
    expect(r.grade).toBe('C'); // the rule set's bands, as the scheme gives none
    expect(r.categories.map((c) => [c.id, c.possible, c.earned])).toEqual([
      ['product', '600', '600'],
      ['environment', '500', '250'],
    ]);
  });

  it('base points for every region: 60 of 100 given, the targets share the other 40', () => {
    const s = scheme({ basePoints: 60, categories: [{ id: 'product', points: 40 }], scope: 'listed' });
    const r = run(rs, [obs('product-sampling-pass-rate', 96, '%'), obs('quality-plan-adopted', false)], s);
    expect([row(r, 'pass-rate').possible, row(r, 'pass-rate').earned, row(r, 'quality-plan').earned]).toEqual([
      '20',
      '20',
      '0',
    ]);
    expect(r.scores.total).toBe('80.00');
    expect(row(r, 'pm25').excluded).toBe('not_in_scheme');
  });

  it('rejects fixed target points that do not add up to their category', () => {
    expect(() =>
      run(
        rs,
        [],
        scheme({
          categories: [
            { id: 'product', points: 40 },
            { id: 'environment', points: 60 },
          ],
          targets: [
            { target: 'pass-rate', points: 30 },
            { target: 'quality-plan', points: 20 },
          ],
        }),
      ),
    ).toThrow(/categories\[0\]\.points/);
  });
});

describe('all or nothing, proportional', () => {
  const rs = ruleSet([T.pm25, T.good, T.pass]);
  const only = (id: string, method: unknown) => scheme({ scope: 'listed', targets: [{ target: id, method }] });

  it('proportional: floor 90% earns 0, the 95% target full; 92.5% earns half', () => {
    const r = run(
      rs,
      [obs('product-sampling-pass-rate', '92.5', '%')],
      only('pass-rate', { method: 'proportional', floor: 90 }),
    );
    expect(row(r, 'pass-rate').earned).toBe('50');
    expect(row(r, 'pass-rate').detail).toMatchObject({ method: 'proportional', share: '0.5' });
    expect(row(r, 'pass-rate').explanation?.['zh-Hans']).toBe(
      '实际92.5%，零分线90%、满分线95%，得分率50%；得50分/满分100分',
    );
    expect(
      run(rs, [obs('product-sampling-pass-rate', 89, '%')], only('pass-rate', { method: 'proportional', floor: 90 }))
        .scores.total100,
    ).toBe('0.00');
    expect(
      run(rs, [obs('product-sampling-pass-rate', 99, '%')], only('pass-rate', { method: 'proportional', floor: 90 }))
        .scores.total100,
    ).toBe('100.00');
  });

  it('proportional for a ceiling: PM2.5 floor 39, target 29, observed 31 earns 80%', () => {
    expect(
      run(rs, [obs('pm25-annual-mean', 31, 'μg/m³')], only('pm25', { method: 'proportional', floor: 39 })).scores
        .total100,
    ).toBe('80.00');
  });

  it('proportional on attainment: 29/31 between 0.5 and 1 earns 87.10', () => {
    // (29/31 − 0.5) / 0.5 = 0.870967… → 87.10 of 100
    expect(
      run(
        rs,
        [obs('pm25-annual-mean', 31, 'μg/m³')],
        only('pm25', { method: 'proportional', basis: 'attainment', floor: '0.5' }),
      ).scores.total100,
    ).toBe('87.10');
  });

  it('a floor on the wrong side of the target is an input error at the method', () => {
    expect(() => run(rs, [], only('pm25', { method: 'proportional', floor: 20 }))).toThrow(
      /targets\[0\]\.method\.floor/,
    );
  });
});

describe('deduction per unit of gap', () => {
  const rs = ruleSet([T.pm25, T.good]);
  const deductions = (partial: 'full_step' | 'pro_rata', floorAtZero = true) =>
    scheme({
      categories: [{ id: 'environment', points: 100 }],
      scope: 'listed',
      targets: [
        {
          target: 'pm25',
          points: 20,
          method: {
            method: 'deduction',
            per: 1,
            unit: '微克/立方米',
            points: '0.5',
            partial: 'full_step',
            floorAtZero,
          },
        },
        {
          target: 'good-days',
          points: 80,
          method: { method: 'deduction', per: 1, unit: '%', points: '0.25', partial },
        },
      ],
    });

  it('PM2.5每超1微克/立方米扣0.5分: 31 against 29 costs 1 of 20', () => {
    const r = run(
      rs,
      [obs('pm25-annual-mean', 31, 'μg/m³'), obs('air-quality-good-day-ratio', 98, '%')],
      deductions('full_step'),
    );
    expect(row(r, 'pm25').earned).toBe('19');
    expect(row(r, 'pm25').detail).toMatchObject({ gap: '2', steps: '2', deducted: '1', partial: 'full_step' });
    expect(row(r, 'pm25').explanation?.['zh-Hans']).toBe(
      '差距2微克/立方米，每1微克/立方米扣0.5分（不足一档按一档计），计2档，扣1分；得19分/满分20分',
    );
    expect(row(r, 'good-days').explanation?.en).toBe('no gap, nothing deducted; 80 of 80 points');
  });

  it('优良天数比率每低1个百分点扣0.25分: a 0.4-point shortfall costs 0.25 with full steps, 0.1 pro rata', () => {
    const observations = [obs('pm25-annual-mean', 29, 'μg/m³'), obs('air-quality-good-day-ratio', '97.6', '%')];
    const full = run(rs, observations, deductions('full_step'));
    const pro = run(rs, observations, deductions('pro_rata'));
    expect([row(full, 'good-days').earned, full.scores.total]).toEqual(['79.75', '99.75']);
    expect([row(pro, 'good-days').earned, pro.scores.total]).toEqual(['79.9', '99.90']);
    expect(row(pro, 'good-days').explanation?.en).toBe(
      'short by 0.4 percentage points; 0.25 points per 1 percentage point (a partial step counts pro rata): 0.4 steps, 0.1 points deducted; 79.9 of 80 points',
    );
  });

  it('扣完为止: PM2.5 80 costs 25.5 but the item stops at 0; without the floor it goes below', () => {
    const observations = [obs('pm25-annual-mean', 80, 'μg/m³'), obs('air-quality-good-day-ratio', 98, '%')];
    const floored = run(rs, observations, deductions('full_step'));
    expect(row(floored, 'pm25').earned).toBe('0');
    expect(row(floored, 'pm25').explanation?.['zh-Hans']).toContain('扣25.5分；扣完为止；得0分/满分20分');
    expect(floored.scores.total).toBe('80.00');
    const open = run(rs, observations, deductions('full_step', false));
    expect(row(open, 'pm25').earned).toBe('-5.5');
    expect(open.scores.total).toBe('74.50');
  });

  it('a deduction on a milestone is rejected when written on the target, and falls back when inherited', () => {
    const rsm = ruleSet([T.plan, T.pass]);
    const method = { method: 'deduction', per: 1, points: 1, partial: 'pro_rata' };
    expect(() => run(rsm, [], scheme({ targets: [{ target: 'quality-plan', method }] }))).toThrow(
      /E_UNSUPPORTED_KIND.*targets\[0\]\.method\.method/,
    );
    const r = run(
      rsm,
      [obs('quality-plan-adopted', true), obs('product-sampling-pass-rate', 94, '%')],
      scheme({ method }),
    );
    expect(row(r, 'quality-plan').detail).toEqual({ method: 'all_or_nothing', fallback: true });
    expect(row(r, 'pass-rate')).toMatchObject({ method: 'deduction', earned: '49' });
  });
});

describe('level-based partial credit', () => {
  const rs = ruleSet([T.plan]);
  const levels = scheme({
    indicators: schemeIndicators,
    method: {
      method: 'levels',
      levels: [
        {
          id: 'regional-plan',
          names: names('写入区域规划', 'in the regional plan'),
          indicator: 'quality-in-regional-plan',
          credit: 1,
        },
        {
          id: 'department-plan',
          names: names('写入部门计划', 'in a department plan'),
          indicator: 'quality-in-department-plan',
          credit: '0.5',
        },
      ],
    },
  });
  it('regional plan 1, department plan 0.5, neither 0', () => {
    expect(
      run(rs, [obs('quality-in-regional-plan', true), obs('quality-in-department-plan', true)], levels).scores.total,
    ).toBe('100.00');
    const dept = run(rs, [obs('quality-in-regional-plan', false), obs('quality-in-department-plan', true)], levels);
    expect(dept.scores.total).toBe('50.00');
    expect(row(dept, 'quality-plan').detail).toMatchObject({ level: 'department-plan', share: '0.5' });
    expect(row(dept, 'quality-plan').explanation?.['zh-Hans']).toBe(
      '达到“写入部门计划”档，得分比例0.5；得50分/满分100分',
    );
    expect(
      run(rs, [obs('quality-in-regional-plan', false), obs('quality-in-department-plan', false)], levels).scores.total,
    ).toBe('0.00');
  });
  it('without level data the milestone decides; with no data at all the target is left out', () => {
    expect(run(rs, [obs('quality-plan-adopted', true)], levels).scores.total).toBe('100.00');
    const none = run(rs, [], levels);
    expect(row(none, 'quality-plan').excluded).toBe('no_data');
    expect(none.scores.total100).toBeNull();
    expect(none.grade).toBeNull();
  });
  it('the level flags count as used observations only when the scheme reads them', () => {
    const observations = [obs('quality-in-regional-plan', true), obs('quality-plan-adopted', true)];
    expect(evaluate(rs, data(observations), { scheme: levels }).unusedObservations).toEqual([]);
  });
});

describe('per-event deductions and bonus/penalty items', () => {
  const rs = ruleSet([T.pass]);
  const perBatch = (count: unknown) =>
    scheme({
      points: 10,
      categories: [{ id: 'product', points: 10 }],
      targets: [{ target: 'pass-rate', points: 10, method: { method: 'per_event', count, points: 4 } }],
    });

  it('each failed batch −4 of 10: two cost 8; three stop at 0', () => {
    expect(
      row(
        run(
          rs,
          [obs('product-sampling-pass-rate', 96, '%'), obs('failed-batches', 2, '批次')],
          perBatch({ indicator: 'failed-batches' }),
        ),
        'pass-rate',
      ).earned,
    ).toBe('2');
    const three = run(
      rs,
      [obs('product-sampling-pass-rate', 96, '%'), obs('failed-batches', 3, '批次')],
      perBatch({ indicator: 'failed-batches' }),
    );
    expect([row(three, 'pass-rate').earned, three.scores.total100]).toEqual(['0', '0.00']);
    expect(row(three, 'pass-rate').explanation?.['zh-Hans']).toBe(
      '发生3次，每次扣4分，扣12分；扣完为止；得0分/满分10分',
    );
  });

  it('counts dated events within the period only', () => {
    const events = [
      { type: 'failed-batch', date: '2017-12-30' },
      { type: 'failed-batch', date: '2018-03-01' },
      { type: 'failed-batch', date: '2018-11-11' },
    ];
    const r = run(rs, [obs('product-sampling-pass-rate', 96, '%')], perBatch({ event: 'failed-batch' }), { events });
    expect(row(r, 'pass-rate').detail).toMatchObject({ count: '2', deducted: '8' });
  });

  it('caps each item, then the total: bonus 4+3 capped to 3+3 then to 4; penalty 3 capped to 2', () => {
    const s = scheme({
      adjustments: [
        {
          id: 'quality-award',
          names: names('获评质量奖', 'quality award'),
          type: 'bonus',
          on: 'event',
          event: 'quality-award',
          points: 2,
          cap: 3,
        },
        {
          id: 'brands',
          names: names('省级名牌产品', 'provincial brands'),
          type: 'bonus',
          on: 'indicator',
          indicator: 'provincial-brand-products',
          points: 1,
          cap: 5,
        },
        {
          id: 'complaints',
          names: names('质量投诉', 'complaints'),
          type: 'penalty',
          on: 'event',
          event: 'complaint',
          points: 1,
          cap: 2,
        },
      ],
      caps: { bonus: 4 },
    });
    const events = [
      { type: 'quality-award', date: '2018-04-01' },
      { type: 'quality-award', date: '2018-09-01' },
      { type: 'complaint', date: '2018-01-05' },
      { type: 'complaint', date: '2018-02-05' },
      { type: 'complaint', date: '2018-03-05' },
    ];
    const r = run(rs, [obs('product-sampling-pass-rate', 96, '%'), obs('provincial-brand-products', 3, '个')], s, {
      events,
    });
    expect(r.adjustments.map((a) => [a.id, a.count, a.raw, a.points, a.capped])).toEqual([
      ['quality-award', '2', '4', '3', true],
      ['brands', '3', '3', '3', false],
      ['complaints', '3', '3', '2', true],
    ]);
    expect([r.bonus, r.penalty]).toEqual(['4', '2']);
    expect(r.scores).toEqual({ total100: '102.00', total: '102.00', base100: '100.00', base: '100.00' });
    expect(r.points.ceiling).toBe('104');
    expect(r.adjustments[0]?.text['zh-Hans']).toBe('加分项“获评质量奖”：2×2分=4分，超过上限3分，按3分计');
  });

  it('a target-conditioned bonus: +2 when the aspirational target is met', () => {
    const s = scheme({
      adjustments: [
        {
          id: 'stretch',
          names: names('争创目标达成', 'stretch met'),
          type: 'bonus',
          on: 'target',
          target: 'pass-rate',
          when: 'met',
          points: 2,
          cap: 2,
        },
      ],
    });
    expect(run(rs, [obs('product-sampling-pass-rate', 96, '%')], s).bonus).toBe('2');
    expect(run(rs, [obs('product-sampling-pass-rate', 90, '%')], s).bonus).toBe('0');
  });
});

describe('vetoes (一票否决)', () => {
  it('a failed veto target overrides an A score', () => {
    const rs = ruleSet([T.pass, T.incidents]);
    const s = scheme({
      categories: [{ id: 'product', points: 100 }],
      targets: [
        { target: 'pass-rate', points: 95 },
        { target: 'incidents', points: 5 },
      ],
      grades: NATIONAL,
    });
    const observations = [obs('product-sampling-pass-rate', 96, '%'), obs('major-quality-safety-incidents', 1, '起')];
    const r = run(rs, observations, s);
    expect(r.scores.total100).toBe('95.00');
    expect([r.grade, r.gradeBand, r.vetoed, r.vetoedBy]).toEqual(['D', null, true, ['incidents']]);
    expect(r.vetoes[0]?.text?.['zh-Hans']).toBe('目标“重特大质量安全事件数”未达标，一票否决，等级定为D');
    expect(run(rs, observations, scheme({ ...s.data, ruleSetVetoes: false })).grade).toBe('A');
  });

  it('a listed event forces the grade; an event outside the period does not', () => {
    const rs = ruleSet([T.pass]);
    const s = scheme({
      grades: CN,
      vetoes: [
        {
          id: 'major-incident',
          names: names('重大质量安全事故', 'a major incident'),
          on: 'event',
          event: 'major-incident',
        },
      ],
    });
    const hit = run(rs, [obs('product-sampling-pass-rate', 96, '%')], s, {
      events: [{ type: 'major-incident', date: '2018-05-02' }],
    });
    expect([hit.grade, hit.vetoedBy]).toEqual(['不合格', ['major-incident']]);
    expect(hit.vetoes[0]?.text?.['zh-Hans']).toBe('2018-05-02发生“重大质量安全事故”，一票否决，等级定为不合格');
    expect(
      run(rs, [obs('product-sampling-pass-rate', 96, '%')], s, {
        events: [{ type: 'major-incident', date: '2017-05-02' }],
      }).grade,
    ).toBe('优秀');
  });

  it('any quarter’s vegetable sampling pass rate below 90% forces 不合格', () => {
    const rs = ruleSet([T.pass]);
    const s = scheme({
      indicators: schemeIndicators,
      grades: CN,
      vetoes: [
        {
          id: 'vegetable-quarter',
          on: 'indicator',
          indicator: 'vegetable-sampling-pass-rate',
          operator: 'lessThan',
          value: 90,
          unit: '%',
        },
      ],
    });
    const quarters = (q2: number) =>
      [95, q2, 93, 96].map((v, i) => obs('vegetable-sampling-pass-rate', v, '%', `2018-Q${i + 1}`));
    const hit = run(rs, [obs('product-sampling-pass-rate', 96, '%'), ...quarters(88)], s);
    expect([hit.scores.total100, hit.grade]).toEqual(['100.00', '不合格']);
    expect(hit.vetoes[0]).toMatchObject({ id: 'vegetable-quarter', triggered: true, period: '2018-Q2' });
    expect(hit.vetoes[0]?.text?.['zh-Hans']).toBe(
      '2018年第2季度蔬菜抽检合格率为88%，低于90%，一票否决，等级定为不合格',
    );
    expect(hit.vetoes[0]?.text?.en).toBe(
      'vegetable sampling pass rate in Q2 2018 was 88%, below 90%: vetoed, graded 不合格',
    );
    expect(run(rs, [obs('product-sampling-pass-rate', 96, '%'), ...quarters(90)], s).grade).toBe('优秀');
    const unknown = run(rs, [obs('product-sampling-pass-rate', 96, '%')], s);
    expect([unknown.grade, unknown.vetoUnknown]).toEqual(['优秀', ['vegetable-quarter']]);
  });
});

describe('grades: band edges, vocabulary, two scores at once', () => {
  // A 100% target scored in proportion from 0 makes the score equal to the observed rate.
  const rs = ruleSet([
    target('pass-rate', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 100, unit: '%' }),
  ]);
  const s = scheme({ method: { method: 'proportional', floor: 0 }, grades: NATIONAL });
  it.each([
    ['59.5', 'D'],
    ['59.99', 'D'],
    ['60', 'C'],
    ['89.5', 'B'],
    ['89.99', 'B'],
    ['89.994', 'B'],
    ['89.995', 'A'],
    ['90', 'A'],
    ['100', 'A'],
  ])('%s%% scores %s (graded on the score rounded half-up to 2 places)', (value, grade) => {
    const r = run(rs, [obs('product-sampling-pass-rate', value, '%')], s);
    expect(r.grade).toBe(grade);
  });
  it('reports the band it fell in', () => {
    expect(run(rs, [obs('product-sampling-pass-rate', '89.5', '%')], s).gradeBand).toBe('total100 ∈ [80, 90)');
  });
  it('优秀 needs a total of 90 and a base score of 85: bonus points alone do not make 优秀', () => {
    const two = scheme({
      method: { method: 'proportional', floor: 0 },
      adjustments: [
        { id: 'award', names: names('获奖', 'award'), type: 'bonus', on: 'event', event: 'award', points: 5, cap: 10 },
      ],
      grades: {
        bands: [
          { grade: '优秀', min: 90, and: [{ score: 'base100', min: 85 }] },
          { grade: '良好', min: 80 },
          { grade: '合格', min: 60 },
          { grade: '不合格' },
        ],
      },
    });
    const awards = (n: number) => ({
      events: Array.from({ length: n }, (_, i) => ({ type: 'award', date: `2018-0${i + 1}-01` })),
    });
    const boosted = run(rs, [obs('product-sampling-pass-rate', 80, '%')], two, awards(2));
    expect([boosted.scores.base100, boosted.scores.total100, boosted.grade]).toEqual(['80.00', '90.00', '良好']);
    const solid = run(rs, [obs('product-sampling-pass-rate', 86, '%')], two, awards(1));
    expect([solid.scores.total100, solid.grade, solid.gradeBand]).toEqual([
      '91.00',
      '优秀',
      'total100 ∈ [90, +∞) ∧ base100 ∈ [85, +∞)',
    ]);
  });
});

describe('aggregation and not-applicable items', () => {
  it('the lower of two parts: product 1.0 and environment 0.5 give 50, where the weighted sum gives 75', () => {
    const rs = ruleSet([T.pass, T.pm25, T.good]);
    const observations = [
      obs('product-sampling-pass-rate', 96, '%'),
      obs('pm25-annual-mean', 31, 'μg/m³'),
      obs('air-quality-good-day-ratio', 99, '%'),
    ];
    expect(run(rs, observations, scheme()).scores.total).toBe('75.00');
    const lowest = run(rs, observations, scheme({ aggregation: 'lowest' }));
    expect(lowest.scores.total).toBe('50.00');
    expect(lowest.categories.map((c) => [c.id, c.earned])).toEqual([
      ['product', '50'],
      ['environment', '25'],
    ]);
    // Within a category: the environment part takes its weaker target's share.
    expect(
      run(rs, observations, scheme({ categories: [{ id: 'environment', aggregation: 'lowest' }] })).scores.total,
    ).toBe('50.00');
  });

  it('not applicable: left out of the maximum, or counted as full marks', () => {
    const rs = ruleSet([T.pass, T.plan]);
    const pinned = {
      categories: [{ id: 'product', points: 100 }],
      targets: [
        { target: 'pass-rate', points: 60 },
        { target: 'quality-plan', points: 40 },
      ],
    };
    const observations = [
      { indicator: 'product-sampling-pass-rate', notApplicable: true, reason: '辖区无工业企业' },
      obs('quality-plan-adopted', true),
    ];
    const excluded = run(rs, observations, scheme(pinned));
    expect([
      excluded.points.maximum,
      excluded.scores.total,
      excluded.scores.total100,
      row(excluded, 'pass-rate').excluded,
    ]).toEqual(['40', '40.00', '100.00', 'not_applicable']);
    const full = run(rs, observations, scheme({ ...pinned, notApplicable: 'full' }));
    expect([full.points.maximum, full.scores.total, row(full, 'pass-rate').earned]).toEqual(['100', '100.00', '60']);
    expect(row(full, 'pass-rate').explanation?.['zh-Hans']).toBe('不适用，按满分计；得60分/满分60分');
    const perTarget = run(
      rs,
      observations,
      scheme({
        ...pinned,
        targets: [
          { target: 'pass-rate', points: 60, notApplicable: 'full' },
          { target: 'quality-plan', points: 40 },
        ],
      }),
    );
    expect(perTarget.scores.total).toBe('100.00');
  });

  it('missing data: left out, or scored as zero, as the scheme says', () => {
    const rs = ruleSet([T.pass, T.plan]);
    expect(run(rs, [obs('quality-plan-adopted', true)], scheme()).scores.total100).toBe('100.00');
    const zero = run(rs, [obs('quality-plan-adopted', true)], scheme({ missingData: 'zero' }));
    expect([zero.scores.total100, row(zero, 'pass-rate').explanation?.en]).toEqual([
      '50.00',
      'no data; scored as zero; 0 of 50 points',
    ]);
  });
});

describe('the report', () => {
  const rs = ruleSet([T.pass, T.pm25, T.incidents]);
  const dataSet = data([
    obs('product-sampling-pass-rate', 96, '%'),
    obs('pm25-annual-mean', 31, 'μg/m³'),
    obs('major-quality-safety-incidents', 0, '起'),
  ]);
  it('has no scheme block without a scheme, and its other fields do not change with one', () => {
    const plain = evaluate(rs, dataSet);
    expect('scheme' in plain).toBe(false);
    const withScheme = evaluate(rs, dataSet, { scheme: scheme({ grades: NATIONAL }) });
    const { scheme: block, ...rest } = withScheme;
    expect(JSON.stringify(rest)).toBe(JSON.stringify(plain));
    expect(ReportSchema.parse(withScheme).scheme?.id).toBe('test-scheme');
    expect(block?.settings).toEqual({
      precision: 2,
      missingData: 'exclude',
      aspirational: 'scored',
      notApplicable: 'exclude',
      weighting: 'rule-set',
      scope: 'all',
      aggregation: 'weighted_sum',
    });
  });
  it('is byte-identical on both engines and on a second run', async () => {
    const s = scheme({ grades: NATIONAL });
    const a = JSON.stringify(evaluate(rs, dataSet, { scheme: s }));
    expect(JSON.stringify(evaluate(rs, dataSet, { scheme: s }))).toBe(a);
    expect(JSON.stringify(await evaluateWithEngine(rs, dataSet, { scheme: s }))).toBe(a);
  });
});
