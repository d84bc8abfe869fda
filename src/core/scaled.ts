/**
 * Exact scaled integers for the hot path: a decimal of at most 15 significant digits is a safe-integer
 * coefficient times a power of ten, and ratios of two such figures rounded to a few places can be worked out
 * exactly in integer arithmetic, where decimal.js spends a 40-digit long division. Every function here either
 * returns what the decimal.js route gives, byte for byte, or `undefined` (the figures are too long), and the
 * caller falls back to decimal.js. A property test holds both routes equal on random spellings.
 */
import { D, type Dec, trailingZeros } from './decimal.js';

/** An exact decimal: `coefficient × 10^exponent`, the coefficient a safe integer without trailing zeros (0 for zero). */
export interface Scaled {
  readonly coefficient: number;
  readonly exponent: number;
}

/** Significant digits a coefficient may hold: every integer up to 10^15 is exact in a double. */
export const SCALED_DIGITS = 15;

const WORD = 1e7;

/** 10^0 … 10^22, every one exact in a double: a lookup where `10 ** n` would call Math.pow on the hot path. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, n) => 10 ** n);

/** 10^n for an integer 0 ≤ n ≤ 22, from the table; beyond it, computed. */
function pow10(n: number): number {
  return n <= 22 ? (POW10[n] as number) : 10 ** n;
}

function digitCount(n: number): number {
  let count = 1;
  while (n >= pow10(count)) count += 1;
  return count;
}

/**
 * A Decimal as a scaled integer, or undefined when it has more than 15 significant digits (or is not
 * finite). Reads decimal.js's documented digit words (`d`, base 10^7), exponent (`e`) and sign (`s`).
 * @example scaledOf(D('-1.50')) // { coefficient: -15, exponent: -1 }
 */
export function scaledOf(value: Dec): Scaled | undefined {
  const words = value.d;
  if (!words) return undefined;
  const first = words[0] as number;
  if (first === 0) return { coefficient: 0, exponent: 0 };
  const count = words.length;
  const allDigits = digitCount(first) + 7 * (count - 1);
  // The last word may end in zeros (10.00000002 is the words 10, 0, 2000000): drop them before counting, so
  // the coefficient is built from significant digits only and never passes 2^53 on the way.
  const last = words[count - 1] as number;
  // decimal.js drops zero words, so the last word has at most 6 trailing zeros (counted by remainders).
  const trailing = count > 1 ? trailingZeros(last) : 0;
  if (allDigits - trailing > SCALED_DIGITS) return undefined;
  let coefficient = first;
  for (let i = 1; i < count - 1; i++) coefficient = coefficient * WORD + (words[i] as number);
  if (count > 1) coefficient = coefficient * pow10(7 - trailing) + last / pow10(trailing);
  let exponent = value.e - allDigits + 1 + trailing;
  while (coefficient % 10 === 0) {
    coefficient /= 10;
    exponent += 1;
  }
  return { coefficient: value.s < 0 ? -coefficient : coefficient, exponent };
}

/** The integer quotient of two non-negative safe integers whose sum is safe too. */
function quotientOf(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  // A double quotient can land one off either way near an integer; the products below are exact.
  while (quotient * denominator > numerator) quotient -= 1;
  while ((quotient + 1) * denominator <= numerator) quotient += 1;
  return quotient;
}

/**
 * `num / den` rounded half-up to `places` decimals as a plain string without trailing zeros: exactly what
 * `decimalString(num.div(den), places)` prints with 40-digit decimal.js. Defined for `0 ≤ num`, `0 < den`,
 * a quotient below 10 (ratios such as attainments) and at most 10 places; undefined outside that or when
 * an intermediate would pass 2^53.
 *
 * Why one rounding gives what two give: decimal.js first rounds the quotient q to 40 significant digits,
 * then to `places`. The two differ only if q lies within half a 40th-digit unit below a half-way point
 * k.5 × 10^-places. In units of 10^-(places+1), q is A/B with B ≤ 2^53 and the half-way points are
 * integers, so a q not on one lies at least 1/B > 10^-16 away from it, while that half unit is below
 * 10^-27 (q < 10, places ≤ 10); a q exactly on one rounds up both ways.
 * @example ratioText(scaledOf(D('29'))!, scaledOf(D('31'))!, 4) // '0.9355'
 */
export function ratioText(num: Scaled, den: Scaled, places: number): string | undefined {
  if (num.coefficient < 0 || den.coefficient <= 0 || places > 10) return undefined;
  // q × 10^(places+1) = A × 10^shift / B: one digit beyond the last printed one decides the rounding.
  const shift = num.exponent - den.exponent + places + 1;
  let numerator = num.coefficient;
  let denominator = den.coefficient;
  // A quotient below half a unit of the last place rounds to 0 however long its digits (with a margin for
  // the inexact power of ten): 10^-10 against 10^11 is an attainment of 0 without any division.
  if (shift < 0 && numerator / pow10(-shift) < 4) return '0';
  if (shift >= 0) numerator *= pow10(shift);
  else denominator *= pow10(-shift);
  if (
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    !Number.isSafeInteger(numerator + denominator) ||
    shift > 22 ||
    shift < -22
  )
    return undefined;
  const quotient = quotientOf(numerator, denominator);
  if (quotient >= pow10(places + 2)) return undefined;
  const units = Math.floor(quotient / 10) + (quotient % 10 >= 5 ? 1 : 0);
  return unitsText(units, places);
}

/** `units × 10^-places` as a plain decimal string without trailing zeros. */
function unitsText(units: number, places: number): string {
  const scale = pow10(places);
  const whole = Math.floor(units / scale);
  let fraction = units - whole * scale;
  if (fraction === 0) return String(whole);
  let digits = places;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits -= 1;
  }
  return `${whole}.${String(fraction).padStart(digits, '0')}`;
}

/** A divisor as `quotientByWord` takes it: `x / d` is `x × 10^shift / word`. */
export interface WordDivisor {
  readonly word: number;
  readonly shift: number;
}

/**
 * A positive figure of at most 7 significant digits as one digit word and a power of ten (95 is 95; 92.5 is
 * 925 with a shift of 1), for a division by one word; undefined for others.
 * @example wordDivisor({ coefficient: 925, exponent: -1 }) // { word: 925, shift: 1 }
 */
export function wordDivisor(figure: Scaled): WordDivisor | undefined {
  const { coefficient, exponent } = figure;
  if (coefficient <= 0 || coefficient >= 1e7) return undefined;
  if (exponent >= 0 && exponent < 7) {
    const whole = coefficient * pow10(exponent);
    if (whole < 1e7) return { word: whole, shift: 0 };
  }
  return { word: coefficient, shift: -exponent };
}

/** A scaled integer with its coefficient's trailing zeros moved into the exponent (zero as 0 × 10^0). */
function normalized(coefficient: number, exponent: number): Scaled {
  if (coefficient === 0) return { coefficient: 0, exponent: 0 };
  let c = coefficient;
  let e = exponent;
  while (c % 10 === 0) {
    c /= 10;
    e += 1;
  }
  return { coefficient: c, exponent: e };
}

/**
 * `a − b` exactly for two non-zero figures, or undefined for a zero or when aligning the two on the smaller
 * exponent or the difference passes 2^53 (then decimal.js subtracts). The result has at most 16 digits, far inside decimal.js's 40, so it is the
 * value decimal.js's `minus` gives, unrounded.
 * @example scaledDifference(scaledOf(D('95'))!, scaledOf(D('83.5045'))!) // { coefficient: 114955, exponent: -4 }
 */
export function scaledDifference(a: Scaled, b: Scaled): Scaled | undefined {
  // With a zero on either side decimal.js keeps the sign of zero it was given (-0 − 0 is -0): its own route.
  if (a.coefficient === 0 || b.coefficient === 0) return undefined;
  const exponent = Math.min(a.exponent, b.exponent);
  const up = a.exponent - exponent;
  const down = b.exponent - exponent;
  if (up > 22 || down > 22) return undefined;
  // A product past 2^53 rounds to at least 2^53, which is not a safe integer: the checks see every overflow.
  const x = up === 0 ? a.coefficient : a.coefficient * pow10(up);
  const y = down === 0 ? b.coefficient : b.coefficient * pow10(down);
  const difference = x - y;
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y) || !Number.isSafeInteger(difference)) return undefined;
  return normalized(difference, exponent);
}

/**
 * The Decimal of a scaled integer, its fields written as decimal.js writes its own results (digit words
 * of base 10^7 aligned on the decimal point, the first without leading zeros, no zero word at the end; the
 * power of ten of the first digit; the sign), zero as decimal.js's `minus` gives it (+0). A property test
 * holds every field to decimal.js's.
 * @example scaledDecimal({ coefficient: 114955, exponent: -4 }).toString() // '11.4955'
 */
export function scaledDecimal(figure: Scaled): Dec {
  // A number zero is decimal.js's cheapest construction; its fields are then set before anyone reads them.
  const result = new D(0);
  const { coefficient, exponent } = figure;
  if (coefficient === 0) return result;
  let magnitude = coefficient < 0 ? -coefficient : coefficient;
  const digits = digitCount(magnitude);
  const e = digits - 1 + exponent;
  // The first word holds the digits down to the next multiple of 7 of the exponent (1 to 7 of them).
  const lead = e - 7 * Math.floor(e / 7) + 1;
  let rest = digits - lead;
  const words: number[] = [];
  if (rest <= 0) words.push(magnitude * pow10(-rest));
  else {
    // Split off whole words from the top: `%` by a power of ten is exact on safe integers, so is the division after it.
    let unit = pow10(rest);
    let low = magnitude % unit;
    words.push((magnitude - low) / unit);
    magnitude = low;
    while (rest >= 7) {
      rest -= 7;
      unit = pow10(rest);
      low = magnitude % unit;
      words.push((magnitude - low) / unit);
      magnitude = low;
    }
    if (rest > 0) words.push(magnitude * pow10(7 - rest));
    while (words[words.length - 1] === 0) words.pop();
  }
  const fields = result as unknown as { d: number[]; e: number; s: number };
  fields.d = words;
  fields.e = e;
  fields.s = coefficient < 0 ? -1 : 1;
  return result;
}

/**
 * A scaled integer as `plainString` prints its Decimal: plain digits, no trailing zeros after the point,
 * "0" for zero. Expects a normalized figure (as `scaledOf` and `scaledDifference` give).
 * @example scaledPlain({ coefficient: -114955, exponent: -6 }) // '-0.114955'
 */
export function scaledPlain(figure: Scaled): string {
  const { coefficient, exponent } = figure;
  if (coefficient === 0) return '0';
  // A safe integer prints as plain digits (String writes exponents only from 10^21).
  const digits = String(coefficient < 0 ? -coefficient : coefficient);
  let text: string;
  if (exponent >= 0) text = exponent === 0 ? digits : digits + '0'.repeat(exponent);
  else {
    const point = digits.length + exponent;
    text = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  }
  return coefficient < 0 ? `-${text}` : text;
}

/**
 * `a.minus(b)`: from scaled integers when both have at most 15 significant digits and the difference fits
 * (see {@link scaledDifference}), else by decimal.js. The same value and fields either way.
 * @example difference(D('95'), D('83.5045')).toString() // '11.4955'
 */
export function difference(a: Dec, b: Dec): Dec {
  const x = scaledOf(a);
  const y = x && scaledOf(b);
  const d = y && scaledDifference(x as Scaled, y);
  return d ? scaledDecimal(d) : a.minus(b);
}
