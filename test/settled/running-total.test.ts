/**
 * A running total (累计) whose deadline figure is missing, or whose deadline is still ahead, is settled
 * when an earlier period's total already decides it (issue 11, part A: "a cumulative indicator whose
 * deadline passed"). Hand-worked on a plan of our own making, written in traditional characters:
 * 《順德區質量強區三年行動計劃（2018—2020年）》.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InvalidInputError } from '../../src/core/errors.js';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import type { TargetResult } from '../../src/report/schema.js';
import { type CompiledRuleSet, loadRuleSet } from '../../src/rulesets/load.js';
import { ruleSetJson, target } from '../support.js';
import { conditionTrees } from './trees.js';

const INDICATORS = [
  {
    id: 'provincial-brands',
    names: { 'zh-Hant': '省級名牌產品', en: 'provincial brand products' },
    unit: '個',
    kind: 'count',
    direction: 'higher',
    runningTotal: true,
  },
  {
    id: 'invention-patents',
    names: { 'zh-Hant': '新增發明專利' },
    unit: '件',
    kind: 'count',
    direction: 'higher',
    runningTotal: true,
  },
  {
    id: 'major-accidents',
    names: { 'zh-Hant': '較大質量安全事故' },
    unit: '起',
    kind: 'count',
    direction: 'lower',
    runningTotal: true,
  },
  {
    id: 'quality-funding',
    names: { 'zh-Hant': '質量提升專項資金投入' },
    unit: '萬元',
    kind: 'amount',
    direction: 'higher',
    runningTotal: true,
  },
  // The same figure as provincial-brands without the declaration: what the library did before.
  {
    id: 'brands-undeclared',
    names: { 'zh-Hant': '省級名牌產品', en: 'provincial brand products' },
    unit: '個',
    kind: 'count',
    direction: 'higher',
  },
  { id: 'sampling-pass-rate', names: { 'zh-Hant': '產品抽查合格率' }, unit: '%', kind: 'rate', direction: 'higher' },
];

const clause = (text: string) => ({ section: '二、主要目標', clause: text });

function shunde(targets: unknown[]): CompiledRuleSet {
  return loadRuleSet(
    ruleSetJson(targets, {
      id: 'shunde-2018',
      title: '順德區質量強區三年行動計劃（2018—2020年）',
      issuer: '佛山市順德區人民政府',
      region: { name: '順德區', level: 'district', parent: '廣東省佛山市' },
      period: { start: '2018-01-01', end: '2020-12-31' },
      locale: 'zh-Hant',
      indicators: INDICATORS,
    }),
  );
}

const brands = (kind: string, extra: Record<string, unknown> = {}, indicator = 'provincial-brands') =>
  shunde([
    target('brands', {
      kind,
      indicator,
      threshold: 20,
      unit: '個',
      source: clause('到2020年累計培育省級名牌產品20個以上'),
      ...extra,
    }),
  ]);
const accidents = (kind: string) =>
  shunde([
    target('accidents', {
      kind,
      category: 'environment',
      indicator: 'major-accidents',
      threshold: 3,
      unit: '起',
      source: clause('三年累計發生較大質量安全事故不超過3起'),
    }),
  ]);

type Series = Record<string, number | string>;

/** A 順德區 data set for `period` with the indicator's figures by period. */
function dataSet(period: string, series: Series, indicator = 'provincial-brands', unit = '個') {
  return {
    schemaVersion: 1,
    region: { id: 'shunde', name: '順德區' },
    period,
    observations: Object.entries(series).map(([p, value]) => ({ indicator, period: p, value, unit })),
  };
}

/** The one target's result, after checking json-rules-engine reaches the same report. */
async function judge(rs: CompiledRuleSet, data: unknown, asOf?: string): Promise<TargetResult> {
  const options = asOf ? { asOf } : {};
  const report = evaluate(rs, data as never, options);
  expect(await evaluateWithEngine(rs, data as never, options)).toEqual(report);
  return report.targets[0] as TargetResult;
}

const verdict = (r: TargetResult) => [r.status, r.settled ?? null, r.provisional];

describe('declaring a running total', () => {
  it('is accepted on count and amount indicators', () => {
    const rs = brands('at_least');
    expect(rs.indicator('quality-funding')?.runningTotal).toBe(true);
    expect(rs.indicator('provincial-brands')?.runningTotal).toBe(true);
  });

  it('is refused on a rate (a level, not a sum) with E_UNSUPPORTED_KIND at its JSON path, in every locale', () => {
    const rate = { ...INDICATORS[5], runningTotal: true };
    try {
      loadRuleSet(ruleSetJson([], { indicators: [INDICATORS[0], rate] }));
      expect.unreachable();
    } catch (error) {
      const issue = (error as InvalidInputError).issues[0];
      expect([issue?.code, issue?.path]).toEqual(['E_UNSUPPORTED_KIND', '$.indicators[1].runningTotal']);
      expect(issue?.expected.en).toBe(
        '"runningTotal": true only on count and amount indicators (a running total that never falls)',
      );
      expect(issue?.expected['zh-Hans']).toBe('仅 count、amount 类指标可声明 "runningTotal": true（累计数，只增不减）');
      expect(issue?.expected['zh-Hant']).toBe('僅 count、amount 類指標可聲明 "runningTotal": true（累計數，只增不減）');
    }
  });
});

describe('「到2020年累計培育省級名牌產品20個以上」 with no 2020 figure', () => {
  it('2019 total exactly at the bar (20) is met, settled as reached, quoting 2019, in every locale', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2018: 12, 2019: 20 }));
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.observed).toEqual([{ indicator: 'provincial-brands', period: '2019', value: '20', unit: '個' }]);
    expect(r.missing.map((m) => m.what['zh-Hans'])).toEqual(['2020年数据']);
    expect(r.observedText?.['zh-Hant']).toBe('20個（2019年）');
    expect(r.explanation['zh-Hans']).toContain(
      '2019年累计已达20个，已达到目标；累计数只增不减，无论2020年数据如何均已达标',
    );
    expect(r.explanation['zh-Hant']).toContain(
      '2019年累計已達20個，已達到目標；累計數只增不減，無論2020年數據如何均已達標',
    );
    expect(r.explanation.en).toContain(
      'the running total had already reached 20 items in 2019, which meets the target; a running total never falls, so the target is met whatever the 2020 figure',
    );
    expect(r.points.excluded).toBeNull();
  });

  it('one below the bar (19) cannot decide it: no_data exactly as without the declaration', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2019: 19 }));
    expect(verdict(r)).toEqual(['no_data', null, false]);
    expect(r.observed).toEqual([]);
    const before = await judge(
      brands('at_least', {}, 'brands-undeclared'),
      dataSet('2020', { 2019: 19 }, 'brands-undeclared'),
    );
    expect([r.status, r.missing.map((m) => m.what), r.explanation]).toEqual([
      before.status,
      before.missing.map((m) => m.what),
      before.explanation,
    ]);
  });

  it('the latest earlier total is the one used (2018 = 25 would do, but 2019 = 26 is quoted)', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2018: 25, 2019: 26 }));
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.observed[0]?.period).toBe('2019');
  });

  it('without the declaration the same figures are no_data (the declaration is what settles it)', async () => {
    const r = await judge(
      brands('at_least', {}, 'brands-undeclared'),
      dataSet('2020', { 2019: 22 }, 'brands-undeclared'),
    );
    expect(verdict(r)).toEqual(['no_data', null, false]);
  });

  it('超過20個 (more_than): 20 in 2019 cannot decide it, 21 can', async () => {
    expect(verdict(await judge(brands('more_than'), dataSet('2020', { 2019: 20 })))).toEqual(['no_data', null, false]);
    expect(verdict(await judge(brands('more_than'), dataSet('2020', { 2019: 21 })))).toEqual(['met', 'reached', false]);
  });

  it('等於20個 (equal): 21 in 2019 is already past it for good; 20 and 19 cannot decide it', async () => {
    const r = await judge(brands('equal'), dataSet('2020', { 2019: 21 }));
    expect(verdict(r)).toEqual(['not_met', 'exceeded', false]);
    expect(r.explanation['zh-Hans']).toContain(
      '2019年累计已达21个，已超出要求；累计数只增不减，无论2020年数据如何均未达标',
    );
    expect(verdict(await judge(brands('equal'), dataSet('2020', { 2019: 20 })))).toEqual(['no_data', null, false]);
    expect(verdict(await judge(brands('equal'), dataSet('2020', { 2019: 19 })))).toEqual(['no_data', null, false]);
  });

  it('20個左右 with a tolerance of 2: 18 in 2019 is met for good, 17 is not decided', async () => {
    const about = brands('at_least', { tolerance: { absolute: '2' } });
    const r = await judge(about, dataSet('2020', { 2019: 18 }));
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.explanation['zh-Hans']).toContain('按规则集声明的容差');
    expect(verdict(await judge(about, dataSet('2020', { 2019: 17 })))).toEqual(['no_data', null, false]);
  });

  it('a figure after the deadline says nothing of 2020: 2021 = 25 alone is no_data', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2021: 25 }));
    expect(verdict(r)).toEqual(['no_data', null, false]);
  });

  it('a lower figure after the deadline is left out, not taken for a contradiction', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2019: 22, 2021: 5 }));
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.explanation['zh-Hans']).not.toContain('矛盾');
  });
});

describe('「三年累計發生較大質量安全事故不超過3起」 with no 2020 figure', () => {
  it('4 by 2019 is over the ceiling for good: not_met, settled as exceeded, in every locale', async () => {
    const r = await judge(accidents('at_most'), dataSet('2020', { 2018: 1, 2019: 4 }, 'major-accidents', '起'));
    expect(verdict(r)).toEqual(['not_met', 'exceeded', false]);
    expect(r.explanation['zh-Hans']).toContain(
      '2019年累计已达4起，已超出要求；累计数只增不减，无论2020年数据如何均未达标',
    );
    expect(r.explanation['zh-Hant']).toContain(
      '2019年累計已達4起，已超出要求；累計數只增不減，無論2020年數據如何均未達標',
    );
    expect(r.explanation.en).toContain(
      'the running total had already reached 4 incidents in 2019, past what the target allows; a running total never falls, so the target is missed whatever the 2020 figure',
    );
  });

  it('exactly 3 by 2019 may still hold: no_data', async () => {
    const r = await judge(accidents('at_most'), dataSet('2020', { 2019: 3 }, 'major-accidents', '起'));
    expect(verdict(r)).toEqual(['no_data', null, false]);
  });

  it('少於3起 (less_than): exactly 3 by 2019 has already failed it; 2 has not', async () => {
    const three = await judge(accidents('less_than'), dataSet('2020', { 2019: 3 }, 'major-accidents', '起'));
    expect(verdict(three)).toEqual(['not_met', 'exceeded', false]);
    const two = await judge(accidents('less_than'), dataSet('2020', { 2019: 2 }, 'major-accidents', '起'));
    expect(verdict(two)).toEqual(['no_data', null, false]);
  });
});

describe('figures that contradict the declaration (a later total below an earlier one)', () => {
  it('2020 present and below 2019: judged on the 2020 figure, not settled, the fall named with both periods', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2019: 22, 2020: 18 }));
    expect(verdict(r)).toEqual(['not_met', null, false]);
    expect(r.explanation['zh-Hans']).toContain(
      '累计数应只增不减，但2020年为18个，低于2019年的22个，数据前后矛盾，未据此认定结论，请核实',
    );
    expect(r.explanation['zh-Hant']).toContain(
      '累計數應只增不減，但2020年為18個，低於2019年的22個，數據前後矛盾，未據此認定結論，請核實',
    );
    expect(r.explanation.en).toContain(
      'a running total never falls, yet 2020 (18 items) is below 2019 (22 items): the figures contradict each other and settle nothing; check the data',
    );
  });

  it('2020 present and not below: met with no word of a contradiction', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2019: 22, 2020: 22 }));
    expect(verdict(r)).toEqual(['met', null, false]);
    expect(r.explanation.en).not.toContain('contradict');
  });

  it('2020 missing and 2019 below 2018: no_data, listing consistent totals as missing too, with both periods', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2018: 25, 2019: 22 }));
    expect(verdict(r)).toEqual(['no_data', null, false]);
    expect(r.observed).toEqual([]);
    expect(r.missing.map((m) => m.what['zh-Hans'])).toEqual([
      '2020年数据',
      '前后一致的累计数（2019年为22个，低于2018年的25个，数据前后矛盾，请核实）',
    ]);
    expect(r.missing[1]?.what.en).toBe(
      'running totals that agree (2019, 22 items, is below 2018, 25 items; check the data)',
    );
  });

  it('before the deadline a fall stops a running total settling: 2019 = 22 after 2018 = 25 is met, provisional', async () => {
    const r = await judge(brands('at_least'), dataSet('2019', { 2018: 25, 2019: 22 }));
    expect(verdict(r)).toEqual(['met', null, true]);
    expect(r.explanation['zh-Hans']).toContain('低于2018年的25个');
  });
});

describe('judged before the deadline (a 2019 data set, due 2020-12-31)', () => {
  it('2019 total at the bar: met for good, not provisional (without the declaration: provisional)', async () => {
    const r = await judge(brands('at_least'), dataSet('2019', { 2019: 20 }));
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.explanation['zh-Hans']).toContain(
      '2019年累计已达20个，已达到目标；累计数只增不减，无论2020年数据如何均已达标',
    );
    const undeclared = brands('at_least', {}, 'brands-undeclared');
    expect(verdict(await judge(undeclared, dataSet('2019', { 2019: 20 }, 'brands-undeclared')))).toEqual([
      'met',
      null,
      true,
    ]);
  });

  it('2019 total one below the bar: not_due, as without the declaration', async () => {
    expect(verdict(await judge(brands('at_least'), dataSet('2019', { 2019: 19 })))).toEqual(['not_due', null, true]);
  });

  it('2019 accidents over the ceiling: not_met for good instead of not_due', async () => {
    const r = await judge(accidents('at_most'), dataSet('2019', { 2019: 4 }, 'major-accidents', '起'));
    expect(verdict(r)).toEqual(['not_met', 'exceeded', false]);
  });

  it('2019 missing, 2018 already at the bar: met for good', async () => {
    const r = await judge(brands('at_least'), dataSet('2019', { 2018: 21 }));
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.explanation['zh-Hans']).toContain('2018年累计已达21个');
    expect(r.explanation['zh-Hans']).toContain('无论2019年数据如何');
  });

  it('within the deadline year (as of 2020-06-30) a total at the bar is settled like a count that accumulates', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2020: 20 }), '2020-06-30');
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.explanation['zh-Hans']).toContain('已累计20个，此后只增不减，已确定达标');
  });

  it('as of after the deadline with the 2020 figure: final, not marked settled', async () => {
    const r = await judge(brands('at_least'), dataSet('2020', { 2019: 22, 2020: 23 }), '2021-03-31');
    expect(verdict(r)).toEqual(['met', null, false]);
  });
});

describe('an amount: 「三年累計投入質量提升專項資金不少於5億元」', () => {
  const funding = shunde([
    target('funding', { kind: 'at_least', indicator: 'quality-funding', threshold: 5, unit: '億元' }),
  ]);
  it('50000萬元 by 2019 meets 5億元 for good; 49999.99萬元 does not decide it', async () => {
    const met = await judge(funding, dataSet('2020', { 2019: '50000' }, 'quality-funding', '萬元'));
    expect(verdict(met)).toEqual(['met', 'reached', false]);
    expect(met.explanation['zh-Hant']).toContain('2019年累計已達5億元');
    const short = await judge(funding, dataSet('2020', { 2019: '49999.99' }, 'quality-funding', '萬元'));
    expect(verdict(short)).toEqual(['no_data', null, false]);
  });
});

describe('compound parts', () => {
  const compound = (condition: unknown) => shunde([target('both', { kind: 'compound', condition })]);
  const brandsAt = (operator: string, value: number) => ({ fact: 'provincial-brands', operator, value, unit: '個' });
  const rate = (value: number) => ({ fact: 'sampling-pass-rate', operator: 'atLeast', value, unit: '%' });
  const twoFacts = (series: Series, passRate?: number) => {
    const d = dataSet('2020', series);
    if (passRate !== undefined)
      d.observations.push({ indicator: 'sampling-pass-rate', period: '2020', value: passRate, unit: '%' });
    return d;
  };

  it('an `any` whose running-total part is met by 2019 is met for good, the part shown with its period', async () => {
    const r = await judge(compound({ any: [brandsAt('atLeast', 20), rate(95)] }), twoFacts({ 2019: 20 }, 90));
    expect(verdict(r)).toEqual(['met', 'part_met', false]);
    expect(r.observedText?.['zh-Hant']).toBe('省級名牌產品20個（2019年）；產品抽查合格率90%');
  });

  it('an `all` whose running-total part is at the bar by 2019 and whose other part holds: met for good', async () => {
    const r = await judge(compound({ all: [brandsAt('atLeast', 20), rate(95)] }), twoFacts({ 2019: 20 }, 96));
    expect(verdict(r)).toEqual(['met', 'reached', false]);
    expect(r.explanation['zh-Hans']).toContain('2019年累计20个，累计数只增不减，无论2020年数据如何均已达标');
    expect(r.explanation.en).toContain(
      'the running totals already stand at 20 items in 2019, and a running total never falls, so the target is met whatever the 2020 figures',
    );
  });

  it('one below the bar (19) leaves the `all` open: no_data', async () => {
    const r = await judge(compound({ all: [brandsAt('atLeast', 20), rate(95)] }), twoFacts({ 2019: 19 }, 96));
    expect(verdict(r)).toEqual(['no_data', null, false]);
  });

  it('an `all` with a ceiling passed by 2019 has failed for good, the rate unknown', async () => {
    const r = await judge(compound({ all: [brandsAt('atMost', 20), rate(95)] }), twoFacts({ 2019: 21 }));
    expect(verdict(r)).toEqual(['not_met', 'part_failed', false]);
  });

  it('`not` of a floor reached is false for good (not_met), of one not reached still open', async () => {
    const reached = await judge(compound({ not: brandsAt('atLeast', 20) }), twoFacts({ 2019: 20 }));
    expect(verdict(reached)).toEqual(['not_met', 'exceeded', false]);
    const open = await judge(compound({ not: brandsAt('atLeast', 20) }), twoFacts({ 2019: 19 }));
    expect(verdict(open)).toEqual(['no_data', null, false]);
  });

  it('a contradicting series is no floor: the `any` stays open', async () => {
    const r = await judge(compound({ any: [brandsAt('atLeast', 20), rate(95)] }), twoFacts({ 2018: 25, 2019: 22 }, 90));
    expect(verdict(r)).toEqual(['no_data', null, false]);
  });
});

describe('a settled running total never changes', () => {
  const KINDS = ['at_least', 'more_than', 'at_most', 'less_than', 'equal'] as const;
  /** A non-decreasing series for 2016–2019 (some years left out), and how far 2020 goes past 2019. */
  const monotone = fc.record({
    start: fc.integer({ min: 0, max: 25 }),
    steps: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
    kept: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    later: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 3 }),
  });
  const seriesOf = (m: { start: number; steps: number[] }) => {
    const values: number[] = [];
    let v = m.start;
    for (const step of m.steps) {
      v += step;
      values.push(v);
    }
    return values;
  };
  const cache = new Map<string, CompiledRuleSet>();
  function thresholdRules(kind: string, threshold: number): CompiledRuleSet {
    const key = `${kind}|${threshold}`;
    let rs = cache.get(key);
    if (!rs) {
      rs = shunde([target('t', { kind, indicator: 'provincial-brands', threshold, unit: '個' })]);
      cache.set(key, rs);
    }
    return rs;
  }

  it('with the 2020 figure missing: any monotone 2020 figure gives the same verdict; otherwise no_data', async () => {
    let settled = 0;
    await fc.assert(
      fc.asyncProperty(monotone, fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 40 }), async (m, kind, bar) => {
        const rs = thresholdRules(kind, bar);
        const values = seriesOf(m);
        const series: Series = {};
        values.forEach((v, i) => {
          if (m.kept[i]) series[String(2016 + i)] = v;
        });
        const r = await judge(rs, dataSet('2020', series));
        if (!r.settled) {
          expect(r.status).toBe('no_data');
          return;
        }
        settled += 1;
        const floor = Math.max(m.start, ...Object.values(series).map(Number));
        for (const extra of [0, ...m.later]) {
          const filled = await judge(rs, dataSet('2020', { ...series, 2020: floor + extra }));
          expect(filled.status).toBe(r.status);
        }
      }),
      { numRuns: 200 },
    );
    expect(settled).toBeGreaterThan(20);
  });

  it('judged on a 2019 data set: a settled verdict is the one the 2020 data set gives, whatever 2020 adds', async () => {
    let settled = 0;
    await fc.assert(
      fc.asyncProperty(monotone, fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 40 }), async (m, kind, bar) => {
        const rs = thresholdRules(kind, bar);
        const values = seriesOf(m);
        const series: Series = { 2019: values[3] as number };
        const r = await judge(rs, dataSet('2019', series));
        if (!r.settled) return;
        settled += 1;
        for (const extra of m.later) {
          const atDeadline = await judge(rs, dataSet('2020', { ...series, 2020: (values[3] as number) + extra }));
          expect(atDeadline.status).toBe(r.status);
        }
      }),
      { numRuns: 200 },
    );
    expect(settled).toBeGreaterThan(20);
  });
});

describe('a compound settled by a running total never changes', () => {
  type Leaf = { fact: string; operator: string; value: number; unit: string };
  const leaf: fc.Arbitrary<Leaf> = fc.oneof(
    fc.record({
      fact: fc.constant('provincial-brands'),
      operator: fc.constantFrom('atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo'),
      value: fc.integer({ min: 15, max: 25 }),
      unit: fc.constant('個'),
    }),
    fc.record({
      fact: fc.constant('sampling-pass-rate'),
      operator: fc.constantFrom('atLeast', 'atMost'),
      value: fc.integer({ min: 90, max: 99 }),
      unit: fc.constant('%'),
    }),
  );
  const tree = conditionTrees(leaf);
  const withRate = (series: Series, rate: number | undefined) => {
    const d = dataSet('2020', series);
    if (rate !== undefined)
      d.observations.push({ indicator: 'sampling-pass-rate', period: '2020', value: rate, unit: '%' });
    return d;
  };

  it('filling the 2020 total with any figure at or above 2019 (and a missing rate with any figure) keeps the status; the engine agrees', async () => {
    let settled = 0;
    await fc.assert(
      fc.asyncProperty(
        tree,
        fc.integer({ min: 12, max: 28 }),
        fc.option(fc.integer({ min: 88, max: 100 }), { nil: undefined }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 88, max: 100 }),
        async (condition, total2019, rate, extra, fillRate) => {
          const rs = shunde([target('t', { kind: 'compound', condition })]);
          const r = await judge(rs, withRate({ 2018: 10, 2019: total2019 }, rate));
          if (!r.settled) return;
          settled += 1;
          const filled = await judge(
            rs,
            withRate({ 2018: 10, 2019: total2019, 2020: total2019 + extra }, rate ?? fillRate),
          );
          expect(filled.status).toBe(r.status);
        },
      ),
      { numRuns: 150 },
    );
    expect(settled).toBeGreaterThan(15);
  });
});
