import { D, type Dec, minDec, sumDec, toDecimal } from '../core/decimal.js';
import { type InputIssue, inputIssue, jsonPath, throwIfIssues } from '../core/errors.js';
import { convertValue, parseUnit, type Unit } from '../core/units.js';
import type { Indicator } from '../indicators/schema.js';
import { resolveCommitment, UNCLEAR_COMMITMENT_DEFAULT } from '../kinds/target.js';
import { ERROR_MESSAGES, SCHEME_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { CompiledRuleSet, CompiledTarget } from '../rulesets/load.js';
import type { ScoringData } from '../rulesets/schema.js';
import { bandsFromRuleSet, type SchemeBand } from '../scoring/bands.js';
import type { PartialStep } from '../scoring/methods.js';
import type { ItemReading, PlanCategory, PlanItem, ScoringPlan } from '../scoring/score.js';
import { type SchemeWarning, schemeWarnings } from './lint.js';
import type { CompiledScheme } from './load.js';
import type { AdjustmentData, MethodData, NotApplicable, SchemeClassData, SchemeData, VetoData } from './schema.js';

/** A method compiled against its target: goalposts and steps in the target's own unit. */
export type BoundMethod =
  | { readonly method: 'all_or_nothing' }
  | {
      readonly method: 'proportional';
      readonly basis: 'value';
      /** Goalposts in the target's unit. */
      readonly floor: Dec;
      readonly full: Dec;
      readonly unit: Unit;
      readonly indicator: Indicator;
    }
  | { readonly method: 'proportional'; readonly basis: 'attainment'; readonly floor: Dec; readonly full: Dec }
  | {
      readonly method: 'deduction';
      /** Step size in the target's gap unit. */
      readonly per: Dec;
      readonly points: Dec;
      readonly partial: PartialStep;
      readonly floorAtZero: boolean;
      readonly targetUnit: Unit;
      /** Step size and unit as the scheme writes them, for the explanation. */
      readonly shown: { readonly per: Dec; readonly unit: Unit };
    }
  | {
      readonly method: 'levels';
      readonly levels: ReadonlyArray<{
        readonly id: string;
        readonly names: LocalizedText;
        readonly indicator: Indicator;
        readonly credit: Dec;
      }>;
    }
  | {
      readonly method: 'per_event';
      readonly count: { readonly event: string } | { readonly indicator: Indicator };
      readonly points: Dec;
      readonly floorAtZero: boolean;
    };

/** A rule-set target as the scheme scores it. */
export interface BoundItem {
  readonly target: CompiledTarget;
  readonly inScope: boolean;
  readonly method: BoundMethod;
  /** An inherited default method did not fit the target's kind, so it is scored all or nothing. */
  readonly fallback: boolean;
  readonly notApplicable: NotApplicable;
  /** The scheme class (结果指标, 机制与任务, 安全底线) it falls in, under `weighting: "by-class"`. */
  readonly klass: SchemeClassData | null;
  /** What every reading of the target reports first: its method, and `fallback` when it fell back. */
  readonly detail: ItemReading['detail'];
}

/** A bonus or penalty item with its indicator resolved. */
export type BoundAdjustment = AdjustmentData & {
  readonly capDec: Dec;
  readonly pointsDec: Dec;
  readonly indicatorDef?: Indicator;
};

/** A veto with its threshold in the indicator's unit and its grade resolved. */
export type BoundVeto = VetoData & {
  readonly forced: string;
  readonly threshold?: Dec;
  readonly unitDef?: Unit;
  readonly indicatorDef?: Indicator;
};

/** A scheme bound to one rule set: every reference resolved, the points tree as a scoring plan. */
export interface BoundScheme {
  readonly scheme: CompiledScheme;
  readonly ruleSet: CompiledRuleSet;
  readonly plan: ScoringPlan;
  /** Parallel to the rule set's targets and `plan.items`. */
  readonly items: readonly BoundItem[];
  readonly adjustments: readonly BoundAdjustment[];
  readonly vetoes: readonly BoundVeto[];
  readonly settings: {
    readonly missingData: ScoringData['missingData'];
    readonly aspirational: ScoringData['aspirational'];
    /** How targets with an unclear commitment count (binding unless the scheme says aspirational). */
    readonly unclearCommitment: 'binding' | 'aspirational';
    readonly weights: ScoringData['weights'];
    readonly weightsNote: string | null;
  };
  /** Resolves an indicator: the scheme's own first, then the rule set's. */
  readonly indicator: (id: string) => Indicator | undefined;
  /** Indicators the scheme reads beyond the rule set's targets. */
  readonly reads: readonly string[];
  /** How its points compare with common practice (a target over 15%, a milestone above an outcome). */
  readonly warnings: readonly SchemeWarning[];
}

interface Ctx {
  readonly scheme: CompiledScheme;
  readonly ruleSet: CompiledRuleSet;
  readonly data: SchemeData;
  readonly issues: InputIssue[];
  readonly indicator: (id: string) => Indicator | undefined;
}

const E = ERROR_MESSAGES.expected;

function indicatorIssue(ctx: Ctx, path: readonly (string | number)[], id: string): undefined {
  ctx.issues.push(inputIssue('E_UNKNOWN_INDICATOR', jsonPath(path), E.knownIndicatorOrScheme, id));
  return undefined;
}

function requireIndicator(
  ctx: Ctx,
  path: readonly (string | number)[],
  id: string,
  kind: 'boolean' | 'numeric' | 'any',
): Indicator | undefined {
  const ind = ctx.indicator(id);
  if (!ind) return indicatorIssue(ctx, path, id);
  if (kind === 'boolean' && ind.kind !== 'boolean') {
    ctx.issues.push(inputIssue('E_WRONG_VALUE_TYPE', jsonPath(path), E.booleanIndicator, id));
    return undefined;
  }
  return ind;
}

/** A unit written in the scheme, checked against the unit it must convert to. */
function compatibleUnit(
  ctx: Ctx,
  path: readonly (string | number)[],
  spelling: string | undefined,
  to: Unit,
): Unit | undefined {
  if (spelling === undefined) return to;
  const unit = parseUnit(spelling) as Unit;
  if (unit.dimension === to.dimension) return unit;
  ctx.issues.push(inputIssue('E_UNIT_MISMATCH', jsonPath(path), E.unitConvertibleTo(to.symbol), spelling));
  return undefined;
}

function unsupported(
  ctx: Ctx,
  path: readonly (string | number)[],
  method: string,
  target: CompiledTarget,
  explicit: boolean,
): undefined {
  if (explicit) {
    ctx.issues.push(
      inputIssue('E_UNSUPPORTED_KIND', jsonPath([...path, 'method']), E.methodForKind(target.kind), method),
    );
  }
  return undefined;
}

function bindProportional(
  ctx: Ctx,
  m: Extract<MethodData, { method: 'proportional' }>,
  target: CompiledTarget,
  path: readonly (string | number)[],
  explicit: boolean,
): BoundMethod | undefined {
  if (m.basis === 'attainment')
    return {
      method: 'proportional',
      basis: 'attainment',
      floor: toDecimal(m.floor),
      full: m.full === undefined ? new D(1) : toDecimal(m.full),
    };
  const data = target.data;
  const unit = target.compiled.unit;
  // Scoring by value needs a better side and a threshold to give full marks at, as the kind declares.
  const { direction, fullMarks } = target.compiled.capabilities;
  if (direction === null || fullMarks === null || !unit || !('indicator' in data))
    return unsupported(ctx, path, 'proportional', target, explicit);
  const indicator = ctx.ruleSet.indicator(data.indicator) as Indicator;
  const from = compatibleUnit(ctx, [...path, 'unit'], m.unit, unit);
  if (!from) return undefined;
  const floor = convertValue(toDecimal(m.floor), from, unit);
  const full = m.full === undefined ? fullMarks : convertValue(toDecimal(m.full), from, unit);
  const higher = direction === 'higher';
  if (higher ? !floor.lt(full) : !floor.gt(full)) {
    ctx.issues.push(
      inputIssue(
        'E_BAD_RANGE',
        jsonPath([...path, 'floor']),
        higher ? E.belowFullMarks(full.toString()) : E.aboveFullMarksLowerBetter(full.toString()),
        m.floor,
      ),
    );
    return undefined;
  }
  return { method: 'proportional', basis: 'value', floor, full, unit, indicator };
}

function bindDeduction(
  ctx: Ctx,
  m: Extract<MethodData, { method: 'deduction' }>,
  target: CompiledTarget,
  path: readonly (string | number)[],
  explicit: boolean,
): BoundMethod | undefined {
  const unit = target.compiled.unit;
  if (!target.compiled.capabilities.gap || !unit) return unsupported(ctx, path, 'deduction', target, explicit);
  const shownUnit = compatibleUnit(ctx, [...path, 'unit'], m.unit, unit);
  if (!shownUnit) return undefined;
  const per = toDecimal(m.per);
  return {
    method: 'deduction',
    per: convertValue(per, shownUnit, unit),
    points: toDecimal(m.points),
    partial: m.partial,
    floorAtZero: m.floorAtZero,
    targetUnit: unit,
    shown: { per, unit: shownUnit },
  };
}

function bindMethod(
  ctx: Ctx,
  m: MethodData,
  target: CompiledTarget,
  path: readonly (string | number)[],
  explicit: boolean,
): BoundMethod | undefined {
  switch (m.method) {
    case 'all_or_nothing':
      return { method: 'all_or_nothing' };
    case 'proportional':
      return bindProportional(ctx, m, target, path, explicit);
    case 'deduction':
      return bindDeduction(ctx, m, target, path, explicit);
    case 'levels': {
      const levels = m.levels.map((l, i) => {
        const indicator = requireIndicator(ctx, [...path, 'levels', i, 'indicator'], l.indicator, 'boolean');
        return indicator && { id: l.id, names: l.names, indicator, credit: toDecimal(l.credit) };
      });
      return levels.every((l) => l !== undefined) ? { method: 'levels', levels } : undefined;
    }
    case 'per_event': {
      if ('event' in m.count)
        return {
          method: 'per_event',
          count: { event: m.count.event },
          points: toDecimal(m.points),
          floorAtZero: m.floorAtZero,
        };
      const indicator = requireIndicator(ctx, [...path, 'count', 'indicator'], m.count.indicator, 'any');
      return (
        indicator && {
          method: 'per_event',
          count: { indicator },
          points: toDecimal(m.points),
          floorAtZero: m.floorAtZero,
        }
      );
    }
  }
}

/** The first class whose kinds (and categories, when it names them) take the target; null without classes. */
function classOf(data: SchemeData, target: CompiledTarget): SchemeClassData | null {
  return (
    data.classes?.find(
      (c) =>
        (c.kinds === undefined || c.kinds.includes(target.kind)) &&
        (c.categories === undefined || c.categories.includes(target.category)),
    ) ?? null
  );
}

/**
 * The method a target gets: its own, else its category's, else its class's, else the scheme's; a
 * default that does not fit falls back to all or nothing.
 */
function itemMethod(ctx: Ctx, target: CompiledTarget): { method: BoundMethod; fallback: boolean } {
  const ti = ctx.data.targets.findIndex((t) => t.target === target.id);
  const ci = ctx.data.categories.findIndex((c) => c.id === target.category);
  const own = ctx.data.targets[ti]?.method;
  if (own)
    return {
      method: bindMethod(ctx, own, target, ['targets', ti, 'method'], true) ?? { method: 'all_or_nothing' },
      fallback: false,
    };
  const klass = classOf(ctx.data, target);
  const ki = klass === null ? -1 : (ctx.data.classes ?? []).indexOf(klass);
  const inherited = ctx.data.categories[ci]?.method;
  const [m, path] = inherited
    ? [inherited, ['categories', ci, 'method']]
    : klass?.method
      ? [klass.method, ['classes', ki, 'method']]
      : [ctx.data.method, ['method']];
  const bound = bindMethod(ctx, m, target, path, false);
  return bound ? { method: bound, fallback: false } : { method: { method: 'all_or_nothing' }, fallback: true };
}

/** The facts every reading of a target starts with, built once per binding. */
function readingDetail(method: BoundMethod, fallback: boolean, klass: SchemeClassData | null): ItemReading['detail'] {
  const detail: Record<string, string | boolean> = { method: method.method };
  if (fallback) detail.fallback = true;
  if (klass) detail.class = klass.id;
  return Object.freeze(detail);
}

function inScope(data: SchemeData, target: CompiledTarget): boolean {
  if (data.scope === 'all') return true;
  return data.categories.some((c) => c.id === target.category) || data.targets.some((t) => t.target === target.id);
}

function referenceIssues(ctx: Ctx): void {
  const { data, ruleSet, issues } = ctx;
  if (data.ruleSet !== null && data.ruleSet !== ruleSet.id) {
    issues.push(inputIssue('E_RULESET_MISMATCH', '$.ruleSet', E.ruleSetBeingEvaluated(ruleSet.id), data.ruleSet));
  }
  const categories = ruleSet.categories.map((c) => c.id);
  data.categories.forEach((c, i) => {
    if (!categories.includes(c.id))
      issues.push(
        inputIssue(
          'E_UNKNOWN_CATEGORY',
          jsonPath(['categories', i, 'id']),
          E.categoryOfRuleSet(ruleSet.id, categories),
          c.id,
        ),
      );
  });
  const targetIssue = (path: readonly (string | number)[], id: string): void => {
    if (!ruleSet.targets.some((t) => t.id === id))
      issues.push(inputIssue('E_UNKNOWN_TARGET', jsonPath(path), E.targetOfRuleSet(ruleSet.id), id));
  };
  data.targets.forEach((t, i) => {
    targetIssue(['targets', i, 'target'], t.target);
  });
  data.adjustments.forEach((a, i) => {
    if (a.on === 'target') targetIssue(['adjustments', i, 'target'], a.target);
  });
  data.vetoes.forEach((v, i) => {
    if (v.on === 'target') targetIssue(['vetoes', i, 'target'], v.target);
  });
  data.passRule?.keyItems.forEach((id, i) => {
    targetIssue(['passRule', 'keyItems', i], id);
  });
}

/** Fixed target points need fixed points on their category, and must fit in them. */
function pointsIssues(ctx: Ctx, items: readonly BoundItem[]): void {
  const { data, issues } = ctx;
  data.targets.forEach((t, i) => {
    if (t.points === undefined) return;
    const target = ctx.ruleSet.targets.find((x) => x.id === t.target);
    if (target && data.categories.find((c) => c.id === target.category)?.points === undefined) {
      issues.push(
        inputIssue('E_SCHEMA', jsonPath(['targets', i, 'points']), E.categoryPointsFirst(target.category), t.points),
      );
    }
  });
  data.categories.forEach((c, ci) => {
    if (c.points === undefined) return;
    const members = items.filter((it) => it.inScope && it.target.category === c.id);
    const fixed = members.map((it) => data.targets.find((t) => t.target === it.target.id)?.points);
    const sum = sumDec(fixed.flatMap((p) => (p === undefined ? [] : [toDecimal(p)])));
    const budget = toDecimal(c.points);
    const allFixed = members.length > 0 && fixed.every((p) => p !== undefined);
    if (sum.gt(budget) || (allFixed && !sum.eq(budget))) {
      issues.push(
        inputIssue(
          'E_BAD_RANGE',
          jsonPath(['categories', ci, 'points']),
          E.sumOfTargetPoints(sum.toString()),
          c.points,
        ),
      );
    }
  });
  const scoped = ctx.ruleSet.categories.filter((c) => items.some((it) => it.inScope && it.target.category === c.id));
  const fixed = scoped.map((c) => data.categories.find((x) => x.id === c.id)?.points);
  const room = toDecimal(data.points).minus(toDecimal(data.basePoints));
  const sum = sumDec(fixed.flatMap((p) => (p === undefined ? [] : [toDecimal(p)])));
  if (scoped.length > 0 && fixed.every((p) => p !== undefined) && !sum.eq(room)) {
    issues.push(inputIssue('E_BAD_RANGE', '$.points', E.categoriesPlusBase(sum.toString()), data.points));
  }
}

function bindAdjustment(ctx: Ctx, a: AdjustmentData, i: number): BoundAdjustment {
  const base = { ...a, capDec: toDecimal(a.cap), pointsDec: toDecimal(a.points) };
  if (a.on !== 'indicator') return base;
  const indicatorDef = requireIndicator(ctx, ['adjustments', i, 'indicator'], a.indicator, 'any');
  return indicatorDef ? { ...base, indicatorDef } : base;
}

function bindVeto(ctx: Ctx, v: VetoData, i: number, vetoGrade: string): BoundVeto {
  const forced = v.grade ?? vetoGrade;
  if (v.on !== 'indicator') return { ...v, forced };
  const indicatorDef = requireIndicator(ctx, ['vetoes', i, 'indicator'], v.indicator, 'numeric');
  if (!indicatorDef || indicatorDef.kind === 'boolean') {
    if (indicatorDef)
      ctx.issues.push(
        inputIssue('E_WRONG_VALUE_TYPE', jsonPath(['vetoes', i, 'indicator']), E.numericIndicator, v.indicator),
      );
    return { ...v, forced };
  }
  const to = parseUnit(indicatorDef.unit) as Unit;
  const unitDef = compatibleUnit(ctx, ['vetoes', i, 'unit'], v.unit, to);
  if (!unitDef) return { ...v, forced };
  return { ...v, forced, indicatorDef, unitDef, threshold: convertValue(toDecimal(v.value), unitDef, to) };
}

/** A target's weight when the scheme does not set it: by its class, equal, or the rule set's. */
function defaultWeight(data: SchemeData, item: BoundItem): Dec {
  if (data.weighting === 'by-class') return item.klass === null ? new D(0) : toDecimal(item.klass.weight);
  return data.weighting === 'equal' ? new D(1) : item.target.weight;
}

/** Whether a target takes a share of the budget (an aspirational one may be a bonus item instead). */
function weighted(data: SchemeData, item: BoundItem): boolean {
  return item.inScope && !(data.aspirationalBonus !== undefined && item.target.commitment === 'aspirational');
}

function planOf(ctx: Ctx, items: readonly BoundItem[], bands: readonly SchemeBand[], vetoGrade: string): ScoringPlan {
  const { data, ruleSet } = ctx;
  const equal = data.weighting === 'equal';
  const planItems: PlanItem[] = items.map((item) => {
    const own = data.targets.find((t) => t.target === item.target.id);
    return {
      id: item.target.id,
      category: item.target.category,
      pinned: own?.points === undefined ? null : toDecimal(own.points),
      weight: own?.weight !== undefined ? toDecimal(own.weight) : defaultWeight(data, item),
    };
  });
  // By class, a category weighs what its weighted targets weigh together, so every target's points
  // follow its class whatever category it stands in (a category of one milestone is not worth a seventh).
  const classWeight = (id: string): Dec =>
    sumDec(planItems.filter((p, i) => p.category === id && weighted(data, items[i] as BoundItem)).map((p) => p.weight));
  const categories: PlanCategory[] = ruleSet.categories.map((c) => {
    const own = data.categories.find((x) => x.id === c.id);
    const fallback = data.weighting === 'by-class' ? classWeight(c.id) : equal ? new D(1) : c.weight;
    return {
      id: c.id,
      pinned: own?.points === undefined ? null : toDecimal(own.points),
      weight: own?.weight !== undefined ? toDecimal(own.weight) : fallback,
      aggregation: own?.aggregation ?? 'weighted_sum',
    };
  });
  const bonusCap = data.aspirationalBonus === undefined ? undefined : toDecimal(data.aspirationalBonus.cap);
  const declaredBonusCap = data.caps.bonus === undefined ? undefined : toDecimal(data.caps.bonus);
  return {
    budget: toDecimal(data.points),
    basePoints: toDecimal(data.basePoints),
    aggregation: data.aggregation,
    categories,
    items: planItems,
    caps: {
      bonus:
        bonusCap === undefined
          ? (declaredBonusCap ?? null)
          : declaredBonusCap === undefined
            ? bonusCap
            : minDec(bonusCap, declaredBonusCap),
      penalty: data.caps.penalty === undefined ? null : toDecimal(data.caps.penalty),
    },
    bands,
    vetoGrade,
    precision: data.precision ?? ruleSet.scoring.precision,
    totalCap: data.totalAtMostPoints ? toDecimal(data.points) : null,
  };
}

function readsOf(
  items: readonly BoundItem[],
  adjustments: readonly BoundAdjustment[],
  vetoes: readonly BoundVeto[],
): string[] {
  const ids = new Set<string>();
  for (const { method } of items) {
    if (method.method === 'levels') for (const l of method.levels) ids.add(l.indicator.id);
    if (method.method === 'per_event' && 'indicator' in method.count) ids.add(method.count.indicator.id);
  }
  for (const a of adjustments) if (a.on === 'indicator') ids.add(a.indicator);
  for (const v of vetoes) if (v.on === 'indicator') ids.add(v.indicator);
  return [...ids];
}

function bindUncached(scheme: CompiledScheme, ruleSet: CompiledRuleSet): BoundScheme {
  const data = scheme.data;
  const indicator = (id: string): Indicator | undefined => scheme.indicators.get(id) ?? ruleSet.indicator(id);
  const ctx: Ctx = { scheme, ruleSet, data, issues: [], indicator };
  referenceIssues(ctx);
  const unclearCommitment = data.unclearCommitment ?? UNCLEAR_COMMITMENT_DEFAULT;
  const items: BoundItem[] = ruleSet.targets.map((target, i) => {
    const { method, fallback } = itemMethod(ctx, target);
    const own = data.targets.find((t) => t.target === target.id);
    const commitment = resolveCommitment(target.data.commitment, unclearCommitment);
    const klass = classOf(data, target);
    if (data.weighting === 'by-class' && klass === null && inScope(data, target))
      ctx.issues.push(
        inputIssue(
          'E_UNSUPPORTED_KIND',
          '$.classes',
          E.kindInAClass((data.classes ?? []).flatMap((c) => c.kinds ?? [])),
          `${ruleSet.id} $.targets[${i}].kind: ${target.kind}`,
        ),
      );
    return {
      // The scheme decides how an unclear commitment counts; the rule set's reading stays in the report.
      target: commitment === target.commitment ? target : { ...target, commitment },
      inScope: inScope(data, target),
      method,
      fallback,
      notApplicable: own?.notApplicable ?? data.notApplicable,
      klass,
      detail: readingDetail(method, fallback, klass),
    };
  });
  pointsIssues(ctx, items);
  const bands = scheme.bands ?? bandsFromRuleSet(ruleSet.scoring.grades);
  const lowest = (bands[bands.length - 1] as SchemeBand).grade;
  const vetoGrade = data.grades?.vetoGrade ?? (scheme.bands === null ? (ruleSet.scoring.vetoGrade ?? lowest) : lowest);
  const adjustments = [
    ...data.adjustments.map((a, i) => bindAdjustment(ctx, a, i)),
    ...aspirationalBonusItems(data, items),
  ];
  const vetoes = [
    ...data.vetoes.map((v, i) => bindVeto(ctx, v, i, vetoGrade)),
    // A key item (关键项) is a veto: failing one fails the assessment whatever the score.
    ...(data.passRule?.keyItems ?? []).map(
      (target): BoundVeto => ({ id: `key-item-${target}`, on: 'target', target, forced: vetoGrade }),
    ),
  ];
  throwIfIssues(ctx.issues, scheme.file);
  const plan = planOf(ctx, items, bands, vetoGrade);
  return Object.freeze({
    scheme,
    ruleSet,
    plan,
    items,
    adjustments,
    vetoes,
    settings: {
      missingData: data.missingData ?? ruleSet.scoring.missingData,
      aspirational: data.aspirational ?? ruleSet.scoring.aspirational,
      unclearCommitment,
      weights: data.weights ?? ruleSet.scoring.weights,
      weightsNote: data.weightsNote ?? (data.weights === undefined ? (ruleSet.scoring.weightsNote ?? null) : null),
    },
    indicator,
    reads: readsOf(items, adjustments, vetoes),
    warnings: schemeWarnings(
      plan,
      items,
      items.map((it) => weighted(data, it)),
    ),
  });
}

/** 力争/争创 targets as bonus items: each adds its points when met, the lot capped by the plan's bonus cap. */
function aspirationalBonusItems(data: SchemeData, items: readonly BoundItem[]): BoundAdjustment[] {
  const bonus = data.aspirationalBonus;
  if (bonus === undefined) return [];
  const points = toDecimal(bonus.points);
  return items
    .filter((it) => it.inScope && it.target.commitment === 'aspirational')
    .map((it) => ({
      id: `aspirational-${it.target.id}`,
      names: SCHEME_MESSAGES.aspirationalBonusItem(it.target.label),
      type: 'bonus' as const,
      on: 'target' as const,
      target: it.target.id,
      when: 'met' as const,
      points: bonus.points,
      cap: bonus.points,
      capDec: points,
      pointsDec: points,
    }));
}

const bound = new WeakMap<CompiledScheme, WeakMap<CompiledRuleSet, BoundScheme>>();

/**
 * Binds a scheme to the rule set it scores: resolves its categories, targets, indicators and units,
 * fits each method to its target, and builds the points tree. Throws {@link InvalidInputError}
 * (paths into the scheme file) when a reference does not resolve. Cached per pair.
 * @example bindScheme(loadBuiltinScheme('panan-environment-deductions'), loadBuiltinRuleSet('panan-2018')).plan.budget.toString() // '100'
 */
export function bindScheme(scheme: CompiledScheme, ruleSet: CompiledRuleSet): BoundScheme {
  let perRuleSet = bound.get(scheme);
  if (!perRuleSet) {
    perRuleSet = new WeakMap();
    bound.set(scheme, perRuleSet);
  }
  let result = perRuleSet.get(ruleSet);
  if (!result) {
    result = bindUncached(scheme, ruleSet);
    perRuleSet.set(ruleSet, result);
  }
  return result;
}
