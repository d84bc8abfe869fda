/** How close a value that falls short of a threshold comes to meeting it, in [0, 1]. */
import { compared, type Dec, maxDec, minDec, ONE, quotientByWord, ZERO } from '../core/decimal.js';
import { ratioText, scaledOf, wordDivisor } from '../core/scaled.js';
import type { OperatorName } from './operators.js';

/**
 * `numerator.div(denominator)`: one long division by a digit word where the denominator is a positive figure
 * of at most 7 significant digits (95, 92.5, 38), which gives decimal.js's own quotient word for word
 * (see `quotientByWord`); decimal.js's division otherwise.
 * @example quotientOf(D('92.7'), D('95')).eq(D('92.7').div(95)) // true
 */
export function quotientOf(numerator: Dec, denominator: Dec): Dec {
  const scaled = scaledOf(denominator);
  const divisor = scaled && wordDivisor(scaled);
  return (divisor ? quotientByWord(numerator, divisor.word, divisor.shift) : undefined) ?? numerator.div(denominator);
}

/** Attainment of a higher-is-better value: v/T clipped to [0, 1] (1 when T ≤ 0 and v ≥ T). */
export function higherAttainment(value: Dec, threshold: Dec): Dec {
  if (compared(value, threshold) >= 0) return ONE;
  // 0 ≤ v < T here, so v/T already lies in [0, 1).
  if (threshold.isNegative() || threshold.isZero() || value.isNegative()) return ZERO;
  return quotientOf(value, threshold);
}

/** Attainment of a lower-is-better value: T/v clipped to [0, 1] (31 against ≤29 is 29/31). */
export function lowerAttainment(value: Dec, threshold: Dec): Dec {
  if (compared(value, threshold) <= 0) return ONE;
  // v > T here, so with both above 0, T/v already lies in (0, 1).
  if (threshold.isNegative() || threshold.isZero()) return ZERO;
  return quotientOf(threshold, value);
}

/** How close a value that falls short of one numeric comparison comes to meeting it, in [0, 1]. */
export function comparisonAttainment(operator: OperatorName, value: Dec, threshold: Dec): Dec {
  if (operator === 'atLeast' || operator === 'moreThan') return higherAttainment(value, threshold);
  if (operator === 'atMost' || operator === 'lessThan') return lowerAttainment(value, threshold);
  return threshold.isZero() || value.isZero() ? ZERO : quotientOf(minDec(value, threshold), maxDec(value, threshold));
}

/**
 * The report text of {@link comparisonAttainment} (4 places, half-up, as `decimalString` prints it) worked
 * out in exact scaled integers, without the 40-digit division; undefined when a figure has more than 15
 * significant digits, and the caller prints the Decimal instead.
 * @example comparisonAttainmentText('atMost', D(31), D(29)) // '0.9355'
 */
export function comparisonAttainmentText(operator: OperatorName, value: Dec, threshold: Dec): string | undefined {
  const v = scaledOf(value);
  const t = scaledOf(threshold);
  if (!v || !t) return undefined;
  if (operator === 'atLeast' || operator === 'moreThan') {
    if (compared(value, threshold) >= 0) return '1';
    if (threshold.isNegative() || threshold.isZero() || value.isNegative()) return '0';
    return ratioText(v, t, ATTAINMENT_PLACES);
  }
  if (operator === 'atMost' || operator === 'lessThan') {
    if (compared(value, threshold) <= 0) return '1';
    if (threshold.isNegative() || threshold.isZero()) return '0';
    return ratioText(t, v, ATTAINMENT_PLACES);
  }
  if (threshold.isZero() || value.isZero()) return '0';
  return compared(value, threshold) <= 0 ? ratioText(v, t, ATTAINMENT_PLACES) : ratioText(t, v, ATTAINMENT_PLACES);
}

/** Decimal places of an attainment in reports. */
export const ATTAINMENT_PLACES = 4;
