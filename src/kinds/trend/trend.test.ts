import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { both, dataSet, result, ruleSet, series, target } from '../../../test/evaluation/_fixtures.js';
import { InvalidInputError } from '../../core/errors.js';
import { evaluate } from '../../report/evaluate.js';

const yearly = (fields: Record<string, unknown> = {}) =>
  target('rate-up', {
    kind: 'trend',
    indicator: 'tst-pass-rate',
    direction: 'increase',
    strict: true,
    granularity: 'year',
    ...fields,
  });

describe('trend: 逐年提升 over the plan window', () => {
  it('a streak broken in the second year: names 2017 and the 0.3-point fall, credits 2 of 3 steps', async () => {
    // Plan 2016–2018: steps 2016/2015 +1, 2017/2016 −0.3, 2018/2017 +1.3.
    const rs = ruleSet([yearly()]);
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2016: '91', 2017: '90.7', 2018: '92' }));
    const r = result(await both(rs, data), 'rate-up');
    expect(r.status).toBe('not_met');
    expect(r.attainment).toBe('0.6667');
    expect(r.detail).toMatchObject({ achieved: 2, required: 3, firstBreak: '2017' });
    expect(r.explanation['zh-Hans']).toContain('2017年较上年下降0.3个百分点');
    expect(r.explanation['zh-Hant']).toContain('2017年較上年下降0.3個百分點');
    expect(r.explanation.en).toContain('2017 down 0.3 percentage points on the year before');
    expect(r.requirement['zh-Hans']).toBe('2016年至2018年逐年提高（各期较上期）');
    expect(r.observed.map((o) => o.period)).toEqual(['2015', '2016', '2017', '2018']);
  });

  it('a missing middle year: the values either side of it are no step, and the broken step before it settles it', async () => {
    // 2016/2015 falls by 1; 2017 is missing, so 2018 (95) is not a step on 2016 (89), however high it is.
    const rs = ruleSet([yearly()]);
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2016: '89', 2018: '95' }));
    const r = result(await both(rs, data), 'rate-up');
    expect([r.status, r.settled]).toEqual(['not_met', 'streak_broken']);
    expect(r.attainment).toBe('0');
    expect(r.detail).toEqual({
      steps: [{ period: '2016', previous: '90', value: '89', change: '-1', achieved: false }],
      achieved: 0,
      required: 3,
      firstBreak: '2016',
    });
    expect(r.missing.map((m) => m.what.en)).toEqual(['the 2017 figure']);
    expect(r.observed.map((o) => [o.period, o.value])).toEqual([
      ['2015', '90'],
      ['2016', '89'],
      ['2018', '95'],
    ]);
  });

  it('every step up is met', async () => {
    const rs = ruleSet([yearly()]);
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2016: '91', 2017: '91.5', 2018: '92' }));
    const r = result(await both(rs, data), 'rate-up');
    expect(r.status).toBe('met');
    expect(r.attainment).toBe('1');
  });

  it('a series with a missing year is no_data, never a pass', async () => {
    const rs = ruleSet([yearly()]);
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2017: '91.5', 2018: '92' }));
    const r = result(await both(rs, data), 'rate-up');
    expect(r.status).toBe('no_data');
    expect(r.missing.map((m) => m.what.en)).toEqual(['the 2016 figure']);
    expect(r.points.excluded).toBe('no_data');
  });

  it('the year before the window is needed: the first plan year is judged against it', async () => {
    const rs = ruleSet([yearly()]);
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2016: '91', 2017: '91.5', 2018: '92' }));
    expect(result(await both(rs, data), 'rate-up').status).toBe('no_data');
  });

  it('mid-plan: judges the steps up to the current period; a window not started has no data', async () => {
    const rs = ruleSet([yearly()]);
    const mid = dataSet('2017', series('tst-pass-rate', '%', { 2015: '90', 2016: '91', 2017: '92' }));
    const r = result(await both(rs, mid), 'rate-up');
    expect(r.status).toBe('met');
    expect(r.provisional).toBe(true);
    expect(r.detail).toMatchObject({ required: 2 });
    const before = dataSet('2015', series('tst-pass-rate', '%', { 2014: '90', 2015: '91' }));
    expect(result(await both(rs, before), 'rate-up').status).toBe('no_data');
  });

  it('strict vs not worse: a flat year breaks a strict streak only', async () => {
    const values = { 2015: '90', 2016: '91', 2017: '91', 2018: '92' };
    const strict = result(
      await both(ruleSet([yearly()]), dataSet('2018', series('tst-pass-rate', '%', values))),
      'rate-up',
    );
    expect(strict.status).toBe('not_met');
    expect(strict.explanation['zh-Hans']).toContain('2017年与上年持平');
    const loose = result(
      await both(ruleSet([yearly({ strict: false })]), dataSet('2018', series('tst-pass-rate', '%', values))),
      'rate-up',
    );
    expect(loose.status).toBe('met');
  });

  it('minChange: a rise smaller than the least change that counts (显著) is not achieved', async () => {
    const rs = ruleSet([yearly({ minChange: { value: '0.5', unit: '%' } })]);
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2016: '91', 2017: '91.3', 2018: '92' }));
    const r = result(await both(rs, data), 'rate-up');
    expect(r.status).toBe('not_met');
    expect(r.explanation['zh-Hans']).toContain('2017年较上年提高0.3个百分点，不足要求的0.5个百分点');
    expect(r.requirement['zh-Hans']).toContain('每期变动不少于0.5个百分点');
  });

  it('持续下降 on a lower-is-better indicator', async () => {
    const rs = ruleSet([
      target('pm-down', {
        kind: 'trend',
        indicator: 'tst-pm25',
        direction: 'decrease',
        strict: true,
        granularity: 'year',
      }),
    ]);
    const met = dataSet('2018', series('tst-pm25', 'μg/m³', { 2015: 50, 2016: 45, 2017: 41, 2018: 38 }));
    expect(result(await both(rs, met), 'pm-down').status).toBe('met');
    const rose = dataSet('2018', series('tst-pm25', 'μg/m³', { 2015: 50, 2016: 45, 2017: 41, 2018: 42.5 }));
    const r = result(await both(rs, rose), 'pm-down');
    expect(r.status).toBe('not_met');
    expect(r.explanation['zh-Hans']).toContain('2018年较上年提高1.5微克/立方米');
  });

  it('the current period declared not applicable makes the target not applicable', async () => {
    const rs = ruleSet([yearly()]);
    const data = dataSet('2018', [
      ...series('tst-pass-rate', '%', { 2015: '90', 2016: '91', 2017: '92' }),
      { indicator: 'tst-pass-rate', period: '2018', notApplicable: true, reason: '本年无抽检' },
    ]);
    expect(result(await both(rs, data), 'rate-up').status).toBe('not_applicable');
  });
});

describe('trend: a value at its bound cannot move further', () => {
  it('稳步提升 on a rate at 100% in both years is achieved, and says why; 100% then 99.9% is a fall', async () => {
    const rs = ruleSet([yearly()]);
    const held = result(
      await both(
        rs,
        dataSet('2018', series('tst-pass-rate', '%', { 2015: '98', 2016: '100', 2017: '100', 2018: '100' })),
      ),
      'rate-up',
    );
    expect([held.status, held.attainment]).toEqual(['met', '1']);
    expect(held.detail).toMatchObject({ achieved: 3, required: 3 });
    expect(held.explanation['zh-Hans']).toContain('2017年与上年均为100%，已达上限，无法再提高，视为达到要求');
    expect(held.explanation['zh-Hant']).toContain('2018年與上年均為100%，已達上限，無法再提高，視為達到要求');
    expect(held.explanation.en).toContain('2018 held at 100%, as in the year before: it cannot rise above its maximum');
    const left = result(
      await both(
        rs,
        dataSet('2018', series('tst-pass-rate', '%', { 2015: '98', 2016: '100', 2017: '100', 2018: '99.9' })),
      ),
      'rate-up',
    );
    expect([left.status, left.detail?.firstBreak]).toEqual(['not_met', '2018']);
  });

  it('the ceiling is the whole rate in its own unit: 1 as a fraction; 99.99% held is still a flat year', async () => {
    const rs = ruleSet([yearly()]);
    const fraction = dataSet(
      '2018',
      series('tst-pass-rate', 'fraction', { 2015: '0.9', 2016: '1', 2017: '1', 2018: '1' }),
    );
    expect(result(await both(rs, fraction), 'rate-up').status).toBe('met');
    const near = dataSet(
      '2018',
      series('tst-pass-rate', '%', { 2015: '90', 2016: '99.99', 2017: '99.99', 2018: '100' }),
    );
    expect(result(await both(rs, near), 'rate-up').detail?.firstBreak).toBe('2017');
  });

  it('a count cannot fall below 0: 持续下降 held at 0 is achieved; a count has no ceiling for a rise', async () => {
    const down = target('fewer', {
      kind: 'trend',
      indicator: 'tst-brands',
      direction: 'decrease',
      strict: true,
      granularity: 'year',
    });
    const up = target('more', {
      kind: 'trend',
      indicator: 'tst-brands',
      direction: 'increase',
      strict: true,
      granularity: 'year',
    });
    const rs = ruleSet([down, up]);
    const report = await both(
      rs,
      dataSet('2018', series('tst-brands', '个', { 2015: '2', 2016: '0', 2017: '0', 2018: '0' })),
    );
    expect(result(report, 'fewer').status).toBe('met');
    expect(result(report, 'fewer').explanation['zh-Hans']).toContain(
      '2017年与上年均为0个，已为零，无法再下降，视为达到要求',
    );
    expect(result(report, 'more').status).toBe('not_met');
  });
});

describe('trend: 连续N期', () => {
  it('连续3年保持增长 needs the last 3 steps (4 values), even before the window', async () => {
    const rs = ruleSet([yearly({ consecutive: 3 })], { period: { start: '2018-01-01', end: '2018-12-31' } });
    const ok = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2016: '91', 2017: '91.5', 2018: '92' }));
    const r = result(await both(rs, ok), 'rate-up');
    expect(r.status).toBe('met');
    expect(r.requirement['zh-Hans']).toBe('连续3年提高');
    const broken = dataSet('2018', series('tst-pass-rate', '%', { 2015: '90', 2016: '91', 2017: '90.7', 2018: '92' }));
    const b = result(await both(rs, broken), 'rate-up');
    expect(b.status).toBe('not_met');
    expect(b.attainment).toBe('0.6667');
    const short = dataSet('2018', series('tst-pass-rate', '%', { 2016: '91', 2017: '91.5', 2018: '92' }));
    expect(result(await both(rs, short), 'rate-up').status).toBe('no_data');
  });

  it('quarterly series: 连续2个季度, ending at the quarter containing the as-of date', async () => {
    const rs = ruleSet([yearly({ consecutive: 2, granularity: 'quarter' })], {
      period: { start: '2018-01-01', end: '2018-12-31' },
    });
    const obs = [
      { indicator: 'tst-pass-rate', period: '2018-Q1', value: '90', unit: '%' },
      { indicator: 'tst-pass-rate', period: '2018-Q2', value: '91', unit: '%' },
      { indicator: 'tst-pass-rate', period: '2018-Q3', value: '92', unit: '%' },
      { indicator: 'tst-pass-rate', period: '2018-Q4', value: '91.8', unit: '%' },
    ];
    const full = result(await both(rs, dataSet('2018', obs)), 'rate-up');
    expect(full.status).toBe('not_met');
    expect(full.explanation['zh-Hans']).toContain('2018年第4季度较上期下降0.2个百分点');
    const mid = result(await both(rs, dataSet('2018', obs, { asOf: '2018-09-30' })), 'rate-up');
    expect(mid.status).toBe('met');
    expect(mid.provisional).toBe(true);
  });

  it('a yearly target over quarterly data has no data (granularities do not mix)', async () => {
    const rs = ruleSet([yearly()]);
    const obs = [{ indicator: 'tst-pass-rate', period: '2018-Q1', value: '90', unit: '%' }];
    expect(result(await both(rs, dataSet('2018', obs)), 'rate-up').status).toBe('no_data');
  });
});

describe('trend: rule-set checks', () => {
  it('rejects a malformed window, a window of another granularity, a reversed window and a boolean indicator', () => {
    const bad = [
      yearly({ id: 't1', window: { from: '2016-13', to: '2018' } }),
      yearly({ id: 't2', window: { from: '2016-Q1', to: '2018' } }),
      yearly({ id: 't3', window: { from: '2018', to: '2016' } }),
      target('t4', { kind: 'trend', indicator: 'tst-done', direction: 'increase', strict: true, granularity: 'year' }),
    ].map((t, i) => ({ ...t, id: `t${i + 1}` }));
    try {
      ruleSet(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      const codes = (e as InvalidInputError).issues.map((i) => `${i.path} ${i.code}`);
      expect(codes).toEqual([
        '$.targets[0].window.from E_BAD_PERIOD',
        '$.targets[1].window.from E_MIXED_GRANULARITY',
        '$.targets[2].window.to E_BAD_RANGE',
        '$.targets[3].indicator E_WRONG_VALUE_TYPE',
      ]);
    }
  });
});

describe('trend: properties', () => {
  // Mostly rising series (steps of −5…+30 hundredths), so that many start out met.
  const arbSeries = fc
    .tuple(
      fc.integer({ min: 50, max: 2000 }),
      fc.array(fc.integer({ min: -5, max: 30 }), { minLength: 1, maxLength: 7 }),
    )
    .map(([base, steps]) => {
      const values = [base];
      for (const step of steps) values.push((values[values.length - 1] as number) + step);
      return values;
    });
  const variants = [
    {},
    { strict: false },
    { consecutive: 1 },
    { consecutive: 2 },
    { window: { from: '2012', to: '2030' } },
  ];

  it('appending a period whose value is higher than the last never turns a met increase target into not_met', async () => {
    let metBefore = 0;
    await fc.assert(
      fc.asyncProperty(
        arbSeries,
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(...variants),
        async (values, rise, variant) => {
          const rs = ruleSet([yearly(variant)], { period: { start: '2012-01-01', end: '2030-12-31' } });
          const start = 2011;
          const points = Object.fromEntries(values.map((v, i) => [String(start + i), (v / 100).toString()]));
          const lastYear = start + values.length - 1;
          const before = result(
            await both(rs, dataSet(String(lastYear), series('tst-pass-rate', '%', points))),
            'rate-up',
          );
          const next = {
            ...points,
            [String(lastYear + 1)]: (((values[values.length - 1] as number) + rise) / 100).toString(),
          };
          const after = result(
            await both(rs, dataSet(String(lastYear + 1), series('tst-pass-rate', '%', next))),
            'rate-up',
          );
          if (before.status === 'met') {
            metBefore += 1;
            expect(after.status).toBe('met');
          }
        },
      ),
      { numRuns: 150 },
    );
    // The property says something only if met cases were generated.
    expect(metBefore).toBeGreaterThan(30);
  });
});

describe('trend: a broken step can no longer be made good (not_met even before the deadline)', () => {
  it('逐年提升 broken in 2017 of a 2016–2018 plan, judged as of 2017-12-31: not_met, not not_due', () => {
    const rs = ruleSet([
      target('rise', {
        kind: 'trend',
        indicator: 'tst-pass-rate',
        direction: 'increase',
        strict: true,
        granularity: 'year',
      }),
    ]);
    const data = dataSet('2017', series('tst-pass-rate', '%', { 2015: 90, 2016: 91, 2017: '90.5' }));
    const r = evaluate(rs, data).targets[0];
    expect(r?.status).toBe('not_met');
    expect(r?.explanation['zh-Hans']).toContain('2017');
  });

  it('连续3年保持增长 broken in 2017 can still be achieved by 2020: not_due as of 2017', () => {
    const rs = ruleSet(
      [
        target('streak', {
          kind: 'trend',
          indicator: 'tst-pass-rate',
          direction: 'increase',
          strict: true,
          consecutive: 3,
          granularity: 'year',
        }),
      ],
      { period: { start: '2016-01-01', end: '2020-12-31' } },
    );
    const data = dataSet('2017', series('tst-pass-rate', '%', { 2014: 88, 2015: 90, 2016: 91, 2017: '90.5' }));
    expect(evaluate(rs, data).targets[0]?.status).toBe('not_due');
  });
});
