import { Decimal } from 'decimal.js';

/**
 * The library's own Decimal constructor: a clone, so a host app that reconfigures the global
 * Decimal cannot change our results. 40 significant digits keeps weight shares like 1/3 exact
 * far beyond any published figure. The exponent limits are decimal.js's widest, so `toString()` always
 * prints plain digits: reports promise decimal strings, never "1e+45" or "4e-323".
 * @example D('19').div(20).times(100).toString() // '95'
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A Decimal instance made by {@link D}. */
export type Dec = InstanceType<typeof D>;

/** A value as users write it: a finite number or a plain decimal string such as "95" or "0.4". */
export type DecimalInput = number | string;

/** Zero, one and a hundred, shared: Decimals are immutable, and a literal argument (`x.lt(0)`) would construct one per call. */
export const ZERO = new D(0);
/** See {@link ZERO}. */
export const ONE = new D(1);
/** See {@link ZERO}. */
export const HUNDRED = new D(100);

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Whether `text` is a plain decimal string (no exponent, no NaN/Infinity, no thousands separators). */
export function isDecimalString(text: string): boolean {
  return DECIMAL_STRING.test(text.trim());
}

// Figures repeat across regions and years (100%, 95%, 3 个), and parsing a decimal costs far more than a
// lookup, so each spelling is parsed once. Decimals are immutable, so one instance can serve every caller.
const parsedCache = new Map<DecimalInput, Dec>();
const PARSED_CACHE_LIMIT = 4_096;

function remember(key: DecimalInput, value: Dec): Dec {
  // A bounded cache: start afresh rather than grow without limit on a stream of distinct figures.
  if (parsedCache.size >= PARSED_CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(key, value);
  return value;
}

/**
 * Converts a validated number or decimal string to a Decimal. A JS number goes through its
 * shortest round-trip string, so 0.1 becomes exactly 0.1, never 0.1000000000000000055….
 * @example toDecimal(0.95).toString() // '0.95'
 */
export function toDecimal(value: DecimalInput | Dec): Dec {
  if (value instanceof D) return value;
  const cached = parsedCache.get(value);
  if (cached !== undefined) return cached;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return remember(value, new D(String(value)));
  }
  const text = value.trim();
  if (!isDecimalString(text)) throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
  return remember(value, new D(text));
}

/** Rounds half-up to `places` and returns the plain string with trailing zeros removed. */
export function decimalString(value: Dec, places = 10): string {
  // Most figures already fit: skip the rounding allocation on the hot path.
  if (placesOf(value) <= places) return plainString(value);
  return value.d ? roundedString(value, places) : value.toDecimalPlaces(places, D.ROUND_HALF_UP).toString();
}

const ZEROS = '0000000';

/**
 * What `value.decimalPlaces()` gives, read from the documented fields as decimal.js reads them (the words
 * after the units word, less the last word's trailing zeros, found by remainders instead of a loop of
 * divisions); NaN for NaN and ±Infinity. A property test holds it to `decimalPlaces()`.
 * @example placesOf(D('85.230')) // 2
 */
export function placesOf(value: Dec): number {
  const words = value.d;
  if (!words) return Number.NaN;
  const w = words.length - 1;
  const last = words[w] as number;
  const n = (w - Math.floor(value.e / 7)) * 7 - (last === 0 ? 0 : trailingZeros(last));
  return Math.max(n, 0);
}

/** The trailing zeros of a digit word from 1 to 9,999,999 (at most 6), by remainders. */
export function trailingZeros(word: number): number {
  if (word % 10 !== 0) return 0;
  if (word % 100 !== 0) return 1;
  if (word % 1e3 !== 0) return 2;
  if (word % 1e4 !== 0) return 3;
  if (word % 1e5 !== 0) return 4;
  return word % 1e6 !== 0 ? 5 : 6;
}

/**
 * What `value.toString()` prints (plain digits: {@link D}'s exponent limits rule out exponent notation), read
 * straight from decimal.js's documented fields: the digit words are aligned on the decimal point, so the words
 * at or above the units place (`e` div 7 of them after the first) print the whole part and the rest the
 * fraction, each padded to its seven digits, the last with its trailing zeros dropped; zero prints "0" whatever
 * its sign, as decimal.js prints it. NaN and ±Infinity go to decimal.js. A property test holds it to `toString()`.
 * @example plainString(D('-098.50')) // '-98.5'
 */
export function plainString(value: Dec): string {
  // A target's observed figure is printed again as its quantity text, straight after: remember the last one.
  if (value === lastPrinted) return lastText;
  const text = printedDigits(value);
  lastPrinted = value;
  lastText = text;
  return text;
}

let lastPrinted: Dec | undefined;
let lastText = '';

/** {@link plainString}, worked out. */
function printedDigits(value: Dec): string {
  const words = value.d;
  if (!words) return value.toString();
  const first = words[0] as number;
  if (first === 0) return '0';
  const last = words.length - 1;
  // The index of the word holding the units digit (negative: the value is below 1).
  const units = Math.floor(value.e / 7);
  let whole: string;
  if (units < 0) whole = '0';
  else {
    whole = String(first);
    for (let i = 1; i <= units; i++) whole += i <= last ? padded(words[i] as number) : ZEROS;
  }
  let text = whole;
  if (last > units) {
    let fraction = units < -1 ? ZEROS.repeat(-units - 1) : '';
    const from = units < 0 ? 0 : units + 1;
    for (let i = from; i < last; i++) fraction += padded(words[i] as number);
    // The last word is not zero (decimal.js drops zero words); its trailing zeros are not digits of the value.
    const zeros = trailingZeros(words[last] as number);
    const tail = (words[last] as number) / (WORD_POWERS[zeros] as number);
    const width = 7 - zeros;
    const digits = String(tail);
    fraction += digits.length < width ? ZEROS.slice(7 - width + digits.length) + digits : digits;
    text = `${whole}.${fraction}`;
  }
  return value.s < 0 ? `-${text}` : text;
}

/** A digit word (below 10^7) as its seven digits, leading zeros included. */
function padded(word: number): string {
  const digits = String(word);
  return digits.length < 7 ? ZEROS.slice(digits.length) + digits : digits;
}

/**
 * What `value.toDecimalPlaces(places, ROUND_HALF_UP).toString()` prints, for a finite value with more than
 * `places` decimals, read straight from decimal.js's documented digit words (`d`, base 10^7, the first
 * without leading zeros), exponent (`e`, the power of ten of the first digit) and sign (`s`): a 40-digit
 * share of points rounds to 4 places without a Decimal in between. A property test holds it to decimal.js.
 */
function roundedString(value: Dec, places: number): string {
  // The digits kept: those before the point and `places` after it; the next one decides (half-up).
  const keep = value.e + 1 + places;
  if (keep < 0) return '0';
  const words = value.d;
  let digits = String(words[0]);
  // Only the words up to the deciding digit: a 40-digit quotient printed at 4 places needs one or two.
  for (let i = 1; i < words.length && digits.length <= keep; i++) digits += padded(words[i] as number);
  const up = digits.charCodeAt(keep) >= 53; // '5'
  let kept = digits.slice(0, keep);
  if (up) kept = incremented(kept);
  else if (keep === 0) return '0';
  // `kept` starts with a non-zero digit and ends `places` digits after the point.
  const split = kept.length - places;
  const whole = split > 0 ? kept.slice(0, split) : '0';
  let fraction = split > 0 ? kept.slice(split) : '0'.repeat(-split) + kept;
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end -= 1;
  fraction = fraction.slice(0, end);
  const text = fraction ? `${whole}.${fraction}` : whole;
  return value.s < 0 ? `-${text}` : text;
}

/** A string of decimal digits plus one unit in its last place ('' + 1 is '1', '199' + 1 is '200'). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i -= 1; // '9'
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - 1 - i)}`;
}

/**
 * A plain decimal string times 10^k (k > 0), by moving its point: exact, as multiplying is.
 * @example shiftedPoint('2.5', 4) // '25000'
 */
export function shiftedPoint(plain: string, k: number): string {
  const negative = plain.charCodeAt(0) === 45; // '-'
  const body = negative ? plain.slice(1) : plain;
  const point = body.indexOf('.');
  const whole = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? '' : body.slice(point + 1);
  let digits: string;
  let rest = '';
  if (fraction.length <= k) digits = whole + fraction + '0'.repeat(k - fraction.length);
  else {
    digits = whole + fraction.slice(0, k);
    rest = fraction.slice(k);
  }
  // 0.0025万 is 25: the zeros before the first digit go.
  let first = 0;
  while (first < digits.length - 1 && digits.charCodeAt(first) === 48) first += 1;
  if (first > 0) digits = digits.slice(first);
  const text = rest ? `${digits}.${rest}` : digits;
  return negative ? `-${text}` : text;
}

const WORD = 1e7;
const WORD_POWERS: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/** How many decimal digits a word (0 < n < 10^7) has. */
function wordDigits(n: number): number {
  let count = 1;
  while (count < 7 && n >= (WORD_POWERS[count] as number)) count += 1;
  return count;
}

/**
 * `value × 10^shift / divisor` for a finite non-zero `value` and an integer divisor from 1 to 9,999,999: the
 * Decimal decimal.js's `div` gives for it (40 significant digits, half-up: away from zero on a tie), digit
 * word for digit word, or undefined for zero. An unmet at-least target's attainment is its value over a
 * threshold such as 95 (or 92.5: 925 with a shift of 1); decimal.js's general division (a copy of the
 * divisor, then rounding passes) costs several times this one long division by a single word.
 *
 * decimal.js keeps a value as base-10^7 words aligned on the decimal point (`d`, the first without leading
 * zeros, the last not zero), the power of ten of its first digit (`e`) and its sign (`s`), as its
 * documentation describes them. Multiplying by 10^shift moves whole words and multiplies each by the rest
 * (below 10^7, so every product is exact); dividing by one word keeps every word in its place. The result
 * is a fresh Decimal given those three fields, as decimal.js builds its own results; a property test holds
 * all three to decimal.js's division.
 * @example quotientByWord(D('92.7'), 95).toString() // '0.9757894736842105263157894736842105263158'
 */
export function quotientByWord(value: Dec, divisor: number, shift = 0): Dec | undefined {
  let digits: readonly number[] | undefined = value.d;
  if (!digits || digits[0] === 0) return undefined;
  // The power of 10^7 of the first word of the dividend, and (once found) of the first non-zero quotient word.
  let place = Math.floor(value.e / 7);
  if (shift !== 0) {
    const rest = ((shift % 7) + 7) % 7;
    place += (shift - rest) / 7;
    if (rest > 0) {
      const scaled = timesPowerOfTen(digits, WORD_POWERS[rest] as number);
      if (scaled.length > digits.length) place += 1;
      digits = scaled;
    }
  }
  const count = digits.length;
  const precision = D.precision;
  const words: number[] = [];
  let significant = 0;
  let remainder = 0;
  // Words until digit precision + 1 (the one half-up rounding reads), or until the division is exact.
  for (let i = 0; significant <= precision && (remainder !== 0 || i < count); i++) {
    const t = remainder * WORD + (i < count ? (digits[i] as number) : 0);
    const word = Math.floor(t / divisor);
    remainder = t - word * divisor;
    if (words.length > 0) {
      words.push(word);
      significant += 7;
    } else if (word !== 0) {
      words.push(word);
      significant = wordDigits(word);
      place -= i;
    }
  }
  if (significant > precision && roundWords(words, significant, precision)) place += 1;
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  // A number zero is decimal.js's cheapest construction (no instance check, no copy of digit words).
  const result = new D(0);
  // Decimals are read-only to their users; this one is not yet anyone's.
  const fields = result as unknown as { d: number[]; e: number; s: number };
  fields.d = words;
  fields.e = place * 7 + wordDigits(words[0] as number) - 1;
  fields.s = value.s;
  return result;
}

/** Digit words times a power of ten below 10^7, carried from the last word up (a new first word if it overflows). */
function timesPowerOfTen(digits: readonly number[], factor: number): number[] {
  const out = new Array<number>(digits.length);
  let carry = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    const t = (digits[i] as number) * factor + carry;
    carry = Math.floor(t / WORD);
    out[i] = t - carry * WORD;
  }
  if (carry > 0) out.unshift(carry);
  return out;
}

/**
 * The value as a number when it is a whole number from 1 to 9,999,999 (one digit word in the units place,
 * positive), the divisors {@link quotientByWord} takes; else undefined.
 * @example wholeWord(D('95')) // 95
 */
export function wholeWord(value: Dec): number | undefined {
  const digits = value.d;
  return digits && digits.length === 1 && value.s === 1 && value.e >= 0 && value.e < 7 && digits[0] !== 0
    ? digits[0]
    : undefined;
}

/**
 * Rounds quotient words holding `significant` digits (more than `precision`) half-up to `precision` digits,
 * in place; true when the carry added a new first word.
 */
function roundWords(words: number[], significant: number, precision: number): boolean {
  const lead = significant - 7 * (words.length - 1);
  // The word holding the last digit kept, and how many of its digits go.
  const last = lead >= precision ? 0 : Math.ceil((precision - lead) / 7);
  const dropped = last === 0 ? lead - precision : 7 - (precision - lead - 7 * (last - 1));
  const word = words[last] as number;
  const next =
    dropped > 0
      ? Math.floor(word / (WORD_POWERS[dropped - 1] as number)) % 10
      : Math.floor((words[last + 1] as number) / 1e6);
  words.length = last + 1;
  const unit = WORD_POWERS[dropped] as number;
  words[last] = Math.floor(word / unit) * unit;
  if (next < 5) return false;
  let j = last;
  words[j] = (words[j] as number) + unit;
  while ((words[j] as number) >= WORD) {
    words[j] = (words[j] as number) - WORD;
    if (j === 0) {
      words.unshift(1);
      return true;
    }
    j -= 1;
    words[j] = (words[j] as number) + 1;
  }
  return false;
}

/**
 * The decimal places to print a gap at: `places`, or all of its digits where a non-zero value would
 * round to 0 there, so a not-met target never shows a gap of zero.
 * @example visiblePlaces(D('0.00000000000000001'), 4) // 17
 */
export function visiblePlaces(value: Dec, places: number): number {
  const all = placesOf(value);
  if (all <= places) return places;
  const roundsToZero = value.d ? belowHalfUnit(value, places) : value.toDecimalPlaces(places, D.ROUND_HALF_UP).isZero();
  return roundsToZero ? all : places;
}

/**
 * Whether a finite non-zero value is below half a unit in its `places`-th decimal place, so that it rounds
 * half-up to zero there: read from its exponent (the power of ten of its first digit) and first digit, without
 * the rounded Decimal `toDecimalPlaces` would build.
 */
function belowHalfUnit(value: Dec, places: number): boolean {
  const e = value.e;
  if (e !== -places - 1) return e < -places - 1;
  const first = (value.d as number[])[0] as number;
  return first < 5 * (WORD_POWERS[wordDigits(first) - 1] as number);
}

/**
 * A gap as a plain string at {@link visiblePlaces}: never "0" for a non-zero shortfall.
 * @example gapString(D('0.00000000000000001'), 4) // '0.00000000000000001'
 */
export function gapString(value: Dec, places = 10): string {
  return decimalString(value, visiblePlaces(value, places));
}

/**
 * What `a.cmp(b)` gives (-1, 0 or 1), read from the two values' documented fields (sign, exponent, digit
 * words) as decimal.js compares them, without the copy of `b` decimal.js makes on every comparison (`lt`,
 * `gt`, `gte`… all go through it). NaN and ±Infinity go to decimal.js. A property test holds it to `cmp`.
 * @example compared(D('99.5'), HUNDRED) // -1
 */
export function compared(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.cmp(b);
  const as = a.s;
  const bs = b.s;
  // Zero of either sign equals zero of either sign.
  if (ad[0] === 0 || bd[0] === 0) return ad[0] !== 0 ? as : bd[0] !== 0 ? -bs : 0;
  if (as !== bs) return as;
  if (a.e !== b.e) return a.e > b.e === as > 0 ? 1 : -1;
  const al = ad.length;
  const bl = bd.length;
  const n = Math.min(al, bl);
  for (let i = 0; i < n; i++) {
    const x = ad[i] as number;
    const y = bd[i] as number;
    if (x !== y) return x > y === as > 0 ? 1 : -1;
  }
  return al === bl ? 0 : al > bl === as > 0 ? 1 : -1;
}

/** The smaller of two Decimals. */
export function minDec(a: Dec, b: Dec): Dec {
  return compared(a, b) <= 0 ? a : b;
}

/** The larger of two Decimals. */
export function maxDec(a: Dec, b: Dec): Dec {
  return compared(a, b) >= 0 ? a : b;
}

/** Clamps a Decimal into [0, 1]. */
export function clampUnit(value: Dec): Dec {
  if (compared(value, ZERO) < 0) return ZERO;
  if (compared(value, ONE) > 0) return ONE;
  return value;
}

/** Sums Decimals exactly. */
export function sumDec(values: Iterable<Dec>): Dec {
  let total = new D(0);
  for (const v of values) total = total.plus(v);
  return total;
}
