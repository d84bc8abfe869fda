/**
 * Deadline progress for threshold targets that are not met before their deadline (力争到2020年…):
 * how far the region has come from its baseline and the pace per year it needs to get there in time.
 * The words for it are the threshold kinds' (`progressReport` in threshold/compile.ts).
 *
 * - Baseline: the earliest observation of the indicator's series in a period before the current one
 *   (the data's declared starting point); none when the series has no earlier value.
 * - Progress: (current − baseline) / (threshold − baseline); 1 is the whole way, negative means the value
 *   moved away from the threshold. Undefined when there is no baseline or it already equals the threshold.
 * - Pace: (threshold − current) / years left, years left being the time from the as-of date to the
 *   deadline measured with date-fns in whole calendar months (/12) plus the remaining days (/365), so
 *   2018-12-31 → 2020-12-31 is exactly 2 years. Positive means the value must rise, negative fall.
 */
import { addMonths, differenceInCalendarDays, differenceInMonths, parseISO } from 'date-fns';
import { D, type Dec } from '../core/decimal.js';
import { parsePeriod, periodStart } from '../core/periods.js';
import type { FactEntry } from '../observations/normalize.js';

/** What {@link deadlineProgress} reads; every value already in the target's unit. */
export interface ProgressInput {
  /** The indicator's series (period → entry), values in the indicator's unit. */
  readonly series: ReadonlyMap<string, FactEntry> | undefined;
  /** Converts a series value into the target's unit. */
  readonly toTargetUnit: (value: Dec) => Dec;
  readonly currentPeriod: string;
  readonly current: Dec;
  readonly threshold: Dec;
  readonly asOf: string;
  readonly deadline: string;
}

/** Progress towards a threshold by a deadline. */
export interface DeadlineProgress {
  readonly baseline: { readonly period: string; readonly value: Dec } | null;
  /** Share of the way from baseline to threshold; null without a usable baseline. */
  readonly progress: Dec | null;
  /** Change per year needed from the current value to reach the threshold by the deadline (signed). */
  readonly requiredPacePerYear: Dec;
  readonly yearsLeft: Dec;
}

/**
 * Years from one ISO date to a later one: whole calendar months / 12 plus leftover days / 365.
 * @example yearsBetween('2018-12-31', '2020-12-31').toString() // '2'
 */
export function yearsBetween(fromIso: string, toIso: string): Dec {
  // Every region asks for the same as-of date and deadline: date-fns and two divisions run once per pair.
  const key = `${fromIso}|${toIso}`;
  let years = yearsCache.get(key);
  if (years === undefined) {
    years = yearsUncached(fromIso, toIso);
    if (yearsCache.size >= 10_000) yearsCache.clear();
    yearsCache.set(key, years);
  }
  return years;
}

const yearsCache = new Map<string, Dec>();

function yearsUncached(fromIso: string, toIso: string): Dec {
  const from = parseISO(fromIso);
  const to = parseISO(toIso);
  const months = differenceInMonths(to, from);
  const days = differenceInCalendarDays(to, addMonths(from, months));
  return new D(months).div(12).plus(new D(days).div(365));
}

function startOf(label: string): string {
  const p = parsePeriod(label);
  return p ? periodStart(p) : label;
}

/** The earliest numeric observation in a period before the current one. */
export function earliestBaseline(
  series: ReadonlyMap<string, FactEntry> | undefined,
  currentPeriod: string,
): { period: string; value: Dec } | null {
  const currentStart = startOf(currentPeriod);
  let best: FactEntry | undefined;
  for (const entry of series?.values() ?? []) {
    if (entry.value === undefined || startOf(entry.period) >= currentStart) continue;
    if (!best || startOf(entry.period) < startOf(best.period)) best = entry;
  }
  return best ? { period: best.period, value: best.value as Dec } : null;
}

/**
 * Progress from the baseline and the pace per year needed to reach the threshold by the deadline.
 * Call only when the as-of date is before the deadline (there is time left).
 * @example deadlineProgress({ ..., current: D(92), threshold: D(95), asOf: '2018-12-31', deadline: '2020-12-31' }).requiredPacePerYear // 1.5
 */
export function deadlineProgress(input: ProgressInput): DeadlineProgress {
  const found = earliestBaseline(input.series, input.currentPeriod);
  const baseline = found ? { period: found.period, value: input.toTargetUnit(found.value) } : null;
  const span = baseline ? input.threshold.minus(baseline.value) : null;
  const progress = baseline && span && !span.isZero() ? input.current.minus(baseline.value).div(span) : null;
  const yearsLeft = yearsBetween(input.asOf, input.deadline);
  const needed = input.threshold.minus(input.current);
  const requiredPacePerYear = yearsLeft.isZero() ? needed : needed.div(yearsLeft);
  return { baseline, progress, requiredPacePerYear, yearsLeft };
}
