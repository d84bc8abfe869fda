/**
 * Exact scaled integers for the hot path: a decimal of at most 15 significant digits is a safe-integer
 * coefficient times a power of ten, and ratios of two such figures rounded to a few places can be worked out
 * exactly in integer arithmetic, where decimal.js spends a 40-digit long division. Every function here either
 * returns what the decimal.js route gives, byte for byte, or `undefined` (the figures are too long), and the
 * caller falls back to decimal.js. A property test holds both routes equal on random spellings.
 */
import type { Dec } from './decimal.js';

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
  let trailing = 0;
  if (count > 1) while (trailing < 6 && (last / pow10(trailing)) % 10 === 0) trailing += 1;
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
