/** Exact summary statistics of decimal values: a benchmark's cohort fallback and the cohort's per-target figures. */
import { D, type Dec, sumDec } from '../core/decimal.js';

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

// Counts (steps achieved, periods judged, places) are small and repeat for every region: one immutable
// Decimal each instead of one per region.
const counts: Dec[] = [];
const COUNTS_KEPT = 1024;

/**
 * A non-negative integer count as a Decimal, shared for small counts (Decimals are immutable).
 * @example countDec(3).toString() // '3'
 */
export function countDec(n: number): Dec {
  if (n < 0 || n >= COUNTS_KEPT || !Number.isInteger(n)) return new D(n);
  let known = counts[n];
  if (known === undefined) {
    known = new D(n);
    counts[n] = known;
  }
  return known;
}

const shares = new Map<number, Dec>();

/**
 * `part / whole` of two small counts (achieved of required, periods met of judged), exact to 40 digits as
 * `new D(part).div(whole)` gives it, shared per pair since the same few pairs recur for every region.
 * @example countShare(2, 3).toString() // '0.6666666666666666666666666666666666666667'
 */
export function countShare(part: number, whole: number): Dec {
  if (part < 0 || whole <= 0 || part >= COUNTS_KEPT || whole >= COUNTS_KEPT || !Number.isInteger(part + whole))
    return new D(part).div(whole);
  const key = part * COUNTS_KEPT + whole;
  let known = shares.get(key);
  if (known === undefined) {
    known = new D(part).div(whole);
    if (shares.size >= 10_000) shares.clear();
    shares.set(key, known);
  }
  return known;
}
