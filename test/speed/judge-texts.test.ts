import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalString, plainString } from '../../src/core/decimal.js';
import { quantityTexts, quantityTextsOfPlain } from '../../src/core/unit-format.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { plainSpellings } from './spellings.js';

// One unit of each English form the unit texts distinguish, each power of ten English expands, and fraction.
const UNITS = ['%', '‰', 'fraction', '千元', '万元', '亿元', '万平方米', '万批次/千人', 'μg/m³', '家', '起'].map(
  (s) => parseUnit(s) as Unit,
);

describe('quantity texts of a figure already printed', () => {
  it('are the texts of the figure printed afresh at 4 places, for figures of at most 4 decimals', () => {
    const short = plainSpellings({ points: 4 });
    fc.assert(
      fc.property(short, fc.constantFrom(...UNITS), (text, unit) => {
        const v = new D(text);
        const plain = plainString(v);
        expect(decimalString(v, 4)).toBe(plain);
        expect(quantityTextsOfPlain(v, plain, unit), `${text} ${unit.symbol}`).toEqual(quantityTexts(v, unit));
      }),
      { numRuns: 6_000, seed: 1618 },
    );
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
