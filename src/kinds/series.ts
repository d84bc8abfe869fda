/**
 * Period stepping for the kinds that judge a series over time (trend, frequency) and for deadline
 * progress: labels before and after a label, labels between two, their order, and the region's current
 * period in a granularity. Steps with date-fns.
 */
import { addMonths, format, parseISO } from 'date-fns';
import {
  type Granularity,
  monthsIn,
  parsePeriod,
  periodContaining,
  periodEnd,
  periodStart,
  periodsBetween,
} from '../core/periods.js';
import { MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { RegionData } from '../observations/normalize.js';

/** The label `steps` periods after (or, when negative, before) `label`, in its own granularity. */
export function shiftPeriod(label: string, steps: number): string {
  // Trend targets shift the same few labels for every region: date-fns runs once per distinct shift.
  const key = `${label}|${steps}`;
  let shifted = shiftCache.get(key);
  if (shifted === undefined) {
    shifted = shiftUncached(label, steps);
    if (shiftCache.size >= 10_000) shiftCache.clear();
    shiftCache.set(key, shifted);
  }
  return shifted;
}

const shiftCache = new Map<string, string>();

function shiftUncached(label: string, steps: number): string {
  const period = parsePeriod(label);
  if (!period) return label;
  const start = addMonths(parseISO(periodStart(period)), steps * monthsIn(period.granularity));
  return periodContaining(format(start, 'yyyy-MM-dd'), period.granularity);
}

/** Every label from `from` to `to` inclusive (both of one granularity); empty when `to` is before `from`. */
export function labelsBetween(from: string, to: string): string[] {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (!a || !b || periodStart(b) < periodStart(a)) return [];
  return periodsBetween(periodStart(a), periodStart(b), a.granularity);
}

/** Orders two labels of one granularity by their start (ISO dates compare as strings). */
export function compareLabels(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  const sa = pa ? periodStart(pa) : a;
  const sb = pb ? periodStart(pb) : b;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The last day of the data set's own period (its figures describe nothing later). */
export function dataPeriodEnd(region: Pick<RegionData, 'period' | 'asOf'>): string {
  const period = parsePeriod(region.period);
  return period ? periodEnd(period) : region.asOf;
}

/**
 * The region's current period in `granularity`: the one containing the earlier of the as-of date and
 * the end of the data set's period. A 2018 data set judged as of 2018-07-31 is in 2018 (yearly) or
 * 2018-Q3 (quarterly); judged as of 2020 it is still 2018, since the data say nothing later.
 */
export function currentPeriodOf(
  region: Pick<RegionData, 'period' | 'asOf'>,
  asOf: string,
  granularity: Granularity,
): string {
  const end = dataPeriodEnd(region);
  return periodContaining(asOf < end ? asOf : end, granularity);
}

// The same few labels are named for every region (a trend's points, a frequency's quarters): the regular
// expression and three locales' templates run once per label. Callers only read the texts into new ones.
const periodNames = new Map<string, LocalizedText>();

/**
 * {@link MESSAGES.periodName}, kept per label. The text is shared between callers: read it into new
 * texts, never hand it out as part of a report.
 * @example periodNameOf('2018-Q3')['zh-Hans'] // '2018年第3季度'
 */
export function periodNameOf(label: string): LocalizedText {
  let name = periodNames.get(label);
  if (name === undefined) {
    name = Object.freeze(MESSAGES.periodName(label));
    if (periodNames.size >= 10_000) periodNames.clear();
    periodNames.set(label, name);
  }
  return name;
}

/** Results kept for one compiled target: by date triple, and the triple last asked for. */
interface KeptByDates<R> {
  readonly byDates: Map<string, R>;
  period: string;
  dataAsOf: string;
  asOf: string;
  last: R;
}

const KEPT_PER_TARGET = 1024;

/**
 * `compute` kept per compiled target and (data period, data as-of, as-of) triple: what a target works out
 * from dates alone (a trend's window, a frequency's periods) is the same for every region of a data set.
 * The triple last asked for is checked first, without building a key, since runs of regions share one.
 * Results are shared between calls: read them, never change them.
 * @example const windowOf = keptPerDates((spec: Spec, region, asOf) => neededPeriods(spec, region, asOf));
 */
export function keptPerDates<S extends object, R>(
  compute: (spec: S, region: Pick<RegionData, 'period' | 'asOf'>, asOf: string) => R,
): (spec: S, region: Pick<RegionData, 'period' | 'asOf'>, asOf: string) => R {
  const kept = new WeakMap<S, KeptByDates<R>>();
  return (spec, region, asOf) => {
    let known = kept.get(spec);
    if (known && known.period === region.period && known.dataAsOf === region.asOf && known.asOf === asOf)
      return known.last;
    const key = `${region.period}|${region.asOf}|${asOf}`;
    let result: R;
    if (known?.byDates.has(key)) result = known.byDates.get(key) as R;
    else {
      result = compute(spec, region, asOf);
      if (!known) {
        known = { byDates: new Map(), period: region.period, dataAsOf: region.asOf, asOf, last: result };
        kept.set(spec, known);
      }
      if (known.byDates.size >= KEPT_PER_TARGET) known.byDates.clear();
      known.byDates.set(key, result);
    }
    known.period = region.period;
    known.dataAsOf = region.asOf;
    known.asOf = asOf;
    known.last = result;
    return result;
  };
}
