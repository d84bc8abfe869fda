import { type Dec, ZERO } from '../../core/decimal.js';
import { gapTexts } from '../../core/unit-format.js';
import { MESSAGES } from '../../locales/index.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type { KindCompiler } from '../contract.js';
import { gatherCurrent } from '../gather.js';
import { indicatorUnit, requireIndicator, requireNumericKind } from '../indicator-checks.js';
import { measurementOf, metMeasurement } from '../measurement.js';
import { settledDeadline } from '../settled.js';
import { dueDate } from '../target.js';
import { ZERO_MESSAGES } from './messages.js';
import type { ZeroTarget } from './schema.js';

/** "不发生…事件": zero occurrences. */
export const compileZero: KindCompiler<ZeroTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericKind(indicator, ctx)) return undefined;
  const unit = indicatorUnit(indicator);
  const condition: EngineLeaf = { fact: indicator.id, operator: 'equalTo', value: '0' };
  // One list for every region (gathering only reads it).
  const read = [indicator];
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: ZERO_MESSAGES.requirement,
    unit,
    // Every occurrence is a step of the gap, but there is no threshold to score a value against.
    capabilities: { direction: null, gap: true, fullMarks: null },
    gather: (c) => gatherCurrent(read, c),
    measure: (facts, met, c) => {
      const value = facts(indicator.id) as Dec;
      const observedText = MESSAGES.occurrences(value.toString());
      if (met) return metMeasurement(observedText);
      const gapText = gapTexts(value, unit);
      // Occurrences only accumulate: one that happened cannot un-happen, whatever the rest of the period brings.
      const settled = {
        reason: 'occurred' as const,
        note: MESSAGES.settled.occurred(
          value.toString(),
          gapText,
          settledDeadline(dueDate(target, ctx.plan.end, c.asOf)),
        ),
      };
      return measurementOf({ attainment: ZERO, gap: value, gapUnit: unit.gapSymbol, observedText, gapText, settled });
    },
  };
};
