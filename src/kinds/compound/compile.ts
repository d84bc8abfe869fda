import { D, type Dec, maxDec, ONE, quotientByWord, toDecimal, ZERO } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { formatQuantity, quantityTexts } from '../../core/unit-format.js';
import { convertValue, type Unit } from '../../core/units.js';
import type { Indicator } from '../../indicators/schema.js';
import { ERROR_MESSAGES, joinLocalized, MESSAGES, PUNCTUATION, perLocale } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import { comparisonAttainment } from '../attainment.js';
import {
  type CompiledPredicate,
  compileCondition,
  conditionFacts,
  type EngineCondition,
  type EngineLeaf,
  type FactLookup,
} from '../conditions.js';
import type { CompileContext, EvaluationContext, Gathered, KindCompiler, Measurement } from '../contract.js';
import { gatherAvailable, observedFigure } from '../gather.js';
import { indicatorUnit, requireIndicator, requireUnit, thresholdInIndicatorUnit } from '../indicator-checks.js';
import { measurementOf } from '../measurement.js';
import { applyOperator } from '../operators.js';
import { periodNameOf } from '../series.js';
import { allOf, anyOf, notOf, readRunningTotal, type Settled, type TotalAt, type Truth } from '../settled.js';
import { dueDate } from '../target.js';
import { joinedTexts } from '../texts.js';
import { THRESHOLD_MESSAGES } from '../threshold/messages.js';
import { COMPOUND_MESSAGES } from './messages.js';
import type { CompoundTarget, Condition, LeafCondition } from './schema.js';

const E = ERROR_MESSAGES.expected;

const predicates = new WeakMap<EngineCondition, CompiledPredicate>();

/** A condition node's predicate, compiled once per node rather than on every region's attainment. */
function predicateOf(condition: EngineCondition): CompiledPredicate {
  const known = predicates.get(condition);
  if (known) return known;
  const predicate = compileCondition(condition);
  predicates.set(condition, predicate);
  return predicate;
}

interface CompiledLeaf {
  readonly leaf: EngineLeaf;
  /** The leaf's own predicate, compiled with it. */
  readonly predicate: CompiledPredicate;
  readonly indicator: Indicator;
  /** Threshold in the leaf's own unit, for text and attainment. */
  readonly threshold?: Dec;
  readonly unit?: Unit;
}

/** The threshold kind whose requirement words a numeric leaf's operator shares. */
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
    leaves.set(out, { leaf: out, predicate: compileCondition(out), indicator });
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
  leaves.set(out, { leaf: out, predicate: compileCondition(out), indicator, threshold: toDecimal(leaf.value), unit });
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
        : MESSAGES.requirement[LEAF_KIND[c.leaf.operator]](quantityTexts(c.threshold as Dec, c.unit as Unit));
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
    return perLocale((l) => `${COMPOUND_MESSAGES.not[l]}${PUNCTUATION.space[l]}（${inner[l]}）`);
  }
  return leafRequirement(leaves.get(condition) as CompiledLeaf);
}

function leafAttainment(c: CompiledLeaf, facts: FactLookup): Dec {
  const fact = facts(c.leaf.fact);
  const met = c.predicate(facts);
  if (met) return ONE;
  if (c.threshold === undefined || c.unit === undefined || !(fact instanceof D)) return ZERO;
  const value = convertValue(fact, indicatorUnit(c.indicator), c.unit);
  return comparisonAttainment(c.leaf.operator, value, c.threshold);
}

function treeAttainment(condition: EngineCondition, facts: FactLookup, leaves: Map<EngineLeaf, CompiledLeaf>): Dec {
  if ('all' in condition) {
    const parts = condition.all;
    let sum = treeAttainment(parts[0] as EngineCondition, facts, leaves);
    for (let i = 1; i < parts.length; i++) sum = sum.plus(treeAttainment(parts[i] as EngineCondition, facts, leaves));
    // A mean of a few parts: one long division by their count, decimal.js's quotient word for word.
    return quotientByWord(sum, parts.length) ?? sum.div(parts.length);
  }
  if ('any' in condition) {
    const parts = condition.any;
    let best = treeAttainment(parts[0] as EngineCondition, facts, leaves);
    for (let i = 1; i < parts.length; i++)
      best = maxDec(best, treeAttainment(parts[i] as EngineCondition, facts, leaves));
    return best;
  }
  if ('not' in condition) return predicateOf(condition)(facts) ? ONE : ZERO;
  return leafAttainment(leaves.get(condition) as CompiledLeaf, facts);
}

/** One indicator a compound reads, as its observed text shows it: fixed at compile time. */
interface ShownIndicator {
  readonly indicator: Indicator;
  /** The indicator's unit, which its facts are in. */
  readonly from: Unit;
  /** The unit the first leaf reading it speaks of (its own unit for a boolean). */
  readonly unit: Unit;
  /** "指标名称" and the locale's space, which every figure follows. */
  readonly prefix: LocalizedText;
}

/** Each indicator the leaves read, once, in the leaves' order. */
function shownIndicators(leaves: Map<EngineLeaf, CompiledLeaf>): ShownIndicator[] {
  const seen = new Set<string>();
  const shown: ShownIndicator[] = [];
  for (const c of leaves.values()) {
    if (seen.has(c.indicator.id)) continue;
    seen.add(c.indicator.id);
    const from = indicatorUnit(c.indicator);
    const names = c.indicator.names;
    shown.push({
      indicator: c.indicator,
      from,
      unit: c.unit ?? from,
      prefix: perLocale((l) => `${names[l]}${PUNCTUATION.space[l]}`),
    });
  }
  return shown;
}

function observedLeaves(
  shown: readonly ShownIndicator[],
  facts: FactLookup,
  totals: RunningTotals | undefined,
): LocalizedText {
  const parts: LocalizedText[] = new Array(shown.length);
  for (let i = 0; i < shown.length; i++) {
    const s = shown[i] as ShownIndicator;
    const fact = facts(s.indicator.id);
    const figureText =
      typeof fact === 'boolean'
        ? fact
          ? MESSAGES.yes
          : MESSAGES.no
        : fact instanceof D
          ? quantityTexts(convertValue(fact, s.from, s.unit), s.unit)
          : MESSAGES.observedNone;
    // A running total's earlier figure standing in for a missing one says which period it is of.
    const floor = totals?.floors.get(s.indicator.id);
    const figure = floor
      ? THRESHOLD_MESSAGES.runningTotal.observedAt(figureText, periodNameOf(floor.period))
      : figureText;
    const prefix = s.prefix;
    parts[i] = {
      'zh-Hans': `${prefix['zh-Hans']}${figure['zh-Hans']}`,
      'zh-Hant': `${prefix['zh-Hant']}${figure['zh-Hant']}`,
      en: `${prefix.en}${figure.en}`,
    };
  }
  return joinedTexts(parts, PUNCTUATION.semicolon);
}

/** What may still change a leaf's truth: nothing (data only, at or after the deadline) or the time left too. */
interface TruthView {
  readonly facts: FactLookup;
  /** Whether time is left before the deadline, so a leaf's truth may still change unless its count only grows. */
  readonly timeLeft: boolean;
  readonly totals?: RunningTotals;
}

/**
 * The running totals (累计) a compound reads, for one region: those whose series agrees with the
 * declaration (so they only grow), and the earlier figures standing in for missing ones.
 */
interface RunningTotals {
  readonly growing: ReadonlySet<string>;
  readonly floors: ReadonlyMap<string, TotalAt>;
}

/** Reads the running totals among a compound's indicators; undefined when it reads none. */
function readTotals(
  indicators: readonly Indicator[],
  facts: ReadonlyMap<string, unknown>,
  c: EvaluationContext,
): RunningTotals | undefined {
  const growing = new Set<string>();
  const floors = new Map<string, TotalAt>();
  for (const indicator of indicators) {
    if (!indicator.runningTotal) continue;
    const reading = readRunningTotal(c.region.facts.get(indicator.id), c.region.period);
    if (reading.kind !== 'consistent') continue;
    growing.add(indicator.id);
    if (reading.floor && !facts.has(indicator.id)) floors.set(indicator.id, reading.floor);
  }
  return growing.size > 0 ? { growing, floors } : undefined;
}

/**
 * A leaf's three-valued truth: unknown while its fact is missing, or while time is left and its
 * indicator's figure can still move either way; a count that only grows keeps a floor it reached and
 * a ceiling it passed.
 */
function leafTruth(c: CompiledLeaf, view: TruthView): Truth {
  const fact = view.facts(c.leaf.fact);
  const ref = typeof c.leaf.value === 'object' ? view.facts(c.leaf.value.fact) : true;
  if (fact === undefined || ref === undefined) return 'unknown';
  const met = c.predicate(view.facts);
  // An earlier period's running total is only a floor of the missing figure, like a count with time left.
  const open = view.timeLeft || (view.totals?.floors.has(c.indicator.id) ?? false);
  if (!open) return met;
  if (!c.indicator.accumulates && !view.totals?.growing.has(c.indicator.id)) return 'unknown';
  const op = c.leaf.operator;
  if (met) return op === 'atLeast' || op === 'moreThan' ? true : 'unknown';
  if (op === 'atMost' || op === 'lessThan') return false;
  return op === 'equalTo' && applyOperator('moreThan', fact, c.leaf.value) ? false : 'unknown';
}

function treeTruth(condition: EngineCondition, view: TruthView, leaves: Map<EngineLeaf, CompiledLeaf>): Truth {
  if ('all' in condition) return allOf(condition.all.map((c) => treeTruth(c, view, leaves)));
  if ('any' in condition) return anyOf(condition.any.map((c) => treeTruth(c, view, leaves)));
  if ('not' in condition) return notOf(treeTruth(condition.not, view, leaves));
  return leafTruth(leaves.get(condition) as CompiledLeaf, view);
}

/**
 * The part that settles the verdict: under `all`, the first part that is false for good; under `any`,
 * the first that is true for good. Other conditions are settled only with all their data and time.
 */
function decidingPart(
  condition: EngineCondition,
  view: TruthView,
  leaves: Map<EngineLeaf, CompiledLeaf>,
): { part: EngineCondition; met: boolean } | undefined {
  if ('all' in condition) {
    const part = condition.all.find((c) => treeTruth(c, view, leaves) === false);
    return part && { part, met: false };
  }
  if ('any' in condition) {
    const part = condition.any.find((c) => treeTruth(c, view, leaves) === true);
    return part && { part, met: true };
  }
  return undefined;
}

/**
 * The gathered facts with each missing running total's earlier figure standing in (its observation
 * shown), so json-rules-engine judges the same facts; the missing figures stay listed as missing.
 */
function gatheredWithFloors(
  gathered: Extract<Gathered, { kind: 'facts' }>,
  totals: RunningTotals,
  indicators: readonly Indicator[],
): Extract<Gathered, { kind: 'facts' }> {
  if (totals.floors.size === 0) return { ...gathered, state: totals };
  const facts = new Map(gathered.facts);
  const observed = [...gathered.observed];
  for (const indicator of indicators) {
    const floor = totals.floors.get(indicator.id);
    if (!floor) continue;
    facts.set(indicator.id, floor.value);
    observed.push(observedFigure(floor.entry, indicator));
  }
  return { ...gathered, facts, observed, state: totals };
}

/**
 * A condition that earlier running totals decide as a whole, though no single part of an `all` or
 * `any` decides it (every part of an `all` true for good, a single leaf, a `not`): settled, quoting
 * those totals. Only with totals standing in, so other conditions keep needing their data.
 */
function decidedByTotals(
  condition: EngineCondition,
  view: TruthView,
  leaves: Map<EngineLeaf, CompiledLeaf>,
  totals: RunningTotals,
  c: EvaluationContext,
  facts: FactLookup,
): Settled | undefined {
  if (totals.floors.size === 0) return undefined;
  const truth = treeTruth(condition, view, leaves);
  if (truth === 'unknown') return undefined;
  const R = THRESHOLD_MESSAGES.runningTotal;
  const figures: LocalizedText[] = [];
  for (const [id, floor] of totals.floors) {
    const cl = [...leaves.values()].find((l) => l.indicator.id === id) as CompiledLeaf;
    const unit = cl.unit ?? indicatorUnit(cl.indicator);
    const value = convertValue(facts(id) as Dec, indicatorUnit(cl.indicator), unit);
    figures.push(
      R.figure(
        MESSAGES.periodName(floor.period),
        perLocale((l) => formatQuantity(value, unit, l)),
      ),
    );
  }
  const note = R.decided(joinLocalized(figures, PUNCTUATION.list), MESSAGES.periodName(c.region.period), truth);
  return { reason: truth ? 'reached' : 'exceeded', note };
}

/** A json-rules-engine condition over several indicators ("检定率及检定合格率均达到100%"). */
export const compileCompound: KindCompiler<CompoundTarget> = (target, ctx) => {
  const leaves = new Map<EngineLeaf, CompiledLeaf>();
  const condition = compileTree(target.condition, ctx, `${ctx.path}.condition`, leaves);
  if (!condition) return undefined;
  const shown = shownIndicators(leaves);
  // The part that settles a verdict is one of a few fixed nodes, so its words are written once per node.
  const settledByPart = { met: new Map<EngineCondition, Settled>(), failed: new Map<EngineCondition, Settled>() };
  const partSettled = (part: EngineCondition, met: boolean): Settled => {
    const byPart = met ? settledByPart.met : settledByPart.failed;
    let known = byPart.get(part);
    if (!known) {
      const words = treeRequirement(part, leaves);
      known = Object.freeze(
        met
          ? { reason: 'part_met' as const, note: Object.freeze(MESSAGES.settled.partMet(words)) }
          : { reason: 'part_failed' as const, note: Object.freeze(MESSAGES.settled.partFailed(words)) },
      );
      byPart.set(part, known);
    }
    return known;
  };
  const indicators = conditionFacts(condition).map((id) => ctx.indicator(id) as Indicator);
  const totalsRead = indicators.filter((i) => i.runningTotal);
  const settledBy = (
    facts: FactLookup,
    timeLeft: boolean,
    totals: RunningTotals | undefined,
    c: EvaluationContext,
  ): Settled | undefined => {
    const view = { facts, timeLeft, totals };
    const decided = decidingPart(condition, view, leaves);
    if (!decided) return totals && decidedByTotals(condition, view, leaves, totals, c, facts);
    return partSettled(decided.part, decided.met);
  };
  return {
    indicators: indicators.map((i) => i.id),
    condition,
    predicate: compileCondition(condition),
    requirement: treeRequirement(condition, leaves),
    capabilities: { direction: null, gap: false, fullMarks: null },
    // With data missing, the verdict stands when a part the missing data cannot touch decides it
    // (an `all` with a part already failed, an `any` with one already met); otherwise no_data.
    gather: (c) => {
      const gathered = gatherAvailable(indicators, c);
      if (gathered.kind !== 'facts') return gathered;
      const totals = totalsRead.length > 0 ? readTotals(totalsRead, gathered.facts, c) : undefined;
      if (!gathered.missing) return totals ? { ...gathered, state: totals } : gathered;
      const withFloors = totals ? gatheredWithFloors(gathered, totals, indicators) : gathered;
      const facts: FactLookup = (name) => withFloors.facts.get(name);
      const view = { facts, timeLeft: false, totals };
      if (
        decidingPart(condition, view, leaves) ||
        (totals && decidedByTotals(condition, view, leaves, totals, c, facts))
      )
        return withFloors;
      return { kind: 'no_data', missing: gathered.missing, observed: gathered.observed };
    },
    measure: (facts, met, c, state): Measurement => {
      const totals = state as RunningTotals | undefined;
      const observedText = observedLeaves(shown, facts, totals);
      const settled = settledBy(facts, c.asOf < dueDate(target, ctx.plan.end, c.asOf), totals, c);
      if (met) return measurementOf({ attainment: ONE, observedText, settled });
      return measurementOf({ attainment: treeAttainment(condition, facts, leaves), observedText, settled });
    },
  };
};
