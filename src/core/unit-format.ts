import { englishCount } from '../locales/en.js';
import { PUNCTUATION, UNIT_NAMES } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { type Dec, decimalString, gapString, visiblePlaces } from './decimal.js';
import { parseUnit, type Unit } from './units.js';

// Unit symbols are written in the script of the text: each classifier, prefix and base-unit character
// takes its traditional form from the catalogue (个 → 個, 万 → 萬, 吨 → 噸, 千瓦时 → 千瓦時).
const HANT_CHAR = new Map<string, string>();
for (const [hans, name] of [
  ...Object.entries(UNIT_NAMES.classifier),
  ...Object.entries(UNIT_NAMES.prefix),
  ...Object.entries(UNIT_NAMES.base),
]) {
  const from = [...hans];
  const to = [...name['zh-Hant']];
  if (from.length !== to.length) continue;
  from.forEach((c, i) => {
    if (to[i] !== c) HANT_CHAR.set(c, to[i] as string);
  });
}
/** Symbols that Chinese text spells out by name (29微克/立方米), and those it leaves unwritten. */
const ZH_SPELLED_OUT = new Set(['μg/m³', 'mg/m³', '个百分点', '个千分点']);
const ZH_UNWRITTEN = new Set(['fraction', 'boolean']);
const GAP_NAMES: Readonly<Record<string, LocalizedText>> = UNIT_NAMES.gap;

// Symbols repeat on every figure, so each is converted once.
const hantCache = new Map<string, string>();

function toHant(text: string): string {
  let hant = hantCache.get(text);
  if (hant === undefined) {
    hant = [...text].map((c) => HANT_CHAR.get(c) ?? c).join('');
    if (hantCache.size < 1024) hantCache.set(text, hant);
  }
  return hant;
}

function groupThousands(plain: string): string {
  const point = plain.indexOf('.');
  const intLength = point < 0 ? plain.length : point;
  // Most figures are below a thousand: nothing to group, and no regular expression to run.
  if (intLength <= 3 || (intLength === 4 && plain.charCodeAt(0) === 45)) return plain;
  const [int = '', frac] = plain.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

function zhSymbol(unit: Unit, locale: 'zh-Hans' | 'zh-Hant'): string {
  if (ZH_UNWRITTEN.has(unit.symbol)) return '';
  if (ZH_SPELLED_OUT.has(unit.symbol)) return unit.names[locale];
  return locale === 'zh-Hant' ? toHant(unit.symbol) : unit.symbol;
}

/** A gap unit in one locale: 个百分点 / 個百分點 / percentage points. */
function gapName(symbol: string, locale: Locale): string {
  const name = GAP_NAMES[symbol];
  if (name) return name[locale];
  return locale === 'zh-Hant' ? toHant(symbol) : symbol;
}

/** Dimensions whose factor is not a 万/亿/千 prefix to expand in English: shares, concentrations, changes in a share. */
const UNPREFIXED = new Set(['share', 'mass-concentration', 'share-points']);

const expands = new WeakMap<Unit, boolean>();

/** Whether English expands the unit's factor into the number (2.5万批次 → 25,000 batches); never for a rate per population. */
function expandsInEnglish(unit: Unit): boolean {
  let known = expands.get(unit);
  if (known === undefined) {
    known = !unit.factor.eq(1) && !UNPREFIXED.has(unit.dimension) && !unit.dimension.includes('/');
    expands.set(unit, known);
  }
  return known;
}

const PLURAL = new Intl.PluralRules('en');
const PERCENT = parseUnit('%') as Unit;

/** The English name of a unit after a number printed as `plain`: singular after exactly one where the unit has one. */
function englishName(plain: string, unit: Unit): string {
  return unit.one && PLURAL.select(Number(plain)) === 'one' ? unit.one.en : unit.names.en;
}

const bareNames = new Map<string, string>();

/** A prefixed unit's English name without its prefix (ten thousand batches → batches), worked out once per name. */
function bareEnglishName(unit: Unit): string {
  let bare = bareNames.get(unit.names.en);
  if (bare === undefined) {
    bare = unit.names.en.replace(/^(ten thousand|hundred million|thousand) /, '');
    bareNames.set(unit.names.en, bare);
  }
  return bare;
}

/** The English text of a quantity (not a fraction) whose number prints as `plain` at `places`. */
function englishQuantity(value: Dec, plain: string, unit: Unit, places: number): string {
  if (unit.symbol === '%' || unit.symbol === '‰') return `${plain}${unit.symbol}`;
  if (expandsInEnglish(unit))
    return englishCount(groupThousands(decimalString(value.times(unit.factor), places)), bareEnglishName(unit));
  const n = groupThousands(plain);
  if (unit.dimension === 'mass-concentration') return `${n} ${unit.symbol}`;
  // Rates and 个百分点 carry their own singular (1 batch per thousand people); the rest count by the noun.
  return unit.one ? `${n} ${englishName(plain, unit)}` : englishCount(n, unit.names.en);
}

/**
 * Formats a value in its unit the way the documents write it: 95%, 2.5万批次, 150亿元, 29微克/立方米;
 * in English the unit is spelt out and prefixed units are expanded (25,000 batches).
 * @example formatQuantity(D('2.5'), parseUnit('万批次')!, 'zh-Hans') // '2.5万批次'
 */
export function formatQuantity(value: Dec, unit: Unit, locale: Locale, places = 4): string {
  if (unit.symbol === 'fraction') return formatQuantity(value.times(100), PERCENT, locale, places);
  const plain = decimalString(value, places);
  if (locale !== 'en') return `${plain}${suffixes(unit)[locale]}`;
  return englishQuantity(value, plain, unit, places);
}

/**
 * Formats a gap in the unit it is spoken in: a shortfall in % is 个百分点 (percentage points).
 * @example formatGap(D('0.4'), parseUnit('%')!, 'zh-Hans') // '0.4个百分点'
 */
export function formatGap(value: Dec, unit: Unit, locale: Locale, places = 4): string {
  if (unit.symbol === 'fraction') return formatGap(value.times(100), PERCENT, locale, places);
  const shown = visiblePlaces(value, places);
  if (unit.gapSymbol === unit.symbol) return formatQuantity(value, unit, locale, shown);
  const n = decimalString(value, shown);
  if (locale === 'en') return englishCount(n, gapName(unit.gapSymbol, locale));
  return `${n}${PUNCTUATION.space[locale]}${gapName(unit.gapSymbol, locale)}`;
}

const suffixCache = new Map<string, LocalizedText>();

/** The Chinese suffixes of a unit ("%", "微克/立方米", "萬批次"), and its plain English one, computed once per symbol. */
function suffixes(unit: Unit): LocalizedText {
  let cached = suffixCache.get(unit.symbol);
  if (!cached) {
    const en =
      unit.symbol === '%' || unit.symbol === '‰'
        ? unit.symbol
        : ` ${unit.dimension === 'mass-concentration' ? unit.symbol : unit.names.en}`;
    cached = { 'zh-Hans': zhSymbol(unit, 'zh-Hans'), 'zh-Hant': zhSymbol(unit, 'zh-Hant'), en };
    suffixCache.set(unit.symbol, cached);
  }
  return cached;
}

/**
 * A quantity in all three locales at once, the number formatted a single time (twice where English
 * expands a 万/亿 prefix into it).
 * @example quantityTexts(D('95'), parseUnit('%')!).en // '95%'
 */
export function quantityTexts(value: Dec, unit: Unit, places = 4): LocalizedText {
  if (unit.symbol === 'fraction') return quantityTexts(value.times(100), PERCENT, places);
  const plain = decimalString(value, places);
  const s = suffixes(unit);
  return {
    'zh-Hans': `${plain}${s['zh-Hans']}`,
    'zh-Hant': `${plain}${s['zh-Hant']}`,
    en: englishQuantity(value, plain, unit, places),
  };
}

/**
 * A gap in all three locales at once (the number is formatted a single time).
 * @example gapTexts(D('0.4'), parseUnit('%')!)['zh-Hans'] // '0.4个百分点'
 */
export function gapTexts(value: Dec, unit: Unit, places = 4): LocalizedText {
  if (unit.symbol === 'fraction') return gapTexts(value.times(100), PERCENT, places);
  if (unit.gapSymbol === unit.symbol) return quantityTexts(value, unit, visiblePlaces(value, places));
  const plain = gapString(value, places);
  return {
    'zh-Hans': `${plain}${unit.gapSymbol}`,
    'zh-Hant': `${plain}${gapName(unit.gapSymbol, 'zh-Hant')}`,
    en: englishCount(plain, gapName(unit.gapSymbol, 'en')),
  };
}
