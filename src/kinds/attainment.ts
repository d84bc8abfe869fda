/** How close a value that falls short of a threshold comes to meeting it, in [0, 1]. */
import { type Dec, maxDec, minDec, ONE, ZERO } from '../core/decimal.js';
import { ratioText, scaledOf } from '../core/scaled.js';
import type { OperatorName } from './operators.js';

/** Attainment of a higher-is-better value: v/T clipped to [0, 1] (1 when T ≤ 0 and v ≥ T). */
export function higherAttainment(value: Dec, threshold: Dec): Dec {
  if (value.gte(threshold)) return ONE;
  // 0 ≤ v < T here, so v/T already lies in [0, 1).
  if (threshold.isNegative() || threshold.isZero() || value.isNegative()) return ZERO;
  return value.div(threshold);
}

/** Attainment of a lower-is-better value: T/v clipped to [0, 1] (31 against ≤29 is 29/31). */
export function lowerAttainment(value: Dec, threshold: Dec): Dec {
  if (value.lte(threshold)) return ONE;
  // v > T here, so with both above 0, T/v already lies in (0, 1).
  if (threshold.isNegative() || threshold.isZero()) return ZERO;
  return threshold.div(value);
}

/** How close a value that falls short of one numeric comparison comes to meeting it, in [0, 1]. */
export function comparisonAttainment(operator: OperatorName, value: Dec, threshold: Dec): Dec {
  if (operator === 'atLeast' || operator === 'moreThan') return higherAttainment(value, threshold);
  if (operator === 'atMost' || operator === 'lessThan') return lowerAttainment(value, threshold);
  return threshold.isZero() || value.isZero() ? ZERO : minDec(value, threshold).div(maxDec(value, threshold));
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
    if (value.gte(threshold)) return '1';
    if (threshold.isNegative() || threshold.isZero() || value.isNegative()) return '0';
    return ratioText(v, t, ATTAINMENT_PLACES);
  }
  if (operator === 'atMost' || operator === 'lessThan') {
    if (value.lte(threshold)) return '1';
    if (threshold.isNegative() || threshold.isZero()) return '0';
    return ratioText(t, v, ATTAINMENT_PLACES);
  }
  if (threshold.isZero() || value.isZero()) return '0';
  return value.lte(threshold) ? ratioText(v, t, ATTAINMENT_PLACES) : ratioText(t, v, ATTAINMENT_PLACES);
}

/** Decimal places of an attainment in reports. */
export const ATTAINMENT_PLACES = 4;
