import { ZERO } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { ERROR_MESSAGES, MESSAGES } from '../../locales/index.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type { KindCompiler } from '../contract.js';
import { gatherCurrent } from '../gather.js';
import { requireIndicator } from '../indicator-checks.js';
import { measurementOf, metMeasurement } from '../measurement.js';
import type { MilestoneTarget } from './schema.js';

/**
 * A deliverable observed as true or false. Its words are all shared: 完成（是） is also a compound
 * condition's wording of an `isTrue` leaf, and 是/否 are the reports'.
 */
export const compileMilestone: KindCompiler<MilestoneTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator) return undefined;
  if (indicator.kind !== 'boolean') {
    ctx.issues.push(
      inputIssue('E_WRONG_VALUE_TYPE', `${ctx.path}.indicator`, ERROR_MESSAGES.expected.booleanIndicator, indicator.id),
    );
    return undefined;
  }
  const condition: EngineLeaf = { fact: indicator.id, operator: 'isTrue', value: true };
  // One list for every region (gathering only reads it).
  const read = [indicator];
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: MESSAGES.requirement.milestone,
    capabilities: { direction: null, gap: false, fullMarks: null },
    gather: (c) => gatherCurrent(read, c),
    measure: (facts, met) => {
      const observedText = facts(indicator.id) === true ? MESSAGES.yes : MESSAGES.no;
      if (met) return metMeasurement(observedText);
      return measurementOf({ attainment: ZERO, observedText });
    },
  };
};
