import { type Dec, decimalString, plainString, shiftedPoint, toDecimal } from '../../core/decimal.js';
import { keptPerObject } from '../../core/kept.js';
import { parsePeriod, periodContaining } from '../../core/periods.js';
import { gapTexts, quantityTexts } from '../../core/unit-format.js';
import { convertValue, type Unit } from '../../core/units.js';
import type { Indicator } from '../../indicators/schema.js';
import { MESSAGES } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import { type CompiledPredicate, compileCondition, type EngineCondition, type EngineLeaf } from '../conditions.js';
import type {
  CompileContext,
  CompiledKind,
  EvaluationContext,
  Gathered,
  KindCapabilities,
  KindCompiler,
  Measurement,
} from '../contract.js';
import { gatherAvailable, gatherCurrent, observedFigure } from '../gather.js';
import {
  indicatorUnit,
  requireIndicator,
  requireNumericKind,
  requireUnit,
  thresholdInIndicatorUnit,
} from '../indicator-checks.js';
import { type Comparison, comparisonOf, measureAgainst, measurementOf } from '../measurement.js';
import { COMPARISON_OPERATORS, type OperatorName } from '../operators.js';
import { type DeadlineProgress, deadlineProgress } from '../progress.js';
import { compareLabels } from '../series.js';
import {
  type RunningTotalReading,
  readRunningTotal,
  type Settled,
  type SettledReason,
  settledDeadline,
  type TotalAt,
} from '../settled.js';
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
    const period = periodWords(baseline.period);
    const value = quantityTexts(baseline.value, unit);
    // The share in percent at 2 places is the share at 4 places with its point moved: no second rounding.
    notes.push(p.progress ? M.baseline(period, value, shiftedPoint(p.progress, 2)) : M.baselineOnly(period, value));
  } else {
    notes.push(M.noBaseline);
  }
  const move = p.requiredPacePerYear.isNegative() ? 'lower' : 'raise';
  notes.push(M.pace(move, gapTexts(p.requiredPacePerYear.abs(), unit), deadline));
  const detail = {
    baseline: baseline ? { period: baseline.period, value: plainString(baseline.value) } : null,
    progress: p.progress,
    requiredPacePerYear: decimalString(p.requiredPacePerYear, 10),
    yearsLeft: yearsText(p.yearsLeft),
    unit: unit.symbol,
    deadline,
  };
  return { notes, detail };
}

// Regions judged together share their as-of date and deadline, so the years left (one Decimal per pair,
// see yearsBetween) and the few period labels of their series are put into words once.
const periodTexts = new Map<string, LocalizedText>();

/** The years left as the detail prints them (10 places). */
const yearsText = keptPerObject((years: Dec): string => decimalString(years, 10));

/** A period label in words (MESSAGES.periodName), worked out once per label; only ever read, as an argument. */
function periodWords(label: string): LocalizedText {
  let words = periodTexts.get(label);
  if (words === undefined) {
    words = MESSAGES.periodName(label);
    if (periodTexts.size >= 1_024) periodTexts.clear();
    periodTexts.set(label, words);
  }
  return words;
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
function measureBand(value: Dec, band: Band, met: boolean, observed: LocalizedText) {
  const { low, high } = band;
  if (met || (value.gte(low.threshold) && value.lte(high.threshold))) return measureAgainst(low, value, true, observed);
  return value.lt(low.threshold)
    ? measureAgainst(low, value, false, observed)
    : measureAgainst(high, value, false, observed);
}

/** The two edges of an "about equal" band, as comparisons: at least its low edge, at most its high one. */
interface Band {
  readonly low: Comparison;
  readonly high: Comparison;
}

/**
 * How a figure that can only grow settles its verdict, if at all: a floor already reached stays
 * reached, a ceiling already passed stays passed (an unmet `equal` with a figure below its value can
 * still be met). `above` says whether the figure is past the threshold.
 */
function growingVerdict(operator: OperatorName, met: boolean, above: boolean): 'reached' | 'exceeded' | undefined {
  const higher = operator === 'atLeast' || operator === 'moreThan';
  if (met) return higher ? 'reached' : undefined;
  // A ceiling (at most, less than) missed stays missed; `equal` only once the figure is past its value.
  if (higher || (operator === 'equalTo' && !above)) return undefined;
  return 'exceeded';
}

/**
 * The verdict on a count that only grows within its period, if the rest of the period cannot change
 * it (see {@link growingVerdict}).
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
  const reason = growingVerdict(operator, met, above);
  if (reason === 'reached') return { reason, note: MESSAGES.settled.reached(n, count) };
  if (reason === 'exceeded') return { reason, note: MESSAGES.settled.exceeded(n, count, settledDeadline(deadline)) };
  return undefined;
}

const R = THRESHOLD_MESSAGES.runningTotal;

/** What a running total's gathering hands its measure: the series read, and the earlier figure used if any. */
interface RunningTotalState {
  readonly reading: RunningTotalReading;
  /** The earlier period's total that stands in for the missing one judged, having settled the verdict. */
  readonly fromEarlier?: TotalAt;
}

/** A running total's settled finding, quoting the period of the figure and the one it makes moot. */
function runningTotalSettled(reason: SettledReason, period: string, quantity: LocalizedText, until: string): Settled {
  const words = reason === 'reached' ? R.reached : R.exceeded;
  return { reason, note: words(MESSAGES.periodName(period), quantity, MESSAGES.periodName(until)) };
}

/** The note naming the two periods of a running total whose later figure is below the earlier one. */
function contradictionNote(
  reading: Extract<RunningTotalReading, { kind: 'contradicted' }>,
  words: typeof R.contradicted,
  indicator: Indicator,
  unit: Unit,
): LocalizedText {
  const fromUnit = indicatorUnit(indicator);
  const quantity = (t: TotalAt) => quantityTexts(convertValue(t.value, fromUnit, unit), unit);
  const { earlier, later } = reading;
  return words(
    MESSAGES.periodName(earlier.period),
    quantity(earlier),
    MESSAGES.periodName(later.period),
    quantity(later),
  );
}

/**
 * Reads a running total (累计) for one region. With the judged period's figure present, that figure and
 * the series read. Without it, the latest earlier figure stands in when the series agrees with the
 * declaration and that figure settles the verdict (`settles`, given it in the indicator's unit), so
 * json-rules-engine judges the same fact; otherwise no_data as for any missing figure, listing
 * consistent totals as missing too when the series falls.
 */
function gatherRunningTotal(
  indicator: Indicator,
  unit: Unit,
  c: EvaluationContext,
  settles: (value: Dec) => boolean,
): Gathered {
  const gathered = gatherAvailable([indicator], c);
  if (gathered.kind !== 'facts') return gathered;
  const reading = readRunningTotal(c.region.facts.get(indicator.id), c.region.period);
  const state: RunningTotalState = { reading };
  if (!gathered.missing) return { ...gathered, state };
  const { missing, observed } = gathered;
  if (reading.kind === 'contradicted') {
    const what = contradictionNote(reading, R.consistentTotals, indicator, unit);
    return { kind: 'no_data', missing: [...missing, { indicator: indicator.id, what }], observed };
  }
  const floor = reading.floor;
  if (!floor || !settles(floor.value)) return { kind: 'no_data', missing, observed };
  return {
    kind: 'facts',
    facts: new Map([[indicator.id, floor.value]]),
    observed: [observedFigure(floor.entry, indicator)],
    missing,
    state: { reading, fromEarlier: floor },
  };
}

/** How a threshold on this indicator gathers its figure: a running total may stand in an earlier one. */
function gathererFor(
  indicator: Indicator,
  unit: Unit,
  settles: (value: Dec) => boolean,
): (c: EvaluationContext) => Gathered {
  if (indicator.runningTotal) return (c) => gatherRunningTotal(indicator, unit, c, settles);
  // One list for every region (gathering only reads it).
  const read = [indicator];
  return (c) => gatherCurrent(read, c);
}

/** Whether a figure of the indicator (in its own unit) settles a verdict as a floor of the figure judged. */
function settlesAsFloor(
  predicate: CompiledPredicate,
  indicator: Indicator,
  operator: OperatorName,
  toTarget: (v: Dec) => Dec,
  threshold: Dec,
): (value: Dec) => boolean {
  return (value) => {
    const met = predicate((name) => (name === indicator.id ? value : undefined));
    return growingVerdict(operator, met, toTarget(value).gt(threshold)) !== undefined;
  };
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
  const predicate = compileCondition(condition);
  const toTarget = (v: Dec) => convertValue(v, fromUnit, unit);
  const settles = settlesAsFloor(predicate, indicator, operator, toTarget, thresholdInTarget);
  const comparison = comparisonOf(operator, thresholdInTarget, unit);
  const planEnd = ctx.plan.end;
  return {
    indicators: [indicator.id],
    condition,
    predicate,
    requirement: MESSAGES.requirement[target.kind](quantityTexts(thresholdInTarget, unit)),
    unit,
    capabilities: { direction: DIRECTION[target.kind], gap: true, fullMarks: thresholdInTarget },
    gather: gathererFor(indicator, unit, settles),
    measure: (facts, met, evalCtx, state) => {
      const value = toTarget(facts(indicator.id) as Dec);
      const observed = quantityTexts(value, unit);
      const measured = measureAgainst(comparison, value, met, observed);
      // Most targets are neither running totals nor counts that accumulate, and are met or due: no more to say.
      if (
        state === undefined &&
        !indicator.accumulates &&
        (met || evalCtx.asOf >= dueDate(target, planEnd, evalCtx.asOf))
      )
        return measured;
      return settledOrProgress(measured, met, evalCtx, state as RunningTotalState | undefined, {
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
 * Settles a count that only accumulates, or a running total, when the rest of the period (or the
 * periods to the deadline) cannot change its verdict; otherwise adds progress from the baseline and
 * the pace needed to an unmet measurement before the deadline (not_due).
 */
function settledOrProgress(
  measured: Measurement,
  met: boolean,
  evalCtx: EvaluationContext,
  running: RunningTotalState | undefined,
  p: JudgedFigure,
): Measurement {
  if (running?.fromEarlier) return settledByEarlierTotal(measured, met, evalCtx, running.fromEarlier, p);
  // A series that contradicts the declaration is said, and settles nothing as a running total.
  const judged =
    running?.reading.kind === 'contradicted'
      ? measurementOf({
          ...measured,
          notes: [...measured.notes, contradictionNote(running.reading, R.contradicted, p.indicator, p.unit)],
        })
      : measured;
  const settled =
    running?.reading.kind === 'consistent'
      ? runningTotalVerdict(met, evalCtx, p)
      : p.indicator.accumulates
        ? accumulatedVerdict(p.operator, met, p.value.gt(p.threshold), p.value, p.observed, p.deadline)
        : undefined;
  if (settled) return measurementOf({ ...judged, settled });
  if (met || evalCtx.asOf >= p.deadline) return judged;
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
  // Field by field rather than spread: one object fewer per not-yet-due target, the same keys in the same order.
  return measurementOf({
    attainment: judged.attainment,
    gap: judged.gap,
    gapUnit: judged.gapUnit,
    observedText: judged.observedText,
    gapText: judged.gapText,
    notes: judged.notes.length > 0 ? [...judged.notes, ...report.notes] : report.notes,
    settled: judged.settled,
    detail: judged.detail ? { ...judged.detail, ...report.detail } : report.detail,
    attainmentText: judged.attainmentText,
  });
}

/** What the threshold measure knows of the figure it judges. */
interface JudgedFigure {
  readonly indicator: Indicator;
  readonly fromUnit: Unit;
  readonly unit: Unit;
  readonly value: Dec;
  readonly observed: LocalizedText;
  readonly operator: OperatorName;
  readonly threshold: Dec;
  readonly deadline: string;
}

/**
 * The measurement of a running total judged by an earlier period's figure (the judged period's is
 * missing): the figure is shown with its period, and the settled note says why it decides.
 */
function settledByEarlierTotal(
  measured: Measurement,
  met: boolean,
  evalCtx: EvaluationContext,
  floor: TotalAt,
  p: JudgedFigure,
): Measurement {
  const reason = growingVerdict(p.operator, met, p.value.gt(p.threshold)) as SettledReason;
  const period = MESSAGES.periodName(floor.period);
  return measurementOf({
    ...measured,
    observedText: R.observedAt(p.observed, period),
    settled: runningTotalSettled(reason, floor.period, p.observed, evalCtx.region.period),
  });
}

/**
 * A running total's own figure settles it before its deadline: what is left of the period, and the
 * periods to the deadline, can only add to it. A deadline in a later period is named with the period
 * of the figure; one in the same period is spoken of as a count that accumulates within it.
 */
function runningTotalVerdict(met: boolean, evalCtx: EvaluationContext, p: JudgedFigure): Settled | undefined {
  if (evalCtx.asOf >= p.deadline) return undefined;
  const current = evalCtx.region.period;
  const granularity = parsePeriod(current)?.granularity;
  const until = granularity ? periodContaining(p.deadline, granularity) : current;
  if (compareLabels(until, current) <= 0)
    return accumulatedVerdict(p.operator, met, p.value.gt(p.threshold), p.value, p.observed, p.deadline);
  const reason = growingVerdict(p.operator, met, p.value.gt(p.threshold));
  return reason && runningTotalSettled(reason, current, p.observed, until);
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
  const predicate = compileCondition(condition);
  const toTarget = (v: Dec) => convertValue(v, fromUnit, unit);
  const side: ToleranceSide = target.kind === 'equal' ? 'band' : target.kind;
  const bound =
    bounds.low && bounds.high
      ? THRESHOLD_MESSAGES.tolerance.range(quantityTexts(bounds.low, unit), quantityTexts(bounds.high, unit))
      : quantityTexts((bounds.low ?? bounds.high) as Dec, unit);
  // A floor or ceiling moves by the tolerance; a band keeps the threshold itself as its full-marks value.
  const effective = (band ? thresholdInTarget : (bounds.low ?? bounds.high)) as Dec;
  const note = toleranceNote(tolerance, amount, unit);
  const settles = settlesAsFloor(predicate, indicator, operator, toTarget, effective);
  const comparison = comparisonOf(operator, effective, unit);
  const edges: Band | undefined =
    band && bounds.low && bounds.high
      ? { low: comparisonOf('atLeast', bounds.low, unit), high: comparisonOf('atMost', bounds.high, unit) }
      : undefined;
  const toleranceFields = {
    ...toleranceDetail(tolerance, amount, unit),
    min: bounds.low?.toString() ?? null,
    max: bounds.high?.toString() ?? null,
  };
  return {
    indicators: [indicator.id],
    condition,
    predicate,
    requirement: THRESHOLD_MESSAGES.tolerance.about(quantityTexts(thresholdInTarget, unit), side, bound),
    unit,
    capabilities: { direction: DIRECTION[target.kind], gap: true, fullMarks: effective },
    gather: gathererFor(indicator, unit, settles),
    measure: (facts, met, evalCtx, state) => {
      const value = toTarget(facts(indicator.id) as Dec);
      const observed = quantityTexts(value, unit);
      const measured = edges
        ? measureBand(value, edges, met, observed)
        : measureAgainst(comparison, value, met, observed);
      // A fresh detail per region: the report hands it to the caller, who may edit it.
      const detail = { tolerance: { ...toleranceFields } };
      const withNote = measurementOf({ ...measured, notes: [note, ...measured.notes], detail });
      return settledOrProgress(withNote, met, evalCtx, state as RunningTotalState | undefined, {
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
