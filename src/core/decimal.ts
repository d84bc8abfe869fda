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
const PARSED_CACHE_LIMIT = 65_536;

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
  if (value.decimalPlaces() <= places) return value.toString();
  return value.toDecimalPlaces(places, D.ROUND_HALF_UP).toString();
}

/**
 * The decimal places to print a gap at: `places`, or all of its digits where a non-zero value would
 * round to 0 there, so a not-met target never shows a gap of zero.
 * @example visiblePlaces(D('0.00000000000000001'), 4) // 17
 */
export function visiblePlaces(value: Dec, places: number): number {
  if (value.decimalPlaces() <= places || !value.toDecimalPlaces(places, D.ROUND_HALF_UP).isZero()) return places;
  return value.decimalPlaces();
}

/**
 * A gap as a plain string at {@link visiblePlaces}: never "0" for a non-zero shortfall.
 * @example gapString(D('0.00000000000000001'), 4) // '0.00000000000000001'
 */
export function gapString(value: Dec, places = 10): string {
  return decimalString(value, visiblePlaces(value, places));
}

/** The smaller of two Decimals. */
export function minDec(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/** The larger of two Decimals. */
export function maxDec(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

/** Clamps a Decimal into [0, 1]. */
export function clampUnit(value: Dec): Dec {
  // Compare with shared constants: a literal argument would construct a Decimal on every call.
  if (value.lt(ZERO)) return ZERO;
  if (value.gt(ONE)) return ONE;
  return value;
}

/** Sums Decimals exactly. */
export function sumDec(values: Iterable<Dec>): Dec {
  let total = new D(0);
  for (const v of values) total = total.plus(v);
  return total;
}
