import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { both, dataSet, INDICATORS, result, ruleSet, series, target } from '../../../test/evaluation/_fixtures.js';
import { D } from '../../core/decimal.js';
import { InvalidInputError } from '../../core/errors.js';
import { evaluate, evaluateWithEngine } from '../../report/evaluate.js';
import { loadScheme } from '../../schemes/load.js';

/** 单位产值能耗 (a rate per output) and 发明专利拥有量 (a count), local to these tests. */
const LOCAL = [
  ...INDICATORS,
  {
    id: 'tst-energy',
    names: { 'zh-Hans': '单位产值能耗', 'zh-Hant': '單位產值能耗', en: 'energy per output' },
    unit: '吨标准煤/万元',
    kind: 'ratio',
    direction: 'lower',
  },
  {
    id: 'tst-patents',
    names: { 'zh-Hans': '发明专利拥有量', 'zh-Hant': '發明專利擁有量', en: 'invention patents held' },
    unit: '件',
    kind: 'count',
    direction: 'higher',
  },
];

/** A 2016–2020 plan (十三五), base year 2015. */
const plan = (targets: unknown[]) =>
  ruleSet(targets, { indicators: LOCAL, period: { start: '2016-01-01', end: '2020-12-31' } });

const change = (id: string, fields: Record<string, unknown>) =>
  target(id, { kind: 'change', base: { period: '2015' }, ...fields });

function issuesOf(targets: unknown[]): Array<[string, string]> {
  try {
    plan(targets);
    return [];
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    return e.issues.map((i) => [i.code, i.path]);
  }
}

describe('relative change: 「单位产值能耗较2015年下降15%」', () => {
  const rs = plan([
    change('energy', { indicator: 'tst-energy', measure: 'relative', direction: 'decrease', amount: 15, unit: '%' }),
  ]);
  const energy = (v2015: string, v2020: string) =>
    dataSet('2020', series('tst-energy', '吨标准煤/万元', { 2015: v2015, 2020: v2020 }));

  it('1.2 → 1.0416 is down 13.2%: not met, 1.8个百分点 short', async () => {
    const r = result(await both(rs, energy('1.2', '1.0416')), 'energy');
    expect(r.status).toBe('not_met');
    expect(r.gap).toBe('1.8');
    expect(r.gapUnit).toBe('个百分点');
    expect(r.attainment).toBe('0.88'); // 13.2 / 15
    expect(r.requirement['zh-Hans']).toBe('较2015年下降15%以上');
    expect(r.requirement['zh-Hant']).toBe('較2015年下降15%以上');
    expect(r.requirement.en).toBe('down by at least 15% on 2015');
    expect(r.explanation['zh-Hans']).toContain(
      '实际1.0416吨标准煤/万元，较2015年（1.2吨标准煤/万元）下降13.2%，要求较2015年下降15%以上，差距1.8个百分点',
    );
    expect(r.explanation.en).toContain('down 13.2% on 2015 (1.2 tonnes of standard coal per ten thousand yuan)');
    expect(r.explanation.en).toContain('short by 1.8 percentage points');
    expect(r.detail).toMatchObject({
      change: { measure: 'relative', base: { period: '2015', value: '1.2', source: 'data' }, achieved: '-13.2' },
    });
  });

  it('exactly 15% down (1.2 → 1.02) is met; 1.0201 is not, by 0.0083 个百分点', async () => {
    expect(result(await both(rs, energy('1.2', '1.02')), 'energy').status).toBe('met');
    const r = result(await both(rs, energy('1.2', '1.0201')), 'energy');
    expect(r.status).toBe('not_met');
    expect(r.gap).toBe('0.0083333333'); // 15 − 14.991666…
    expect(r.gapText?.['zh-Hans']).toBe('0.0083个百分点');
  });

  it('a rise instead of a fall is said as a rise, with attainment 0', async () => {
    const r = result(await both(rs, energy('1.2', '1.26')), 'energy');
    expect(r.status).toBe('not_met');
    expect(r.attainment).toBe('0');
    expect(r.gap).toBe('20');
    expect(r.explanation['zh-Hans']).toContain('较2015年（1.2吨标准煤/万元）增长5%');
  });

  it('no 2015 figure is no_data (the base is missing), never a pass', async () => {
    const r = result(await both(rs, dataSet('2020', series('tst-energy', '吨标准煤/万元', { 2020: '0.5' }))), 'energy');
    expect(r.status).toBe('no_data');
    expect(r.missing.map((m) => m.what['zh-Hans'])).toEqual(['2015年数据']);
  });
});

describe('a zero base for a relative change is a typed error', () => {
  const rs = plan([
    change('patents', { indicator: 'tst-patents', measure: 'relative', direction: 'increase', amount: 10, unit: '%' }),
  ]);
  it('from the data: E_ZERO_DENOMINATOR at the base observation, through both paths', async () => {
    const data = dataSet('2020', series('tst-patents', '件', { 2015: 0, 2020: 4 }));
    await expect(evaluateWithEngine(rs, data)).rejects.toThrow(InvalidInputError);
    try {
      evaluate(rs, data);
      expect.unreachable('a zero base cannot give a relative change');
    } catch (e) {
      expect((e as InvalidInputError).issues.map((i) => [i.code, i.path])).toEqual([
        ['E_ZERO_DENOMINATOR', '$.observations[0].value'],
      ]);
      expect((e as InvalidInputError).messages.en).toContain(
        'a base other than zero (a relative change divides by it)',
      );
    }
  });
  it('declared in the rule set: E_ZERO_DENOMINATOR at base.value; a difference may start from zero', () => {
    const base = { period: '2015', value: 0, unit: '件' };
    expect(
      issuesOf([
        change('p', {
          indicator: 'tst-patents',
          measure: 'relative',
          direction: 'increase',
          amount: 10,
          unit: '%',
          base,
        }),
      ]),
    ).toEqual([['E_ZERO_DENOMINATOR', '$.targets[0].base.value']]);
    expect(
      issuesOf([
        change('p', {
          indicator: 'tst-patents',
          measure: 'difference',
          direction: 'increase',
          amount: 10,
          unit: '件',
          base,
        }),
      ]),
    ).toEqual([]);
  });
});

describe('difference in percentage points: 「产品质量合格率提升3个百分点以上」', () => {
  const rs = plan([
    change('rate', {
      indicator: 'tst-pass-rate',
      measure: 'difference',
      direction: 'increase',
      amount: 3,
      unit: '个百分点',
    }),
  ]);
  const rates = (v2020: string) => dataSet('2020', series('tst-pass-rate', '%', { 2015: '91.5', 2020: v2020 }));

  it.each([
    ['94.5', 'met', null],
    ['94.49', 'not_met', '0.01'],
    ['93.6', 'not_met', '0.9'],
  ])('from 91.5 to %s: %s, gap %s', async (v, status, gap) => {
    const r = result(await both(rs, rates(v)), 'rate');
    expect(r.status).toBe(status);
    expect(r.gap).toBe(gap);
    expect(r.requirement['zh-Hans']).toBe('较2015年提升3个百分点以上');
    expect(r.requirement['zh-Hant']).toBe('較2015年提升3個百分點以上');
    expect(r.requirement.en).toBe('up by at least 3 percentage points on 2015');
  });

  it('the achieved change is in points, never a relative %: 91.5 → 93.6 is up 2.1个百分点', async () => {
    const r = result(await both(rs, rates('93.6')), 'rate');
    expect(r.explanation['zh-Hans']).toContain('较2015年（91.5%）提升2.1个百分点');
    expect(r.explanation.en).toContain('up 2.1 percentage points on 2015');
    expect(r.attainment).toBe('0.7');
  });

  it('English speaks of 1 percentage point in the singular', async () => {
    const r = result(await both(rs, rates('92.5')), 'rate');
    expect(r.explanation.en).toContain('up 1 percentage point on 2015');
    expect(r.gapText?.en).toBe('2 percentage points');
  });

  it('"%" for a difference of a rate is refused: it would read as a relative change', () => {
    expect(
      issuesOf([
        change('rate', {
          indicator: 'tst-pass-rate',
          measure: 'difference',
          direction: 'increase',
          amount: 3,
          unit: '%',
        }),
      ]),
    ).toEqual([['E_UNIT_MISMATCH', '$.targets[0].unit']]);
  });
});

describe('an increment: 「计量标准增加10项」, with a base declared by the rule set', () => {
  const rs = plan([
    change('standards', {
      indicator: 'tst-brands',
      measure: 'difference',
      direction: 'increase',
      amount: 10,
      unit: '项',
      base: { period: '2015', value: 12, unit: '个' },
    }),
  ]);
  const brands = (v: number) => dataSet('2020', [{ indicator: 'tst-brands', value: v, unit: '个' }]);

  it('22 is met (exactly 10 more), 21 is 1 short; the declared base is named as such', async () => {
    expect(result(await both(rs, brands(22)), 'standards').status).toBe('met');
    const r = result(await both(rs, brands(21)), 'standards');
    expect(r.status).toBe('not_met');
    expect(r.gap).toBe('1');
    expect(r.gapText?.en).toBe('1 item');
    expect(r.gapText?.['zh-Hans']).toBe('1项');
    expect(r.requirement['zh-Hans']).toBe('较2015年增加10项以上');
    expect(r.explanation['zh-Hans']).toContain('基期值（2015年12个）取自规则集声明');
    expect(r.explanation.en).toContain("the 2015 base figure (12 items) is the rule set's");
    expect(r.detail).toMatchObject({ change: { base: { source: 'rule-set', value: '12' }, achieved: '9' } });
  });

  it('the declared base wins over a data figure for the base period', async () => {
    const data = dataSet('2020', series('tst-brands', '个', { 2015: 20, 2020: 22 }));
    expect(result(await both(rs, data), 'standards').status).toBe('met');
  });
});

describe('average annual growth: 「发明专利拥有量年均增长12%」, compared without a root', () => {
  const rs = plan([
    change('patents', {
      indicator: 'tst-patents',
      measure: 'annual_growth',
      direction: 'increase',
      amount: 12,
      unit: '%',
    }),
  ]);
  const patents = (v2015: number | string, v2020: number | string, period = '2020') =>
    dataSet(period, series('tst-patents', '件', { 2015: v2015, [period]: v2020 }));

  it('exactly 1.12⁵ times the base is met; one 件 in ten billion less is not', async () => {
    expect(new D('1.12').pow(5).toString()).toBe('1.7623416832');
    // 件 are whole, so the boundary is checked on a base of 10^10 件.
    const base = '10000000000';
    const met = result(await both(rs, patents(base, '17623416832')), 'patents');
    expect(met.status).toBe('met');
    expect(met.explanation['zh-Hans']).toContain('年均增长12%（5年）');
    const r = result(await both(rs, patents(base, '17623416831')), 'patents');
    expect(r.status).toBe('not_met');
    // The achieved rate is a hair under 12% a year; printed, it rounds to 12%.
    expect(r.gap).toBe('0.0000000013');
    expect(r.gapText?.['zh-Hans']).toBe('0.0000000013个百分点');
    expect(r.attainment).toBe('1');
  });

  it('100 → 160 over 5 years is 9.86% a year: 2.14 个百分点 short; the words count the years', async () => {
    const r = result(await both(rs, patents(100, 160)), 'patents');
    expect(r.status).toBe('not_met');
    // (1.6)^(1/5) − 1 = 0.098560543…
    expect(r.detail).toMatchObject({ change: { achieved: '9.8561', years: 5, required: '12' } });
    expect(r.gap).toBe('2.1439456694');
    expect(r.explanation['zh-Hans']).toContain('较2015年（100件）年均增长9.8561%（5年）');
    expect(r.explanation.en).toContain('up 9.8561% a year on average over 5 years since 2015 (100 items)');
    expect(r.requirement['zh-Hans']).toBe('较2015年年均增长12%以上');
  });

  it('judged at an earlier year it compounds fewer years: 100 → 112 in 2016 is met (1 year)', async () => {
    const r = result(await both(rs, patents(100, 112, '2016')), 'patents');
    expect(r.status).toBe('met');
    expect(r.provisional).toBe(true);
    const short = result(await both(rs, patents(100, 111, '2016')), 'patents');
    expect(short.status).toBe('not_due'); // before the 2020 deadline
    expect(short.explanation.en).toContain('over 1 year since 2015');
  });

  it('「年均增长12%左右」 with the default tolerance accepts 11.4% a year, not less', async () => {
    const about = plan([
      change('about', {
        indicator: 'tst-patents',
        measure: 'annual_growth',
        direction: 'increase',
        amount: 12,
        unit: '%',
        tolerance: 'default',
      }),
    ]);
    // 1.114² = 1.240996: 10000 → 12410 is met over 2 years, 12409 is not.
    const at2017 = (v: number) =>
      dataSet('2017', series('tst-patents', '件', { 2015: 10000, 2017: v }), { asOf: '2021-01-01' });
    const met = result(await both(about, at2017(12410)), 'about');
    expect(met.status).toBe('met');
    expect(met.requirement['zh-Hans']).toBe('较2015年年均增长12%左右（不低于11.4%）');
    expect(met.explanation['zh-Hans']).toContain('按默认容差（目标幅度的5%，即0.6个百分点）判定，系推定');
    expect(met.detail).toMatchObject({ tolerance: { basis: 'relative', applied: '0.6', assumed: true } });
    expect(result(await both(about, at2017(12409)), 'about').status).toBe('not_met');
  });
});

describe('bad change targets are typed errors with their JSON path', () => {
  const base = { indicator: 'tst-patents', measure: 'annual_growth', direction: 'increase', amount: 12, unit: '%' };
  it.each([
    ['a growth target without a base', { base: undefined }, 'E_BASE_REQUIRED', '$.targets[0].base'],
    [
      'a base period after the target period',
      { base: { period: '2021' } },
      'E_BASE_AFTER_TARGET',
      '$.targets[0].base.period',
    ],
    [
      'a base period that is the target period',
      { base: { period: '2020' } },
      'E_BASE_AFTER_TARGET',
      '$.targets[0].base.period',
    ],
    [
      'a base after an earlier deadline',
      { base: { period: '2018' }, deadline: '2017-12-31' },
      'E_BASE_AFTER_TARGET',
      '$.targets[0].base.period',
    ],
    [
      'a quarter as the base of a growth rate',
      { base: { period: '2015-Q4' } },
      'E_BAD_PERIOD',
      '$.targets[0].base.period',
    ],
    ['a negative amount', { amount: -3 }, 'E_NEGATIVE_VALUE', '$.targets[0].amount'],
    ['a fall of 100%', { direction: 'decrease', amount: 100 }, 'E_BAD_RANGE', '$.targets[0].amount'],
    ['a growth rate in 件', { unit: '件' }, 'E_UNIT_MISMATCH', '$.targets[0].unit'],
    [
      'a declared base without its unit',
      { base: { period: '2015', value: 5 } },
      'E_UNIT_REQUIRED',
      '$.targets[0].base.unit',
    ],
    [
      'a negative tolerance',
      { tolerance: { absolute: '-0.1' } },
      'E_NEGATIVE_VALUE',
      '$.targets[0].tolerance.absolute',
    ],
  ])('%s', (_what, fields, code, path) => {
    const t = change('t', { ...base, ...fields });
    if ('base' in fields && fields.base === undefined) delete t.base;
    expect(issuesOf([t])).toEqual([[code, path]]);
  });

  it('an unknown unit lists close known ones, not the refused spelling', () => {
    try {
      plan([change('t', { ...base, measure: 'difference', unit: '件/万口' })]);
      expect.unreachable();
    } catch (e) {
      const issue = (e as InvalidInputError).issues[0];
      expect(issue?.code).toBe('E_UNKNOWN_UNIT');
      expect(issue?.expected.en).toMatch(/^a known unit \(did you mean "件\/万人"/);
      expect(issue?.expected.en).not.toContain('件/万口');
    }
  });
});

describe('property: the exact verdict agrees with the achieved change', () => {
  it('relative increase of a% from b is met exactly when 100·(v − b) ≥ a·b (integers, both paths)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 60 }),
        async (b, v, a) => {
          const rs = plan([
            change('p', { indicator: 'tst-patents', measure: 'relative', direction: 'increase', amount: a, unit: '%' }),
          ]);
          const r = result(await both(rs, dataSet('2020', series('tst-patents', '件', { 2015: b, 2020: v }))), 'p');
          expect(r.status).toBe(100 * (v - b) >= a * b ? 'met' : 'not_met');
          if (r.status === 'not_met') expect(new D(r.gap as string).gte(0)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('annual growth of g% over n years is met exactly when v·100ⁿ ≥ b·(100 + g)ⁿ (integers)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 5 }),
        async (b, v, g, n) => {
          const rs = plan([
            change('p', {
              indicator: 'tst-patents',
              measure: 'annual_growth',
              direction: 'increase',
              amount: g,
              unit: '%',
            }),
          ]);
          const period = String(2015 + n);
          const data = dataSet(period, series('tst-patents', '件', { 2015: b, [period]: v }), { asOf: '2021-01-01' });
          const r = result(await both(rs, data), 'p');
          const met = BigInt(v) * 100n ** BigInt(n) >= BigInt(b) * BigInt(100 + g) ** BigInt(n);
          expect(r.status).toBe(met ? 'met' : 'not_met');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a scheme deducts on the change gap, in 个百分点', () => {
  it('1.8个百分点 short of 下降15%, at 1 point per 个百分点 pro rata, loses 1.8 of its 100 points', () => {
    const rs = plan([
      change('energy', { indicator: 'tst-energy', measure: 'relative', direction: 'decrease', amount: 15, unit: '%' }),
    ]);
    const scheme = loadScheme({
      schemaVersion: 1,
      id: 'energy-deduction',
      names: { 'zh-Hans': '能耗扣分', 'zh-Hant': '能耗扣分', en: 'energy deduction' },
      ruleSet: null,
      targets: [
        {
          target: 'energy',
          method: { method: 'deduction', per: 1, unit: '个百分点', points: 1, partial: 'pro_rata' },
        },
      ],
    });
    const data = dataSet('2020', series('tst-energy', '吨标准煤/万元', { 2015: '1.2', 2020: '1.0416' }));
    const item = evaluate(rs, data, { scheme }).scheme?.targets.find((t) => t.target === 'energy');
    expect(item?.method).toBe('deduction');
    expect(item?.possible).toBe('100');
    expect(item?.earned).toBe('98.2');
    expect(item?.detail).toMatchObject({ gap: '1.8' });
  });
});
