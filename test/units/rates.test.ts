import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import type { InvalidInputError } from '../../src/core/errors.js';
import { formatGap, formatQuantity, quantityTexts } from '../../src/core/unit-format.js';
import { convertValue, parseUnit, suggestUnits, type Unit } from '../../src/core/units.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { rules, target } from '../support.js';

const unit = (s: string) => parseUnit(s) as Unit;

describe('rates per population: 2批次/千人, 3.5件/万人, 人/万台', () => {
  it('parse into one dimension per numerator and denominator, with exact factors', () => {
    expect(unit('批次/千人')).toMatchObject({ symbol: '批次/千人', dimension: 'count:batch/count:person' });
    expect(unit('批次/千人').factor.toString()).toBe('0.001');
    expect(unit('件/万人').factor.toString()).toBe('0.0001');
    expect(unit('人/万台').dimension).toBe('count:person/count:item');
    expect(unit('吨标准煤/万元').dimension).toBe('energy-coal/money');
    // Traditional characters and spaces around the slash read the same.
    expect(unit('件 / 萬人').symbol).toBe('件/万人');
  });

  it('convert exactly: 2批次/千人 is 20批次/万人, and back', () => {
    expect(convertValue(D(2), unit('批次/千人'), unit('批次/万人')).toString()).toBe('20');
    expect(convertValue(D('3.5'), unit('件/万人'), unit('件/千人')).toString()).toBe('0.35');
    expect(convertValue(D(1), unit('个/千人'), unit('件/万人')).toString()).toBe('10'); // 个 and 件 both count items
    expect(() => convertValue(D(1), unit('批次/千人'), unit('人/万台'))).toThrow(RangeError);
  });

  it('refuse what is not a rate per population or output: a share over people, a count over a share', () => {
    for (const s of ['%/人', '批次/%', '批次/', '/千人', 'boolean/人', '批次/千人/年'])
      expect(parseUnit(s), s).toBeUndefined();
  });

  it('read in each locale, with the singular after one in English', () => {
    expect(quantityTexts(D('3.5'), unit('件/万人'))).toEqual({
      'zh-Hans': '3.5件/万人',
      'zh-Hant': '3.5件/萬人',
      en: '3.5 items per ten thousand people',
    });
    expect(formatQuantity(D(1), unit('批次/千人'), 'en')).toBe('1 batch per thousand people');
    expect(formatQuantity(D(2), unit('元/人'), 'en')).toBe('2 yuan per person');
    // A rate's factor is not a 万 prefix: English never multiplies it out.
    expect(formatQuantity(D(2), unit('批次/千人'), 'en')).toBe('2 batches per thousand people');
    expect(formatGap(D('0.5'), unit('人/万台'), 'zh-Hant')).toBe('0.5人/萬臺');
  });

  it('property: converting there and back is the identity, and 千人 → 万人 multiplies by exactly 10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }), (n, scale) => {
        const value = new D(n).div(10 ** scale);
        const perTenThousand = convertValue(value, unit('批次/千人'), unit('批次/万人'));
        expect(perTenThousand.eq(value.times(10))).toBe(true);
        expect(convertValue(perTenThousand, unit('批次/万人'), unit('批次/千人')).eq(value)).toBe(true);
      }),
    );
  });

  it('an observation in 批次/万人 converts into an indicator kept in 批次/千人', () => {
    const rs = rules([target('t', { kind: 'at_least', indicator: 'per-capita', threshold: 2, unit: '批次/千人' })], {
      indicators: [
        {
          id: 'per-capita',
          names: { 'zh-Hans': '每千人抽检批次' },
          unit: '批次/千人',
          kind: 'ratio',
          direction: 'higher',
        },
      ],
    });
    const region = loadDataSet(
      {
        schemaVersion: 1,
        region: { id: 'a', name: '甲' },
        period: '2018',
        observations: [{ indicator: 'per-capita', value: 25, unit: '批次/万人' }],
      },
      rs.indicator,
    );
    expect(region.facts.get('per-capita')?.get('2018')?.value?.toString()).toBe('2.5');
  });
});

describe('个百分点 as a unit of change', () => {
  it('is its own dimension (a change in a share is not a share), 个千分点 a tenth of it', () => {
    expect(unit('个百分点').dimension).toBe('share-points');
    expect(unit('百分点').symbol).toBe('个百分点');
    expect(convertValue(D(3), unit('个百分点'), unit('个千分点')).toString()).toBe('30');
    expect(() => convertValue(D(3), unit('个百分点'), unit('%'))).toThrow(RangeError);
  });

  it('reads 个百分点 / 個百分點 / percentage point(s)', () => {
    expect(quantityTexts(D(3), unit('个百分点'))).toEqual({
      'zh-Hans': '3个百分点',
      'zh-Hant': '3個百分點',
      en: '3 percentage points',
    });
    expect(formatQuantity(D(1), unit('个百分点'), 'en')).toBe('1 percentage point');
    expect(formatQuantity(D('1.5'), unit('个百分点'), 'en')).toBe('1.5 percentage points');
  });

  it('every unit takes its singular after exactly one (Intl.PluralRules), prefixed ones expanded', () => {
    expect(formatQuantity(D(1), unit('项'), 'en')).toBe('1 item');
    expect(formatQuantity(D(2), unit('项'), 'en')).toBe('2 items');
    expect(formatQuantity(D('1.5'), unit('项'), 'en')).toBe('1.5 items');
    expect(formatQuantity(D(1), unit('万批次'), 'en')).toBe('10,000 batches');
  });
});

describe('an unknown unit is refused with the known units closest to it, never echoed back', () => {
  it('suggests near spellings first, then units that convert to the indicator', () => {
    expect(suggestUnits('批次/千口', unit('批次/万人'))[0]).toBe('批次/千人');
    expect(suggestUnits('furlongs', unit('%'))).toEqual(['fraction', '%', '‰']);
    expect(suggestUnits('furlongs')).toEqual([]);
    expect(suggestUnits('批次/千人')).not.toContain('批次/千人');
  });

  it('in a data set: E_UNKNOWN_UNIT lists them in every locale', () => {
    const rs = rules([
      target('t', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%' }),
    ]);
    try {
      loadDataSet(
        {
          schemaVersion: 1,
          region: { id: 'a', name: '甲' },
          period: '2018',
          observations: [{ indicator: 'product-sampling-pass-rate', value: 95, unit: 'percnt' }],
        },
        rs.indicator,
      );
      expect.unreachable();
    } catch (e) {
      const issue = (e as InvalidInputError).issues[0];
      expect(issue?.code).toBe('E_UNKNOWN_UNIT');
      expect(issue?.expected.en).toBe('a known unit (did you mean "%", "‰", or "fraction"?)');
      expect(issue?.expected['zh-Hans']).toBe('已知计量单位（是否为 "%"、"‰"、"fraction"？）');
      expect(issue?.found).toBe('"percnt"');
    }
  });
});
