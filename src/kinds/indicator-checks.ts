/**
 * Compile-time checks of what a target says about its indicator: that it exists, holds the right type
 * of value for the kind, that the target's unit converts to its own, and that a threshold fits it.
 * Each reports a typed input issue on `ctx.issues` and returns undefined (or false) when the check fails.
 */
import { type Dec, type DecimalInput, toDecimal } from '../core/decimal.js';
import { inputIssue } from '../core/errors.js';
import { convertValue, parseUnit, type Unit, unknownUnitExpected } from '../core/units.js';
import { admitsNegative, type Indicator } from '../indicators/schema.js';
import { ERROR_MESSAGES } from '../locales/index.js';
import type { CompileContext } from './contract.js';

const E = ERROR_MESSAGES.expected;

/**
 * Looks up an indicator, reporting E_UNKNOWN_INDICATOR at `field` when it is not defined, and
 * E_UNKNOWN_UNIT there when its own unit is not one the library knows (a rule set's own indicator
 * with `"unit": "bogus-unit"`): every check after this one reads the indicator's unit, so such an
 * indicator is treated as unusable here rather than crashing them.
 */
export function requireIndicator(id: string, ctx: CompileContext, field: string): Indicator | undefined {
  const indicator = ctx.indicator(id);
  if (!indicator) {
    ctx.issues.push(inputIssue('E_UNKNOWN_INDICATOR', `${ctx.path}.${field}`, E.knownIndicator, id));
    return undefined;
  }
  if (!parseUnit(indicator.unit)) {
    ctx.issues.push(
      inputIssue('E_UNKNOWN_UNIT', `${ctx.path}.${field}`, E.indicatorWithKnownUnit(indicator.id), indicator.unit),
    );
    return undefined;
  }
  return indicator;
}

/** Reports a boolean indicator given to a kind that compares numbers with a threshold (it wants `milestone`); true when numeric. */
export function requireNumericKind(indicator: Indicator, ctx: CompileContext): boolean {
  if (indicator.kind !== 'boolean') return true;
  ctx.issues.push(inputIssue('E_WRONG_VALUE_TYPE', `${ctx.path}.kind`, E.milestoneForBoolean, indicator.id));
  return false;
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
    ctx.issues.push(
      inputIssue(
        'E_UNKNOWN_UNIT',
        `${ctx.path}.${field}`,
        unknownUnitExpected(spelling, indicatorUnit(indicator)),
        spelling,
      ),
    );
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
  if (converted.isNegative() && !admitsNegative(indicator)) {
    ctx.issues.push(
      inputIssue(
        'E_NEGATIVE_VALUE',
        `${ctx.path}.${field}`,
        E.negativeNotAdmitted(indicator.id, indicator.kind),
        value,
      ),
    );
    return undefined;
  }
  if (indicator.kind === 'rate' && convertValue(converted, indicatorUnit(indicator), parseUnit('%') as Unit).gt(100)) {
    ctx.issues.push(inputIssue('E_RATE_ABOVE_100', `${ctx.path}.${field}`, E.rateAtMost100, value));
    return undefined;
  }
  return converted;
}
