import type { Dec } from '../core/decimal.js';
import type { Status } from '../evaluation/outcome.js';

/** Why a pass rule gave its verdict. */
export type PassReason = 'passed' | 'below_minimum' | 'key_items_failed' | 'key_items_unknown' | 'no_score';

/** The verdict of an assessment's pass rule: 「考核总分85分(含85分)以上，且关键项全部达标」. */
export interface PassVerdict {
  /** Null when it cannot be told yet: no score, or a key item without data while nothing has failed. */
  readonly passed: boolean | null;
  /** Every reason that applies, failures first. */
  readonly reasons: readonly PassReason[];
  readonly failed: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * Applies a pass rule to a rounded score out of 100 and the key items' statuses. A failed key item or a
 * score below the mark fails it, whatever else is unknown; the mark is inclusive (含85分: 85.00 passes,
 * 84.99 does not). A key item without data, or not yet due, leaves an otherwise passing verdict open.
 * @example passVerdict(D('85'), D('85'), [{ id: 'a', status: 'met' }]).passed // true
 */
export function passVerdict(
  score: Dec | null,
  minScore: Dec,
  keyItems: ReadonlyArray<{ readonly id: string; readonly status: Status }>,
): PassVerdict {
  const failed = keyItems.filter((k) => k.status === 'not_met').map((k) => k.id);
  const unknown = keyItems.filter((k) => k.status === 'no_data' || k.status === 'not_due').map((k) => k.id);
  const below = score?.lt(minScore) === true;
  const reasons: PassReason[] = [];
  if (below) reasons.push('below_minimum');
  if (failed.length > 0) reasons.push('key_items_failed');
  if (reasons.length > 0) return { passed: false, reasons, failed, unknown };
  if (score === null) reasons.push('no_score');
  if (unknown.length > 0) reasons.push('key_items_unknown');
  if (reasons.length > 0) return { passed: null, reasons, failed, unknown };
  return { passed: true, reasons: ['passed'], failed, unknown };
}
