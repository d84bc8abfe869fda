import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { formatGap, formatQuantity, gapTexts, quantityTexts } from '../../src/core/unit-format.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { LOCALES } from '../../src/locales/locale.js';
import { plainSpellings } from './spellings.js';

const unit = (s: string) => parseUnit(s) as Unit;

// One unit of each English form the per-unit texts distinguish, and each power of ten English expands.
const UNITS = [
  '%',
  '‰',
  'fraction',
  '千元',
  '万元',
  '亿元',
  '万平方米',
  '万批次/千人',
  'μg/m³',
  'mg/m³',
  '家',
  '起',
].map(unit);

const spelling = plainSpellings({ extra: [fc.constantFrom('1', '5', '95', '99995', '999995')] });

describe('quantity and gap texts worked out once per unit', () => {
  it('print what formatting each locale on its own prints, on long, tiny, huge and negative figures', () => {
    fc.assert(
      fc.property(spelling, fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 10 }), (text, u, places) => {
        const v = new D(text);
        const q = quantityTexts(v, u, places);
        const g = gapTexts(v.abs(), u, places);
        for (const l of LOCALES) {
          expect(q[l], `${text} ${u.symbol} ${l}`).toBe(formatQuantity(v, u, l, places));
          expect(g[l], `gap ${text} ${u.symbol} ${l}`).toBe(formatGap(v.abs(), u, l, places));
        }
      }),
      { numRuns: 5000, seed: 1612 },
    );
  });

  it('take the singular exactly where Intl.PluralRules says one, near ±1 (its rounding to 3 decimals)', () => {
    const nearOne = fc
      .tuple(fc.boolean(), fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: 2, max: 7 }))
      .map(([negative, offset, scale]) => new D(1).plus(new D(offset).div(10 ** scale)).times(negative ? -1 : 1));
    const counted = ['家', '万批次', '千元', '批次/千人', '%', 'fraction'].map(unit);
    fc.assert(
      fc.property(nearOne, fc.constantFrom(...counted), fc.integer({ min: 0, max: 8 }), (v, u, places) => {
        for (const l of LOCALES) {
          expect(quantityTexts(v, u, places)[l], `${v} ${u.symbol}`).toBe(formatQuantity(v, u, l, places));
          expect(gapTexts(v.abs(), u, places)[l], `gap ${v} ${u.symbol}`).toBe(formatGap(v.abs(), u, l, places));
        }
      }),
      { numRuns: 3000, seed: 1613 },
    );
    const firms = unit('家');
    expect(quantityTexts(new D('1'), firms).en).toBe('1 organisation');
    expect(quantityTexts(new D('-1'), firms).en).toBe('-1 organisation');
    expect(quantityTexts(new D('0.9995'), firms).en).toBe('0.9995 organisation');
    expect(quantityTexts(new D('0.9994'), firms).en).toBe('0.9994 organisations');
    expect(quantityTexts(new D('1.0004'), firms).en).toBe('1.0004 organisation');
    expect(quantityTexts(new D('1.0005'), firms).en).toBe('1.0005 organisations');
    expect(quantityTexts(new D('2'), firms).en).toBe('2 organisations');
    expect(gapTexts(new D('1'), unit('%')).en).toBe('1 percentage point');
    expect(gapTexts(new D('1.01'), unit('%')).en).toBe('1.01 percentage points');
    expect(quantityTexts(new D('0.0001'), unit('万家')).en).toBe('1 organisation');
  });

  it('expand a 万/亿/千 figure in English by moving its point, rounding only at the places printed', () => {
    expect(quantityTexts(new D('0.0025'), unit('万元')).en).toBe('25 yuan');
    expect(quantityTexts(new D('2.5'), unit('万批次')).en).toBe('25,000 batches');
    expect(quantityTexts(new D('153.896'), unit('亿元')).en).toBe('15,389,600,000 yuan');
    // 4 places in Chinese; English keeps the digits the product has up to 4 places of its own.
    expect(quantityTexts(new D('1.234567891234'), unit('亿元'))).toEqual({
      'zh-Hans': '1.2346亿元',
      'zh-Hant': '1.2346億元',
      en: '123,456,789.1234 yuan',
    });
    // Half-up at the 4th place of the product: …0.12345 rounds to …0.1235, …0.12344 to …0.1234.
    expect(quantityTexts(new D('1.0000000012345'), unit('亿元')).en).toBe('100,000,000.1235 yuan');
    expect(quantityTexts(new D('1.0000000012344'), unit('亿元')).en).toBe('100,000,000.1234 yuan');
    expect(quantityTexts(new D('-0.001'), unit('千元')).en).toBe('-1 yuan');
    expect(quantityTexts(new D('0'), unit('亿元')).en).toBe('0 yuan');
    expect(quantityTexts(new D('0.0001'), unit('万批次')).en).toBe('1 batch');
  });

  it('group thousands from the point back, with a sign and decimals, and leave short figures alone', () => {
    const people = unit('人');
    expect(quantityTexts(new D('999'), people).en).toBe('999 people');
    expect(quantityTexts(new D('-999'), people).en).toBe('-999 people');
    expect(quantityTexts(new D('1000'), people).en).toBe('1,000 people');
    expect(quantityTexts(new D('-1000.5'), people).en).toBe('-1,000.5 people');
    expect(quantityTexts(new D('123456789'), people).en).toBe('123,456,789 people');
    expect(quantityTexts(new D('12345.6789'), people).en).toBe('12,345.6789 people');
    // A share is written as the documents write it, never grouped.
    expect(quantityTexts(new D('12345'), unit('%')).en).toBe('12345%');
  });
});
