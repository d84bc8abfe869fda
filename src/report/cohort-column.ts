/**
 * One indicator's values across a cohort in bounded memory: 8 bytes a region in a Float64Array, sorted
 * once, so a rank is a binary search (O(log N)) instead of a pass over every peer, and the mean and
 * median are computed once per cohort instead of once per region.
 *
 * Exact at any precision the schema admits: a value whose shortest double prints back as the same
 * decimal (every value of 15 significant digits or fewer) is held as that double alone; any other value
 * is held as its decimal as well, and every comparison that the doubles cannot settle uses it. Rounding
 * to a double never reverses an order, so sorting by double and breaking double ties by decimal is the
 * exact order, and a double strictly below another means the decimal is strictly below too.
 */
import { D, type Dec } from '../core/decimal.js';
import type { CohortColumn } from '../kinds/contract.js';

/** A column's values as they arrive, before they are sorted; `add` in source order. */
export interface ColumnBuilder {
  /** Adds one region's value (mutates the builder, which the caller owns). */
  readonly add: (value: Dec) => void;
  /** Sorts the values once and returns the finished column; the builder is spent. */
  readonly finish: () => SortedColumn;
}

/** A finished column: the {@link CohortColumn} a rank or benchmark reads, and the cohort statistics. */
export interface SortedColumn extends CohortColumn {
  /** The exact sum in source order (as a sum of decimals over the source list would be). */
  readonly sum: Dec;
  /** The value at a sorted position, smallest first. */
  readonly at: (index: number) => Dec;
  /** How many values are held as decimals besides their double (more than 15 significant digits). */
  readonly decimals: number;
}

/** The decimal a double prints as, which is the decimal it stands for in a column. */
function decimalOfDouble(x: number): Dec {
  return new D(String(x));
}

/**
 * A builder for one column.
 * @example const b = columnBuilder(); b.add(D('96.5')); b.finish().median()?.toString() // '96.5'
 */
export function columnBuilder(): ColumnBuilder {
  let doubles = new Float64Array(1024);
  let count = 0;
  let sum = new D(0);
  // Values a double does not hold exactly, by arrival index.
  const exact = new Map<number, Dec>();
  const add = (value: Dec): void => {
    if (count === doubles.length) {
      const grown = new Float64Array(doubles.length * 2);
      grown.set(doubles);
      doubles = grown;
    }
    const x = value.toNumber();
    if (!decimalOfDouble(x).eq(value)) exact.set(count, value);
    doubles[count] = x;
    count += 1;
    sum = sum.plus(value);
  };
  const finish = (): SortedColumn => {
    const column = sortColumn(doubles.subarray(0, count), exact, sum);
    // The column holds its own sorted copy; a builder left in scope must not keep the arrival order
    // alive too (8 bytes a region until the cohort ends).
    doubles = new Float64Array(0);
    exact.clear();
    count = 0;
    return column;
  };
  return { add, finish };
}

/**
 * The doubles in ascending order (an exact-length copy) and the decimals of those that need one, by
 * sorted position. A function of its own so that the queries' closures cannot keep the arrival-order
 * array alive through a shared scope.
 */
function sortValues(
  doubles: Float64Array,
  exact: ReadonlyMap<number, Dec>,
): { sorted: Float64Array; decimals: Map<number, Dec> } {
  if (exact.size === 0) return { sorted: doubles.slice().sort(), decimals: new Map() };
  // Some values need their decimal: sort positions, settling equal doubles by the decimals.
  const decimalAt = (i: number): Dec => exact.get(i) ?? decimalOfDouble(doubles[i] as number);
  const order = Uint32Array.from({ length: doubles.length }, (_, i) => i).sort((a, b) => {
    const x = doubles[a] as number;
    const y = doubles[b] as number;
    if (x !== y) return x < y ? -1 : 1;
    return exact.has(a) || exact.has(b) ? decimalAt(a).comparedTo(decimalAt(b)) : 0;
  });
  const sorted = new Float64Array(doubles.length);
  const decimals = new Map<number, Dec>();
  order.forEach((from, to) => {
    sorted[to] = doubles[from] as number;
    const d = exact.get(from);
    if (d !== undefined) decimals.set(to, d);
  });
  return { sorted, decimals };
}

/** Sorts the doubles (and the exact decimals with them) and builds the column's queries. */
function sortColumn(doubles: Float64Array, exact: ReadonlyMap<number, Dec>, sum: Dec): SortedColumn {
  const count = doubles.length;
  const { sorted, decimals } = sortValues(doubles, exact);
  const at = (i: number): Dec => decimals.get(i) ?? decimalOfDouble(sorted[i] as number);
  /**
   * Sign of (value at i − own): the doubles decide unless they are equal, and equal doubles are equal
   * values unless one side needs its decimal.
   */
  const compareAt = (i: number, own: Dec, ownDouble: number, ownIsDouble: boolean): number => {
    const x = sorted[i] as number;
    if (x !== ownDouble) return x < ownDouble ? -1 : 1;
    return ownIsDouble && !decimals.has(i) ? 0 : at(i).comparedTo(own);
  };
  /** The first index whose value is ≥ own (`strict` false) or > own (`strict` true). */
  const bound = (own: Dec, strict: boolean): number => {
    const ownDouble = own.toNumber();
    const ownIsDouble = decimalOfDouble(ownDouble).eq(own);
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareAt(mid, own, ownDouble, ownIsDouble);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const distinctUpTo = distinctCounts(sorted, decimals, at);
  const better = (own: Dec, higherIsBetter: boolean): { values: number; distinct: number } => {
    if (higherIsBetter) {
      const above = bound(own, true);
      return { values: count - above, distinct: distinctUpTo(count) - distinctUpTo(above) };
    }
    const below = bound(own, false);
    return { values: below, distinct: distinctUpTo(below) };
  };
  let median: Dec | undefined | null = null;
  const mid = Math.floor(count / 2);
  return {
    count,
    sum,
    at,
    decimals: decimals.size,
    better,
    mean: () => (count === 0 ? undefined : sum.div(count)),
    median: () => {
      if (median === null)
        median =
          count === 0
            ? undefined
            : count % 2 === 1
              ? at(mid)
              : at(mid)
                  .plus(at(mid - 1))
                  .div(2);
      return median;
    },
  };
}

/**
 * The number of distinct values among the first k sorted values, for every k, from one pass that marks
 * where a new value starts (an Int32Array: 4 bytes a region, built on first use by a dense rank).
 */
function distinctCounts(
  sorted: Float64Array,
  decimals: ReadonlyMap<number, Dec>,
  at: (i: number) => Dec,
): (k: number) => number {
  let prefix: Int32Array | undefined;
  return (k) => {
    if (k === 0) return 0;
    if (prefix === undefined) {
      prefix = new Int32Array(sorted.length);
      let distinct = 0;
      for (let i = 0; i < sorted.length; i += 1) {
        const same =
          i > 0 && sorted[i] === sorted[i - 1] && (!(decimals.has(i) || decimals.has(i - 1)) || at(i).eq(at(i - 1)));
        if (!same) distinct += 1;
        prefix[i] = distinct;
      }
    }
    return prefix[k - 1] as number;
  };
}
