/** How close a value that falls short of a threshold comes to meeting it, in [0, 1]. */
import { type Dec, maxDec, minDec, ONE, ZERO } from '../core/decimal.js';
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
