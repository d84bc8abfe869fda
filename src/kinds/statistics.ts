/** Exact summary statistics of decimal values: a benchmark's cohort fallback and the cohort's per-target figures. */
import { type Dec, sumDec } from '../core/decimal.js';

/** The arithmetic mean, exact to 40 significant digits; undefined for no values. Order does not matter: sums of decimals are exact. */
export function meanOf(values: readonly Dec[]): Dec | undefined {
  return values.length === 0 ? undefined : sumDec(values).div(values.length);
}

/** The median (the mean of the two middle values for an even count); undefined for no values. */
export function medianOf(values: readonly Dec[]): Dec | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as Dec;
  return sorted.length % 2 === 1 ? upper : upper.plus(sorted[mid - 1] as Dec).div(2);
}
