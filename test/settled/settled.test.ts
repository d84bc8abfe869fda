/**
 * Settled verdicts (issue 11, part A): no_data / not_due only while the missing data or the time left
 * could still change the verdict. Hand-worked on the built-in rule sets and on made-up plans.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InvalidInputError } from '../../src/core/errors.js';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import type { TargetResult } from '../../src/report/schema.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { data, rules, target } from '../support.js';

type Observation = { indicator: string; period?: string; value?: unknown; [key: string]: unknown };
type DataSet = { observations: Observation[]; [key: string]: unknown };

const ROOT = new URL('../../', import.meta.url);

function fixture(id: string, file = 'all-met.json'): DataSet {
  return JSON.parse(readFileSync(new URL(`fixtures/${id}/${file}`, ROOT), 'utf8')) as DataSet;
}

function resultOf(report: { targets: readonly TargetResult[] }, id: string): TargetResult {
  const found = report.targets.find((t) => t.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
}

describe('panan-2018: one major incident, judged as of 2018-09-30', () => {
  const panan = loadBuiltinRuleSet('panan-2018');
  const withIncidents = (n: number): DataSet => {
    const d = fixture('panan-2018');
    d.observations = d.observations.map((o) =>
      o.indicator === 'major-quality-safety-incidents' ? { ...o, value: n } : o,
    );
    return d;
  };

  it('is not_met and settled (occurred), not not_due, with the reason in every locale', () => {
    const r = resultOf(evaluate(panan, withIncidents(1), { asOf: '2018-09-30' }), 'no-major-quality-safety-incidents');
    expect([r.status, r.settled, r.provisional]).toEqual(['not_met', 'occurred', false]);
    expect(r.points.excluded).toBeNull();
    expect(r.explanation['zh-Hans']).toContain('已发生1起，无论年底数据如何均未达标');
    expect(r.explanation['zh-Hant']).toContain('已發生1起，無論年底數據如何均未達標');
    expect(r.explanation.en).toContain(
      '1 occurrence has already been recorded, so the target is missed whatever the year-end figures',
    );
  });

  it('two incidents take the plural in English', () => {
    const r = resultOf(evaluate(panan, withIncidents(2), { asOf: '2018-09-30' }), 'no-major-quality-safety-incidents');
    expect(r.explanation.en).toContain('2 occurrences have already been recorded');
    expect(r.explanation['zh-Hans']).toContain('已发生2起');
  });

  it('scores exactly as at year end (the target loses its points), where before it scored 100', () => {
    const mid = evaluate(panan, withIncidents(1), { asOf: '2018-09-30' });
    const end = evaluate(panan, withIncidents(1));
    expect(resultOf(end, 'no-major-quality-safety-incidents').settled).toBeUndefined();
    expect([mid.score, mid.grade]).toEqual([end.score, end.grade]);
    expect(Number(mid.score)).toBeLessThan(Number(evaluate(panan, withIncidents(0), { asOf: '2018-09-30' }).score));
    expect(mid.counts.not_met).toBe(1);
    expect(mid.counts.not_due).toBe(0);
  });

  it('no incident so far is met, provisional and not settled (one may still happen)', () => {
    const r = resultOf(evaluate(panan, withIncidents(0), { asOf: '2018-09-30' }), 'no-major-quality-safety-incidents');
    expect([r.status, r.provisional, r.settled]).toEqual(['met', true, undefined]);
  });

  it('json-rules-engine reaches the same report', async () => {
    const d = withIncidents(1);
    expect(await evaluateWithEngine(panan, d, { asOf: '2018-09-30' })).toEqual(
      evaluate(panan, d, { asOf: '2018-09-30' }),
    );
  });
});

describe('jinan-2020 「消费者对城区服务业满意度连续3年不断提高」 without 2017', () => {
  const jinan = loadBuiltinRuleSet('jinan-2020');
  const series = (values: Record<string, string>): DataSet => {
    const d = fixture('jinan-2020');
    const others = d.observations.filter((o) => o.indicator !== 'service-satisfaction');
    const ours = Object.entries(values).map(([period, value]) => ({
      indicator: 'service-satisfaction',
      period,
      value,
      unit: '%',
    }));
    d.observations = [...others, ...ours];
    return d;
  };

  it('85.0, 84.2, 86.0: the fall in 2019 breaks every streak whatever 2017 was: not_met, settled', () => {
    const r = resultOf(
      evaluate(jinan, series({ 2018: '85.0', 2019: '84.2', 2020: '86.0' })),
      'service-satisfaction-growth',
    );
    expect([r.status, r.settled]).toEqual(['not_met', 'streak_broken']);
    expect(r.missing.map((m) => m.what['zh-Hans'])).toEqual(['2017年数据']);
    // 3 steps judged (2018, 2019, 2020); one known step achieved (2020).
    expect(r.attainment).toBe('0.3333');
    expect(r.explanation['zh-Hans']).toContain('2019年的变化已中断所要求的趋势，无论缺失数据及此后数据如何均未达标');
    expect(r.explanation['zh-Hant']).toContain('2019年的變化已中斷所要求的趨勢');
    expect(r.explanation.en).toContain('the change in 2019 already broke the required trend');
  });

  it('a flat 2019 (85.0 → 85.0) also breaks a strict streak: settled', () => {
    const r = resultOf(
      evaluate(jinan, series({ 2018: '85.0', 2019: '85.0', 2020: '86.0' })),
      'service-satisfaction-growth',
    );
    expect([r.status, r.settled]).toEqual(['not_met', 'streak_broken']);
  });

  it('85.0, 85.1, 86.0: every known step rises, so 2017 decides: no_data', () => {
    const r = resultOf(
      evaluate(jinan, series({ 2018: '85.0', 2019: '85.1', 2020: '86.0' })),
      'service-satisfaction-growth',
    );
    expect([r.status, r.settled]).toEqual(['no_data', undefined]);
  });

  it('the same series through json-rules-engine gives the same report', async () => {
    const d = series({ 2018: '85.0', 2019: '84.2', 2020: '86.0' });
    expect(await evaluateWithEngine(jinan, d)).toEqual(evaluate(jinan, d));
  });
});

describe('panan 「安全计量器具检定率及检定合格率均达到100%」 with one part missing', () => {
  const panan = loadBuiltinRuleSet('panan-2018');
  const id = 'safety-measuring-instruments-verification';
  const withRate = (rate: number): DataSet => {
    const d = fixture('panan-2018');
    d.observations = d.observations
      .filter((o) => o.indicator !== 'safety-instrument-verification-pass-rate')
      .map((o) => (o.indicator === 'safety-instrument-verification-rate' ? { ...o, value: rate } : o));
    return d;
  };

  it('99% and the pass rate missing: "both" has already failed: not_met, settled, the missing part listed', () => {
    const r = resultOf(evaluate(panan, withRate(99)), id);
    expect([r.status, r.settled]).toEqual(['not_met', 'part_failed']);
    expect(r.missing.map((m) => m.indicator)).toEqual(['safety-instrument-verification-pass-rate']);
    expect(r.points.excluded).toBeNull();
    expect(r.explanation['zh-Hans']).toContain(
      '“安全计量器具检定率不低于100%”已确定未达标，须各项均达标，无论其余数据如何均未达标',
    );
    expect(r.explanation['zh-Hant']).toContain('「安全計量器具檢定率不低於100%」已確定未達標');
    expect(r.explanation.en).toContain('can no longer be met and every part must be');
  });

  it('100% and the pass rate missing: the missing part decides: no_data', () => {
    const r = resultOf(evaluate(panan, withRate(100)), id);
    expect([r.status, r.settled]).toEqual(['no_data', undefined]);
  });

  it('99% before the deadline: the rate may still reach 100%, so not_due (not no_data: the missing part cannot help)', () => {
    const r = resultOf(evaluate(panan, withRate(99), { asOf: '2018-09-30' }), id);
    expect([r.status, r.settled, r.provisional]).toEqual(['not_due', undefined, true]);
  });

  it('with both parts present at year end the verdict is plain not_met, not marked settled', () => {
    const d = fixture('panan-2018');
    d.observations = d.observations.map((o) =>
      o.indicator === 'safety-instrument-verification-rate' ? { ...o, value: 99 } : o,
    );
    const r = resultOf(evaluate(panan, d), id);
    expect([r.status, r.settled, r.missing]).toEqual(['not_met', undefined, []]);
  });

  it('json-rules-engine reaches the same verdict without the missing fact', async () => {
    const d = withRate(99);
    expect(await evaluateWithEngine(panan, d)).toEqual(evaluate(panan, d));
  });
});

/** Made-up indicators: complaints and new standards only accumulate; the pass rate can move either way. */
const indicators = [
  {
    id: 'complaints',
    names: { 'zh-Hans': '质量投诉件数' },
    unit: '件',
    kind: 'count',
    direction: 'lower',
    accumulates: true,
  },
  {
    id: 'complaints-stock',
    names: { 'zh-Hans': '未结投诉件数' },
    unit: '件',
    kind: 'count',
    direction: 'lower',
  },
  {
    id: 'new-standards',
    names: { 'zh-Hans': '新增计量标准' },
    unit: '项',
    kind: 'count',
    direction: 'higher',
    accumulates: true,
  },
  { id: 'pass-rate', names: { 'zh-Hans': '抽查合格率' }, unit: '%', kind: 'rate', direction: 'higher' },
];

function madeUp(targets: unknown[]) {
  return rules(targets, { indicators });
}

const MID_YEAR = { asOf: '2018-06-30' };

describe('a count that only accumulates, before its deadline', () => {
  it('`accumulates: true` on a rate is refused with E_UNSUPPORTED_KIND at its path', () => {
    const bad = [{ ...indicators[3], accumulates: true }];
    try {
      rules([], { indicators: bad });
      expect.unreachable();
    } catch (error) {
      const issue = (error as InvalidInputError).issues[0];
      expect([issue?.code, issue?.path, issue?.expected.en]).toEqual([
        'E_UNSUPPORTED_KIND',
        '$.indicators[0].accumulates',
        '"accumulates": true only on count indicators',
      ]);
    }
  });

  const ceiling = (kind: string, indicator = 'complaints') =>
    madeUp([target('t', { kind, indicator, threshold: 10, unit: '件' })]);
  const status = (rs: ReturnType<typeof madeUp>, value: number, unit = '件', indicator = 'complaints') => {
    const r = evaluate(rs, data([{ indicator, value, unit }]), MID_YEAR).targets[0] as TargetResult;
    return [r.status, r.settled ?? null, r.provisional];
  };

  it('不超过10件: 11 by mid-year is settled not_met; 10 is met but provisional', () => {
    expect(status(ceiling('at_most'), 11)).toEqual(['not_met', 'exceeded', false]);
    expect(status(ceiling('at_most'), 10)).toEqual(['met', null, true]);
  });

  it('低于10件: exactly 10 is already settled not_met (it cannot fall back); 9 is met, provisional', () => {
    expect(status(ceiling('less_than'), 10)).toEqual(['not_met', 'exceeded', false]);
    expect(status(ceiling('less_than'), 9)).toEqual(['met', null, true]);
  });

  it('等于10件: 11 is settled, 9 may still reach 10 (not_due)', () => {
    expect(status(ceiling('equal'), 11)).toEqual(['not_met', 'exceeded', false]);
    expect(status(ceiling('equal'), 9)).toEqual(['not_due', null, true]);
  });

  it('a stock that can fall (no `accumulates`) over its ceiling stays not_due', () => {
    expect(status(ceiling('at_most', 'complaints-stock'), 11, '件', 'complaints-stock')).toEqual([
      'not_due',
      null,
      true,
    ]);
  });

  it('新增计量标准10项以上: 10 by mid-year is met for good (reached, not provisional); 9 is not_due', () => {
    const floor = madeUp([target('t', { kind: 'at_least', indicator: 'new-standards', threshold: 10, unit: '项' })]);
    expect(status(floor, 10, '项', 'new-standards')).toEqual(['met', 'reached', false]);
    expect(status(floor, 9, '项', 'new-standards')).toEqual(['not_due', null, true]);
    const r = evaluate(floor, data([{ indicator: 'new-standards', value: 10, unit: '项' }]), MID_YEAR)
      .targets[0] as TargetResult;
    expect(r.explanation['zh-Hans']).toContain('已累计10项，此后只增不减，已确定达标');
    expect(r.explanation.en).toContain('the count so far (10) already reaches the target and only grows');
  });

  it('the exceeded note names a deadline that is not a year end', () => {
    const rs = madeUp([
      target('t', { kind: 'at_most', indicator: 'complaints', threshold: 10, unit: '件', deadline: '2018-09-30' }),
    ]);
    const r = evaluate(rs, data([{ indicator: 'complaints', value: 12, unit: '件' }]), MID_YEAR)
      .targets[0] as TargetResult;
    expect(r.explanation['zh-Hans']).toContain('已累计12件，超出上限且只增不减，无论截至2018-09-30的数据如何均未达标');
    expect(r.explanation.en).toContain('whatever the figures up to 2018-09-30');
  });
});

describe('compound over made-up indicators', () => {
  const anyOf = madeUp([
    target('t', {
      kind: 'compound',
      condition: {
        any: [
          { fact: 'pass-rate', operator: 'atLeast', value: 95 },
          { fact: 'new-standards', operator: 'atLeast', value: 10 },
        ],
      },
    }),
  ]);

  it('any with a met part and the other missing: met and settled at year end', () => {
    const r = evaluate(anyOf, data([{ indicator: 'pass-rate', value: 95, unit: '%' }])).targets[0] as TargetResult;
    expect([r.status, r.settled]).toEqual(['met', 'part_met']);
    expect(r.explanation['zh-Hans']).toContain(
      '“抽查合格率不低于95%”已确定达标，满足其一即可，无论其余数据如何均已达标',
    );
  });

  it('any with the met part a rate before the deadline: met but provisional (the rate may fall)', () => {
    const r = evaluate(anyOf, data([{ indicator: 'pass-rate', value: 95, unit: '%' }]), MID_YEAR)
      .targets[0] as TargetResult;
    expect([r.status, r.settled, r.provisional]).toEqual(['met', undefined, true]);
  });

  it('any with the met part an accumulating floor before the deadline: met for good', () => {
    const r = evaluate(anyOf, data([{ indicator: 'new-standards', value: 10, unit: '项' }]), MID_YEAR)
      .targets[0] as TargetResult;
    expect([r.status, r.settled, r.provisional]).toEqual(['met', 'part_met', false]);
  });

  it('any with its only known part failed and the other missing: no_data (the missing part could meet it)', () => {
    const r = evaluate(anyOf, data([{ indicator: 'pass-rate', value: '94.99', unit: '%' }])).targets[0] as TargetResult;
    expect(r.status).toBe('no_data');
  });

  it('all with an accumulating ceiling already passed, mid-year, the other part missing: settled not_met', () => {
    const allOf = madeUp([
      target('t', {
        kind: 'compound',
        condition: {
          all: [
            { fact: 'complaints', operator: 'atMost', value: 10 },
            { fact: 'pass-rate', operator: 'atLeast', value: 95 },
          ],
        },
      }),
    ]);
    const d = data([{ indicator: 'complaints', value: 11, unit: '件' }]);
    const r = evaluate(allOf, d, MID_YEAR).targets[0] as TargetResult;
    expect([r.status, r.settled, r.provisional]).toEqual(['not_met', 'part_failed', false]);
  });
});

describe('连续3年 over a made-up 2016–2020 plan, judged on 2018 data (before the deadline)', () => {
  const plan = rules(
    [
      target('t', {
        kind: 'trend',
        indicator: 'product-sampling-pass-rate',
        direction: 'increase',
        strict: true,
        consecutive: 3,
        granularity: 'year',
      }),
    ],
    { period: { start: '2016-01-01', end: '2020-12-31' } },
  );
  const judged = (values: Record<string, string>) => {
    const obs = Object.entries(values).map(([period, value]) => ({
      indicator: 'product-sampling-pass-rate',
      period,
      value,
      unit: '%',
    }));
    const r = evaluate(plan, data(obs)).targets[0] as TargetResult;
    return [r.status, r.settled ?? null];
  };

  it('a break in 2018 is one of the three steps 2020 will judge (2018, 2019, 2020): settled not_met', () => {
    expect(judged({ 2015: '80', 2016: '81', 2017: '82', 2018: '81.9' })).toEqual(['not_met', 'streak_broken']);
  });

  it('a break in 2017 can still be left behind by 2020: not_due', () => {
    expect(judged({ 2015: '80', 2016: '81', 2017: '81', 2018: '82' })).toEqual(['not_due', null]);
  });

  it('a break in 2018 with 2015 missing is settled all the same; a 2016 break with 2018 missing is no_data', () => {
    expect(judged({ 2016: '81', 2017: '82', 2018: '81.9' })).toEqual(['not_met', 'streak_broken']);
    expect(judged({ 2015: '81', 2016: '80', 2017: '82' })).toEqual(['no_data', null]);
  });
});
