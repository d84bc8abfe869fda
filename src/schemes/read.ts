import { D, type Dec, decimalString, ONE, ZERO } from '../core/decimal.js';
import { keptPerObject } from '../core/kept.js';
import { parsePeriod, periodEnd, periodStart } from '../core/periods.js';
import { formatGap, formatQuantity } from '../core/unit-format.js';
import { convertValue, parseUnit, type Unit } from '../core/units.js';
import { STATUSES, type TargetOutcome } from '../evaluation/outcome.js';
import type { EvaluationContext, Measurement } from '../kinds/contract.js';
import { perLocale, SCHEME_MESSAGES as SM } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { FactEntry } from '../observations/normalize.js';
import {
  allOrNothing,
  type Credit,
  deductionCredit,
  deductionPoints,
  deductionSteps,
  FULL_CREDIT,
  levelShare,
  NO_CREDIT,
  perEventPoints,
  proportionalShareFor,
  shareCredit,
} from '../scoring/methods.js';
import type {
  AdjustmentReading,
  Exclusion,
  ItemReading,
  RegionReadings,
  Status,
  VetoReading,
} from '../scoring/score.js';
import type { BoundAdjustment, BoundItem, BoundMethod, BoundScheme, BoundVeto } from './bind.js';

/** What a method made of a target, with the words for the report. */
interface MethodReading {
  /** Null: the method has no data to go on. */
  readonly credit: Credit | null;
  readonly detail: ItemReading['detail'];
  readonly note: LocalizedText | null;
}

/** A method reading with no facts of its own, shared so the common readings cost no allocation. */
const NO_DETAIL: ItemReading['detail'] = Object.freeze({});
const NO_METHOD_DATA: MethodReading = Object.freeze({ credit: null, detail: NO_DETAIL, note: null });
const MET: MethodReading = Object.freeze({ credit: allOrNothing(true), detail: NO_DETAIL, note: SM.met });
const NOT_MET: MethodReading = Object.freeze({ credit: allOrNothing(false), detail: NO_DETAIL, note: SM.notMet });

/** Readings plus the words that explain them, per target and per veto. */
export interface ReadResult {
  readonly readings: RegionReadings;
  /** Parallel to the items: how the method scored the target (null when it says nothing more than the status). */
  readonly notes: readonly (LocalizedText | null)[];
  /** Veto id → what triggered it (or why it is unknown). */
  readonly vetoNotes: ReadonlyMap<string, LocalizedText>;
}

const places = (d: Dec, n = 4): string => decimalString(d, n);
const qty = (value: Dec, unit: Unit): LocalizedText => perLocale((l) => formatQuantity(value, unit, l));

/** The data set's period as an ISO date range, cut at the as-of date. */
function periodRange(ctx: EvaluationContext): { from: string; to: string } {
  const p = parsePeriod(ctx.region.period);
  const from = p ? periodStart(p) : `${ctx.region.period}-01-01`;
  const end = p ? periodEnd(p) : `${ctx.region.period}-12-31`;
  return { from, to: earlierDate(end, ctx.asOf) };
}

/** The earlier of two ISO dates (as strings they sort by date; Math.min would not take them). */
function earlierDate(a: string, b: string): string {
  if (a <= b) return a;
  return b;
}

/** Events of a type dated within the data set's period, up to the as-of date. */
export function eventsInPeriod(ctx: EvaluationContext, type: string): ReadonlyArray<{ readonly date: string }> {
  const { from, to } = periodRange(ctx);
  return (ctx.region.events.get(type) ?? []).filter((e) => e.date >= from && e.date <= to);
}

/** The current-period entry of an indicator. */
function currentEntry(ctx: EvaluationContext, indicator: string): FactEntry | undefined {
  return ctx.region.facts.get(indicator)?.get(ctx.region.period);
}

/** A count read from an entry: its number, or 1/0 for a flag; undefined without a value. */
function countOf(entry: FactEntry | undefined): Dec | undefined {
  if (entry?.value !== undefined) return entry.value;
  if (entry?.flag !== undefined) return new D(entry.flag ? 1 : 0);
  return undefined;
}

// Each proportional method's share with its goalposts fixed, made once per bound method.
const shareRuleOf = keptPerObject((m: Extract<BoundMethod, { method: 'proportional' }>) =>
  proportionalShareFor(m.floor, m.full),
);

/** The proportional share between a bound method's goalposts (see `proportionalShareFor`). */
function shareOf(m: Extract<BoundMethod, { method: 'proportional' }>, value: Dec): Dec {
  return shareRuleOf(m)(value);
}

/** The attainment a proportional method on attainment reads: 1 for a met target, 0 without a measurement. */
function attainmentOf(o: TargetOutcome): Dec {
  return o.status === 'met' ? ONE : (o.measurement?.attainment ?? ZERO);
}

/** The value a proportional method on the value reads, in its goalposts' unit; undefined without a number. */
function proportionalValue(m: Extract<BoundMethod, { basis: 'value' }>, o: TargetOutcome): Dec | undefined {
  const raw = o.gathered.kind === 'facts' ? o.gathered.facts.get(m.indicator.id) : undefined;
  if (!(raw instanceof D)) return undefined;
  return convertValue(raw, parseUnit(m.indicator.unit) as Unit, m.unit);
}

function readProportional(m: Extract<BoundMethod, { method: 'proportional' }>, o: TargetOutcome): MethodReading {
  if (m.basis === 'attainment') {
    const attainment = attainmentOf(o);
    const share = shareOf(m, attainment);
    return {
      credit: shareCredit(share),
      detail: { attainment: places(attainment), share: places(share) },
      note: SM.proportionalAttainment(
        places(attainment),
        m.floor.toString(),
        m.full.toString(),
        places(share.times(100), 2),
      ),
    };
  }
  const value = proportionalValue(m, o);
  if (value === undefined) return { credit: allOrNothing(o.status === 'met'), detail: {}, note: null };
  const share = shareOf(m, value);
  return {
    credit: shareCredit(share),
    detail: { value: value.toString(), floor: m.floor.toString(), full: m.full.toString(), share: places(share) },
    note: SM.proportional(qty(value, m.unit), qty(m.floor, m.unit), qty(m.full, m.unit), places(share.times(100), 2)),
  };
}

/** The gap a deduction counts steps of: none for a met target; null or undefined when it has no measure. */
function deductionGap(o: TargetOutcome): Dec | null | undefined {
  return o.status === 'met' ? ZERO : o.measurement?.gap;
}

function readDeduction(m: Extract<BoundMethod, { method: 'deduction' }>, o: TargetOutcome): MethodReading {
  const met = o.status === 'met';
  const gap = deductionGap(o);
  if (gap === null || gap === undefined) return { credit: NO_CREDIT, detail: { gap: null }, note: SM.notMet };
  const steps = deductionSteps(gap, m.per, m.partial, met);
  const deducted = deductionPoints(gap, m.per, m.points, m.partial, met);
  const note = met
    ? SM.noGap
    : perLocale((l) => {
        const gapText = perLocale(() => formatGap(gap, m.targetUnit, l));
        const perText = perLocale(() => formatGap(m.shown.per, m.shown.unit, l));
        return SM.deduction(
          gapText,
          perText,
          m.points.toString(),
          SM.partial[m.partial],
          places(steps),
          places(deducted),
        )[l];
      });
  return {
    credit: deductionCredit(deducted, m.floorAtZero),
    detail: { gap: gap.toString(), steps: places(steps, 10), deducted: places(deducted, 10), partial: m.partial },
    note,
  };
}

/** Each level with the region's flag for it (undefined when the data say nothing). */
function levelFlags(
  m: Extract<BoundMethod, { method: 'levels' }>,
  ctx: EvaluationContext,
): Array<{ level: (typeof m.levels)[number]; flag: boolean | undefined }> {
  return m.levels.map((l) => ({ level: l, flag: currentEntry(ctx, l.indicator.id)?.flag }));
}

/** The credit levels give without a flag for any of them: none without data, else the target's verdict. */
function levelFallbackCredit(o: TargetOutcome): Credit | null {
  return o.status === 'no_data' ? null : allOrNothing(o.status === 'met');
}

/** The best credit among the levels the region reached. */
function reachedShare(flags: ReturnType<typeof levelFlags>): Dec {
  return levelShare(flags.map((f) => ({ credit: f.level.credit, reached: f.flag === true })));
}

function readLevels(
  m: Extract<BoundMethod, { method: 'levels' }>,
  o: TargetOutcome,
  ctx: EvaluationContext,
): MethodReading {
  const flags = levelFlags(m, ctx);
  if (flags.every((f) => f.flag === undefined)) {
    const credit = levelFallbackCredit(o);
    return { credit, detail: { level: null }, note: credit === null ? null : SM.levelFallback };
  }
  const share = reachedShare(flags);
  const best = flags.filter((f) => f.flag === true).sort((a, b) => b.level.credit.comparedTo(a.level.credit))[0];
  return {
    credit: shareCredit(share),
    detail: { level: best?.level.id ?? null, share: places(share) },
    note: best ? SM.levelReached(best.level.names, places(best.level.credit)) : SM.levelNone,
  };
}

/** The occurrences a per-event method counts; undefined when the data say nothing. */
function eventCount(m: Extract<BoundMethod, { method: 'per_event' }>, ctx: EvaluationContext): Dec | undefined {
  return 'event' in m.count
    ? new D(eventsInPeriod(ctx, m.count.event).length)
    : countOf(currentEntry(ctx, m.count.indicator.id));
}

function readPerEvent(m: Extract<BoundMethod, { method: 'per_event' }>, ctx: EvaluationContext): MethodReading {
  const count = eventCount(m, ctx);
  if (count === undefined) return { credit: null, detail: { count: null }, note: null };
  const deducted = perEventPoints(count, m.points);
  return {
    credit: deductionCredit(deducted, m.floorAtZero),
    detail: { count: count.toString(), deducted: places(deducted, 10) },
    note: SM.perEvent(count.toString(), m.points.toString(), places(deducted)),
  };
}

/** What the target's method makes of the region's data. */
function readMethod(item: BoundItem, o: TargetOutcome, ctx: EvaluationContext): MethodReading {
  const m = item.method;
  if (m.method === 'levels') return readLevels(m, o, ctx);
  if (m.method === 'per_event') return readPerEvent(m, ctx);
  if (o.status === 'no_data') return NO_METHOD_DATA;
  if (m.method === 'proportional') return readProportional(m, o);
  if (m.method === 'deduction') return readDeduction(m, o);
  return o.status === 'met' ? MET : NOT_MET;
}

/**
 * The credit alone of {@link readMethod}, without the facts and words only a scheme report prints: the
 * same branches over the same helpers, so the two cannot drift apart (a property test holds them equal).
 */
function methodCredit(item: BoundItem, o: TargetOutcome, ctx: EvaluationContext): Credit | null {
  const m = item.method;
  if (m.method === 'levels') {
    const flags = levelFlags(m, ctx);
    return flags.every((f) => f.flag === undefined) ? levelFallbackCredit(o) : shareCredit(reachedShare(flags));
  }
  if (m.method === 'per_event') {
    const count = eventCount(m, ctx);
    return count === undefined ? null : deductionCredit(perEventPoints(count, m.points), m.floorAtZero);
  }
  if (o.status === 'no_data') return null;
  if (m.method === 'proportional') {
    if (m.basis === 'attainment') return shareCredit(shareOf(m, attainmentOf(o)));
    const value = proportionalValue(m, o);
    return value === undefined ? allOrNothing(o.status === 'met') : shareCredit(shareOf(m, value));
  }
  if (m.method === 'deduction') {
    const gap = deductionGap(o);
    if (gap === null || gap === undefined) return NO_CREDIT;
    const met = o.status === 'met';
    return deductionCredit(deductionPoints(gap, m.per, m.points, m.partial, met), m.floorAtZero);
  }
  return allOrNothing(o.status === 'met');
}

/**
 * Whether a target's method gives the same credit for every region with this status: it reads no data of
 * the region (events, flags, counts) and no measurement (a met target's attainment is 1 and its gap 0).
 */
function creditFixedByStatus(m: BoundMethod, status: Status): boolean {
  switch (m.method) {
    case 'levels':
    case 'per_event':
      return false;
    case 'all_or_nothing':
      return true;
    case 'proportional':
      return status === 'no_data' || (status === 'met' && m.basis === 'attainment');
    case 'deduction':
      return status === 'no_data' || status === 'met';
  }
}

/** Why the scheme leaves a target out before its method is consulted (by its status alone). */
function exclusionOf(item: BoundItem, status: Status, scheme: BoundScheme): Exclusion | null {
  if (!item.inScope) return 'not_in_scheme';
  if (item.target.commitment === 'aspirational' && scheme.scheme.data.aspirationalBonus !== undefined)
    return 'aspirational_bonus';
  if (item.target.commitment === 'aspirational' && scheme.settings.aspirational === 'unscored')
    return 'aspirational_unscored';
  if (status === 'not_applicable' && item.notApplicable === 'exclude') return 'not_applicable';
  if (status === 'not_due') return 'not_due';
  return null;
}

/** A target's reading with the words that explain it. */
interface ReadItem {
  readonly reading: ItemReading;
  readonly note: LocalizedText | null;
}

function readItem(item: BoundItem, o: TargetOutcome, scheme: BoundScheme, ctx: EvaluationContext): ReadItem {
  // Readings are built field by field, not spread: every region pays for this once per target.
  const status = o.status;
  const excluded = exclusionOf(item, status, scheme);
  if (excluded !== null) return { reading: { status, credit: null, excluded, detail: item.detail }, note: null };
  if (status === 'not_applicable')
    return {
      reading: { status, credit: FULL_CREDIT, excluded: null, detail: item.detail },
      note: SM.notApplicableFull,
    };
  const read = readMethod(item, o, ctx);
  const detail = read.detail === NO_DETAIL ? item.detail : { ...item.detail, ...read.detail };
  if (read.credit !== null)
    return { reading: { status, credit: read.credit, excluded: null, detail }, note: read.note };
  if (scheme.settings.missingData === 'zero')
    return { reading: { status, credit: NO_CREDIT, excluded: null, detail }, note: SM.noDataZero };
  return { reading: { status, credit: null, excluded: 'no_data', detail }, note: null };
}

/** {@link readItem}'s reading without the method's facts and words: its detail is the target's own. */
function scoringReading(item: BoundItem, o: TargetOutcome, scheme: BoundScheme, ctx: EvaluationContext): ItemReading {
  const status = o.status;
  const detail = item.detail;
  const excluded = exclusionOf(item, status, scheme);
  if (excluded !== null) return { status, credit: null, excluded, detail };
  if (status === 'not_applicable') return { status, credit: FULL_CREDIT, excluded: null, detail };
  const credit = methodCredit(item, o, ctx);
  if (credit !== null) return { status, credit, excluded: null, detail };
  if (scheme.settings.missingData === 'zero') return { status, credit: NO_CREDIT, excluded: null, detail };
  return { status, credit: null, excluded: 'no_data', detail };
}

/** Whether {@link scoringReading} gives every region with this status the same reading. */
function readingFixedByStatus(item: BoundItem, status: Status, scheme: BoundScheme): boolean {
  if (exclusionOf(item, status, scheme) !== null || status === 'not_applicable') return true;
  return creditFixedByStatus(item.method, status);
}

const OPERATORS = {
  atLeast: (v: Dec, t: Dec) => v.gte(t),
  moreThan: (v: Dec, t: Dec) => v.gt(t),
  atMost: (v: Dec, t: Dec) => v.lte(t),
  lessThan: (v: Dec, t: Dec) => v.lt(t),
} as const;

/** The observations of an indicator a veto looks at: the period itself, or every sub-period within it. */
function vetoEntries(v: Extract<BoundVeto, { on: 'indicator' }>, ctx: EvaluationContext): FactEntry[] {
  const series = ctx.region.facts.get(v.indicator);
  if (!series) return [];
  if (v.periods === 'current') return [series.get(ctx.region.period)].filter((e): e is FactEntry => e !== undefined);
  const region = parsePeriod(ctx.region.period);
  if (!region) return [];
  const [from, to] = [periodStart(region), periodEnd(region)];
  return [...series.values()]
    .filter((e) => {
      const p = parsePeriod(e.period);
      return p !== undefined && periodStart(p) >= from && periodEnd(p) <= to;
    })
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

function readIndicatorVeto(
  v: Extract<BoundVeto, { on: 'indicator' }>,
  ctx: EvaluationContext,
  words: boolean,
): ReadVeto {
  const base = { id: v.id, on: 'indicator' as const, grade: v.forced };
  const entries = vetoEntries(v, ctx).filter((e) => e.value !== undefined);
  const indicatorName = perLocale((l) => v.indicatorDef?.names[l] ?? v.indicator);
  if (!v.indicatorDef || v.threshold === undefined || !v.unitDef || entries.length === 0) {
    const reading = { ...base, triggered: false, unknown: true };
    return { reading, note: words ? SM.veto.unknown(v.names ?? indicatorName) : null };
  }
  const test = OPERATORS[v.operator];
  const hit = entries.find((e) => test(e.value as Dec, v.threshold as Dec));
  if (!hit) return { reading: { ...base, triggered: false, unknown: false }, note: null };
  const reading = { ...base, triggered: true, unknown: false, period: hit.period };
  if (!words) return { reading, note: null };
  const unit = parseUnit(v.indicatorDef.unit) as Unit;
  const shown = convertValue(hit.value as Dec, unit, v.unitDef);
  const note = SM.veto.indicator(
    periodWords(hit.period),
    indicatorName,
    qty(shown, v.unitDef),
    SM.operator[v.operator],
    qty(convertValue(v.threshold, unit, v.unitDef), v.unitDef),
    v.forced,
  );
  return { reading, note };
}

/** 2018年第2季度 etc., in the scheme catalogue's words. */
function periodWords(label: string): LocalizedText {
  const p = parsePeriod(label);
  if (!p) return perLocale(() => label);
  const y = String(p.year);
  switch (p.granularity) {
    case 'quarter':
    case 'half-year':
    case 'month':
      return SM.period[p.granularity](y, p.index);
    default:
      return SM.period.year(y);
  }
}

/** A veto with its words, or without them (null) when only the score is wanted. */
interface ReadVeto {
  readonly reading: VetoReading;
  readonly note: LocalizedText | null;
}

function targetVeto(id: string, on: 'target' | 'rule-set', grade: string, o: TargetOutcome): ReadVeto {
  const reading: VetoReading = {
    id,
    on,
    grade,
    triggered: o.status === 'not_met',
    unknown: o.status === 'no_data',
    target: o.target.id,
  };
  const note = reading.triggered
    ? SM.veto.target(o.target.label, grade)
    : reading.unknown
      ? SM.veto.unknown(o.target.label)
      : null;
  return { reading, note };
}

/**
 * A veto as the scheme fixes it: one on a target (the rule set's own, or the scheme's) with its target's
 * position among the outcomes and its readings by status, shared by every region; or one read from data.
 */
type VetoPlan =
  | {
      readonly on: 'target' | 'rule-set';
      readonly id: string;
      readonly grade: string;
      readonly position: number;
      readonly byStatus: Map<Status, ReadVeto>;
    }
  | { readonly on: 'data'; readonly veto: Exclude<BoundVeto, { on: 'target' }> };

/** The scheme's vetoes in reading order: the rule set's vetoed targets first (if it honours them), then its own. */
function vetoPlansOf(scheme: BoundScheme, position: ReadonlyMap<string, number>): VetoPlan[] {
  const plans: VetoPlan[] = [];
  if (scheme.scheme.data.ruleSetVetoes) {
    scheme.items.forEach((item, i) => {
      if (item.target.veto)
        plans.push({
          on: 'rule-set',
          id: item.target.id,
          grade: scheme.plan.vetoGrade,
          position: i,
          byStatus: new Map(),
        });
    });
  }
  for (const v of scheme.vetoes) {
    if (v.on === 'target')
      plans.push({
        on: 'target',
        id: v.id,
        grade: v.forced,
        position: position.get(v.target) ?? -1,
        byStatus: new Map(),
      });
    else plans.push({ on: 'data', veto: v });
  }
  return plans;
}

function eventVeto(v: Extract<BoundVeto, { on: 'event' }>, ctx: EvaluationContext, words: boolean): ReadVeto {
  const first = eventsInPeriod(ctx, v.event)[0];
  const reading: VetoReading = {
    id: v.id,
    on: 'event',
    grade: v.forced,
    triggered: first !== undefined,
    unknown: false,
  };
  if (!words || first === undefined) return { reading, note: null };
  return { reading, note: SM.veto.event(v.names ?? perLocale(() => v.event), first.date, v.forced) };
}

/** Every veto's reading, with its words when `words` (a scheme report) and without them for a headline score. */
function readVetoes(
  memo: SchemeMemo,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
  words: boolean,
): ReadVeto[] {
  const out: ReadVeto[] = [];
  for (const plan of memo.vetoes) {
    if (plan.on === 'data') {
      if (plan.veto.on === 'event') out.push(eventVeto(plan.veto, ctx, words));
      else out.push(readIndicatorVeto(plan.veto, ctx, words));
      continue;
    }
    const o = outcomes[plan.position] as TargetOutcome;
    let read = plan.byStatus.get(o.status);
    if (read === undefined) {
      // A verdict on a target depends on its status alone: read once per status for every region.
      read = targetVeto(plan.id, plan.on, plan.grade, o);
      Object.freeze(read.reading);
      plan.byStatus.set(o.status, Object.freeze(read));
    }
    out.push(read);
  }
  return out;
}

/**
 * A bonus or penalty item as the scheme fixes it: one on a target with its target's position and its three
 * possible readings (no data, condition unmet, met), shared by every region; or one counted from data.
 */
type AdjustmentPlan =
  | {
      readonly on: 'target';
      readonly position: number;
      readonly when: Status;
      readonly byCount: readonly AdjustmentReading[];
    }
  | { readonly on: 'data'; readonly adjustment: Exclude<BoundAdjustment, { on: 'target' }> };

function adjustmentPlanOf(a: BoundAdjustment, position: ReadonlyMap<string, number>): AdjustmentPlan {
  if (a.on !== 'target') return { on: 'data', adjustment: a };
  const base = { id: a.id, type: a.type, cap: a.capDec, points: a.pointsDec };
  const target = Object.freeze({ id: a.target, when: a.when });
  const reading = (count: Dec | null): AdjustmentReading => Object.freeze({ ...base, count, target });
  return {
    on: 'target',
    position: position.get(a.target) ?? -1,
    when: a.when,
    byCount: [reading(null), reading(ZERO), reading(ONE)],
  };
}

function readAdjustments(
  memo: SchemeMemo,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): AdjustmentReading[] {
  return memo.adjustments.map((plan) => {
    if (plan.on === 'target') {
      const status = outcomes[plan.position]?.status;
      const count = status === 'no_data' || status === undefined ? 0 : status === plan.when ? 2 : 1;
      return plan.byCount[count] as AdjustmentReading;
    }
    const a = plan.adjustment;
    const base = { id: a.id, type: a.type, cap: a.capDec, points: a.pointsDec };
    if (a.on === 'event') return { ...base, count: new D(eventsInPeriod(ctx, a.event).length) };
    return { ...base, count: countOf(currentEntry(ctx, a.indicator)) ?? null };
  });
}

/**
 * Reads one region's evaluated targets and data under a bound scheme: each target's exclusion and
 * credit, the bonus and penalty items' counts, and which vetoes apply, with the words a scheme report
 * prints. Pure: the same outcomes give the same readings.
 */
export function readRegion(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): ReadResult {
  const memo = schemeMemoOf(scheme);
  const reads = scheme.items.map((item, i) => {
    const o = outcomes[i] as TargetOutcome;
    const byStatus = memo.readItems[i] as Map<Status, ReadItem>;
    const known = byStatus.get(o.status);
    if (known !== undefined) return known;
    const read = readItem(item, o, scheme, ctx);
    if (read.reading.detail === item.detail) byStatus.set(o.status, Object.freeze(read));
    return read;
  });
  const vetoes = readVetoes(memo, outcomes, ctx, true);
  const vetoNotes = new Map(vetoes.flatMap((v) => (v.note ? [[v.reading.id, v.note] as const] : [])));
  return {
    readings: {
      items: reads.map((r) => r.reading),
      adjustments: readAdjustments(memo, outcomes, ctx),
      vetoes: vetoes.map((v) => v.reading),
    },
    notes: reads.map((r) => r.note),
    vetoNotes,
  };
}

/**
 * The readings alone of {@link readRegion}, for a score without a scheme report (a report's headline):
 * the same statuses, credits, exclusions, bonus and penalty counts and vetoes, without the method's
 * facts and words, which only a scheme report prints — so each item's `detail` is the target's own.
 * A target whose reading depends on its status alone is read once per status and shared.
 */
export function readRegionReadings(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): RegionReadings {
  const memo = schemeMemoOf(scheme);
  const items = scheme.items;
  const readings: ItemReading[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const o = outcomes[i] as TargetOutcome;
    const byStatus = memo.readings[i] as Array<ItemReading | undefined>;
    const position = o.position;
    let reading = byStatus[position];
    if (reading === undefined) {
      const item = items[i] as BoundItem;
      reading = scoringReading(item, o, scheme, ctx);
      if (readingFixedByStatus(item, o.status, scheme)) byStatus[position] = Object.freeze(reading);
    }
    readings[i] = reading;
  }
  const vetoes = readVetoes(memo, outcomes, ctx, false);
  const vetoReadings: VetoReading[] = new Array(vetoes.length);
  for (let i = 0; i < vetoes.length; i++) vetoReadings[i] = (vetoes[i] as ReadVeto).reading;
  return { items: readings, adjustments: readAdjustments(memo, outcomes, ctx), vetoes: vetoReadings };
}

/** What reading a scheme needs that no region's data change, worked out on its first region. */
interface SchemeMemo {
  /**
   * Per target, its readings with words that carry no facts of the data (detail the target's own:
   * excluded, not applicable, all or nothing, no data), by status: shared by every region.
   */
  readonly readItems: ReadonlyArray<Map<Status, ReadItem>>;
  /** Per target, its scoring readings that depend on its status alone, by status position (`TargetOutcome.position`). */
  readonly readings: ReadonlyArray<Array<ItemReading | undefined>>;
  readonly vetoes: readonly VetoPlan[];
  readonly adjustments: readonly AdjustmentPlan[];
}

const schemeMemos = new WeakMap<BoundScheme, SchemeMemo>();

function schemeMemoOf(scheme: BoundScheme): SchemeMemo {
  const known = schemeMemos.get(scheme);
  if (known) return known;
  // Outcomes come in the rule set's target order, which is the scheme's item order.
  const position = new Map(scheme.items.map((item, i) => [item.target.id, i]));
  const memo: SchemeMemo = {
    readItems: scheme.items.map(() => new Map<Status, ReadItem>()),
    readings: scheme.items.map(() => new Array<ItemReading | undefined>(STATUSES.length).fill(undefined)),
    vetoes: vetoPlansOf(scheme, position),
    adjustments: scheme.adjustments.map((a) => adjustmentPlanOf(a, position)),
  };
  schemeMemos.set(scheme, memo);
  return memo;
}

/** 1 − attainment, the effort proxy for what-if ordering; 1 without a measurement. */
export function effortOf(measurement: Measurement | undefined, status: TargetOutcome['status']): Dec {
  if (status === 'met') return new D(0);
  return measurement ? new D(1).minus(measurement.attainment) : new D(1);
}
