import { englishCount, englishNoun } from '../locales/en.js';
import { PUNCTUATION, UNIT_NAMES } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { type Dec, decimalString, gapString, placesOf, shiftedPoint, visiblePlaces } from './decimal.js';
import { keptPerObject } from './kept.js';
import { scaledOf } from './scaled.js';
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
  // Most figures are below a thousand: nothing to group.
  if (intLength <= 3 || (intLength === 4 && plain.charCodeAt(0) === 45)) return plain;
  // Commas every three digits from the point back, built by slices: no split, no regular expression.
  const start = plain.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const head = (intLength - start) % 3 || 3;
  let grouped = plain.slice(0, start + head);
  for (let i = start + head; i < intLength; i += 3) grouped += `,${plain.slice(i, i + 3)}`;
  return point < 0 ? grouped : grouped + plain.slice(point);
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

/** Whether English expands the unit's factor into the number (2.5万批次 → 25,000 batches); never for a rate per population. */
const expandsInEnglish = keptPerObject(
  (unit: Unit): boolean => !unit.factor.eq(1) && !UNPREFIXED.has(unit.dimension) && !unit.dimension.includes('/'),
);

const PLURAL = new Intl.PluralRules('en');
const PERCENT = parseUnit('%') as Unit;

/** The English name of a unit after a number printed as `plain`: singular after exactly one where the unit has one. */
function englishName(plain: string, unit: Unit): string {
  return unit.one && isEnglishOne(plain) ? unit.one.en : unit.names.en;
}

const oneCache = new Map<string, boolean>();

/**
 * Whether English counts a number printed as `plain` (no separators) as one: ±1 after Intl's rounding to
 * 3 decimals. Only figures within 0.01 of ±1 can be (as `englishNoun` reads it), and Intl is asked once
 * per such spelling: most counts of 1 print as "1".
 */
function isEnglishOne(plain: string): boolean {
  if (!spelledNearOne(plain)) return false;
  const value = Number(plain);
  if (Math.abs(Math.abs(value) - 1) >= 0.01) return false;
  let one = oneCache.get(plain);
  if (one === undefined) {
    one = PLURAL.select(value) === 'one';
    if (oneCache.size < 1024) oneCache.set(plain, one);
  }
  return one;
}

/**
 * Whether a plain spelling (no separators) may lie within 0.01 of ±1, read from its first characters: only
 * 1, 1.x and 0.99x can, so every other figure is told apart without parsing it into a number.
 */
function spelledNearOne(plain: string): boolean {
  const at = plain.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const first = plain.charCodeAt(at);
  if (first === 49) return plain.length === at + 1 || plain.charCodeAt(at + 1) === 46; // '1', '1.'
  // '0.99'
  return (
    first === 48 &&
    plain.charCodeAt(at + 1) === 46 &&
    plain.charCodeAt(at + 2) === 57 &&
    plain.charCodeAt(at + 3) === 57
  );
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
 * How a unit writes a figure in each locale, worked out once per unit: the Chinese suffixes, the English
 * form, and the gap's words.
 */
interface UnitTexts {
  readonly hans: string;
  readonly hant: string;
  /** `%`/`‰` (suffix), concentration (grouped + symbol), `one` (singular where the unit has one), count (noun by number), or expand. */
  readonly english: 'suffix' | 'concentration' | 'one' | 'count' | 'expand';
  /** The English suffix, the concentration's symbol, or the (bare, for `expand`) plural noun. */
  readonly enWord: string;
  /** The noun after a count of one (`englishNoun` of the plural for one). */
  readonly enOne: string;
  /** For `expand`: the power of ten of the factor (0 when the factor is not one: multiply then). */
  readonly shift: number;
  /** The gap's words, when a gap is not written as a quantity of the unit itself. */
  readonly gap: LocalizedText | undefined;
  /** The gap's English noun after one. */
  readonly gapOne: string;
  /** Whether zh-Hant writes the unit as zh-Hans does (家, %). */
  readonly sameHant: boolean;
  /** Whether English writes a quantity as zh-Hans does (95%). */
  readonly sameEnglish: boolean;
}

const unitTexts = keptPerObject(unitTextsOf);

function unitTextsOf(unit: Unit): UnitTexts {
  const s = suffixes(unit);
  const english =
    unit.symbol === '%' || unit.symbol === '‰'
      ? 'suffix'
      : expandsInEnglish(unit)
        ? 'expand'
        : unit.dimension === 'mass-concentration'
          ? 'concentration'
          : unit.one
            ? 'one'
            : 'count';
  const enWord =
    english === 'suffix' || english === 'concentration'
      ? unit.symbol
      : english === 'expand'
        ? bareEnglishName(unit)
        : unit.names.en;
  const factor = english === 'expand' ? scaledOf(unit.factor) : undefined;
  const shift = factor && factor.coefficient === 1 && factor.exponent > 0 ? factor.exponent : 0;
  const gap =
    unit.gapSymbol === unit.symbol
      ? undefined
      : { 'zh-Hans': unit.gapSymbol, 'zh-Hant': gapName(unit.gapSymbol, 'zh-Hant'), en: gapName(unit.gapSymbol, 'en') };
  const enOne = englishNoun('1', enWord);
  const gapOne = gap ? englishNoun('1', gap.en) : '';
  const sameHant = s['zh-Hant'] === s['zh-Hans'];
  const sameEnglish = english === 'suffix' && enWord === s['zh-Hans'];
  return { hans: s['zh-Hans'], hant: s['zh-Hant'], english, enWord, enOne, shift, gap, gapOne, sameHant, sameEnglish };
}

/** The English text of a quantity whose number prints as `plain` at `places`, in the unit's worked-out form. */
function englishText(value: Dec, plain: string, unit: Unit, texts: UnitTexts, places: number): string {
  switch (texts.english) {
    case 'suffix':
      return `${plain}${texts.enWord}`;
    case 'concentration':
      return `${groupThousands(plain)} ${texts.enWord}`;
    case 'one':
      return `${groupThousands(plain)} ${englishName(plain, unit)}`;
    case 'count':
      return `${groupThousands(plain)} ${isEnglishOne(plain) ? texts.enOne : texts.enWord}`;
    default: {
      // 2.5万 is 25,000: the point moves by the factor's power of ten, exactly as multiplying would, and
      // rounding the figure `shift` places further is rounding the product at `places`.
      const expanded =
        texts.shift > 0
          ? shiftedPoint(placesOf(value) <= places ? plain : decimalString(value, places + texts.shift), texts.shift)
          : decimalString(value.times(unit.factor), places);
      return `${groupThousands(expanded)} ${isEnglishOne(expanded) ? texts.enOne : texts.enWord}`;
    }
  }
}

/**
 * A quantity in all three locales at once, the number formatted a single time (twice where English
 * expands a 万/亿 prefix into a figure it had to round).
 * @example quantityTexts(D('95'), parseUnit('%')!).en // '95%'
 */
export function quantityTexts(value: Dec, unit: Unit, places = 4): LocalizedText {
  if (unit.symbol === 'fraction') return quantityTexts(value.times(100), PERCENT, places);
  return textsOfQuantity(value, decimalString(value, places), unit, unitTexts(unit), places);
}

/**
 * {@link quantityTexts} at 4 places of a value already printed in full: `plain` must be what
 * `plainString(value)` prints. With at most 4 decimals that is the number the texts show, and it is not
 * printed again; otherwise the value is rounded and printed as `quantityTexts` does.
 * @example quantityTextsOfPlain(D('2.5'), '2.5', parseUnit('万批次')!).en // '25,000 batches'
 */
export function quantityTextsOfPlain(value: Dec, plain: string, unit: Unit): LocalizedText {
  if (unit.symbol === 'fraction' || !atMostFourPlaces(plain)) return quantityTexts(value, unit);
  return textsOfQuantity(value, plain, unit, unitTexts(unit), 4);
}

/** Whether a plain spelling has at most 4 decimals, so that printing its value at 4 places gives it back. */
function atMostFourPlaces(plain: string): boolean {
  const point = plain.indexOf('.');
  return point < 0 || plain.length - point <= 5;
}

/** {@link quantityTexts} of a value whose number prints as `plain` at `places`, in a unit other than fraction. */
function textsOfQuantity(value: Dec, plain: string, unit: Unit, texts: UnitTexts, places: number): LocalizedText {
  const hans = `${plain}${texts.hans}`;
  // 95%, 3家: where the scripts (or English) write the same suffix, they share one string.
  return {
    'zh-Hans': hans,
    'zh-Hant': texts.sameHant ? hans : `${plain}${texts.hant}`,
    en: texts.sameEnglish ? hans : englishText(value, plain, unit, texts, places),
  };
}

/**
 * A gap in all three locales at once (the number is formatted a single time).
 * @example gapTexts(D('0.4'), parseUnit('%')!)['zh-Hans'] // '0.4个百分点'
 */
export function gapTexts(value: Dec, unit: Unit, places = 4): LocalizedText {
  if (unit.symbol === 'fraction') return gapTexts(value.times(100), PERCENT, places);
  return textsOfGap(value, gapString(value, places), unit, unitTexts(unit), places);
}

/**
 * {@link gapTexts} at 4 places of a gap already printed in full: `plain` must be what `plainString(value)`
 * prints (a gap worked out as a scaled integer prints its own digits). With at most 4 decimals that is the
 * number the texts show; otherwise the gap is printed at its visible places as `gapTexts` does.
 * @example gapTextsOfPlain(D('6.4955'), '6.4955', parseUnit('%')!).en // '6.4955 percentage points'
 */
export function gapTextsOfPlain(value: Dec, plain: string, unit: Unit): LocalizedText {
  if (unit.symbol === 'fraction' || !atMostFourPlaces(plain)) return gapTexts(value, unit);
  return textsOfGap(value, plain, unit, unitTexts(unit), 4);
}

/** {@link gapTexts} of a gap printed as `plain` (its visible places), in a unit other than fraction. */
function textsOfGap(value: Dec, plain: string, unit: Unit, texts: UnitTexts, places: number): LocalizedText {
  if (!texts.gap) return textsOfQuantity(value, plain, unit, texts, visiblePlaces(value, places));
  return {
    'zh-Hans': `${plain}${texts.gap['zh-Hans']}`,
    'zh-Hant': `${plain}${texts.gap['zh-Hant']}`,
    en: `${plain} ${isEnglishOne(plain) ? texts.gapOne : texts.gap.en}`,
  };
}
