import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { formatGap, formatQuantity, gapTexts, quantityTexts } from '../../src/core/unit-format.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { LOCALES } from '../../src/locales/locale.js';

// Every kind of unit the formatting distinguishes: shares and fractions, 万/亿-prefixed counts and money that
// English expands, concentrations spelt out, rates per population, counts with a singular.
const SPELLINGS = [
  '%',
  'fraction',
  '‰',
  '万元',
  '亿元',
  '万批次',
  '批次',
  '人',
  'μg/m³',
  'mg/m³',
  '个',
  '万平方米',
  '批次/千人',
  '吨标准煤/万元',
  '家',
  '起',
];
const UNITS = SPELLINGS.map((s) => {
  const unit = parseUnit(s);
  if (!unit) throw new Error(`unknown unit ${s}`);
  return unit;
});

/** Values near 0 and 1 (where English takes the singular), large ones to group, long ones to round, either sign. */
const value = fc.oneof(
  fc.constantFrom('0', '1', '-1', '0.01', '1.00004', '0.99996', '1000', '12345.6789', '0.00001'),
  fc
    .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 8 }))
    .map(([n, scale]) => new D(n).div(10 ** scale).toString()),
);

describe('texts in all three locales at once', () => {
  it('are what formatting each locale on its own gives, for every kind of unit', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 6 }), (text, unit: Unit, places) => {
        const v = new D(text);
        const q = quantityTexts(v, unit, places);
        const g = gapTexts(v.abs(), unit, places);
        for (const l of LOCALES) {
          expect(q[l], `${text} ${unit.symbol} ${l}`).toBe(formatQuantity(v, unit, l, places));
          expect(g[l], `gap ${text} ${unit.symbol} ${l}`).toBe(formatGap(v.abs(), unit, l, places));
        }
      }),
      { numRuns: 3000, seed: 16 },
    );
  });

  it('write the figures the documents write, in each script and in English', () => {
    const unit = (s: string) => parseUnit(s) as Unit;
    expect(quantityTexts(new D('0.955'), unit('fraction'))).toEqual({
      'zh-Hans': '95.5%',
      'zh-Hant': '95.5%',
      en: '95.5%',
    });
    expect(quantityTexts(new D('2.5'), unit('万批次'))).toEqual({
      'zh-Hans': '2.5万批次',
      'zh-Hant': '2.5萬批次',
      en: '25,000 batches',
    });
    expect(quantityTexts(new D('0.0001'), unit('万批次')).en).toBe('1 batch');
    expect(quantityTexts(new D('1234.5'), unit('人')).en).toBe('1,234.5 people');
    expect(quantityTexts(new D('-1234'), unit('人')).en).toBe('-1,234 people');
    expect(quantityTexts(new D('1'), unit('人')).en).toBe('1 person');
    expect(quantityTexts(new D('29'), unit('μg/m³'))['zh-Hant']).toBe('29微克/立方米');
    expect(gapTexts(new D('0.004'), unit('fraction'))).toEqual({
      'zh-Hans': '0.4个百分点',
      'zh-Hant': '0.4個百分點',
      en: '0.4 percentage points',
    });
    expect(gapTexts(new D('0.01'), unit('fraction')).en).toBe('1 percentage point');
    // A shortfall that rounds to zero at 4 places is printed in full, never as 0.
    expect(gapTexts(new D('0.00000001'), unit('%'))['zh-Hans']).toBe('0.00000001个百分点');
  });
});
