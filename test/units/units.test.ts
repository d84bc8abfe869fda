import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { formatGap, formatQuantity } from '../../src/core/unit-format.js';
import { convertValue, parseUnit, type Unit } from '../../src/core/units.js';

const u = (s: string) => parseUnit(s) as Unit;

describe('units convert exactly within a dimension', () => {
  it.each([
    ['2.5', '万批次', '批次', '25000'],
    ['150', '亿元', '元', '15000000000'],
    ['102.76', '亿元', '万元', '1027600'],
    ['0.95', 'fraction', '%', '95'],
    ['95', '%', 'fraction', '0.95'],
    ['0.029', 'mg/m³', 'μg/m³', '29'],
    ['3', '只', '个', '3'],
  ])('%s %s = %s %s', (value, from, to, expected) => {
    expect(convertValue(new D(value), u(from), u(to)).toString()).toBe(expected);
  });
  it('refuses to convert across dimensions', () => {
    expect(() => convertValue(new D(1), u('人'), u('批次'))).toThrow();
    expect(u('家').dimension).not.toBe(u('人').dimension);
  });
  it('knows aliases and rejects unknown spellings', () => {
    expect(u('微克/立方米').symbol).toBe('μg/m³');
    expect(u('µg/m³').symbol).toBe('μg/m³');
    expect(parseUnit('furlongs')).toBeUndefined();
    expect(parseUnit('万%')).toBeUndefined();
  });
});

describe('numbers are written the way the documents write them', () => {
  it.each([
    ['95', '%', 'zh-Hans', '95%'],
    ['2.5', '万批次', 'zh-Hans', '2.5万批次'],
    ['2.5', '万批次', 'en', '25,000 batches'],
    ['150', '亿元', 'zh-Hans', '150亿元'],
    ['150', '亿元', 'en', '15,000,000,000 yuan'],
    ['29', 'μg/m³', 'zh-Hans', '29微克/立方米'],
    ['29', 'μg/m³', 'en', '29 μg/m³'],
    ['3', '个', 'zh-Hant', '3個'],
  ] as const)('%s %s in %s is %s', (value, unit, locale, text) => {
    expect(formatQuantity(new D(value), u(unit), locale)).toBe(text);
  });
  it('a gap in % is spoken in 个百分点', () => {
    expect(formatGap(new D('0.4'), u('%'), 'zh-Hans')).toBe('0.4个百分点');
    expect(formatGap(new D('0.4'), u('%'), 'zh-Hant')).toBe('0.4個百分點');
    expect(formatGap(new D('0.4'), u('%'), 'en')).toBe('0.4 percentage points');
    expect(formatGap(new D('1'), u('人'), 'zh-Hans')).toBe('1人');
  });
});
