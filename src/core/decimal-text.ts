/**
 * Exact work on decimal spellings before they become Decimals. Unit factors are powers of ten, so converting a
 * figure (29.27亿元 to 万元) only moves its decimal point: done on the text, the figure is parsed once and
 * never multiplied or divided. A property test holds every function here to decimal.js.
 */
import { D, type Dec } from './decimal.js';

/**
 * The spelling of `text × 10^places`, for a plain decimal spelling (`[+-]digits[.digits]`, `.5`, `5.`): the
 * same digits with the point moved, its sign kept (so `-0` stays a negative zero, as `times` keeps it).
 * `new D(result)` equals `new D(text).times(10 ** places)` in value and sign, whatever the precision,
 * since no digit is dropped.
 * @example shiftedDecimalText('29.27', 4) // '292700'; shiftedDecimalText('-.5', -2) // '-0.005'
 */
export function shiftedDecimalText(text: string, places: number): string {
  if (places === 0) return text;
  const first = text.charCodeAt(0);
  const start = first === 45 || first === 43 ? 1 : 0; // '-' or '+'
  const sign = first === 45 ? '-' : '';
  const point = text.indexOf('.', start);
  const whole = point < 0 ? text.slice(start) : text.slice(start, point);
  const digits = point < 0 ? whole : whole + text.slice(point + 1);
  // Where the point lands among the digits.
  const at = whole.length + places;
  if (at <= 0) return `${sign}0.${'0'.repeat(-at)}${digits}`;
  if (at >= digits.length) return sign + digits + '0'.repeat(at - digits.length);
  return `${sign}${digits.slice(0, at)}.${digits.slice(at)}`;
}

/**
 * The power of ten a plain decimal spelling of a unit factor ratio is (`'10000'` → 4, `'0.01'` → -2), or
 * undefined when it is not one.
 * @example powerOfTen('0.001') // -3
 */
export function powerOfTen(text: string): number | undefined {
  if (/^10*$/.test(text)) return text.length - 1;
  if (/^0\.0*1$/.test(text)) return -(text.length - 2);
  return undefined;
}

const WORD_DIGITS = 7;
const POWERS: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/**
 * `new D(text)` for a plain decimal spelling (`[+-]digits[.digits]`, `.5`, `5.`), built straight from the
 * characters: decimal.js's documented fields written on a fresh instance, as decimal.js's own parser leaves
 * them (`d` base-10^7 digit words aligned on the point, the first without leading zeros and the last not
 * zero; `e` the power of ten of the first digit; `s` the sign, so `-0` stays a negative zero). decimal.js
 * does not round a string to its precision on construction, so neither does this: every digit is kept.
 * Anything else (an exponent, spaces, no digit) goes to `new D(text)`, which parses or throws as before.
 * A property test holds all three fields to decimal.js.
 * @example decimalFromText('-098.50').d // [98, 5000000] (e 1, s -1)
 */
export function decimalFromText(text: string): Dec {
  return shiftedDecimal(text, 0) ?? new D(text);
}

/**
 * `new D(shiftedDecimalText(text, places))` for a plain decimal spelling, read in one pass over its
 * characters (no shifted text is built: moving the point only moves the exponent the digit words align
 * on), or undefined when `text` is not a plain spelling (the pattern `[+-]?(\d+(\.\d*)?|\.\d+)`: an
 * exponent, a space, a second point, no digit, an empty text). Every digit is kept, as decimal.js keeps a
 * string's; a property test holds the fields to decimal.js.
 * @example shiftedDecimal('29.27', 4)?.toString() // '292700'; shiftedDecimal('1e5', 0) // undefined
 */
export function shiftedDecimal(text: string, places: number): Dec | undefined {
  const length = text.length;
  const first = text.charCodeAt(0);
  const start = first === 45 || first === 43 ? 1 : 0; // '-' or '+'
  let point = text.indexOf('.', start);
  if (point < 0) point = length;
  // Leading zeros (and the point among them) say nothing but that a digit was written.
  let i = start;
  let zeros = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 48) zeros += 1;
    else if (c !== 46 || i !== point) break;
  }
  if (i === length) return zeros === 0 ? undefined : zeroOfSign(first === 45);
  const lead = text.charCodeAt(i) - 49; // the first non-zero digit, 1 to 9 as 0 to 8
  if (lead < 0 || lead > 8) return undefined;
  const e = (i < point ? point - i - 1 : point - i) + places;
  // The first word holds the digits from 10^e down to the next multiple of 10^7.
  let room = (((e + 1) % WORD_DIGITS) + WORD_DIGITS) % WORD_DIGITS || WORD_DIGITS;
  const words: number[] = [];
  let word = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) {
      if (i === point) continue;
      return undefined;
    }
    word = word * 10 + c;
    room -= 1;
    if (room === 0) {
      words.push(word);
      word = 0;
      room = WORD_DIGITS;
    }
  }
  // The last word is padded on the right to its full width (its place in the point-aligned words); words
  // of trailing zeros are dropped, as decimal.js drops them (the first word is never zero).
  if (room < WORD_DIGITS) words.push(word * (POWERS[room] as number));
  while (words[words.length - 1] === 0) words.pop();
  // A fresh instance by decimal.js's cheapest route (a number zero), so it has the shape of every other Decimal.
  const result = new D(0);
  // Decimals are read-only to their users; this one is not yet anyone's.
  const fields = result as unknown as { d: number[]; e: number; s: number };
  fields.s = first === 45 ? -1 : 1;
  fields.d = words;
  fields.e = e;
  return result;
}

/** Zero with the sign its spelling gave (decimal.js keeps `-0`'s). */
function zeroOfSign(negative: boolean): Dec {
  const zero = new D(0);
  if (negative) (zero as unknown as { s: number }).s = -1;
  return zero;
}
