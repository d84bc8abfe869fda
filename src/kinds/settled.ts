/**
 * Settled verdicts: a target whose verdict the missing data and the time left can no longer change
 * (an incident already counted, a streak already broken, an `all` with a part already failed). The
 * evaluator reports such a target as met or not_met instead of no_data or not_due.
 */
import { z } from 'zod';
import type { Dec } from '../core/decimal.js';
import { parsePeriod, periodEnd, periodStart } from '../core/periods.js';
import type { LocalizedText } from '../locales/locale.js';
import type { FactEntry } from '../observations/normalize.js';

/**
 * Why a verdict is settled: `occurred` (a zero target's count is already above 0), `exceeded` (an
 * accumulating count already past its ceiling), `reached` (an accumulating count already at its
 * floor), `streak_broken` (a step the deadline still needs already broken), `part_failed` (an `all`
 * with a part that can no longer hold), `part_met` (an `any` with a part that already holds for good),
 * `period_missed` (a frequency period already ended with the wrong count).
 */
export const SettledReasonSchema = z.enum([
  'occurred',
  'exceeded',
  'reached',
  'streak_broken',
  'part_failed',
  'part_met',
  'period_missed',
]);

/** One of {@link SettledReasonSchema}'s codes. */
export type SettledReason = z.infer<typeof SettledReasonSchema>;

/** A kind's finding that its verdict can no longer change: the reason code and the words saying why. */
export interface Settled {
  readonly reason: SettledReason;
  readonly note: LocalizedText;
}

/**
 * Three-valued truth of a condition part: true or false for good, or `unknown` while missing data or
 * the time left could still make it either (Kleene's logic, so `all` with one false part is false).
 */
export type Truth = boolean | 'unknown';

/** Kleene conjunction: false if any part is false, true if all are true, else unknown. */
export function allOf(parts: readonly Truth[]): Truth {
  if (parts.includes(false)) return false;
  return parts.every((p) => p === true) ? true : 'unknown';
}

/** Kleene disjunction: true if any part is true, false if all are false, else unknown. */
export function anyOf(parts: readonly Truth[]): Truth {
  if (parts.includes(true)) return true;
  return parts.every((p) => p === false) ? false : 'unknown';
}

/** Kleene negation: unknown stays unknown. */
export function notOf(part: Truth): Truth {
  return part === 'unknown' ? 'unknown' : !part;
}

/**
 * The deadline as a settled note names it: null for a year end (the notes then say 年底 / year-end),
 * else the ISO date.
 * @example settledDeadline('2018-12-31') // null
 */
export function settledDeadline(deadline: string): string | null {
  return deadline.endsWith('-12-31') ? null : deadline;
}

/** One period's figure of a running total (累计), as the data give it, in the indicator's unit. */
export interface TotalAt {
  readonly period: string;
  readonly value: Dec;
  readonly entry: FactEntry;
}

/**
 * What a running total's series says about the period judged: `consistent` with the latest figure of
 * an earlier period (`floor`, a floor for the judged one) if there is one, or `contradicted` by a
 * figure lower than an earlier one (`earlier`, then `later`: the first fall, in period order).
 */
export type RunningTotalReading =
  | { readonly kind: 'consistent'; readonly floor?: TotalAt }
  | { readonly kind: 'contradicted'; readonly earlier: TotalAt; readonly later: TotalAt };

/**
 * Reads a running total's figures up to the judged period (periods that end later say nothing about
 * it and are left out), in the order their periods end.
 * @example readRunningTotal(series({ 2018: 15, 2019: 22 }), '2020') // { kind: 'consistent', floor: 2019 = 22 }
 */
export function readRunningTotal(
  series: ReadonlyMap<string, FactEntry> | undefined,
  judged: string,
): RunningTotalReading {
  const judgedPeriod = parsePeriod(judged);
  if (!series || !judgedPeriod) return { kind: 'consistent' };
  const end = periodEnd(judgedPeriod);
  const totals: { total: TotalAt; end: string; start: string }[] = [];
  for (const [label, entry] of series) {
    const period = parsePeriod(label);
    if (!period || entry.value === undefined || entry.notApplicable !== undefined) continue;
    const ends = periodEnd(period);
    if (ends > end) continue;
    totals.push({ total: { period: label, value: entry.value, entry }, end: ends, start: periodStart(period) });
  }
  totals.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < totals.length; i++) {
    const earlier = (totals[i - 1] as (typeof totals)[number]).total;
    const later = (totals[i] as (typeof totals)[number]).total;
    if (later.value.lt(earlier.value)) return { kind: 'contradicted', earlier, later };
  }
  const earlier = totals.filter((t) => t.total.period !== judged);
  const floor = earlier[earlier.length - 1]?.total;
  return floor ? { kind: 'consistent', floor } : { kind: 'consistent' };
}
