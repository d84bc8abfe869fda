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
import { D, type Dec, decimalString, quotientByWord, wholeWord } from '../core/decimal.js';
import { parsePeriod, periodStart } from '../core/periods.js';
import { ratioText, type Scaled, scaledDecimal, scaledDifference, scaledOf } from '../core/scaled.js';
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
  /** Share of the way from baseline to threshold at {@link PROGRESS_PLACES} places, as a report prints it; null without a usable baseline. */
  readonly progress: string | null;
  /** Change per year needed from the current value to reach the threshold by the deadline (signed). */
  readonly requiredPacePerYear: Dec;
  readonly yearsLeft: Dec;
}

/**
 * Years from one ISO date to a later one: whole calendar months / 12 plus leftover days / 365.
 * @example yearsBetween('2018-12-31', '2020-12-31').toString() // '2'
 */
export function yearsBetween(fromIso: string, toIso: string): Dec {
  // Every region asks for the same as-of date and deadline: date-fns and two divisions run once per pair,
  // and the pair asked last is answered without even joining the key.
  if (fromIso === lastFrom && toIso === lastTo) return lastYears;
  const key = `${fromIso}|${toIso}`;
  let years = yearsCache.get(key);
  if (years === undefined) {
    years = yearsUncached(fromIso, toIso);
    if (yearsCache.size >= 10_000) yearsCache.clear();
    yearsCache.set(key, years);
  }
  lastFrom = fromIso;
  lastTo = toIso;
  lastYears = years;
  return years;
}

const yearsCache = new Map<string, Dec>();
let lastFrom: string | undefined;
let lastTo: string | undefined;
let lastYears: Dec = new D(0);

function yearsUncached(fromIso: string, toIso: string): Dec {
  const from = parseISO(fromIso);
  const to = parseISO(toIso);
  const months = differenceInMonths(to, from);
  const days = differenceInCalendarDays(to, addMonths(from, months));
  return new D(months).div(12).plus(new D(days).div(365));
}

/** Decimal places of a progress share in reports. */
export const PROGRESS_PLACES = 4;

// Every region's series carries the same few period labels: each is parsed once.
const starts = new Map<string, string>();

function startOf(label: string): string {
  let start = starts.get(label);
  if (start === undefined) {
    const p = parsePeriod(label);
    start = p ? periodStart(p) : label;
    if (starts.size >= 4_096) starts.clear();
    starts.set(label, start);
  }
  return start;
}

function magnitude(s: Scaled): Scaled {
  return s.coefficient < 0 ? { coefficient: -s.coefficient, exponent: s.exponent } : s;
}

/**
 * `moved / span` at `places`, as `decimalString` prints the 40-digit quotient: by exact scaled integers
 * when both have at most 15 significant digits and the share is below 10 (either sign), else divided.
 * @example shareText(D('-3'), D('8'), 4) // '-0.375'
 */
export function shareText(moved: Dec, span: Dec, places: number): string {
  return shareOfScaled(moved, scaledOf(moved), span, scaledOf(span), places);
}

/** {@link shareText} given the two figures' scaled integers (undefined past 15 significant digits), as `scaledOf` gives them. */
function shareOfScaled(
  moved: Dec,
  num: Scaled | undefined,
  span: Dec,
  den: Scaled | undefined,
  places: number,
): string {
  if (num !== undefined && den !== undefined && den.coefficient !== 0) {
    const text = ratioText(magnitude(num), magnitude(den), places);
    if (text !== undefined) return text === '0' || num.coefficient < 0 === den.coefficient < 0 ? text : `-${text}`;
  }
  return decimalString(moved.div(span), places);
}

/**
 * A difference worked out as a scaled integer, as `scaledOf` would read its Decimal back: undefined past 15
 * significant digits (a difference of two 15-digit figures may have 16).
 */
function asRead(d: Scaled | undefined): Scaled | undefined {
  return d !== undefined && d.coefficient < 1e15 && d.coefficient > -1e15 ? d : undefined;
}

/**
 * `a.minus(b)` given both figures' scaled integers (see `difference` in core/scaled.ts: the same Decimal
 * either way), and the difference's own scaled integer when it has one, so no figure is read twice.
 */
function differenceOf(a: Dec, sa: Scaled | undefined, b: Dec, sb: Scaled | undefined): Difference {
  const d = sa && sb && scaledDifference(sa, sb);
  return d ? { value: scaledDecimal(d), scaled: asRead(d) } : minusRead(a.minus(b));
}

/** A difference decimal.js worked out, with its scaled integer read as `shareText` would read it. */
function minusRead(value: Dec): Difference {
  return { value, scaled: scaledOf(value) };
}

/** A difference and its scaled integer (undefined when `scaledOf` would give none). */
interface Difference {
  readonly value: Dec;
  readonly scaled: Scaled | undefined;
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
  // Differences from scaled integers where the figures are short (the Decimals decimal.js's minus gives),
  // each figure read into its scaled integer once for the three differences and the share.
  const { threshold, current } = input;
  const t = scaledOf(threshold);
  const c = scaledOf(current);
  let progress: string | null = null;
  if (baseline) {
    const b = scaledOf(baseline.value);
    const span = differenceOf(threshold, t, baseline.value, b);
    if (!span.value.isZero()) {
      const moved = differenceOf(current, c, baseline.value, b);
      progress = shareOfScaled(moved.value, moved.scaled, span.value, span.scaled, PROGRESS_PLACES);
    }
  }
  const yearsLeft = yearsBetween(input.asOf, input.deadline);
  const needed = differenceOf(threshold, t, current, c).value;
  // Whole years (2 from year end to year end) make the pace one long division (see quotientByWord).
  const whole = wholeWord(yearsLeft);
  const requiredPacePerYear = yearsLeft.isZero()
    ? needed
    : ((whole !== undefined ? quotientByWord(needed, whole) : undefined) ?? needed.div(yearsLeft));
  return { baseline, progress, requiredPacePerYear, yearsLeft };
}
