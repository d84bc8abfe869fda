import { type Dec, type DecimalInput, ONE, toDecimal, ZERO } from '../core/decimal.js';
import { inputIssue } from '../core/errors.js';
import { quantityTexts } from '../core/unit-format.js';
import { convertValue, parseUnit, type Unit } from '../core/units.js';
import type { Indicator } from '../indicators/schema.js';
import { ERROR_MESSAGES, MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { FactEntry } from '../observations/normalize.js';
import type { FactValue } from './operators.js';
import type { CompileContext, EvaluationContext, Gathered, Measurement, MissingItem, ObservedFigure } from './types.js';

const E = ERROR_MESSAGES.expected;

/** Looks up an indicator, reporting E_UNKNOWN_INDICATOR at `field` when it is not defined. */
export function requireIndicator(id: string, ctx: CompileContext, field: string): Indicator | undefined {
  const indicator = ctx.indicator(id);
  if (!indicator) {
    ctx.issues.push(inputIssue('E_UNKNOWN_INDICATOR', `${ctx.path}.${field}`, E.knownIndicator, id));
  }
  return indicator;
}

/** The unit of an indicator (validated when the rule set is loaded). */
export function indicatorUnit(indicator: Indicator): Unit {
  return parseUnit(indicator.unit) as Unit;
}

/** Parses a target's unit and checks it converts to the indicator's, reporting E_UNKNOWN_UNIT / E_UNIT_MISMATCH. */
export function requireUnit(
  spelling: string,
  indicator: Indicator,
  ctx: CompileContext,
  field = 'unit',
): Unit | undefined {
  const unit = parseUnit(spelling);
  if (!unit) {
    ctx.issues.push(inputIssue('E_UNKNOWN_UNIT', `${ctx.path}.${field}`, E.knownUnitSuchAs(indicator.unit), spelling));
    return undefined;
  }
  if (unit.dimension !== indicatorUnit(indicator).dimension) {
    ctx.issues.push(
      inputIssue('E_UNIT_MISMATCH', `${ctx.path}.${field}`, E.unitOfIndicator(indicator.unit, indicator.id), spelling),
    );
    return undefined;
  }
  return unit;
}

/** Converts a threshold written in `unit` into the indicator's unit, checking rates stay within 0–100%. */
export function thresholdInIndicatorUnit(
  value: DecimalInput,
  unit: Unit,
  indicator: Indicator,
  ctx: CompileContext,
  field: string,
): Dec | undefined {
  const converted = convertValue(toDecimal(value), unit, indicatorUnit(indicator));
  if (converted.isNegative()) {
    ctx.issues.push(inputIssue('E_NEGATIVE_VALUE', `${ctx.path}.${field}`, E.nonNegativeNumber, value));
    return undefined;
  }
  if (indicator.kind === 'rate' && convertValue(converted, indicatorUnit(indicator), parseUnit('%') as Unit).gt(100)) {
    ctx.issues.push(inputIssue('E_RATE_ABOVE_100', `${ctx.path}.${field}`, E.rateAtMost100, value));
    return undefined;
  }
  return converted;
}

/** An observation as the report shows it. */
export function observedFigure(entry: FactEntry, indicator: Indicator): ObservedFigure {
  const value =
    entry.flag !== undefined
      ? entry.flag
      : entry.rank
        ? `${entry.rank.position}/${entry.rank.of}`
        : (entry.value as Dec).toString();
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

/** The parts of a measurement a kind supplies; the rest default to none. */
export type MeasurementParts = Pick<Measurement, 'attainment' | 'observedText'> & Partial<Measurement>;

/**
 * A measurement, always built by this one literal with every key in the same order: measurements of
 * one shape keep the report builder's reads of them fast (spread-merged ones came in many shapes).
 */
export function measurementOf(m: MeasurementParts): Measurement {
  return {
    attainment: m.attainment,
    gap: m.gap ?? null,
    gapUnit: m.gapUnit ?? null,
    observedText: m.observedText,
    gapText: m.gapText ?? null,
    notes: m.notes ?? [],
    settled: m.settled,
    detail: m.detail,
  };
}

/** The "missing for period P" item of an indicator. */
export function missingFor(indicator: string, period: string): MissingItem {
  return { indicator, what: MESSAGES.observationFor(period) };
}

/**
 * Reads the current-period value of each indicator: no_data if any is missing, not_applicable if the
 * data declare one so. Facts are keyed by indicator id.
 */
export function gatherCurrent(indicators: readonly Indicator[], ctx: EvaluationContext): Gathered {
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
      (missing ??= []).push(missingFor(indicator.id, period));
      continue;
    }
    facts.set(indicator.id, value);
    observed.push(observedFigure(entry, indicator));
  }
  if (missing) return { kind: 'no_data', missing, observed };
  return { kind: 'facts', facts, observed };
}

/** Attainment of a higher-is-better value: v/T clipped to [0, 1] (1 when T ≤ 0 and v ≥ T). */
export function higherAttainment(value: Dec, threshold: Dec): Dec {
  if (value.gte(threshold)) return ONE;
  // 0 ≤ v < T here, so v/T already lies in [0, 1).
  if (threshold.isNegative() || threshold.isZero() || value.isNegative()) return ZERO;
  return value.div(threshold);
}

/** Attainment of a lower-is-better value: T/v clipped to [0, 1] (31 against ≤29 is 29/31). */
export function lowerAttainment(value: Dec, threshold: Dec): Dec {
  if (value.lte(threshold)) return ONE;
  // v > T here, so with both above 0, T/v already lies in (0, 1).
  if (threshold.isNegative() || threshold.isZero()) return ZERO;
  return threshold.div(value);
}

/** A quantity formatted in every locale. */
export function quantityText(value: Dec, unit: Unit): LocalizedText {
  return quantityTexts(value, unit);
}
