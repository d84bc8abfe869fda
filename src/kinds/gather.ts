/**
 * Reading a target's data for one region: the region's current entries, the figures a report shows,
 * what is missing, and the names of the facts a kind derives for its condition.
 */
import { type Dec, plainString } from '../core/decimal.js';
import type { Indicator } from '../indicators/schema.js';
import { MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { FactEntry, RegionData } from '../observations/normalize.js';
import type { EvaluationContext, Gathered, MissingItem, ObservedFigure } from './contract.js';
import type { FactValue } from './operators.js';

/**
 * The name of a fact derived for one target. Namespaced by target id because json-rules-engine sees
 * the facts of every target of a rule set in one almanac, and two trend targets must not collide.
 * @example derivedFact('quality-trend', 'achieved') // 'quality-trend:achieved'
 */
export function derivedFact(targetId: string, name: string): string {
  return `${targetId}:${name}`;
}

/** The region's entry of an indicator for its own (data set) period. */
export function currentEntry(region: RegionData, indicator: string): FactEntry | undefined {
  return region.facts.get(indicator)?.get(region.period);
}

/** An observation as the report shows it. */
export function observedFigure(entry: FactEntry, indicator: Indicator): ObservedFigure {
  const value =
    entry.flag !== undefined
      ? entry.flag
      : entry.rank
        ? `${entry.rank.position}/${entry.rank.of}`
        : plainString(entry.value as Dec);
  // Optional keys are only set when present so reports stay minimal and byte-stable (hot path: no spreads).
  const figure: { -readonly [K in keyof ObservedFigure]: ObservedFigure[K] } = {
    indicator: entry.indicator,
    period: entry.period,
    value,
    unit: entry.flag !== undefined ? 'boolean' : entry.rank ? 'rank' : indicator.unit,
  };
  if (entry.counts) figure.counts = entry.counts;
  if (entry.provenance) figure.provenance = entry.provenance;
  if (entry.evidence) figure.evidence = entry.evidence;
  return figure;
}

/** The "missing for period P" item of an indicator: its own text object, the words put together once per period. */
export function missingFor(indicator: string, period: string): MissingItem {
  let words = missingWords.get(period);
  if (words === undefined) {
    words = MESSAGES.observationFor(period);
    if (missingWords.size >= 1_024) missingWords.clear();
    missingWords.set(period, words);
  }
  // A fresh object per item: the report hands it to the caller, who may edit it.
  return { indicator, what: { 'zh-Hans': words['zh-Hans'], 'zh-Hant': words['zh-Hant'], en: words.en } };
}

// Regions judged together share their period, and a label's words (2018年数据, the 2018 figure) do not change.
const missingWords = new Map<string, LocalizedText>();

/**
 * Reads the current-period value of each indicator: no_data if any is missing, not_applicable if the
 * data declare one so. Facts are keyed by indicator id.
 */
export function gatherCurrent(indicators: readonly Indicator[], ctx: EvaluationContext): Gathered {
  if (indicators.length === 1) return gatherOne(indicators[0] as Indicator, ctx);
  const gathered = gatherAvailable(indicators, ctx);
  if (gathered.kind === 'facts' && gathered.missing)
    return { kind: 'no_data', missing: gathered.missing, observed: gathered.observed };
  return gathered;
}

/**
 * {@link gatherCurrent} of one indicator, as most kinds read: the same results, key for key, without the
 * loop, the list of missing items or a gathering of all that is available to turn into no_data.
 */
function gatherOne(indicator: Indicator, ctx: EvaluationContext): Gathered {
  const { facts: byIndicator, period } = ctx.region;
  const entry = byIndicator.get(indicator.id)?.get(period);
  if (entry?.notApplicable !== undefined)
    return { kind: 'not_applicable', reason: entry.notApplicable, indicator: indicator.id };
  const value: FactValue = entry?.flag ?? entry?.value;
  if (!entry || value === undefined)
    return { kind: 'no_data', missing: [missingFor(indicator.id, period)], observed: [] };
  const facts = new Map<string, FactValue>();
  facts.set(indicator.id, value);
  return { kind: 'facts', facts, observed: [observedFigure(entry, indicator)] };
}

/**
 * Reads the current-period value of each indicator that has one, listing the others as `missing`
 * (for kinds whose verdict may be settled without them); not_applicable if the data declare one so.
 */
export function gatherAvailable(indicators: readonly Indicator[], ctx: EvaluationContext): Gathered {
  const { facts: byIndicator, period } = ctx.region;
  const facts = new Map<string, FactValue>();
  const observed: ObservedFigure[] = [];
  let missing: MissingItem[] | undefined;
  for (const indicator of indicators) {
    const entry = byIndicator.get(indicator.id)?.get(period);
    if (entry?.notApplicable !== undefined)
      return { kind: 'not_applicable', reason: entry.notApplicable, indicator: indicator.id };
    const value: FactValue = entry?.flag ?? entry?.value;
    if (!entry || value === undefined) {
      missing ??= [];
      missing.push(missingFor(indicator.id, period));
      continue;
    }
    facts.set(indicator.id, value);
    observed.push(observedFigure(entry, indicator));
  }
  if (missing) return { kind: 'facts', facts, observed, missing };
  return { kind: 'facts', facts, observed };
}
