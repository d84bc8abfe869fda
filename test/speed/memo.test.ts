import { describe, expect, it } from 'vitest';
import { parsePeriod, periodEnd, periodStart, periodsBetween } from '../../src/core/periods.js';
import { missingText, reasonText } from '../../src/evaluation/explain.js';
import type { MissingItem } from '../../src/kinds/contract.js';
import { yearsBetween } from '../../src/kinds/progress.js';
import { shiftPeriod } from '../../src/kinds/series.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import type { CompiledTarget } from '../../src/rulesets/load.js';

describe('remembered period arithmetic', () => {
  it('hands every caller its own list: changing one does not change what the next caller gets', () => {
    const first = periodsBetween('2018-01-01', '2018-12-31', 'quarter');
    expect(first).toEqual(['2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4']);
    first.push('2019-Q1');
    first[0] = 'changed';
    expect(periodsBetween('2018-01-01', '2018-12-31', 'quarter')).toEqual(['2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4']);
  });

  it('gives the same answers on the first and every later call, per granularity', () => {
    for (let round = 0; round < 2; round++) {
      expect(periodStart(parsePeriod('2018-H2') as NonNullable<ReturnType<typeof parsePeriod>>)).toBe('2018-07-01');
      expect(periodEnd(parsePeriod('2018-Q1') as NonNullable<ReturnType<typeof parsePeriod>>)).toBe('2018-03-31');
      expect(periodEnd(parsePeriod('2016-02') as NonNullable<ReturnType<typeof parsePeriod>>)).toBe('2016-02-29');
      expect(periodsBetween('2018-01-01', '2018-12-31', 'half-year')).toEqual(['2018-H1', '2018-H2']);
      expect(shiftPeriod('2018', -1)).toBe('2017');
      expect(shiftPeriod('2018-Q1', -1)).toBe('2017-Q4');
      expect(shiftPeriod('2018-Q1', 1)).toBe('2018-Q2');
      expect(yearsBetween('2018-12-31', '2020-12-31').toString()).toBe('2');
      // 29 whole months and no days: 29/12 at 40 significant digits, the last rounded up.
      expect(yearsBetween('2018-07-31', '2020-12-31').toString()).toBe('2.416666666666666666666666666666666666667');
    }
  });
});

describe('remembered explanation parts', () => {
  const ruleSet = loadBuiltinRuleSet('panan-2018');
  const target = ruleSet.targets.find((t) => t.compiled.indicators.length > 0) as CompiledTarget;
  const indicator = target.compiled.indicators[0] as string;
  const input = (missing: MissingItem[]) => [ruleSet, target, missing] as const;
  const of = (year: string) => ({ 'zh-Hans': `${year}年数据`, 'zh-Hant': `${year}年數據`, en: `the ${year} figure` });

  it('tells apart what is missing, whatever was asked before, and repeats the same words for the same gap', () => {
    const y2018 = missingText(...input([{ indicator, what: of('2018') }]));
    const y2017 = missingText(...input([{ indicator, what: of('2017') }]));
    const both = missingText(
      ...input([
        { indicator, what: of('2018') },
        { indicator, what: of('2017') },
      ]),
    );
    expect(y2018['zh-Hans']).toContain('2018年数据');
    expect(y2017['zh-Hans']).toContain('2017年数据');
    expect(y2017['zh-Hans']).not.toContain('2018');
    expect(both.en).toContain('2018');
    expect(both.en).toContain('2017');
    expect(missingText(...input([{ indicator, what: of('2018') }]))).toEqual(y2018);
    // Only the traditional text differs: still a different gap.
    const hant = missingText(...input([{ indicator, what: { ...of('2018'), 'zh-Hant': '2018年度資料' } }]));
    expect(hant['zh-Hant']).toContain('2018年度資料');
  });

  it('converts each stated reason once and gives each reason its own words', () => {
    const a = reasonText('None in 2018. / 2018年无。');
    const b = reasonText('Merged into the county. / 已并入县。');
    expect(a).toEqual({ 'zh-Hans': '2018年无', 'zh-Hant': '2018年無', en: 'None in 2018' });
    expect(b.en).toBe('Merged into the county');
    expect(reasonText('None in 2018. / 2018年无。')).toEqual(a);
  });
});
