import { D, type Dec, maxDec, minDec, ONE, sumDec, toDecimal, ZERO } from '../core/decimal.js';
import { inputIssue } from '../core/errors.js';
import { formatQuantity, gapTexts } from '../core/unit-format.js';
import { convertValue, type Unit } from '../core/units.js';
import type { Indicator } from '../indicators/schema.js';
import { ERROR_MESSAGES, joinLocalized, MESSAGES, PUNCTUATION, perLocale } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { Condition, LeafCondition } from '../rulesets/schema.js';
import {
  type CompiledPredicate,
  compileCondition,
  conditionFacts,
  type EngineCondition,
  type EngineLeaf,
  type FactLookup,
} from './conditions.js';
import type { OperatorName } from './operators.js';
import { deadlineProgress, progressReport } from './progress.js';
import {
  gatherCurrent,
  higherAttainment,
  indicatorUnit,
  lowerAttainment,
  measurementOf,
  quantityText,
  requireIndicator,
  requireUnit,
  thresholdInIndicatorUnit,
} from './shared.js';
import type { CompileContext, CompiledKind, KindCompiler, Measurement } from './types.js';

const E = ERROR_MESSAGES.expected;
const OPERATOR_OF = {
  at_least: 'atLeast',
  more_than: 'moreThan',
  at_most: 'atMost',
  less_than: 'lessThan',
  equal: 'equalTo',
} as const;

function metMeasurement(
  observedText: LocalizedText,
  notes: LocalizedText[] = [],
  detail?: Record<string, unknown>,
): Measurement {
  return measurementOf({ attainment: ONE, observedText, notes, detail });
}

function requireNumeric(indicator: Indicator, ctx: CompileContext): boolean {
  if (indicator.kind !== 'boolean') return true;
  ctx.issues.push(inputIssue('E_WRONG_VALUE_TYPE', `${ctx.path}.kind`, E.milestoneForBoolean, indicator.id));
  return false;
}

/** How close a value that falls short of one numeric comparison comes to meeting it, in [0, 1]. */
function comparisonAttainment(operator: OperatorName, value: Dec, threshold: Dec): Dec {
  if (operator === 'atLeast' || operator === 'moreThan') return higherAttainment(value, threshold);
  if (operator === 'atMost' || operator === 'lessThan') return lowerAttainment(value, threshold);
  return threshold.isZero() || value.isZero() ? ZERO : minDec(value, threshold).div(maxDec(value, threshold));
}

/** Measures one numeric comparison: attainment, gap in the target's unit, boundary notes. */
function measureComparison(
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
  const attainment = comparisonAttainment(operator, value, threshold);
  const notes = gap.isZero()
    ? [
        higher
          ? MESSAGES.boundaryAbove(quantityText(threshold, unit))
          : MESSAGES.boundaryBelow(quantityText(threshold, unit)),
      ]
    : [];
  return measurementOf({ attainment, gap, gapUnit: unit.gapSymbol, observedText, gapText: gapTexts(gap, unit), notes });
}

/** 达到/超/不超过/低于/等于: one indicator against one threshold. */
export const compileThreshold: KindCompiler<'at_least' | 'more_than' | 'at_most' | 'less_than' | 'equal'> = (
  target,
  ctx,
) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumeric(indicator, ctx)) return undefined;
  const unit = requireUnit(target.unit, indicator, ctx);
  if (!unit) return undefined;
  const threshold = thresholdInIndicatorUnit(target.threshold, unit, indicator, ctx, 'threshold');
  if (!threshold) return undefined;
  const operator = OPERATOR_OF[target.kind];
  const condition: EngineLeaf = { fact: indicator.id, operator, value: threshold.toString() };
  const thresholdInTarget = toDecimal(target.threshold);
  const fromUnit = indicatorUnit(indicator);
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: MESSAGES.requirement[target.kind](quantityText(thresholdInTarget, unit)),
    unit,
    gather: (c) => gatherCurrent([indicator], c),
    measure: (facts, met, evalCtx) => {
      const value = convertValue(facts(indicator.id) as Dec, fromUnit, unit);
      const measured = measureComparison(operator, value, thresholdInTarget, met, unit, quantityText(value, unit));
      // Not met before the deadline (not_due): say how far it has come and what pace the deadline needs.
      const deadline = target.deadline ?? ctx.ruleSet.period.end;
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

/** "2—3只": the lower bound is required, the upper bound is a stretch level; above it is still met. */
export const compileRange: KindCompiler<'range'> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumeric(indicator, ctx)) return undefined;
  const unit = requireUnit(target.unit, indicator, ctx);
  if (!unit) return undefined;
  const min = thresholdInIndicatorUnit(target.min, unit, indicator, ctx, 'min');
  const max = thresholdInIndicatorUnit(target.max, unit, indicator, ctx, 'max');
  if (!min || !max) return undefined;
  if (min.gt(max)) {
    ctx.issues.push(inputIssue('E_BAD_RANGE', `${ctx.path}.max`, E.atLeastLowerBound(String(target.min)), target.max));
    return undefined;
  }
  const condition: EngineLeaf = { fact: indicator.id, operator: 'atLeast', value: min.toString() };
  const minT = toDecimal(target.min);
  const maxT = toDecimal(target.max);
  const fromUnit = indicatorUnit(indicator);
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: MESSAGES.requirement.range(quantityText(minT, unit), quantityText(maxT, unit)),
    unit,
    gather: (c) => gatherCurrent([indicator], c),
    measure: (facts, met) => {
      const value = convertValue(facts(indicator.id) as Dec, fromUnit, unit);
      const observedText = quantityText(value, unit);
      const stretchReached = value.gte(maxT);
      if (met) return metMeasurement(observedText, stretchReached ? [MESSAGES.stretchReached] : [], { stretchReached });
      return measurementOf({
        ...measureComparison('atLeast', value, minT, false, unit, observedText),
        detail: { stretchReached },
      });
    },
  };
};

/** "不发生…事件": zero occurrences. */
export const compileZero: KindCompiler<'zero'> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumeric(indicator, ctx)) return undefined;
  const unit = indicatorUnit(indicator);
  const condition: EngineLeaf = { fact: indicator.id, operator: 'equalTo', value: '0' };
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: MESSAGES.requirement.zero,
    unit,
    gather: (c) => gatherCurrent([indicator], c),
    measure: (facts, met) => {
      const value = facts(indicator.id) as Dec;
      const observedText = MESSAGES.occurrences(value.toString());
      if (met) return metMeasurement(observedText);
      return measurementOf({
        attainment: ZERO,
        gap: value,
        gapUnit: unit.gapSymbol,
        observedText,
        gapText: gapTexts(value, unit),
      });
    },
  };
};

/** A deliverable observed as true or false. */
export const compileMilestone: KindCompiler<'milestone'> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator) return undefined;
  if (indicator.kind !== 'boolean') {
    ctx.issues.push(inputIssue('E_WRONG_VALUE_TYPE', `${ctx.path}.indicator`, E.booleanIndicator, indicator.id));
    return undefined;
  }
  const condition: EngineLeaf = { fact: indicator.id, operator: 'isTrue', value: true };
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: MESSAGES.requirement.milestone,
    gather: (c) => gatherCurrent([indicator], c),
    measure: (facts, met) => {
      const observedText = facts(indicator.id) === true ? MESSAGES.yes : MESSAGES.no;
      if (met) return metMeasurement(observedText);
      return measurementOf({ attainment: ZERO, observedText });
    },
  };
};

const predicates = new WeakMap<EngineCondition, CompiledPredicate>();

/** A condition node's predicate, compiled once per node rather than on every region's attainment. */
function predicateOf(condition: EngineCondition): CompiledPredicate {
  let predicate = predicates.get(condition);
  if (!predicate) predicates.set(condition, (predicate = compileCondition(condition)));
  return predicate;
}

interface CompiledLeaf {
  readonly leaf: EngineLeaf;
  readonly indicator: Indicator;
  /** Threshold in the leaf's own unit, for text and attainment. */
  readonly threshold?: Dec;
  readonly unit?: Unit;
}

const LEAF_KIND = {
  atLeast: 'at_least',
  moreThan: 'more_than',
  atMost: 'at_most',
  lessThan: 'less_than',
  equalTo: 'equal',
} as const;

function compileLeafCondition(
  leaf: LeafCondition,
  ctx: CompileContext,
  path: string,
  leaves: Map<EngineLeaf, CompiledLeaf>,
): EngineLeaf | undefined {
  const sub: CompileContext = { ...ctx, path };
  const indicator = requireIndicator(leaf.fact, sub, 'fact');
  if (!indicator) return undefined;
  if (leaf.operator === 'isTrue' || leaf.operator === 'isFalse') {
    if (indicator.kind !== 'boolean') {
      ctx.issues.push(inputIssue('E_BAD_CONDITION', `${path}.operator`, E.numericOperator, leaf.operator));
      return undefined;
    }
    const out: EngineLeaf = { fact: indicator.id, operator: leaf.operator, value: true };
    leaves.set(out, { leaf: out, indicator });
    return out;
  }
  if (typeof leaf.value === 'boolean' || indicator.kind === 'boolean') {
    ctx.issues.push(inputIssue('E_BAD_CONDITION', `${path}.value`, E.numericThreshold, leaf.value));
    return undefined;
  }
  const unit = requireUnit(leaf.unit ?? indicator.unit, indicator, sub);
  if (!unit) return undefined;
  const threshold = thresholdInIndicatorUnit(leaf.value, unit, indicator, sub, 'value');
  if (!threshold) return undefined;
  const out: EngineLeaf = { fact: indicator.id, operator: leaf.operator, value: threshold.toString() };
  leaves.set(out, { leaf: out, indicator, threshold: toDecimal(leaf.value), unit });
  return out;
}

function compileTree(
  condition: Condition,
  ctx: CompileContext,
  path: string,
  leaves: Map<EngineLeaf, CompiledLeaf>,
): EngineCondition | undefined {
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const children = ('all' in condition ? condition.all : condition.any).map((c, i) =>
      compileTree(c, ctx, `${path}.${key}[${i}]`, leaves),
    );
    if (children.some((c) => c === undefined)) return undefined;
    return key === 'all' ? { all: children as EngineCondition[] } : { any: children as EngineCondition[] };
  }
  if ('not' in condition) {
    const inner = compileTree(condition.not, ctx, `${path}.not`, leaves);
    return inner && { not: inner };
  }
  return compileLeafCondition(condition, ctx, path, leaves);
}

function leafRequirement(c: CompiledLeaf): LocalizedText {
  const name = perLocale((l) => c.indicator.names[l]);
  const rest =
    c.leaf.operator === 'isTrue'
      ? MESSAGES.requirement.milestone
      : c.leaf.operator === 'isFalse'
        ? MESSAGES.no
        : MESSAGES.requirement[LEAF_KIND[c.leaf.operator]](quantityText(c.threshold as Dec, c.unit as Unit));
  return perLocale((l) => `${name[l]}${PUNCTUATION.space[l]}${rest[l]}`);
}

function treeRequirement(condition: EngineCondition, leaves: Map<EngineLeaf, CompiledLeaf>): LocalizedText {
  if ('all' in condition)
    return joinLocalized(
      condition.all.map((c) => treeRequirement(c, leaves)),
      MESSAGES.and,
    );
  if ('any' in condition)
    return joinLocalized(
      condition.any.map((c) => treeRequirement(c, leaves)),
      MESSAGES.or,
    );
  if ('not' in condition) {
    const inner = treeRequirement(condition.not, leaves);
    return perLocale((l) => `${MESSAGES.requirement.compoundNot[l]}${PUNCTUATION.space[l]}（${inner[l]}）`);
  }
  return leafRequirement(leaves.get(condition) as CompiledLeaf);
}

function leafAttainment(c: CompiledLeaf, facts: FactLookup): Dec {
  const fact = facts(c.leaf.fact);
  const met = predicateOf(c.leaf)(facts);
  if (met) return ONE;
  if (c.threshold === undefined || c.unit === undefined || !(fact instanceof D)) return ZERO;
  const value = convertValue(fact, indicatorUnit(c.indicator), c.unit);
  return comparisonAttainment(c.leaf.operator, value, c.threshold);
}

function treeAttainment(condition: EngineCondition, facts: FactLookup, leaves: Map<EngineLeaf, CompiledLeaf>): Dec {
  if ('all' in condition)
    return sumDec(condition.all.map((c) => treeAttainment(c, facts, leaves))).div(condition.all.length);
  if ('any' in condition) return condition.any.map((c) => treeAttainment(c, facts, leaves)).reduce(maxDec);
  if ('not' in condition) return predicateOf(condition)(facts) ? ONE : ZERO;
  return leafAttainment(leaves.get(condition) as CompiledLeaf, facts);
}

function observedLeaves(leaves: Map<EngineLeaf, CompiledLeaf>, facts: FactLookup): LocalizedText {
  const seen = new Set<string>();
  const parts: LocalizedText[] = [];
  for (const c of leaves.values()) {
    if (seen.has(c.indicator.id)) continue;
    seen.add(c.indicator.id);
    const fact = facts(c.indicator.id);
    const shown =
      typeof fact === 'boolean'
        ? fact
          ? MESSAGES.yes
          : MESSAGES.no
        : fact instanceof D
          ? perLocale((l) =>
              formatQuantity(
                convertValue(fact, indicatorUnit(c.indicator), c.unit ?? indicatorUnit(c.indicator)),
                c.unit ?? indicatorUnit(c.indicator),
                l,
              ),
            )
          : MESSAGES.observedNone;
    parts.push(perLocale((l) => `${c.indicator.names[l]}${PUNCTUATION.space[l]}${shown[l]}`));
  }
  return joinLocalized(parts, PUNCTUATION.semicolon);
}

/** A json-rules-engine condition over several indicators ("检定率及检定合格率均达到100%"). */
export const compileCompound: KindCompiler<'compound'> = (target, ctx) => {
  const leaves = new Map<EngineLeaf, CompiledLeaf>();
  const condition = compileTree(target.condition, ctx, `${ctx.path}.condition`, leaves);
  if (!condition) return undefined;
  const indicators = conditionFacts(condition).map((id) => ctx.indicator(id) as Indicator);
  return {
    indicators: indicators.map((i) => i.id),
    condition,
    predicate: compileCondition(condition),
    requirement: treeRequirement(condition, leaves),
    gather: (c) => gatherCurrent(indicators, c),
    measure: (facts, met): Measurement => {
      const observedText = observedLeaves(leaves, facts);
      if (met) return metMeasurement(observedText);
      return measurementOf({ attainment: treeAttainment(condition, facts, leaves), observedText });
    },
  };
};

export type { CompiledKind };
/** Re-exported for kinds that compare against a moving threshold (benchmarks) and share the met shape. */
export { measureComparison, metMeasurement };
