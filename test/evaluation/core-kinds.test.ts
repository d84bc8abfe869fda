import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import { data, rules, target } from '../support.js';

const passRate = target('pass-rate', {
  kind: 'at_least',
  indicator: 'product-sampling-pass-rate',
  threshold: 95,
  unit: '%',
});
const pm25 = target('pm25', {
  kind: 'at_most',
  indicator: 'pm25-annual-mean',
  threshold: 29,
  unit: 'μg/m³',
  category: 'environment',
});
const batches = target('batches', {
  kind: 'at_least',
  indicator: 'food-sampling-batches',
  threshold: '2.5',
  unit: '万批次',
});
const output = target('output', {
  kind: 'more_than',
  indicator: 'construction-output',
  threshold: 150,
  unit: '亿元',
  commitment: 'aspirational',
});
const brands = target('brands', { kind: 'range', indicator: 'municipal-brand-products', min: 2, max: 3, unit: '只' });
const incidents = target('incidents', { kind: 'zero', indicator: 'major-quality-safety-incidents', veto: true });
const localIndicators = {
  indicators: [
    {
      id: 'food-sampling-batches',
      names: { 'zh-Hans': '抽检食品样品', 'zh-Hant': '抽檢食品樣品', en: 'food samples tested' },
      unit: '批次',
      kind: 'count',
      direction: 'higher',
    },
  ],
};
const all = rules([passRate, pm25, batches, output, brands, incidents], localIndicators);

function statusOf(observations: unknown[], id: string) {
  const report = evaluate(all, data(observations));
  return report.targets.find((t) => t.id === id);
}

describe('hand-checked verdicts from the documents', () => {
  it('19 of 20 batches is exactly 95% and meets "95%以上"', () => {
    const r = statusOf([{ indicator: 'product-sampling-pass-rate', passed: 19, sampled: 20 }], 'pass-rate');
    expect(r?.status).toBe('met');
    expect(r?.observed[0]?.value).toBe('95');
    expect(r?.gap).toBeNull();
  });

  it('94.99% does not meet "95%以上", short by 0.01 个百分点', () => {
    const r = statusOf([{ indicator: 'product-sampling-pass-rate', value: '94.99', unit: '%' }], 'pass-rate');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0.01');
    expect(r?.gapUnit).toBe('个百分点');
    expect(r?.gapText?.['zh-Hans']).toBe('0.01个百分点');
    expect(r?.gapText?.en).toBe('0.01 percentage points');
  });

  it('0.95 given as a fraction converts to 95%; 0.95 given in % stays 0.95%', () => {
    expect(
      statusOf([{ indicator: 'product-sampling-pass-rate', value: 0.95, unit: 'fraction' }], 'pass-rate')?.status,
    ).toBe('met');
    const r = statusOf([{ indicator: 'product-sampling-pass-rate', value: 0.95, unit: '%' }], 'pass-rate');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('94.05');
  });

  it('PM2.5 29 meets "29微克/立方米"; 29.1 does not; 31 has attainment 29/31', () => {
    expect(statusOf([{ indicator: 'pm25-annual-mean', value: 29, unit: 'μg/m³' }], 'pm25')?.status).toBe('met');
    const r = statusOf([{ indicator: 'pm25-annual-mean', value: '29.1', unit: '微克/立方米' }], 'pm25');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0.1');
    const r31 = statusOf([{ indicator: 'pm25-annual-mean', value: 31, unit: 'μg/m³' }], 'pm25');
    expect(r31?.attainment).toBe('0.9355'); // 29/31 = 0.935483…
    expect(statusOf([{ indicator: 'pm25-annual-mean', value: 27, unit: 'μg/m³' }], 'pm25')?.attainment).toBe('1');
  });

  it('24999 批次 does not meet "2.5万批次以上"; 25000 does; 2.5万批次 given in 万 does', () => {
    const r = statusOf([{ indicator: 'food-sampling-batches', value: 24999, unit: '批次' }], 'batches');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0.0001'); // in the target's unit, 万批次
    expect(r?.gapText?.['zh-Hans']).toBe('0.0001万批次');
    expect(r?.observedText?.['zh-Hans']).toBe('2.4999万批次');
    expect(r?.observedText?.en).toBe('24,999 batches');
    expect(statusOf([{ indicator: 'food-sampling-batches', value: 25000, unit: '批次' }], 'batches')?.status).toBe(
      'met',
    );
    expect(statusOf([{ indicator: 'food-sampling-batches', value: '2.5', unit: '万批次' }], 'batches')?.status).toBe(
      'met',
    );
  });

  it('exactly 150亿元 does not meet "超150亿元" (gap 0, must exceed); 150.01 does', () => {
    const r = statusOf([{ indicator: 'construction-output', value: 150, unit: '亿元' }], 'output');
    expect(r?.status).toBe('not_met');
    expect(r?.gap).toBe('0');
    expect(r?.explanation['zh-Hans']).toContain('恰为150亿元，须超过');
    expect(statusOf([{ indicator: 'construction-output', value: '150.01', unit: '亿元' }], 'output')?.status).toBe(
      'met',
    );
    expect(statusOf([{ indicator: 'construction-output', value: '15001000000', unit: '元' }], 'output')?.status).toBe(
      'met',
    );
  });

  it('"2—3只": 3 meets, 1 does not, 4 meets (exceeding the stretch level is not penalised)', () => {
    expect(statusOf([{ indicator: 'municipal-brand-products', value: 3, unit: '只' }], 'brands')?.status).toBe('met');
    const one = statusOf([{ indicator: 'municipal-brand-products', value: 1, unit: '只' }], 'brands');
    expect(one?.status).toBe('not_met');
    expect(one?.gap).toBe('1');
    expect(one?.attainment).toBe('0.5');
    const four = statusOf([{ indicator: 'municipal-brand-products', value: 4, unit: '只' }], 'brands');
    expect(four?.status).toBe('met');
    expect(four?.detail).toEqual({ stretchReached: true });
  });

  it('one incident fails "不发生" and its veto forces the lowest grade', () => {
    const report = evaluate(
      all,
      data([
        { indicator: 'product-sampling-pass-rate', value: 99, unit: '%' },
        { indicator: 'pm25-annual-mean', value: 20, unit: 'μg/m³' },
        { indicator: 'food-sampling-batches', value: 30000, unit: '批次' },
        { indicator: 'construction-output', value: 200, unit: '亿元' },
        { indicator: 'municipal-brand-products', value: 3, unit: '只' },
        { indicator: 'major-quality-safety-incidents', value: 1, unit: '起' },
      ]),
    );
    const r = report.targets.find((t) => t.id === 'incidents');
    expect(r?.status).toBe('not_met');
    expect(report.vetoed).toBe(true);
    expect(report.vetoedBy).toEqual(['incidents']);
    // product has 5 targets (4 met), environment 1 (met): 50×4/5 + 50 = 90 → an A, vetoed to D.
    expect(report.score).toBe('90.00');
    expect(report.grade).toBe('D');
    expect(report.gradeBand).toBeNull();
  });

  it('a missing observation is no_data, excluded from the maximum by default, never a pass or a fail', () => {
    const report = evaluate(all, data([{ indicator: 'product-sampling-pass-rate', value: 99, unit: '%' }]));
    const pm = report.targets.find((t) => t.id === 'pm25');
    expect(pm?.status).toBe('no_data');
    expect(pm?.points).toEqual({ possible: '0', earned: '0', excluded: 'no_data' });
    expect(pm?.missing[0]?.indicator).toBe('pm25-annual-mean');
    expect(report.counts.no_data).toBe(5);
    expect(report.score).toBe('100.00'); // only the pass rate is scored, and it is met
    expect(report.vetoUnknown).toEqual(['incidents']);
  });

  it('scores missing data as zero when the rule set declares so', () => {
    const zero = rules([passRate, pm25], { scoring: { weights: 'assumed', missingData: 'zero' } });
    const report = evaluate(zero, data([{ indicator: 'product-sampling-pass-rate', value: 99, unit: '%' }]));
    expect(report.score).toBe('50.00');
    expect(report.targets[1]?.status).toBe('no_data');
    expect(report.targets[1]?.points.possible).toBe('50');
  });

  it('not_applicable data exclude the target and say why', () => {
    const report = evaluate(
      all,
      data([{ indicator: 'pm25-annual-mean', notApplicable: true, reason: '本镇无监测站点' }]),
    );
    const r = report.targets.find((t) => t.id === 'pm25');
    expect(r?.status).toBe('not_applicable');
    expect(r?.explanation['zh-Hans']).toContain('本镇无监测站点');
  });
});

describe('compound targets (json-rules-engine conditions)', () => {
  const cs = rules(
    [
      target('calibration', {
        kind: 'compound',
        condition: {
          all: [
            { fact: 'calibration-rate', operator: 'atLeast', value: 100, unit: '%' },
            { fact: 'calibration-pass-rate', operator: 'atLeast', value: '1', unit: 'fraction' },
          ],
        },
      }),
    ],
    {
      indicators: [
        {
          id: 'calibration-rate',
          names: { 'zh-Hans': '检定率', 'zh-Hant': '檢定率', en: 'calibration rate' },
          unit: '%',
          kind: 'rate',
          direction: 'higher',
        },
        {
          id: 'calibration-pass-rate',
          names: { 'zh-Hans': '检定合格率', 'zh-Hant': '檢定合格率', en: 'calibration pass rate' },
          unit: '%',
          kind: 'rate',
          direction: 'higher',
        },
      ],
    },
  );

  it('"检定率及检定合格率均达到100%": both at 100% meet; one at 98% fails with the mean attainment', async () => {
    const ok = data([
      { indicator: 'calibration-rate', value: 100, unit: '%' },
      { indicator: 'calibration-pass-rate', passed: 40, sampled: 40 },
    ]);
    expect(evaluate(cs, ok).targets[0]?.status).toBe('met');
    const short = data([
      { indicator: 'calibration-rate', value: 100, unit: '%' },
      { indicator: 'calibration-pass-rate', passed: 49, sampled: 50 },
    ]);
    const r = evaluate(cs, short).targets[0];
    expect(r?.status).toBe('not_met');
    expect(r?.attainment).toBe('0.99'); // (1 + 0.98) / 2
    expect(r?.requirement['zh-Hans']).toBe('检定率不低于100%且检定合格率不低于100%');
    expect((await evaluateWithEngine(cs, short)).targets[0]?.status).toBe('not_met');
  });

  it('exposes the compiled json-rules-engine rule with values in the indicator unit', () => {
    expect(cs.rules[0]).toEqual({
      name: 'calibration',
      conditions: {
        all: [
          { fact: 'calibration-rate', operator: 'atLeast', value: '100' },
          { fact: 'calibration-pass-rate', operator: 'atLeast', value: '100' },
        ],
      },
      event: { type: 'target-met', params: { target: 'calibration' } },
    });
  });
});

describe('milestones', () => {
  const ms = rules([
    target('group', { kind: 'milestone', indicator: 'leading-group-established', category: 'product' }),
  ]);
  it('true with evidence meets; false does not; evidence is kept', () => {
    const r = evaluate(ms, data([{ indicator: 'leading-group-established', value: true, evidence: '镇发〔2018〕3号' }]))
      .targets[0];
    expect(r?.status).toBe('met');
    expect(r?.observed[0]?.evidence).toBe('镇发〔2018〕3号');
    expect(evaluate(ms, data([{ indicator: 'leading-group-established', value: false }])).targets[0]?.status).toBe(
      'not_met',
    );
  });
});

describe('deadlines and the as-of date', () => {
  const due2020 = rules([{ ...passRate, deadline: '2020-12-31' }]);
  it('an unmet target due by 2020 is not_due as of 2018-12-31 and not_met after the deadline', () => {
    const obs = data([{ indicator: 'product-sampling-pass-rate', value: 90, unit: '%' }]);
    const before = evaluate(due2020, obs).targets[0];
    expect(before?.status).toBe('not_due');
    expect(before?.points.excluded).toBe('not_due');
    expect(evaluate(due2020, obs, { asOf: '2021-01-01' }).targets[0]?.status).toBe('not_met');
  });
  it('a met target before its deadline is met, marked provisional', () => {
    const r = evaluate(due2020, data([{ indicator: 'product-sampling-pass-rate', value: 96, unit: '%' }])).targets[0];
    expect(r?.status).toBe('met');
    expect(r?.provisional).toBe(true);
  });
});
