/** Building a {@link Measurement}: one shape for every kind, and the measurement of one numeric comparison. */
import { compared, type Dec, ONE, quotientByWord, ZERO } from '../core/decimal.js';
import {
  ratioText,
  type Scaled,
  scaledDecimal,
  scaledDifference,
  scaledOf,
  scaledPlain,
  type WordDivisor,
  wordDivisor,
} from '../core/scaled.js';
import { gapTexts, gapTextsOfPlain, quantityTexts } from '../core/unit-format.js';
import type { Unit } from '../core/units.js';
import { MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { ATTAINMENT_PLACES, comparisonAttainment, comparisonAttainmentText } from './attainment.js';
import type { Measurement } from './contract.js';
import type { OperatorName } from './operators.js';

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
    attainmentText: m.attainmentText,
  };
}

/** The measurement of a met target: full attainment, no gap. */
export function metMeasurement(
  observedText: LocalizedText,
  notes: LocalizedText[] = [],
  detail?: Record<string, unknown>,
): Measurement {
  return measurementOf({ attainment: ONE, observedText, notes, detail });
}

/**
 * One numeric comparison as the rule set fixes it (operator, threshold, unit), with what every region's
 * measurement against it reuses worked out once: the threshold as a scaled integer, which side is better.
 */
export interface Comparison {
  readonly operator: OperatorName;
  readonly threshold: Dec;
  readonly unit: Unit;
  /** The threshold as a scaled integer; undefined past 15 significant digits (attainment texts then come from the Decimal). */
  readonly scaled: Scaled | undefined;
  readonly side: 'higher' | 'lower' | 'equal';
  /** Whether the threshold is above 0, so a shortfall has a ratio to it. */
  readonly positive: boolean;
  /** The threshold as one digit word (95, 92.5 as 925 shifted): a value's ratio to it is one long division. */
  readonly divisor: WordDivisor | undefined;
}

/** The {@link Comparison} of an operator, threshold and unit; a compiled target builds its own once. */
export function comparisonOf(operator: OperatorName, threshold: Dec, unit: Unit): Comparison {
  const side =
    operator === 'atLeast' || operator === 'moreThan'
      ? 'higher'
      : operator === 'atMost' || operator === 'lessThan'
        ? 'lower'
        : 'equal';
  const scaled = scaledOf(threshold);
  const divisor = scaled && wordDivisor(scaled);
  return { operator, threshold, unit, scaled, side, positive: compared(threshold, ZERO) > 0, divisor };
}

/** Measures one numeric comparison: attainment, gap in the target's unit, boundary notes. */
export function measureComparison(
  operator: OperatorName,
  value: Dec,
  threshold: Dec,
  met: boolean,
  unit: Unit,
  observedText: LocalizedText,
): Measurement {
  if (met) return metMeasurement(observedText);
  return measureAgainst(comparisonOf(operator, threshold, unit), value, false, observedText);
}

/**
 * {@link measureComparison} against a comparison worked out beforehand. The gap's sign says which side of
 * the threshold the value is on, so the attainment needs no comparison of its own, and the attainment's
 * report text comes from exact scaled integers (see {@link comparisonAttainmentText}).
 */
export function measureAgainst(c: Comparison, value: Dec, met: boolean, observedText: LocalizedText): Measurement {
  if (met) return metMeasurement(observedText);
  const { side, threshold, unit } = c;
  const v = scaledOf(value);
  // The gap from scaled integers where both figures have at most 15 digits: the Decimal decimal.js would
  // subtract, built from its digits, and its text printed from them (see scaledDifference).
  const g =
    v && c.scaled && side !== 'equal'
      ? side === 'higher'
        ? scaledDifference(c.scaled as Scaled, v)
        : scaledDifference(v, c.scaled as Scaled)
      : undefined;
  const gap = g
    ? scaledDecimal(g)
    : side === 'higher'
      ? threshold.minus(value)
      : side === 'lower'
        ? value.minus(threshold)
        : value.minus(threshold).abs();
  const zero = g ? g.coefficient === 0 : gap.isZero();
  const notes = zero
    ? [
        side === 'higher'
          ? MESSAGES.boundaryAbove(quantityTexts(threshold, unit))
          : MESSAGES.boundaryBelow(quantityTexts(threshold, unit)),
      ]
    : [];
  const gapText = g ? gapTextsOfPlain(gap, scaledPlain(g), unit) : gapTexts(gap, unit);
  let attainment: Dec;
  let attainmentText: string | undefined;
  if (side === 'equal') {
    attainment = comparisonAttainment(c.operator, value, threshold);
    attainmentText = comparisonAttainmentText(c.operator, value, threshold);
  } else if (zero || (g ? g.coefficient < 0 : gap.isNegative())) {
    // At or past the threshold on its better side (a strict comparison missed by equality).
    attainment = ONE;
    attainmentText = c.scaled && v ? '1' : undefined;
  } else if (!c.positive || (side === 'higher' && value.isNegative())) {
    attainment = ZERO;
    attainmentText = c.scaled && v ? '0' : undefined;
  } else {
    // Worked out eagerly, as plain data: a lazy getter gave these measurements a shape apart from every other
    // (more shapes for each read of a measurement downstream), and the built-ins' default scheme reads the
    // attainment of every unmet target anyway. Paired runs showed no loss against the getter.
    // Over a divisor of one digit word (a threshold of 95 or 92.5, a count of 38) one long division does.
    const divisor = side === 'lower' ? v && wordDivisor(v) : c.divisor;
    const numerator = side === 'lower' ? threshold : value;
    attainment =
      (divisor ? quotientByWord(numerator, divisor.word, divisor.shift) : undefined) ??
      (side === 'lower' ? threshold.div(value) : value.div(threshold));
    attainmentText =
      c.scaled && v
        ? side === 'higher'
          ? ratioText(v, c.scaled, ATTAINMENT_PLACES)
          : ratioText(c.scaled, v, ATTAINMENT_PLACES)
        : undefined;
  }
  return measurementOf({ attainment, gap, gapUnit: unit.gapSymbol, observedText, gapText, notes, attainmentText });
}
