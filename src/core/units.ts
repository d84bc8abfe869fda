import { ERROR_MESSAGES, UNIT_NAMES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { D, type Dec } from './decimal.js';
import { editDistance } from './suggest.js';

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
  /**
   * The names after the number one, where they differ (1 percentage point, 1 batch per thousand people).
   * Set where the singular is not a word-for-word table entry: the per-population units and 个百分点.
   */
  readonly one?: LocalizedText;
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
  // A change in a share (提升3个百分点) is not itself a share: 3个百分点 on 60% is 63%, never 61.8%.
  个百分点: { dimension: 'share-points', factor: '0.01', names: UNIT_NAMES.gap.个百分点, scalable: false },
  个千分点: { dimension: 'share-points', factor: '0.001', names: UNIT_NAMES.gap.个千分点, scalable: false },
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
  百分点: '个百分点',
  個百分點: '个百分点',
  百分點: '个百分点',
  千分点: '个千分点',
  個千分點: '个千分点',
  'percentage points': '个百分点',
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
  return parseSimple(text) ?? parseRate(text);
}

/**
 * A rate per population, fleet or output (2批次/千人, 3.5件/万人, 人/万台, 吨标准煤/万元): a simple unit
 * over a counted one or over money.
 * Its factor is the numerator's over the denominator's, so 2批次/千人 is exactly 20批次/万人.
 */
function parseRate(text: string): Unit | undefined {
  const slash = text.lastIndexOf('/');
  if (slash <= 0 || slash === text.length - 1) return undefined;
  const numerator = parseSimple(text.slice(0, slash).trim());
  const denominator = parseSimple(text.slice(slash + 1).trim());
  if (!numerator || !denominator || !RATE_DENOMINATOR.test(denominator.dimension)) return undefined;
  if (!RATE_NUMERATOR.test(numerator.dimension)) return undefined;
  const symbol = `${numerator.symbol}/${denominator.symbol}`;
  // Per one person, per thousand people.
  const per = denominator.factor.eq(1) ? UNIT_NAMES.one(denominator.names) : denominator.names;
  return {
    symbol,
    dimension: `${numerator.dimension}/${denominator.dimension}`,
    factor: numerator.factor.div(denominator.factor),
    gapSymbol: symbol,
    names: UNIT_NAMES.per(numerator.names, per),
    one: UNIT_NAMES.per(UNIT_NAMES.one(numerator.names), per),
  };
}

/**
 * Whether figures in this unit count whole things (批次, 万家): a rate per population (4.5批次/千人) is not.
 * @example isCountUnit(parseUnit('万批次')) // true; isCountUnit(parseUnit('批次/千人')) // false
 */
export function isCountUnit(unit: Unit): boolean {
  return unit.dimension.startsWith('count:') && !unit.dimension.includes('/');
}

/** Whether a unit is a rate per population, fleet or output (批次/千人, 人/万台, 吨标准煤/万元). */
export function isRateUnit(unit: Unit): boolean {
  return unit.dimension.includes('/');
}

/** Dimensions that may stand over a population or an output: counts, money, mass, energy (件/万人, 元/人, 吨标准煤/万元). */
const RATE_NUMERATOR = /^(count:|money$|mass$|energy)/;
/** What a rate may be per: people, units, households (counts) or output (money: 吨标准煤/万元). */
const RATE_DENOMINATOR = /^(count:|money$)/;

function parseSimple(text: string): Unit | undefined {
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
  const unit = {
    symbol,
    dimension: base.dimension,
    factor: new D(base.factor).times(prefixFactor),
    gapSymbol: base.gapSymbol ?? symbol,
    names,
  };
  return base.dimension === 'share-points' ? { ...unit, one: UNIT_NAMES.one(names) } : unit;
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

/** Every spelling the unit suggestions draw on: base units, their 万/亿/千 forms, and counts per 千人/万人. */
let knownSpellings: readonly string[] | undefined;

function spellings(): readonly string[] {
  if (knownSpellings) return knownSpellings;
  const out: string[] = [];
  for (const [symbol, base] of Object.entries(BASE_UNITS)) {
    out.push(symbol);
    if (base.scalable) out.push(`万${symbol}`, `亿${symbol}`, `千${symbol}`);
    if (base.dimension.startsWith('count:') || base.dimension === 'money') out.push(`${symbol}/千人`, `${symbol}/万人`);
  }
  knownSpellings = out;
  return out;
}

/**
 * The known unit spellings closest to one the library refused, for a "did you mean" list: those that
 * spellings within a few edits first (nearest first), then units that convert to `near` (the indicator's
 * unit); never the refused one.
 * @example suggestUnits('批次/千口', parseUnit('批次/万人')) // ['批次/千人', '批次/万人', '人次/千人']
 */
export function suggestUnits(spelling: string, near?: Unit, limit = 3): string[] {
  const text = spelling.trim();
  const close = Math.max(2, Math.floor([...text].length / 2));
  const ranked = spellings()
    .filter((candidate) => candidate !== text)
    .map((candidate) => {
      const unit = parseUnit(candidate) as Unit;
      const distance = editDistance(text, candidate);
      return {
        candidate,
        near: distance <= close,
        same: near !== undefined && unit.dimension === near.dimension,
        distance,
      };
    })
    .filter((c) => c.near || c.same)
    // A near spelling (a typo) first, then the units that would convert; by distance, then same dimension.
    .sort(
      (a, b) =>
        Number(b.near) - Number(a.near) ||
        a.distance - b.distance ||
        Number(b.same) - Number(a.same) ||
        (a.candidate < b.candidate ? -1 : 1),
    );
  return ranked.slice(0, limit).map((c) => c.candidate);
}

/**
 * What an E_UNKNOWN_UNIT issue expected: the known units closest to the refused spelling (those that
 * convert to `near` first), never the refused spelling itself; just "a known unit" when none is close.
 * @example unknownUnitExpected('批次/千口', parseUnit('批次')).en // 'a known unit (did you mean "批次/千人", …?)'
 */
export function unknownUnitExpected(spelling: string, near?: Unit): LocalizedText {
  const suggestions = suggestUnits(spelling, near);
  return suggestions.length > 0
    ? ERROR_MESSAGES.expected.knownUnitDidYouMean(suggestions)
    : ERROR_MESSAGES.expected.knownUnit;
}
