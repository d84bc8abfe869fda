/**
 * Frequency targets: 每季度组织上报一次 / 每半年报送 / 每年组织1至2次督查 — dated events counted per period.
 *
 * The periods of `per` granularity are those overlapping the span from the later of the plan start
 * and the data set period's start, to the earliest of the as-of date, the data set period's end and
 * the plan end. A period is judged only once it has ended (by the as-of date, and within the data
 * set's period); the current, unfinished one is not judged yet and the notes say so. Events count
 * within the period and the span. Met iff every judged period has at least `min` events and, when
 * `max` is given, at most `max` (here `max` is a ceiling: the wording is a count within a range).
 *
 * A data set without an `events` list says nothing about events, so the target has no data; an empty
 * list means none happened. No judged period yet (as of mid-February for a quarterly target) is no data.
 *
 * Facts: `<id>:periods-ok` and `<id>:periods-judged`; the condition is ok ≥ judged. Attainment is the
 * share of judged periods that are OK and the notes name the periods that missed; there is no gap figure
 * (a frequency has no unit of its own; the shortfall is in the attainment and the notes). Observed figures carry
 * the event type id in `indicator`, the period and the count (unit 次).
 */
import { ONE, ZERO } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { type Granularity, parsePeriod, periodEnd, periodStart, periodsBetween } from '../../core/periods.js';
import { ERROR_MESSAGES, MESSAGES, PUNCTUATION } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import type { RegionData } from '../../observations/normalize.js';
import type { EventRecord } from '../../observations/schema.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type { EvaluationContext, Gathered, KindCompiler, Measurement, ObservedFigure } from '../contract.js';
import { derivedFact } from '../gather.js';
import { measurementOf } from '../measurement.js';
import type { FactValue } from '../operators.js';
import { dataPeriodEnd, keptPerDates, periodNameOf } from '../series.js';
import { countDec, countShare } from '../statistics.js';
import { joinedTexts } from '../texts.js';
import { FREQUENCY_MESSAGES } from './messages.js';
import type { FrequencyTarget } from './schema.js';

const E = ERROR_MESSAGES.expected;
const M = FREQUENCY_MESSAGES;

/** What one frequency target needs, fixed at compile time. */
interface FrequencySpec {
  readonly id: string;
  readonly event: string;
  readonly per: Granularity;
  readonly min: number;
  readonly max?: number;
  readonly planStart: string;
  readonly planEnd: string;
  /** The facts' names, `<id>:periods-ok` and `<id>:periods-judged`. */
  readonly okFact: string;
  readonly judgedFact: string;
}

/** One judged period's count. */
interface PeriodCount {
  readonly period: string;
  readonly count: number;
  readonly ok: boolean;
}

interface Tally {
  readonly judged: readonly PeriodCount[];
  /** How many of `judged` are OK. */
  readonly ok: number;
  /** Periods in the span that have not ended yet (shared between regions: read only). */
  readonly pending: readonly string[];
}

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);

/** A period of the span that has ended: its label and the first and last day whose events count in it. */
interface JudgedPeriod {
  readonly period: string;
  readonly from: string;
  readonly to: string;
}

/** The span's periods, from dates alone: those judged and those not ended yet. */
interface Schedule {
  readonly judged: readonly JudgedPeriod[];
  readonly pending: readonly string[];
}

/** The periods a frequency target judges for one region's dates (its data period and as-of dates). */
function scheduleUncached(spec: FrequencySpec, region: Pick<RegionData, 'period' | 'asOf'>, asOf: string): Schedule {
  const dataPeriod = parsePeriod(region.period);
  const dataStart = dataPeriod ? periodStart(dataPeriod) : spec.planStart;
  const dataEnd = dataPeriodEnd(region);
  const start = later(spec.planStart, dataStart);
  const end = earlier(earlier(asOf, dataEnd), spec.planEnd);
  if (end < start) return { judged: [], pending: [] };
  const judged: JudgedPeriod[] = [];
  const pending: string[] = [];
  for (const label of periodsBetween(start, end, spec.per)) {
    const p = parsePeriod(label);
    if (!p) continue;
    const pEnd = periodEnd(p);
    if (pEnd > asOf || pEnd > dataEnd) pending.push(label);
    else judged.push({ period: label, from: later(periodStart(p), start), to: pEnd });
  }
  return { judged, pending };
}

// Every region of a data set shares its dates, so the periods are worked out once per target and date triple.
const scheduleOf = keptPerDates(scheduleUncached);

function countIn(events: readonly EventRecord[], from: string, to: string): number {
  // ISO dates order as strings, so a date range is a pair of string comparisons.
  let count = 0;
  for (const e of events) if (e.date >= from && e.date <= to) count += 1;
  return count;
}

/** Counts events per period over the span the data and the plan cover (a pure function of the region). */
function tally(spec: FrequencySpec, ctx: EvaluationContext): Tally {
  const schedule = scheduleOf(spec, ctx.region, ctx.asOf);
  const events = ctx.region.events.get(spec.event) ?? [];
  const judged: PeriodCount[] = new Array(schedule.judged.length);
  let ok = 0;
  for (let i = 0; i < schedule.judged.length; i++) {
    const p = schedule.judged[i] as JudgedPeriod;
    const count = countIn(events, p.from, p.to);
    const good = count >= spec.min && (spec.max === undefined || count <= spec.max);
    if (good) ok += 1;
    judged[i] = { period: p.period, count, ok: good };
  }
  return { judged, ok, pending: schedule.pending };
}

function gatherFrequency(spec: FrequencySpec, ctx: EvaluationContext): Gathered {
  if (ctx.region.dataSet.events === undefined)
    return {
      kind: 'no_data',
      missing: [{ indicator: spec.event, what: M.missingEvents }],
      observed: [],
    };
  const counted = tally(spec, ctx);
  const { judged } = counted;
  if (judged.length === 0)
    return {
      kind: 'no_data',
      missing: [{ indicator: spec.event, what: M.missingPeriods }],
      observed: [],
    };
  const observed: ObservedFigure[] = new Array(judged.length);
  for (let i = 0; i < judged.length; i++) {
    const c = judged[i] as PeriodCount;
    observed[i] = { indicator: spec.event, period: c.period, value: String(c.count), unit: '次' };
  }
  const facts = new Map<string, FactValue>();
  facts.set(spec.okFact, countDec(counted.ok));
  facts.set(spec.judgedFact, countDec(judged.length));
  return { kind: 'facts', facts, observed, state: counted };
}

/** "2018年第3季度无记录" / "仅1次" / "3次，超过上限2次". */
function missText(spec: FrequencySpec, c: PeriodCount): LocalizedText {
  const name = periodNameOf(c.period);
  if (spec.max !== undefined && c.count > spec.max) return M.tooMany(name, c.count, spec.max);
  return c.count === 0 ? M.none(name) : M.tooFew(name, c.count, spec.min);
}

function measureFrequency(spec: FrequencySpec, met: boolean, counted: Tally, ctx: EvaluationContext): Measurement {
  const { judged, pending, ok } = counted;
  const missed: PeriodCount[] = [];
  const countTexts: LocalizedText[] = new Array(judged.length);
  const counts: Array<{ period: string; count: number; ok: boolean }> = new Array(judged.length);
  for (let i = 0; i < judged.length; i++) {
    const c = judged[i] as PeriodCount;
    if (!c.ok) missed.push(c);
    countTexts[i] = M.count(periodNameOf(c.period), c.count);
    counts[i] = { period: c.period, count: c.count, ok: c.ok };
  }
  const observedText = joinedTexts(countTexts, PUNCTUATION.list);
  const notes: LocalizedText[] = [];
  // One period judged: its count against the requirement says it all ("1个期间中0个" would only repeat it).
  if (!met && judged.length > 1)
    notes.push(
      M.judged(ok, judged.length),
      M.missed(
        joinedTexts(
          missed.map((c) => missText(spec, c)),
          PUNCTUATION.list,
        ),
      ),
    );
  for (const p of pending) notes.push(M.pending(periodNameOf(p), ctx.asOf));
  const detail = {
    counts,
    judged: judged.length,
    ok,
    missed: missed.map((c) => c.period),
    pending: pending.slice(),
  };
  const attainment = met ? ONE : judged.length === 0 ? ZERO : countShare(ok, judged.length);
  // A period that has ended with the wrong count stays wrong: the target can no longer be met.
  const settled =
    !met && missed.length > 0
      ? {
          reason: 'period_missed' as const,
          note: MESSAGES.settled.periodMissed(
            joinedTexts(
              missed.map((c) => periodNameOf(c.period)),
              PUNCTUATION.list,
            ),
          ),
        }
      : undefined;
  return measurementOf({ attainment, observedText, notes, detail, settled });
}

/** 每季度上报一次 / 每年1至2次督查: events counted per period; see the module comment for the rule. */
export const compileFrequency: KindCompiler<FrequencyTarget> = (target, ctx) => {
  if (target.max !== undefined && target.max < target.min) {
    ctx.issues.push(inputIssue('E_BAD_RANGE', `${ctx.path}.max`, E.atLeastLowerBound(target.min), target.max));
    return undefined;
  }
  const spec: FrequencySpec = {
    id: target.id,
    event: target.event,
    per: target.per,
    min: target.min,
    ...(target.max !== undefined ? { max: target.max } : {}),
    planStart: ctx.plan.start,
    planEnd: ctx.plan.end,
    okFact: derivedFact(target.id, 'periods-ok'),
    judgedFact: derivedFact(target.id, 'periods-judged'),
  };
  const condition: EngineLeaf = { fact: spec.okFact, operator: 'atLeast', value: { fact: spec.judgedFact } };
  return {
    indicators: [],
    condition,
    predicate: compileCondition(condition),
    requirement: M.requirement(M.per[target.per], target.min, target.max),
    // The shortfall is in periods missed, not in a unit: no gap and no value to score.
    capabilities: { direction: null, gap: false, fullMarks: null },
    gather: (c) => gatherFrequency(spec, c),
    measure: (_facts, met, c, state) => measureFrequency(spec, met, state as Tally, c),
  };
};
