/**
 * Exact work on decimal spellings before they become Decimals. Unit factors are powers of ten, so converting a
 * figure (29.27亿元 to 万元) only moves its decimal point: done on the text, the figure is parsed once and
 * never multiplied or divided. A property test holds every function here to decimal.js.
 */

/**
 * The spelling of `text × 10^places`, for a plain decimal spelling (`[+-]digits[.digits]`, `.5`, `5.`): the
 * same digits with the point moved, its sign kept (so `-0` stays a negative zero, as `times` keeps it).
 * `new D(result)` equals `new D(text).times(10 ** places)` in value and sign, whatever the precision,
 * since no digit is dropped.
 * @example shiftedDecimalText('29.27', 4) // '292700'; shiftedDecimalText('-.5', -2) // '-0.005'
 */
export function shiftedDecimalText(text: string, places: number): string {
  if (places === 0) return text;
  const first = text.charCodeAt(0);
  const start = first === 45 || first === 43 ? 1 : 0; // '-' or '+'
  const sign = first === 45 ? '-' : '';
  const point = text.indexOf('.', start);
  const whole = point < 0 ? text.slice(start) : text.slice(start, point);
  const digits = point < 0 ? whole : whole + text.slice(point + 1);
  // Where the point lands among the digits.
  const at = whole.length + places;
  if (at <= 0) return `${sign}0.${'0'.repeat(-at)}${digits}`;
  if (at >= digits.length) return sign + digits + '0'.repeat(at - digits.length);
  return `${sign}${digits.slice(0, at)}.${digits.slice(at)}`;
}

/**
 * The power of ten a plain decimal spelling of a unit factor ratio is (`'10000'` → 4, `'0.01'` → -2), or
 * undefined when it is not one.
 * @example powerOfTen('0.001') // -3
 */
export function powerOfTen(text: string): number | undefined {
  if (/^10*$/.test(text)) return text.length - 1;
  if (/^0\.0*1$/.test(text)) return -(text.length - 2);
  return undefined;
}
