/**
 * Helpers shared by the kinds that judge derived facts (trend, benchmark, rank, frequency) and by
 * deadline progress: derived fact names, period stepping with date-fns, and the region's current entry.
 */
import { addMonths, format, parseISO } from 'date-fns';
import { type Dec, sumDec } from '../core/decimal.js';
import { inputIssue } from '../core/errors.js';
import {
  type Granularity,
  monthsIn,
  parsePeriod,
  periodContaining,
  periodEnd,
  periodStart,
  periodsBetween,
} from '../core/periods.js';
import type { Indicator } from '../indicators/schema.js';
import { ERROR_MESSAGES } from '../locales/index.js';
import type { FactEntry, RegionData } from '../observations/normalize.js';
import type { CompileContext } from './types.js';

/**
 * The name of a fact derived for one target. Namespaced by target id because json-rules-engine sees
 * the facts of every target of a rule set in one almanac, and two trend targets must not collide.
 * @example derivedFact('quality-trend', 'achieved') // 'quality-trend:achieved'
 */
export function derivedFact(targetId: string, name: string): string {
  return `${targetId}:${name}`;
}

/** Reports a boolean indicator used where a number is needed (trends, benchmarks, ranks); true when numeric. */
export function requireNumericIndicator(indicator: Indicator, ctx: CompileContext): boolean {
  if (indicator.kind !== 'boolean') return true;
  ctx.issues.push(
    inputIssue(
      'E_WRONG_VALUE_TYPE',
      `${ctx.path}.indicator`,
      ERROR_MESSAGES.expected.numericIndicatorNotBoolean,
      indicator.id,
    ),
  );
  return false;
}

/** The label `steps` periods after (or, when negative, before) `label`, in its own granularity. */
export function shiftPeriod(label: string, steps: number): string {
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
export function dataPeriodEnd(region: RegionData): string {
  const period = parsePeriod(region.period);
  return period ? periodEnd(period) : region.asOf;
}

/**
 * The region's current period in `granularity`: the one containing the earlier of the as-of date and
 * the end of the data set's period. A 2018 data set judged as of 2018-07-31 is in 2018 (yearly) or
 * 2018-Q3 (quarterly); judged as of 2020 it is still 2018, since the data say nothing later.
 */
export function currentPeriodOf(region: RegionData, asOf: string, granularity: Granularity): string {
  const end = dataPeriodEnd(region);
  return periodContaining(asOf < end ? asOf : end, granularity);
}

/** The region's entry of an indicator for its own (data set) period. */
export function currentEntry(region: RegionData, indicator: string): FactEntry | undefined {
  return region.facts.get(indicator)?.get(region.period);
}

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
