import { type Dec, ONE, ZERO } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { quantityTexts } from '../../core/unit-format.js';
import { convertValue, parseUnit, type Unit } from '../../core/units.js';
import type { Indicator } from '../../indicators/schema.js';
import type { LocalizedText } from '../../locales/locale.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type { EvaluationContext, Gathered, KindCompiler } from '../contract.js';
import { gatherCurrent } from '../gather.js';
import { indicatorUnit, requireIndicator } from '../indicator-checks.js';
import { measurementOf, metMeasurement } from '../measurement.js';
import { QUALITATIVE_MESSAGES as Q } from './messages.js';
import type { QualitativeTarget } from './schema.js';

/** The whole task in the indicator's unit (100 for %, 1 for a fraction); null for a boolean indicator. */
function wholeTask(indicator: Indicator): Dec | null {
  if (indicator.kind === 'boolean') return null;
  return convertValue(ONE, parseUnit('fraction') as Unit, indicatorUnit(indicator));
}

/** Whether an indicator can carry a judgement: a boolean, or a share (rate in %, ‰ or a fraction). */
function judgeable(indicator: Indicator): boolean {
  return indicator.kind === 'boolean' || indicatorUnit(indicator).dimension === 'share';
}

/** The judgement as words: done, partly (with the share done) or not done. */
function judgementText(value: Dec | boolean, whole: Dec | null, indicator: Indicator): LocalizedText {
  if (value === true || (whole !== null && (value as Dec).gte(whole))) return Q.done;
  if (value === false || (value as Dec).isZero()) return Q.notDone;
  return Q.partly(quantityTexts(value as Dec, indicatorUnit(indicator)));
}

/**
 * A judgement without evidence is not one the library can score: the target reads as no data,
 * saying the evidence is what is missing.
 */
function requireEvidence(gathered: Gathered, indicator: Indicator, ctx: EvaluationContext): Gathered {
  if (gathered.kind !== 'facts' || gathered.observed.some((o) => o.evidence)) return gathered;
  return {
    kind: 'no_data',
    missing: [{ indicator: indicator.id, what: Q.evidenceFor(ctx.region.period) }],
    observed: gathered.observed,
  };
}

/**
 * A task without a bar, judged on recorded evidence: met when done (true, or the whole task), partly
 * done earns the share done as its attainment, not done earns nothing. Nothing recorded is no data.
 */
export const compileQualitative: KindCompiler<QualitativeTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator) return undefined;
  if (!judgeable(indicator)) {
    ctx.issues.push(inputIssue('E_WRONG_VALUE_TYPE', `${ctx.path}.indicator`, Q.expectedIndicator, indicator.id));
    return undefined;
  }
  const whole = wholeTask(indicator);
  const condition: EngineLeaf =
    whole === null
      ? { fact: indicator.id, operator: 'isTrue', value: true }
      : { fact: indicator.id, operator: 'atLeast', value: whole.toString() };
  // One list for every region (gathering only reads it).
  const read = [indicator];
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: Q.requirement,
    // No bar to score a value against and no gap in a unit: a scheme scores it by its attainment.
    capabilities: { direction: null, gap: false, fullMarks: null },
    gather: (c) => requireEvidence(gatherCurrent(read, c), indicator, c),
    measure: (facts, met, c) => {
      const value = facts(indicator.id) as Dec | boolean;
      const evidence = c.region.facts.get(indicator.id)?.get(c.region.period)?.evidence ?? '';
      const judgement = judgementText(value, whole, indicator);
      const observedText = Q.withEvidence(judgement, evidence);
      if (met) return metMeasurement(observedText);
      const attainment = typeof value === 'boolean' || whole === null ? ZERO : value.div(whole);
      return measurementOf({ attainment, observedText });
    },
  };
};
