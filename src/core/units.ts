import { UNIT_NAMES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { D, type Dec } from './decimal.js';

/** What a unit measures; values convert only within one dimension (批次 never becomes 家). */
export type Dimension = string;

/** A parsed unit: its canonical spelling, its dimension and its exact factor to the dimension's base. */
export interface Unit {
  readonly symbol: string;
  readonly dimension: Dimension;
  /** Multiply a value in this unit by `factor` to get the dimension's base unit (e.g. 亿元 → 1e8 元). */
  readonly factor: Dec;
  /** The unit a difference is spoken in: a gap in % is in 个百分点. */
  readonly gapSymbol: string;
  readonly names: LocalizedText;
}

interface BaseUnit {
  dimension: Dimension;
  factor: string;
  gapSymbol?: string;
  names: LocalizedText;
  /** Whether 万/亿/千 may prefix it (万批次, 亿元). */
  scalable: boolean;
}

/**
 * Count classifiers grouped by what they count: 个/只/项 are interchangeable measure words for items
 * (省级名牌2个 vs 名牌产品2—3只), but 人 never converts to 批次.
 */
const COUNT_GROUPS: Record<string, ReadonlyArray<keyof typeof UNIT_NAMES.classifier>> = {
  item: ['个', '只', '项', '件', '座', '条', '处', '台', '张', '部', '篇', '株', '头', '辆', '份', '所', '村', '套'],
  organisation: ['家'],
  person: ['人', '名'],
  'person-time': ['人次'],
  batch: ['批次'],
  occasion: ['次', '场', '期'],
  incident: ['起'],
  household: ['户'],
};

/** Names of the base units come from the message catalogue ({@link UNIT_NAMES}). */
const N = UNIT_NAMES.base;

const BASE_UNITS: Record<string, BaseUnit> = {
  '%': { dimension: 'share', factor: '0.01', gapSymbol: '个百分点', names: N['%'], scalable: false },
  '‰': { dimension: 'share', factor: '0.001', gapSymbol: '个千分点', names: N['‰'], scalable: false },
  fraction: { dimension: 'share', factor: '1', names: N.fraction, scalable: false },
  元: { dimension: 'money', factor: '1', names: N.元, scalable: true },
  'μg/m³': { dimension: 'mass-concentration', factor: '1', names: N['μg/m³'], scalable: false },
  'mg/m³': { dimension: 'mass-concentration', factor: '1000', names: N['mg/m³'], scalable: false },
  平方米: { dimension: 'area', factor: '1', names: N.平方米, scalable: true },
  亩: { dimension: 'area-mu', factor: '1', names: N.亩, scalable: true },
  吨: { dimension: 'mass', factor: '1', names: N.吨, scalable: true },
  公斤: { dimension: 'mass', factor: '0.001', names: N.公斤, scalable: false },
  千瓦时: { dimension: 'energy', factor: '1', names: N.千瓦时, scalable: true },
  吨标准煤: { dimension: 'energy-coal', factor: '1', names: N.吨标准煤, scalable: true },
  公里: { dimension: 'length', factor: '1', names: N.公里, scalable: true },
  天: { dimension: 'days', factor: '1', names: N.天, scalable: false },
  分: { dimension: 'points', factor: '1', names: N.分, scalable: false },
  boolean: { dimension: 'boolean', factor: '1', names: N.boolean, scalable: false },
};
for (const [group, words] of Object.entries(COUNT_GROUPS)) {
  for (const word of words)
    BASE_UNITS[word] = { dimension: `count:${group}`, factor: '1', names: UNIT_NAMES.classifier[word], scalable: true };
}

const ALIASES: Record<string, string> = {
  '微克/立方米': 'μg/m³',
  'µg/m³': 'μg/m³',
  'ug/m3': 'μg/m³',
  'μg/m3': 'μg/m³',
  '毫克/立方米': 'mg/m³',
  'mg/m3': 'mg/m³',
  percent: '%',
  '％': '%',
  ratio: 'fraction',
  '1': 'fraction',
  people: '人',
  噸: '吨',
  頭: '头',
  輛: '辆',
  張: '张',
  家企业: '家',
  個: '个',
  項: '项',
  處: '处',
  隻: '只',
  萬: '万',
  億: '亿',
};

const PREFIXES: Record<string, string> = { 万: '10000', 亿: '100000000', 千: '1000', 萬: '10000', 億: '100000000' };
const CANONICAL_PREFIX: Record<string, string> = { 萬: '万', 億: '亿' };

const cache = new Map<string, Unit | undefined>();

/**
 * Parses a unit spelling into a {@link Unit}, or undefined when unknown.
 * @example parseUnit('万批次')?.factor.toString() // '10000'
 */
export function parseUnit(spelling: string): Unit | undefined {
  if (cache.has(spelling)) return cache.get(spelling);
  const unit = parseUncached(spelling.trim());
  cache.set(spelling, unit);
  return unit;
}

function parseUncached(text: string): Unit | undefined {
  const direct = ALIASES[text] ?? text;
  const base = BASE_UNITS[direct];
  if (base) return makeUnit(direct, base, '1', '');
  const prefix = text.charAt(0);
  const prefixFactor = PREFIXES[prefix];
  if (!prefixFactor) return undefined;
  const rest = ALIASES[text.slice(1)] ?? text.slice(1);
  const restBase = BASE_UNITS[rest];
  if (!restBase?.scalable) return undefined;
  return makeUnit(rest, restBase, prefixFactor, CANONICAL_PREFIX[prefix] ?? prefix);
}

function makeUnit(baseSymbol: string, base: BaseUnit, prefixFactor: string, prefix: string): Unit {
  const symbol = `${prefix}${baseSymbol}`;
  const names = prefix ? UNIT_NAMES.prefixed[prefix as keyof typeof UNIT_NAMES.prefixed](base.names) : base.names;
  return {
    symbol,
    dimension: base.dimension,
    factor: new D(base.factor).times(prefixFactor),
    gapSymbol: base.gapSymbol ?? symbol,
    names,
  };
}

/**
 * Converts exactly between units of one dimension (factors are powers of ten, so no rounding).
 * @example convertValue(D('2.5'), parseUnit('万批次')!, parseUnit('批次')!).toString() // '25000'
 */
export function convertValue(value: Dec, from: Unit, to: Unit): Dec {
  // Units are cached per spelling, so the same unit is usually the same object: no Decimal work at all.
  if (from === to) return value;
  if (from.dimension !== to.dimension) throw new RangeError(`cannot convert ${from.symbol} to ${to.symbol}`);
  if (from.factor.eq(to.factor)) return value;
  return value.times(from.factor).div(to.factor);
}
