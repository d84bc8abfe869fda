import { type Dec, decimalString, toDecimal } from '../../core/decimal.js';
import { formatGap, formatQuantity, quantityTexts } from '../../core/unit-format.js';
import { convertValue, type Unit } from '../../core/units.js';
import type { Indicator } from '../../indicators/schema.js';
import { MESSAGES, perLocale } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import { compileCondition, type EngineCondition, type EngineLeaf } from '../conditions.js';
import type {
  CompileContext,
  CompiledKind,
  EvaluationContext,
  KindCapabilities,
  KindCompiler,
  Measurement,
} from '../contract.js';
import { gatherCurrent } from '../gather.js';
import {
  indicatorUnit,
  requireIndicator,
  requireNumericKind,
  requireUnit,
  thresholdInIndicatorUnit,
} from '../indicator-checks.js';
import { measureComparison, measurementOf } from '../measurement.js';
import { COMPARISON_OPERATORS, type OperatorName } from '../operators.js';
import { type DeadlineProgress, deadlineProgress } from '../progress.js';
import { type Settled, settledDeadline } from '../settled.js';
import { dueDate } from '../target.js';
import { compileTolerance, type ToleranceSpec, toleranceAmount, toleranceDetail, toleranceNote } from '../tolerance.js';
import { THRESHOLD_MESSAGES, type ToleranceSide } from './messages.js';
import type { ThresholdTarget } from './schema.js';

const M = THRESHOLD_MESSAGES.progress;

/** Which way each threshold kind's value is better; `equal` has no better side. */
const DIRECTION: Readonly<Record<ThresholdTarget['kind'], KindCapabilities['direction']>> = {
  at_least: 'higher',
  more_than: 'higher',
  at_most: 'lower',
  less_than: 'lower',
  equal: null,
};

/** The note and structured detail a threshold measurement carries for a not-yet-due target. */
export function progressReport(
  p: DeadlineProgress,
  unit: Unit,
  deadline: string,
): { notes: LocalizedText[]; detail: Record<string, unknown> } {
  const notes: LocalizedText[] = [];
  const { baseline } = p;
  if (baseline) {
    const period = MESSAGES.periodName(baseline.period);
    const value = perLocale((l) => formatQuantity(baseline.value, unit, l));
    notes.push(
      p.progress ? M.baseline(period, value, decimalString(p.progress.times(100), 2)) : M.baselineOnly(period, value),
    );
  } else {
    notes.push(M.noBaseline);
  }
  const move = p.requiredPacePerYear.isNegative() ? 'lower' : 'raise';
  notes.push(
    M.pace(
      move,
      perLocale((l) => formatGap(p.requiredPacePerYear.abs(), unit, l)),
      deadline,
    ),
  );
  const detail = {
    baseline: baseline ? { period: baseline.period, value: baseline.value.toString() } : null,
    progress: p.progress ? decimalString(p.progress, 4) : null,
    requiredPacePerYear: decimalString(p.requiredPacePerYear, 10),
    yearsLeft: decimalString(p.yearsLeft, 10),
    unit: unit.symbol,
    deadline,
  };
  return { notes, detail };
}

/** The bounds a tolerance gives a threshold, in the target's unit: a floor or ceiling, or a band for `equal`. */
interface ToleratedBounds {
  readonly low: Dec | null;
  readonly high: Dec | null;
  readonly amount: Dec;
}

function toleratedBounds(kind: ThresholdTarget['kind'], threshold: Dec, amount: Dec): ToleratedBounds {
  const direction = DIRECTION[kind];
  if (direction === 'higher') return { low: threshold.minus(amount), high: null, amount };
  if (direction === 'lower') return { low: null, high: threshold.plus(amount), amount };
  return { low: threshold.minus(amount), high: threshold.plus(amount), amount };
}

/** Measures a value against an "about equal" band: the gap is the distance to the nearer edge. */
function measureBand(value: Dec, bounds: ToleratedBounds, met: boolean, unit: Unit, observed: LocalizedText) {
  const low = bounds.low as Dec;
  const high = bounds.high as Dec;
  if (met || (value.gte(low) && value.lte(high))) return measureComparison('atLeast', value, low, true, unit, observed);
  return value.lt(low)
    ? measureComparison('atLeast', value, low, false, unit, observed)
    : measureComparison('atMost', value, high, false, unit, observed);
}

/**
 * The verdict on a count that only grows within its period, if the rest of the period cannot change
 * it: a floor already reached stays reached, a ceiling already passed stays passed (an unmet `equal`
 * with a count below its value can still be met).
 */
function accumulatedVerdict(
  operator: OperatorName,
  met: boolean,
  above: boolean,
  value: Dec,
  count: LocalizedText,
  deadline: string,
): Settled | undefined {
  const n = decimalString(value, 4);
  const higher = operator === 'atLeast' || operator === 'moreThan';
  if (met) return higher ? { reason: 'reached', note: MESSAGES.settled.reached(n, count) } : undefined;
  // A ceiling (at most, less than) missed stays missed; `equal` only once the count is past its value.
  if (higher || (operator === 'equalTo' && !above)) return undefined;
  return { reason: 'exceeded', note: MESSAGES.settled.exceeded(n, count, settledDeadline(deadline)) };
}

/** 达到/超/不超过/低于/等于: one indicator against one threshold, optionally 左右 (within a tolerance). */
export const compileThreshold: KindCompiler<ThresholdTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericKind(indicator, ctx)) return undefined;
  const unit = requireUnit(target.unit, indicator, ctx);
  if (!unit) return undefined;
  const threshold = thresholdInIndicatorUnit(target.threshold, unit, indicator, ctx, 'threshold');
  if (!threshold) return undefined;
  const fromUnit = indicatorUnit(indicator);
  const tolerance = compileTolerance(target.tolerance, ctx, fromUnit, 'target');
  if (tolerance === null) return undefined;
  const operator = COMPARISON_OPERATORS[target.kind];
  const thresholdInTarget = toDecimal(target.threshold);
  if (tolerance)
    return compileTolerated(target, tolerance, { indicator, unit, fromUnit, operator, thresholdInTarget }, ctx);
  const condition: EngineLeaf = { fact: indicator.id, operator, value: threshold.toString() };
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: MESSAGES.requirement[target.kind](quantityTexts(thresholdInTarget, unit)),
    unit,
    capabilities: { direction: DIRECTION[target.kind], gap: true, fullMarks: thresholdInTarget },
    gather: (c) => gatherCurrent([indicator], c),
    measure: (facts, met, evalCtx) => {
      const value = convertValue(facts(indicator.id) as Dec, fromUnit, unit);
      const observed = quantityTexts(value, unit);
      const measured = measureComparison(operator, value, thresholdInTarget, met, unit, observed);
      return settledOrProgress(measured, met, evalCtx, {
        indicator,
        fromUnit,
        unit,
        value,
        observed,
        operator,
        threshold: thresholdInTarget,
        deadline: dueDate(target, ctx.plan.end, evalCtx.asOf),
      });
    },
  };
};

/** What a threshold compiler has worked out before it builds the compiled target. */
interface ThresholdParts {
  readonly indicator: Indicator;
  readonly unit: Unit;
  readonly fromUnit: Unit;
  readonly operator: OperatorName;
  readonly thresholdInTarget: Dec;
}

/**
 * Settles a count that only accumulates when the rest of the period cannot change its verdict; otherwise
 * adds progress from the baseline and the pace needed to an unmet measurement before the deadline (not_due).
 */
function settledOrProgress(
  measured: Measurement,
  met: boolean,
  evalCtx: EvaluationContext,
  p: {
    indicator: Indicator;
    fromUnit: Unit;
    unit: Unit;
    value: Dec;
    observed: LocalizedText;
    operator: OperatorName;
    threshold: Dec;
    deadline: string;
  },
): Measurement {
  const settled = p.indicator.accumulates
    ? accumulatedVerdict(p.operator, met, p.value.gt(p.threshold), p.value, p.observed, p.deadline)
    : undefined;
  if (settled) return measurementOf({ ...measured, settled });
  if (met || evalCtx.asOf >= p.deadline) return measured;
  const progress = deadlineProgress({
    series: evalCtx.region.facts.get(p.indicator.id),
    toTargetUnit: (v) => convertValue(v, p.fromUnit, p.unit),
    currentPeriod: evalCtx.region.period,
    current: p.value,
    threshold: p.threshold,
    asOf: evalCtx.asOf,
    deadline: p.deadline,
  });
  const report = progressReport(progress, p.unit, p.deadline);
  return measurementOf({
    ...measured,
    notes: [...measured.notes, ...report.notes],
    detail: { ...measured.detail, ...report.detail },
  });
}

/** 60%左右: a threshold judged within a tolerance, which the requirement, notes and detail all state. */
function compileTolerated(
  target: ThresholdTarget,
  tolerance: ToleranceSpec,
  p: ThresholdParts,
  ctx: CompileContext,
): CompiledKind {
  const { indicator, unit, fromUnit, operator, thresholdInTarget } = p;
  const amount = toleranceAmount(tolerance, thresholdInTarget, unit);
  const bounds = toleratedBounds(target.kind, thresholdInTarget, amount);
  const inIndicator = (v: Dec) => convertValue(v, unit, fromUnit).toString();
  const band = target.kind === 'equal';
  const condition: EngineCondition =
    band && bounds.low && bounds.high
      ? {
          all: [
            { fact: indicator.id, operator: 'atLeast', value: inIndicator(bounds.low) },
            { fact: indicator.id, operator: 'atMost', value: inIndicator(bounds.high) },
          ],
        }
      : { fact: indicator.id, operator, value: inIndicator((bounds.low ?? bounds.high) as Dec) };
  const side: ToleranceSide = target.kind === 'equal' ? 'band' : target.kind;
  const bound =
    bounds.low && bounds.high
      ? THRESHOLD_MESSAGES.tolerance.range(quantityTexts(bounds.low, unit), quantityTexts(bounds.high, unit))
      : quantityTexts((bounds.low ?? bounds.high) as Dec, unit);
  // A floor or ceiling moves by the tolerance; a band keeps the threshold itself as its full-marks value.
  const effective = (band ? thresholdInTarget : (bounds.low ?? bounds.high)) as Dec;
  const note = toleranceNote(tolerance, amount, unit);
  const detail = {
    tolerance: {
      ...toleranceDetail(tolerance, amount, unit),
      min: bounds.low?.toString() ?? null,
      max: bounds.high?.toString() ?? null,
    },
  };
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: THRESHOLD_MESSAGES.tolerance.about(quantityTexts(thresholdInTarget, unit), side, bound),
    unit,
    capabilities: { direction: DIRECTION[target.kind], gap: true, fullMarks: effective },
    gather: (c) => gatherCurrent([indicator], c),
    measure: (facts, met, evalCtx) => {
      const value = convertValue(facts(indicator.id) as Dec, fromUnit, unit);
      const observed = quantityTexts(value, unit);
      const measured = band
        ? measureBand(value, bounds, met, unit, observed)
        : measureComparison(operator, value, effective, met, unit, observed);
      const withNote = measurementOf({ ...measured, notes: [note, ...measured.notes], detail });
      return settledOrProgress(withNote, met, evalCtx, {
        indicator,
        fromUnit,
        unit,
        value,
        observed,
        operator,
        threshold: effective,
        deadline: dueDate(target, ctx.plan.end, evalCtx.asOf),
      });
    },
  };
}
