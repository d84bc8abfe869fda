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
import { D } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { type Granularity, parsePeriod, periodEnd, periodStart, periodsBetween } from '../../core/periods.js';
import { ERROR_MESSAGES, joinLocalized, MESSAGES, PUNCTUATION } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import type { EventRecord } from '../../observations/schema.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type { EvaluationContext, Gathered, KindCompiler, Measurement, ObservedFigure } from '../contract.js';
import { derivedFact } from '../gather.js';
import { measurementOf } from '../measurement.js';
import { dataPeriodEnd } from '../series.js';
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
}

/** One judged period's count. */
interface PeriodCount {
  readonly period: string;
  readonly count: number;
  readonly ok: boolean;
}

interface Tally {
  readonly judged: readonly PeriodCount[];
  /** Periods in the span that have not ended yet. */
  readonly pending: readonly string[];
}

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);

function countIn(events: readonly EventRecord[], from: string, to: string): number {
  // ISO dates order as strings, so a date range is a pair of string comparisons.
  return events.filter((e) => e.date >= from && e.date <= to).length;
}

/** Counts events per period over the span the data and the plan cover (a pure function of the region). */
function tally(spec: FrequencySpec, ctx: EvaluationContext): Tally {
  const region = ctx.region;
  const dataPeriod = parsePeriod(region.period);
  const dataStart = dataPeriod ? periodStart(dataPeriod) : spec.planStart;
  const dataEnd = dataPeriodEnd(region);
  const start = later(spec.planStart, dataStart);
  const end = earlier(earlier(ctx.asOf, dataEnd), spec.planEnd);
  if (end < start) return { judged: [], pending: [] };
  const events = region.events.get(spec.event) ?? [];
  const judged: PeriodCount[] = [];
  const pending: string[] = [];
  for (const label of periodsBetween(start, end, spec.per)) {
    const p = parsePeriod(label);
    if (!p) continue;
    const pEnd = periodEnd(p);
    if (pEnd > ctx.asOf || pEnd > dataEnd) {
      pending.push(label);
      continue;
    }
    const count = countIn(events, later(periodStart(p), start), pEnd);
    judged.push({ period: label, count, ok: count >= spec.min && (spec.max === undefined || count <= spec.max) });
  }
  return { judged, pending };
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
  const observed: ObservedFigure[] = judged.map((c) => ({
    indicator: spec.event,
    period: c.period,
    value: String(c.count),
    unit: '次',
  }));
  const facts = new Map([
    [derivedFact(spec.id, 'periods-ok'), new D(judged.filter((c) => c.ok).length)],
    [derivedFact(spec.id, 'periods-judged'), new D(judged.length)],
  ]);
  return { kind: 'facts', facts, observed, state: counted };
}

/** "2018年第3季度无记录" / "仅1次" / "3次，超过上限2次". */
function missText(spec: FrequencySpec, c: PeriodCount): LocalizedText {
  const name = MESSAGES.periodName(c.period);
  if (spec.max !== undefined && c.count > spec.max) return M.tooMany(name, c.count, spec.max);
  return c.count === 0 ? M.none(name) : M.tooFew(name, c.count, spec.min);
}

function measureFrequency(spec: FrequencySpec, met: boolean, counted: Tally, ctx: EvaluationContext): Measurement {
  const { judged, pending } = counted;
  const ok = judged.filter((c) => c.ok).length;
  const missed = judged.filter((c) => !c.ok);
  const observedText = joinLocalized(
    judged.map((c) => M.count(MESSAGES.periodName(c.period), c.count)),
    PUNCTUATION.list,
  );
  const notes: LocalizedText[] = [];
  // One period judged: its count against the requirement says it all ("1个期间中0个" would only repeat it).
  if (!met && judged.length > 1)
    notes.push(
      M.judged(ok, judged.length),
      M.missed(
        joinLocalized(
          missed.map((c) => missText(spec, c)),
          PUNCTUATION.list,
        ),
      ),
    );
  for (const p of pending) notes.push(M.pending(MESSAGES.periodName(p), ctx.asOf));
  const detail = {
    counts: judged.map((c) => ({ period: c.period, count: c.count, ok: c.ok })),
    judged: judged.length,
    ok,
    missed: missed.map((c) => c.period),
    pending: [...pending],
  };
  const attainment = met ? new D(1) : judged.length === 0 ? new D(0) : new D(ok).div(judged.length);
  // A period that has ended with the wrong count stays wrong: the target can no longer be met.
  const settled =
    !met && missed.length > 0
      ? {
          reason: 'period_missed' as const,
          note: MESSAGES.settled.periodMissed(
            joinLocalized(
              missed.map((c) => MESSAGES.periodName(c.period)),
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
  };
  const condition: EngineLeaf = {
    fact: derivedFact(target.id, 'periods-ok'),
    operator: 'atLeast',
    value: { fact: derivedFact(target.id, 'periods-judged') },
  };
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
