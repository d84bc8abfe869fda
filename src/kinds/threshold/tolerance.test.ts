import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { both, dataSet, result, ruleSet, target } from '../../../test/evaluation/_fixtures.js';
import { InvalidInputError } from '../../core/errors.js';

/** 「合格率达到60%左右」 with a tolerance, as a threshold target of `kind`. */
const about = (id: string, kind: string, tolerance: unknown, threshold: number | string = 60, unit = '%') =>
  target(id, { kind, indicator: 'tst-pass-rate', threshold, unit, tolerance });

const rate = (value: string) => dataSet('2018', [{ indicator: 'tst-pass-rate', value, unit: '%' }]);

function issuesOf(targets: unknown[]): Array<[string, string]> {
  try {
    ruleSet(targets);
    return [];
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    return e.issues.map((i) => [i.code, i.path]);
  }
}

describe('左右 on an at-least threshold, tolerance 2 个百分点 declared', () => {
  const rs = ruleSet([about('about60', 'at_least', { absolute: '2' })]);

  it('58.0 is met, 57.99 is not (short by 0.01 个百分点 of the tolerated 58%)', async () => {
    const met = result(await both(rs, rate('58.0')), 'about60');
    expect(met.status).toBe('met');
    expect(met.requirement['zh-Hans']).toBe('60%左右（不低于58%）');
    expect(met.requirement['zh-Hant']).toBe('60%左右（不低於58%）');
    expect(met.requirement.en).toBe('about 60% (at least 58%)');
    expect(met.explanation['zh-Hans']).toContain('按规则集声明的容差（2个百分点）判定');
    expect(met.detail).toEqual({
      tolerance: {
        basis: 'absolute',
        figure: '2',
        applied: '2',
        unit: '个百分点',
        assumed: false,
        min: '58',
        max: null,
      },
    });
    const short = result(await both(rs, rate('57.99')), 'about60');
    expect(short.status).toBe('not_met');
    expect(short.gap).toBe('0.01');
    expect(short.gapText?.en).toBe('0.01 percentage points');
    expect(short.attainment).toBe('0.9998'); // 57.99 / 58
    expect(short.explanation.en).toContain("judged with the rule set's tolerance of 2 percentage points");
  });

  it('an at-least 左右 is not capped above: 62.01 and 75 are met', async () => {
    expect(result(await both(rs, rate('62.01')), 'about60').status).toBe('met');
    expect(result(await both(rs, rate('75')), 'about60').status).toBe('met');
  });
});

describe('左右 on an equal threshold is a band: capped on both sides', () => {
  const rs = ruleSet([about('band', 'equal', { absolute: 2 })]);
  it.each([
    ['57.99', 'not_met', '0.01'],
    ['58', 'met', null],
    ['60', 'met', null],
    ['62', 'met', null],
    ['62.01', 'not_met', '0.01'],
  ])('%s%% → %s (gap %s)', async (value, status, gap) => {
    const r = result(await both(rs, rate(value)), 'band');
    expect(r.status).toBe(status);
    expect(r.gap).toBe(gap);
    expect(r.requirement['zh-Hans']).toBe('60%左右（58%至62%）');
    expect(r.requirement.en).toBe('about 60% (between 58% and 62%)');
  });
});

describe('左右 on lower-is-better and strict thresholds', () => {
  it('不超过35左右 (relative 10%) is met up to 38.5 and not above', async () => {
    const rs = ruleSet([
      target('pm', {
        kind: 'at_most',
        indicator: 'tst-pm25',
        threshold: 35,
        unit: 'μg/m³',
        tolerance: { relative: 10 },
      }),
    ]);
    const pm = (v: string) => dataSet('2018', [{ indicator: 'tst-pm25', value: v, unit: 'μg/m³' }]);
    expect(result(await both(rs, pm('38.5')), 'pm').status).toBe('met');
    const over = result(await both(rs, pm('38.6')), 'pm');
    expect(over.status).toBe('not_met');
    expect(over.gap).toBe('0.1');
    expect(over.requirement['zh-Hans']).toBe('35微克/立方米左右（不高于38.5微克/立方米）');
    expect(over.detail?.tolerance).toMatchObject({ basis: 'relative', figure: '10', applied: '3.5', max: '38.5' });
    expect(over.explanation['zh-Hans']).toContain('按规则集声明的容差（目标值的10%，即3.5微克/立方米）判定');
  });

  it('超60%左右 stays strict at the tolerated bound: exactly 58 is not met with gap 0', async () => {
    const rs = ruleSet([about('strict', 'more_than', { absolute: 2 })]);
    const r = result(await both(rs, rate('58')), 'strict');
    expect(r.status).toBe('not_met');
    expect(r.gap).toBe('0');
    expect(result(await both(rs, rate('58.001')), 'strict').status).toBe('met');
  });
});

describe('左右 without a figure: the documented default (±5% of the target), flagged as assumed', () => {
  const rs = ruleSet([about('assumed', 'at_least', 'default')]);
  it('60%左右 → met from 57% up; the report says the tolerance is assumed', async () => {
    const r = result(await both(rs, rate('57')), 'assumed');
    expect(r.status).toBe('met');
    expect(r.detail?.tolerance).toMatchObject({
      basis: 'relative',
      figure: '5',
      applied: '3',
      assumed: true,
      min: '57',
    });
    expect(r.explanation['zh-Hans']).toContain(
      '原文未给出“左右”的幅度，按默认容差（目标值的5%，即3个百分点）判定，系推定',
    );
    expect(r.explanation['zh-Hant']).toContain(
      '原文未給出「左右」的幅度，按預設容差（目標值的5%，即3個百分點）判定，係推定',
    );
    expect(r.explanation.en).toContain(
      'the document gives no figure for "about", so the default tolerance of 5% of the target (3 percentage points) is assumed',
    );
    expect(result(await both(rs, rate('56.99')), 'assumed').status).toBe('not_met');
  });
});

describe('a tolerance below zero, or a relative one above 100%, is a typed error at its path', () => {
  it('E_NEGATIVE_VALUE / E_BAD_RANGE', () => {
    expect(issuesOf([about('neg', 'at_least', { absolute: '-0.5' })])).toEqual([
      ['E_NEGATIVE_VALUE', '$.targets[0].tolerance.absolute'],
    ]);
    expect(issuesOf([about('big', 'at_least', { relative: 101 })])).toEqual([
      ['E_BAD_RANGE', '$.targets[0].tolerance.relative'],
    ]);
    expect(issuesOf([about('zero', 'at_least', { absolute: 0 })])).toEqual([]);
  });
});

describe('property: a tolerance t makes an at-least target met exactly when value ≥ threshold − t', () => {
  it('holds for values in hundredths and tolerances in tenths, through both paths', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100 }), async (v, t) => {
        const value = (v / 100).toFixed(2);
        const tolerance = (t / 10).toFixed(1);
        const rs = ruleSet([about('p', 'at_least', { absolute: tolerance })]);
        const r = result(await both(rs, rate(value)), 'p');
        // Compared in integer hundredths, so the expectation is exact too.
        expect(r.status).toBe(v >= 6000 - t * 10 ? 'met' : 'not_met');
      }),
      { numRuns: 60 },
    );
  });
});
