import { type Dec, toDecimal } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { quantityTexts } from '../../core/unit-format.js';
import { convertValue } from '../../core/units.js';
import { ERROR_MESSAGES } from '../../locales/index.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type { KindCompiler } from '../contract.js';
import { gatherCurrent } from '../gather.js';
import {
  indicatorUnit,
  requireIndicator,
  requireNumericKind,
  requireUnit,
  thresholdInIndicatorUnit,
} from '../indicator-checks.js';
import { measureComparison, measurementOf, metMeasurement } from '../measurement.js';
import { RANGE_MESSAGES } from './messages.js';
import type { RangeTarget } from './schema.js';

/** "2—3只": the lower bound is required, the upper bound is a stretch level; above it is still met. */
export const compileRange: KindCompiler<RangeTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericKind(indicator, ctx)) return undefined;
  const unit = requireUnit(target.unit, indicator, ctx);
  if (!unit) return undefined;
  const min = thresholdInIndicatorUnit(target.min, unit, indicator, ctx, 'min');
  const max = thresholdInIndicatorUnit(target.max, unit, indicator, ctx, 'max');
  if (!min || !max) return undefined;
  if (min.gt(max)) {
    ctx.issues.push(
      inputIssue(
        'E_BAD_RANGE',
        `${ctx.path}.max`,
        ERROR_MESSAGES.expected.atLeastLowerBound(String(target.min)),
        target.max,
      ),
    );
    return undefined;
  }
  const condition: EngineLeaf = { fact: indicator.id, operator: 'atLeast', value: min.toString() };
  const minT = toDecimal(target.min);
  const maxT = toDecimal(target.max);
  const fromUnit = indicatorUnit(indicator);
  // One list for every region (gathering only reads it).
  const read = [indicator];
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: RANGE_MESSAGES.requirement(quantityTexts(minT, unit), quantityTexts(maxT, unit)),
    unit,
    capabilities: { direction: 'higher', gap: true, fullMarks: minT },
    gather: (c) => gatherCurrent(read, c),
    measure: (facts, met) => {
      const value = convertValue(facts(indicator.id) as Dec, fromUnit, unit);
      const observedText = quantityTexts(value, unit);
      const stretchReached = value.gte(maxT);
      if (met)
        return metMeasurement(observedText, stretchReached ? [RANGE_MESSAGES.stretchReached] : [], { stretchReached });
      return measurementOf({
        ...measureComparison('atLeast', value, minT, false, unit, observedText),
        detail: { stretchReached },
      });
    },
  };
};
