import { D, type Dec, decimalString } from '../core/decimal.js';
import { parsePeriod, periodEnd, periodStart } from '../core/periods.js';
import { formatGap, formatQuantity } from '../core/unit-format.js';
import { convertValue, parseUnit, type Unit } from '../core/units.js';
import type { TargetOutcome } from '../evaluation/outcome.js';
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
  levelShare,
  NO_CREDIT,
  perEventPoints,
  proportionalShare,
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
import type { BoundItem, BoundMethod, BoundScheme, BoundVeto } from './bind.js';

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

function readProportional(m: Extract<BoundMethod, { method: 'proportional' }>, o: TargetOutcome): MethodReading {
  if (m.basis === 'attainment') {
    const attainment = o.status === 'met' ? new D(1) : (o.measurement?.attainment ?? new D(0));
    const share = proportionalShare(attainment, m.floor, m.full);
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
  const raw = o.gathered.kind === 'facts' ? o.gathered.facts.get(m.indicator.id) : undefined;
  if (!(raw instanceof D)) return { credit: allOrNothing(o.status === 'met'), detail: {}, note: null };
  const value = convertValue(raw, parseUnit(m.indicator.unit) as Unit, m.unit);
  const share = proportionalShare(value, m.floor, m.full);
  return {
    credit: shareCredit(share),
    detail: { value: value.toString(), floor: m.floor.toString(), full: m.full.toString(), share: places(share) },
    note: SM.proportional(qty(value, m.unit), qty(m.floor, m.unit), qty(m.full, m.unit), places(share.times(100), 2)),
  };
}

function readDeduction(m: Extract<BoundMethod, { method: 'deduction' }>, o: TargetOutcome): MethodReading {
  const met = o.status === 'met';
  const gap = met ? new D(0) : o.measurement?.gap;
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

function readLevels(
  m: Extract<BoundMethod, { method: 'levels' }>,
  o: TargetOutcome,
  ctx: EvaluationContext,
): MethodReading {
  const flags = m.levels.map((l) => ({ level: l, flag: currentEntry(ctx, l.indicator.id)?.flag }));
  if (flags.every((f) => f.flag === undefined)) {
    if (o.status === 'no_data') return { credit: null, detail: { level: null }, note: null };
    return { credit: allOrNothing(o.status === 'met'), detail: { level: null }, note: SM.levelFallback };
  }
  const share = levelShare(flags.map((f) => ({ credit: f.level.credit, reached: f.flag === true })));
  const best = flags.filter((f) => f.flag === true).sort((a, b) => b.level.credit.comparedTo(a.level.credit))[0];
  return {
    credit: shareCredit(share),
    detail: { level: best?.level.id ?? null, share: places(share) },
    note: best ? SM.levelReached(best.level.names, places(best.level.credit)) : SM.levelNone,
  };
}

function readPerEvent(m: Extract<BoundMethod, { method: 'per_event' }>, ctx: EvaluationContext): MethodReading {
  const count =
    'event' in m.count
      ? new D(eventsInPeriod(ctx, m.count.event).length)
      : countOf(currentEntry(ctx, m.count.indicator.id));
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

/** Why the scheme leaves a target out before its method is consulted. */
function exclusionOf(item: BoundItem, o: TargetOutcome, scheme: BoundScheme): Exclusion | null {
  if (!item.inScope) return 'not_in_scheme';
  if (item.target.commitment === 'aspirational' && scheme.scheme.data.aspirationalBonus !== undefined)
    return 'aspirational_bonus';
  if (item.target.commitment === 'aspirational' && scheme.settings.aspirational === 'unscored')
    return 'aspirational_unscored';
  if (o.status === 'not_applicable' && item.notApplicable === 'exclude') return 'not_applicable';
  if (o.status === 'not_due') return 'not_due';
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
  const excluded = exclusionOf(item, o, scheme);
  if (excluded !== null) return { reading: { status, credit: null, excluded, detail: item.detail }, note: null };
  if (status === 'not_applicable')
    return {
      reading: { status, credit: shareCredit(new D(1)), excluded: null, detail: item.detail },
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
): { reading: VetoReading; note: LocalizedText | null } {
  const base = { id: v.id, on: 'indicator' as const, grade: v.forced };
  const entries = vetoEntries(v, ctx).filter((e) => e.value !== undefined);
  const indicatorName = perLocale((l) => v.indicatorDef?.names[l] ?? v.indicator);
  const unknown = {
    reading: { ...base, triggered: false, unknown: true },
    note: SM.veto.unknown(v.names ?? indicatorName),
  };
  if (!v.indicatorDef || v.threshold === undefined || !v.unitDef || entries.length === 0) return unknown;
  const test = OPERATORS[v.operator];
  const hit = entries.find((e) => test(e.value as Dec, v.threshold as Dec));
  if (!hit) return { reading: { ...base, triggered: false, unknown: false }, note: null };
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
  return { reading: { ...base, triggered: true, unknown: false, period: hit.period }, note };
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

function targetVeto(
  id: string,
  on: 'target' | 'rule-set',
  grade: string,
  o: TargetOutcome,
): { reading: VetoReading; note: LocalizedText | null } {
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

function readVetoes(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): Array<{ reading: VetoReading; note: LocalizedText | null }> {
  const out: Array<{ reading: VetoReading; note: LocalizedText | null }> = [];
  if (scheme.scheme.data.ruleSetVetoes) {
    for (const o of outcomes)
      if (o.target.veto) out.push(targetVeto(o.target.id, 'rule-set', scheme.plan.vetoGrade, o));
  }
  for (const v of scheme.vetoes) {
    if (v.on === 'target') {
      const o = outcomes.find((x) => x.target.id === v.target) as TargetOutcome;
      out.push(targetVeto(v.id, 'target', v.forced, o));
    } else if (v.on === 'event') {
      const first = eventsInPeriod(ctx, v.event)[0];
      const name = v.names ?? perLocale(() => v.event);
      out.push({
        reading: { id: v.id, on: 'event', grade: v.forced, triggered: first !== undefined, unknown: false },
        note: first ? SM.veto.event(name, first.date, v.forced) : null,
      });
    } else {
      out.push(readIndicatorVeto(v, ctx));
    }
  }
  return out;
}

function readAdjustments(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): AdjustmentReading[] {
  return scheme.adjustments.map((a) => {
    const base = { id: a.id, type: a.type, cap: a.capDec, points: a.pointsDec };
    if (a.on === 'event') return { ...base, count: new D(eventsInPeriod(ctx, a.event).length) };
    if (a.on === 'indicator') return { ...base, count: countOf(currentEntry(ctx, a.indicator)) ?? null };
    const status = outcomes.find((o) => o.target.id === a.target)?.status;
    const count = status === 'no_data' || status === undefined ? null : new D(status === a.when ? 1 : 0);
    return { ...base, count, target: { id: a.target, when: a.when } };
  });
}

/**
 * Reads one region's evaluated targets and data under a bound scheme: each target's exclusion and
 * credit, the bonus and penalty items' counts, and which vetoes apply. Pure: the same outcomes give
 * the same readings.
 */
export function readRegion(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): ReadResult {
  const shared = sharedReadingsOf(scheme);
  const reads = scheme.items.map((item, i) => {
    const o = outcomes[i] as TargetOutcome;
    const byStatus = shared[i] as Map<Status, ReadItem>;
    const known = byStatus.get(o.status);
    if (known !== undefined) return known;
    const read = readItem(item, o, scheme, ctx);
    if (read.reading.detail === item.detail) byStatus.set(o.status, Object.freeze(read));
    return read;
  });
  const vetoes = readVetoes(scheme, outcomes, ctx);
  const vetoNotes = new Map(vetoes.flatMap((v) => (v.note ? [[v.reading.id, v.note] as const] : [])));
  return {
    readings: {
      items: reads.map((r) => r.reading),
      adjustments: readAdjustments(scheme, outcomes, ctx),
      vetoes: vetoes.map((v) => v.reading),
    },
    notes: reads.map((r) => r.note),
    vetoNotes,
  };
}

// A reading that carries no facts of the data (its detail is the target's own: excluded, not
// applicable, all or nothing, no data) depends on nothing but the target's status, so it is made
// once per status and shared by every region: most regions' readings then cost no allocation.
const sharedReadings = new WeakMap<BoundScheme, ReadonlyArray<Map<Status, ReadItem>>>();

/** Per target, its readings that depend on its status alone, by status. */
function sharedReadingsOf(scheme: BoundScheme): ReadonlyArray<Map<Status, ReadItem>> {
  const known = sharedReadings.get(scheme);
  if (known) return known;
  const shared = scheme.items.map(() => new Map<Status, ReadItem>());
  sharedReadings.set(scheme, shared);
  return shared;
}

/** 1 − attainment, the effort proxy for what-if ordering; 1 without a measurement. */
export function effortOf(measurement: Measurement | undefined, status: TargetOutcome['status']): Dec {
  if (status === 'met') return new D(0);
  return measurement ? new D(1).minus(measurement.attainment) : new D(1);
}
