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
  const length = text.length;
  const first = text.charCodeAt(0);
  const start = first === 45 || first === 43 ? 1 : 0; // '-' or '+'
  let point = -1;
  let firstDigit = -1; // index of the first non-zero digit
  let lastDigit = -1; // index of the last non-zero digit
  let digitCount = 0;
  for (let i = start; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point < 0)
      point = i; // '.'
    else if (c >= 48 && c <= 57) {
      digitCount += 1;
      if (c !== 48) {
        if (firstDigit < 0) firstDigit = i;
        lastDigit = i;
      }
    } else return new D(text);
  }
  if (digitCount === 0) return new D(text);
  // A fresh instance by decimal.js's cheapest route (a number zero), so it has the shape of every other Decimal.
  const result = new D(0);
  // Decimals are read-only to their users; this one is not yet anyone's.
  const fields = result as unknown as { d: number[]; e: number; s: number };
  fields.s = first === 45 ? -1 : 1;
  if (firstDigit < 0) return result;
  if (point < 0) point = length;
  const e = firstDigit < point ? point - firstDigit - 1 : point - firstDigit;
  // The first word holds the digits from 10^e down to the next multiple of 10^7.
  let room = (((e + 1) % WORD_DIGITS) + WORD_DIGITS) % WORD_DIGITS || WORD_DIGITS;
  const words: number[] = [];
  let word = 0;
  for (let i = firstDigit; i <= lastDigit; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) continue;
    word = word * 10 + (c - 48);
    room -= 1;
    if (room === 0) {
      words.push(word);
      word = 0;
      room = WORD_DIGITS;
    }
  }
  // The last word is padded on the right to its full width (its place in the point-aligned words).
  if (room < WORD_DIGITS) words.push(word * (POWERS[room] as number));
  fields.d = words;
  fields.e = e;
  return result;
}
