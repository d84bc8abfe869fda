/** Building a {@link Measurement}: one shape for every kind, and the measurement of one numeric comparison. */
import { type Dec, ONE } from '../core/decimal.js';
import { gapTexts, quantityTexts } from '../core/unit-format.js';
import type { Unit } from '../core/units.js';
import { MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { comparisonAttainment, comparisonAttainmentText } from './attainment.js';
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
  const higher = operator === 'atLeast' || operator === 'moreThan';
  const lower = operator === 'atMost' || operator === 'lessThan';
  const gap = higher ? threshold.minus(value) : lower ? value.minus(threshold) : value.minus(threshold).abs();
  const notes = gap.isZero()
    ? [
        higher
          ? MESSAGES.boundaryAbove(quantityTexts(threshold, unit))
          : MESSAGES.boundaryBelow(quantityTexts(threshold, unit)),
      ]
    : [];
  const gapText = gapTexts(gap, unit);
  const attainmentText = comparisonAttainmentText(operator, value, threshold);
  // Worked out eagerly, as plain data: a lazy getter gave these measurements a shape apart from every other
  // (more shapes for each read of a measurement downstream), and the built-ins' default scheme reads the
  // attainment of every unmet target anyway. Paired runs showed no loss against the getter.
  const attainment = comparisonAttainment(operator, value, threshold);
  return measurementOf({ attainment, gap, gapUnit: unit.gapSymbol, observedText, gapText, notes, attainmentText });
}
