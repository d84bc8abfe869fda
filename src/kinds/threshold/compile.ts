import { type Dec, decimalString, toDecimal } from '../../core/decimal.js';
import { formatGap, formatQuantity, quantityTexts } from '../../core/unit-format.js';
import { convertValue, type Unit } from '../../core/units.js';
import { MESSAGES, perLocale } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type { KindCapabilities, KindCompiler } from '../contract.js';
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
import { THRESHOLD_MESSAGES } from './messages.js';
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

/** 达到/超/不超过/低于/等于: one indicator against one threshold. */
export const compileThreshold: KindCompiler<ThresholdTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericKind(indicator, ctx)) return undefined;
  const unit = requireUnit(target.unit, indicator, ctx);
  if (!unit) return undefined;
  const threshold = thresholdInIndicatorUnit(target.threshold, unit, indicator, ctx, 'threshold');
  if (!threshold) return undefined;
  const operator = COMPARISON_OPERATORS[target.kind];
  const condition: EngineLeaf = { fact: indicator.id, operator, value: threshold.toString() };
  const thresholdInTarget = toDecimal(target.threshold);
  const fromUnit = indicatorUnit(indicator);
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: MESSAGES.requirement[target.kind](quantityTexts(thresholdInTarget, unit)),
    unit,
    capabilities: { direction: DIRECTION[target.kind], gap: true, fullMarks: thresholdInTarget },
    gather: (c) => gatherCurrent([indicator], c),
    measure: (facts, met, evalCtx) => {
      const deadline = dueDate(target, ctx.plan.end, evalCtx.asOf);
      const value = convertValue(facts(indicator.id) as Dec, fromUnit, unit);
      const observedText = quantityTexts(value, unit);
      const measured = measureComparison(operator, value, thresholdInTarget, met, unit, observedText);
      const settled = indicator.accumulates
        ? accumulatedVerdict(operator, met, value.gt(thresholdInTarget), value, observedText, deadline)
        : undefined;
      if (settled) return measurementOf({ ...measured, settled });
      // Not met before the deadline (not_due): say how far it has come and what pace the deadline needs.
      if (met || evalCtx.asOf >= deadline) return measured;
      const series = evalCtx.region.facts.get(indicator.id);
      const progress = deadlineProgress({
        series,
        toTargetUnit: (v) => convertValue(v, fromUnit, unit),
        currentPeriod: evalCtx.region.period,
        current: value,
        threshold: thresholdInTarget,
        asOf: evalCtx.asOf,
        deadline,
      });
      const report = progressReport(progress, unit, deadline);
      return measurementOf({
        ...measured,
        notes: [...measured.notes, ...report.notes],
        detail: { ...measured.detail, ...report.detail },
      });
    },
  };
};
