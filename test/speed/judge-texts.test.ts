import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalString, plainString } from '../../src/core/decimal.js';
import { gapTexts, gapTextsOfPlain, quantityTexts, quantityTextsOfPlain } from '../../src/core/unit-format.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { plainSpellings } from './spellings.js';

// One unit of each English form the unit texts distinguish, each power of ten English expands, and fraction.
const UNITS = ['%', '‰', 'fraction', '千元', '万元', '亿元', '万平方米', '万批次/千人', 'μg/m³', '家', '起'].map(
  (s) => parseUnit(s) as Unit,
);

describe('quantity texts of a figure already printed', () => {
  it('are the texts of the figure printed afresh at 4 places, whatever its decimals', () => {
    // Figures of at most 4 decimals (their spelling is the number shown) and figures of any length.
    const figures = fc.oneof(plainSpellings({ points: 4 }), plainSpellings());
    fc.assert(
      fc.property(figures, fc.constantFrom(...UNITS), (text, unit) => {
        const v = new D(text);
        const plain = plainString(v);
        expect(quantityTextsOfPlain(v, plain, unit), `${text} ${unit.symbol}`).toEqual(quantityTexts(v, unit));
        const gap = v.abs();
        expect(gapTextsOfPlain(gap, plainString(gap), unit), `gap ${text} ${unit.symbol}`).toEqual(gapTexts(gap, unit));
      }),
      { numRuns: 8_000, seed: 1618 },
    );
  });

  it('print the number at 4 places only past 4 decimals, and a tiny gap in full', () => {
    const pct = parseUnit('%') as Unit;
    expect(quantityTextsOfPlain(new D('95.1234'), '95.1234', pct)['zh-Hans']).toBe('95.1234%');
    expect(quantityTextsOfPlain(new D('95.12345'), '95.12345', pct)['zh-Hans']).toBe('95.1235%');
    expect(quantityTextsOfPlain(new D('95.12344'), '95.12344', pct)['zh-Hans']).toBe('95.1234%');
    expect(gapTextsOfPlain(new D('0.00001'), '0.00001', pct)['zh-Hans']).toBe('0.00001个百分点');
    expect(gapTextsOfPlain(new D('0.00005'), '0.00005', pct)['zh-Hans']).toBe('0.0001个百分点');
    expect(decimalString(new D('0.00005'), 4)).toBe('0.0001');
  });

  it('write 万 and 亿 figures out in English and a fraction as a percentage, as quantityTexts does', () => {
    expect(quantityTextsOfPlain(new D('2.5'), '2.5', parseUnit('万批次') as Unit)).toEqual({
      'zh-Hans': '2.5万批次',
      'zh-Hant': '2.5萬批次',
      en: '25,000 batches',
    });
    expect(quantityTextsOfPlain(new D('0.9535'), '0.9535', parseUnit('fraction') as Unit).en).toBe('95.35%');
    expect(quantityTextsOfPlain(new D('1'), '1', parseUnit('家') as Unit).en).toBe('1 organisation');
  });
});
