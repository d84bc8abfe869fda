/**
 * Trend targets: 逐年提升, 连续3年保持增长, 持续下降, 显著减少 — change against the previous period.
 *
 * The rule, fixed here because the documents leave it implicit:
 * - The series is the indicator's observations by period label, in the target's granularity (data of
 *   another granularity do not match, so the target has no data).
 * - The last point is the earlier of the window's last period (`window.to`, default: the period
 *   containing the plan end) and the region's current period (the one containing the earlier of the
 *   as-of date and the end of the data set's period).
 * - Without `consecutive` (逐年): every period of the window from `window.from` (default: the period
 *   containing the plan start) up to the last point is one step, judged against the period before it.
 *   The step into the window's first period counts too, so the period before the window is required:
 *   "逐年提升" in a 2016–2020 plan means 2016 better than 2015, 2017 better than 2016, and so on, and a
 *   one-year plan has exactly one step. A window that has not started yet has no data.
 * - With `consecutive: N` (连续N年): the last N steps ending at the last point, so N+1 values, whether or
 *   not they reach back before the window.
 * - A step is achieved when it goes the stated direction: strictly (`strict`) or not worse; with
 *   `minChange` only when the change is at least that large as well.
 * - A value at its bound cannot move further: a rate cannot rise above 100%, and nothing counted or
 *   measured falls below 0. A step that holds at that bound (100% in both periods for a rise, 0 in
 *   both for a fall) is achieved, whatever `strict` and `minChange` say, and the explanation says so.
 *   Leaving the bound (100% then 99%) is a step the wrong way like any other.
 * - Every value the rule needs must be present: one missing period gives no_data, never a pass, unless
 *   a step between two present values is already broken and the deadline will still judge it (any step
 *   under 逐年, one of the last N steps of the window under 连续N年): then no missing value can repair
 *   it and the target is settled not_met. The last point declared not applicable makes the target not
 *   applicable; an earlier one is a missing value.
 *
 * Facts: `<id>:achieved` (steps achieved) and `<id>:required` (steps judged); the condition is
 * achieved ≥ required (≥ N with `consecutive`). Attainment is achieved / required; the notes name the
 * first period that broke the streak and by how much. There is no gap figure: a trend has no threshold
 * in a unit of its own, so the shortfall is in the attainment and the notes (the change of every step is
 * in `detail.steps`).
 */
import { compared, type Dec, ONE, plainString, toDecimal, ZERO } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { type Granularity, parsePeriod, periodContaining } from '../../core/periods.js';
import { difference } from '../../core/scaled.js';
import { formatGap, gapTexts, quantityTexts, quantityTextsOfPlain } from '../../core/unit-format.js';
import { convertValue, parseUnit, type Unit } from '../../core/units.js';
import type { Indicator } from '../../indicators/schema.js';
import { ERROR_MESSAGES, MESSAGES, PUNCTUATION, perLocale } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import type { RegionData } from '../../observations/normalize.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type {
  CompileContext,
  EvaluationContext,
  Gathered,
  KindCompiler,
  Measurement,
  MissingItem,
  ObservedFigure,
} from '../contract.js';
import { derivedFact, missingFor, observedFigure } from '../gather.js';
import { indicatorUnit, requireIndicator, requireNumericIndicator, requireUnit } from '../indicator-checks.js';
import { measurementOf } from '../measurement.js';
import type { FactValue } from '../operators.js';
import { compareLabels, currentPeriodOf, keptPerDates, labelsBetween, periodNameOf, shiftPeriod } from '../series.js';
import { countDec, countShare } from '../statistics.js';
import { TREND_MESSAGES } from './messages.js';
import type { TrendTarget } from './schema.js';

const E = ERROR_MESSAGES.expected;
const M = TREND_MESSAGES;

/** Everything the evaluation of one trend target needs, fixed at compile time. */
export interface TrendSpec {
  readonly id: string;
  readonly indicator: Indicator;
  readonly unit: Unit;
  readonly direction: 'increase' | 'decrease';
  readonly strict: boolean;
  readonly consecutive?: number;
  readonly granularity: Granularity;
  readonly from: string;
  readonly to: string;
  /** In the indicator's unit. */
  readonly minChange?: Dec;
  readonly minChangeText?: LocalizedText;
  /** The value the stated direction cannot pass (100% for a rising rate, 0 for a fall), in the indicator's unit. */
  readonly bound?: Dec;
}

/** What the compiler fixes beside the spec for the per-region loop. */
interface TrendPlan {
  readonly spec: TrendSpec;
  /** Under 连续N年, the label N periods before the window's end: a broken step after it is broken for good. */
  readonly streakStart?: string;
  /** The facts' names, `<id>:achieved` and `<id>:required`. */
  readonly achievedFact: string;
  readonly requiredFact: string;
}

/** One value of the series, with its decimal string (as its observed figure prints it). */
interface Point {
  readonly period: string;
  readonly value: Dec;
  readonly text: string;
}

/** One period-on-period change. */
interface Step {
  readonly period: string;
  readonly previous: Point;
  readonly value: Point;
  /** `value − previous`, signed as the data move (not as the target wants them to). */
  readonly raw: Dec;
  /** Whether it moved the stated direction (strictly under `strict`), whatever its size. */
  readonly directionOk: boolean;
  readonly achieved: boolean;
  /** Held at the bound in both periods, so achieved although it could not move. */
  readonly atBound: boolean;
}

type Analysis =
  | {
      readonly kind: 'steps';
      /** The values read, in period order (with gaps where a value is missing but the verdict is settled). */
      readonly points: readonly Point[];
      /** The steps between adjacent periods that both have a value. */
      readonly steps: readonly Step[];
      /** How many of `steps` are achieved. */
      readonly achieved: number;
      /** Steps the rule judges: `steps.length` with every value present, more when some are missing. */
      readonly required: number;
      readonly observed: readonly ObservedFigure[];
      /** Values missing although a step already broken for good settles the verdict without them. */
      readonly missing?: readonly MissingItem[];
    }
  | { readonly kind: 'no_data'; readonly missing: readonly MissingItem[]; readonly observed: readonly ObservedFigure[] }
  | { readonly kind: 'not_applicable'; readonly reason: string };

/** The labels whose values the rule needs (the first is the base of the first step), or undefined before the window. */
function neededPeriods(spec: TrendSpec, current: string): string[] | undefined {
  const last = compareLabels(current, spec.to) < 0 ? current : spec.to;
  if (spec.consecutive !== undefined) return labelsBetween(shiftPeriod(last, -spec.consecutive), last);
  if (compareLabels(last, spec.from) < 0) return undefined;
  return labelsBetween(shiftPeriod(spec.from, -1), last);
}

/**
 * The bound a trend cannot pass: a rate's 100% when it must rise, 0 when a non-negative quantity must
 * fall; none for an index or a ratio, which have no natural edge.
 */
function boundOf(indicator: Indicator, direction: TrendSpec['direction']): Dec | undefined {
  if (direction === 'increase')
    return indicator.kind === 'rate'
      ? convertValue(ONE, parseUnit('fraction') as Unit, indicatorUnit(indicator))
      : undefined;
  return ['rate', 'count', 'amount', 'concentration'].includes(indicator.kind) ? ZERO : undefined;
}

/** Whether a change `raw` (signed as the data move) goes the stated direction: strictly, or at least not the other way. */
function directionOf(spec: TrendSpec, raw: Dec): boolean {
  const sign = raw.isZero() ? 0 : raw.isPositive() ? 1 : -1;
  const toward = spec.direction === 'increase' ? sign : -sign;
  return spec.strict ? toward > 0 : toward >= 0;
}

/** Whether a change that goes the stated direction is also at least `minChange` that way. */
function largeEnough(spec: TrendSpec, raw: Dec): boolean {
  if (spec.minChange === undefined) return true;
  return (spec.direction === 'increase' ? raw : raw.negated()).gte(spec.minChange);
}

/** The step from one period's value to the next period's. */
function stepOf(spec: TrendSpec, previous: Point, value: Point): Step {
  const raw = difference(value.value, previous.value);
  const directionOk = directionOf(spec, raw);
  const atBound =
    spec.bound !== undefined && compared(previous.value, spec.bound) === 0 && compared(value.value, spec.bound) === 0;
  const achieved = atBound || (directionOk && largeEnough(spec, raw));
  return { period: value.period, previous, value, raw, directionOk, achieved, atBound };
}

/** The labels a trend needs for one region (undefined before its window), from dates alone, not values. */
export function trendWindowUncached(
  spec: TrendSpec,
  region: Pick<RegionData, 'period' | 'asOf'>,
  asOf: string,
): readonly string[] | undefined {
  return neededPeriods(spec, currentPeriodOf(region, asOf, spec.granularity));
}

// Every region of a data set shares its period and as-of date, so a trend's window is parsed, shifted and
// listed once per target and date pair instead of once per region (the labels are only read, never changed).
/** {@link trendWindowUncached}, kept per compiled trend target and (period, as-of) pair. */
export const trendWindow: (
  spec: TrendSpec,
  region: Pick<RegionData, 'period' | 'asOf'>,
  asOf: string,
) => readonly string[] | undefined = keptPerDates(trendWindowUncached);

/**
 * Reads the series the rule needs and turns it into steps (a pure function of the region's data). The
 * window's labels are consecutive, so two values are a step exactly when their labels are adjacent in it.
 */
function analyse(plan: TrendPlan, ctx: EvaluationContext): Analysis {
  const spec = plan.spec;
  const periods = trendWindow(spec, ctx.region, ctx.asOf);
  const id = spec.indicator.id;
  if (!periods)
    return {
      kind: 'no_data',
      missing: [{ indicator: id, what: M.notStarted(periodNameOf(spec.from)) }],
      observed: [],
    };
  const series = ctx.region.facts.get(id);
  const lastEntry = series?.get(periods[periods.length - 1] as string);
  if (lastEntry?.notApplicable !== undefined) return { kind: 'not_applicable', reason: lastEntry.notApplicable };
  const points: Point[] = [];
  const observed: ObservedFigure[] = [];
  const missing: MissingItem[] = [];
  const steps: Step[] = [];
  let achieved = 0;
  let broken = false;
  let previous: Point | undefined;
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i] as string;
    const entry = series?.get(period);
    if (entry?.value === undefined) {
      missing.push(missingFor(id, period));
      previous = undefined;
      continue;
    }
    const figure = observedFigure(entry, spec.indicator);
    observed.push(figure);
    // The figure prints the value's decimal string unless the entry is a flag or a rank: reuse it then.
    const text = entry.flag === undefined && !entry.rank ? (figure.value as string) : entry.value.toString();
    const point: Point = { period, value: entry.value, text };
    points.push(point);
    if (previous !== undefined) {
      const step = stepOf(spec, previous, point);
      steps.push(step);
      if (step.achieved) achieved += 1;
      else if (!broken) broken = isPermanentBreak(plan, step);
    }
    previous = point;
  }
  const required = periods.length - 1;
  if (missing.length === 0) return { kind: 'steps', points, steps, achieved, required, observed };
  // A missing value cannot repair a step that is already broken and still needed at the deadline.
  if (broken) return { kind: 'steps', points, steps, achieved, required, observed, missing };
  return { kind: 'no_data', missing, observed };
}

/**
 * Whether a step is broken and the deadline's judgement still includes it, so nothing can repair it:
 * under 逐年 every step of the window counts; under 连续N年 the last N steps ending at the window's end.
 */
function isPermanentBreak(plan: TrendPlan, step: Step): boolean {
  if (step.achieved) return false;
  if (plan.streakStart === undefined) return true;
  return compareLabels(step.period, plan.streakStart) > 0;
}

function gatherTrend(plan: TrendPlan, ctx: EvaluationContext): Gathered {
  const a = analyse(plan, ctx);
  if (a.kind === 'not_applicable')
    return { kind: 'not_applicable', reason: a.reason, indicator: plan.spec.indicator.id };
  if (a.kind === 'no_data') return a;
  const facts = new Map<string, FactValue>();
  facts.set(plan.achievedFact, countDec(a.achieved));
  facts.set(plan.requiredFact, countDec(a.required));
  if (a.missing) return { kind: 'facts', facts, observed: a.observed, state: a, missing: a.missing };
  return { kind: 'facts', facts, observed: a.observed, state: a };
}

/** "2017年较上年下降0.3个百分点" (plus "，不足要求的…" when only the size fell short). */
function stepText(spec: TrendSpec, step: Step): LocalizedText {
  const raw = step.raw;
  const move = raw.isZero() ? 'flat' : raw.isPositive() ? 'up' : 'down';
  const size = gapTexts(raw.abs(), spec.unit);
  const text = M.step(periodNameOf(step.period), spec.granularity === 'year', move, size, counted(spec));
  if (!step.directionOk || !spec.minChangeText) return text;
  const below = M.belowMinChange(spec.minChangeText);
  return perLocale((l) => `${text[l]}${below[l]}`);
}

/** A step as the report's detail lists it; `atBound` only where set, assigned rather than spread in. */
function stepDetail(s: Step): Record<string, unknown> {
  const detail: Record<string, unknown> = {
    period: s.period,
    previous: s.previous.text,
    value: s.value.text,
    change: plainString(s.raw),
    achieved: s.achieved,
  };
  if (s.atBound) detail.atBound = true;
  return detail;
}

/** The series as observed, "2016年95%、2017年96%", joined as it is written (no array of parts per locale). */
function seriesText(spec: TrendSpec, points: readonly Point[]): LocalizedText {
  let hans = '';
  let hant = '';
  let en = '';
  const sep = PUNCTUATION.list;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    const name = periodNameOf(p.period);
    // A point's text is its plain spelling, printed once for the observed figure.
    const q = quantityTextsOfPlain(p.value, p.text, spec.unit);
    if (i > 0) {
      hans += sep['zh-Hans'];
      hant += sep['zh-Hant'];
      en += sep.en;
    }
    const point = M.point(name, q);
    hans += point['zh-Hans'];
    hant += point['zh-Hant'];
    en += point.en;
  }
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
}

function measureTrend(plan: TrendPlan, met: boolean, a: Analysis): Measurement {
  const spec = plan.spec;
  const steps = a.kind === 'steps' ? a.steps : [];
  const points = a.kind === 'steps' ? a.points : [];
  const required = a.kind === 'steps' ? a.required : 0;
  const achieved = a.kind === 'steps' ? a.achieved : 0;
  const observedText = seriesText(spec, points);
  const stepDetails: Array<Record<string, unknown>> = new Array(steps.length);
  const held: LocalizedText[] = [];
  let firstBreak: Step | undefined;
  let permanent: Step | undefined;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i] as Step;
    stepDetails[i] = stepDetail(s);
    if (!s.achieved) {
      firstBreak ??= s;
      if (!permanent && isPermanentBreak(plan, s)) permanent = s;
    }
    if (s.atBound)
      held.push(
        M.heldAtBound(
          periodNameOf(s.period),
          spec.granularity === 'year',
          quantityTexts(s.value.value, spec.unit),
          spec.direction,
        ),
      );
  }
  const detail = { steps: stepDetails, achieved, required, firstBreak: firstBreak?.period ?? null };
  if (met || !firstBreak) return measurementOf({ attainment: met ? ONE : ZERO, observedText, notes: held, detail });
  const attainment = countShare(achieved, required);
  // With one step the break is the whole story; "1期中0期" would only repeat it.
  const broken = stepText(spec, firstBreak);
  const notes = required > 1 ? [M.achieved(achieved, required), M.brokenAt(broken)] : [broken];
  for (const note of held) notes.push(note);
  // Under 逐年 every step counts, so a broken one cannot be repaired later; a 连续N年 streak can
  // restart, unless the break lies within the last N steps the deadline will judge.
  const settled = permanent
    ? { reason: 'streak_broken' as const, note: MESSAGES.settled.streakBroken(periodNameOf(permanent.period)) }
    : undefined;
  return measurementOf({ attainment, observedText, notes, detail, settled });
}

/** Whether the indicator counts things (incidents, enterprises), which 增加/减少 rather than 提高/下降. */
function counted(spec: TrendSpec): boolean {
  return spec.indicator.kind === 'count';
}

function requirementOf(spec: TrendSpec): LocalizedText {
  const verb = (counted(spec) ? M.countVerb : M.verb)[spec.direction][spec.strict ? 'strict' : 'loose'];
  const base =
    spec.consecutive !== undefined
      ? M.requirementConsecutive(verb, M.periods[spec.granularity](spec.consecutive))
      : spec.from === spec.to
        ? M.requirementOnce(verb, MESSAGES.periodName(spec.to), spec.granularity === 'year')
        : M.requirementEvery(
            verb,
            M.every[spec.granularity],
            MESSAGES.periodName(spec.from),
            MESSAGES.periodName(spec.to),
          );
  if (!spec.minChangeText) return base;
  const extra = M.minChange(spec.minChangeText);
  return perLocale((l) => `${base[l]}${extra[l]}`);
}

/** Checks a window label: well formed and of the target's granularity. */
function windowLabel(label: string, granularity: Granularity, ctx: CompileContext, field: string): string | undefined {
  const period = parsePeriod(label);
  if (!period) {
    ctx.issues.push(inputIssue('E_BAD_PERIOD', `${ctx.path}.window.${field}`, E.periodLabel, label));
    return undefined;
  }
  if (period.granularity !== granularity) {
    ctx.issues.push(
      inputIssue('E_MIXED_GRANULARITY', `${ctx.path}.window.${field}`, E.periodOfGranularity(granularity), label),
    );
    return undefined;
  }
  return label;
}

/** The window: as declared, or the periods containing the plan's start and end. */
function windowOf(target: TrendTarget, ctx: CompileContext): { from: string; to: string } | undefined {
  const g = target.granularity;
  if (!target.window) return { from: periodContaining(ctx.plan.start, g), to: periodContaining(ctx.plan.end, g) };
  const from = windowLabel(target.window.from, g, ctx, 'from');
  const to = windowLabel(target.window.to, g, ctx, 'to');
  if (!from || !to) return undefined;
  if (compareLabels(to, from) < 0) {
    ctx.issues.push(inputIssue('E_BAD_RANGE', `${ctx.path}.window.to`, E.notBefore(from), to));
    return undefined;
  }
  return { from, to };
}

/** The least change that counts, in the indicator's unit, with its text in the target's unit. */
function minChangeOf(
  target: TrendTarget,
  indicator: Indicator,
  ctx: CompileContext,
): { value?: Dec; text?: LocalizedText } | undefined {
  if (!target.minChange) return {};
  const unit = requireUnit(target.minChange.unit, indicator, ctx, 'minChange.unit');
  if (!unit) return undefined;
  const given = toDecimal(target.minChange.value);
  if (given.isNegative()) {
    ctx.issues.push(
      inputIssue('E_NEGATIVE_VALUE', `${ctx.path}.minChange.value`, E.nonNegativeNumber, target.minChange.value),
    );
    return undefined;
  }
  return {
    value: convertValue(given, unit, indicatorUnit(indicator)),
    text: perLocale((l) => formatGap(given, unit, l)),
  };
}

/** 逐年提升 / 连续3年保持增长 / 持续下降: see the module comment for the rule. */
export const compileTrend: KindCompiler<TrendTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericIndicator(indicator, ctx)) return undefined;
  const window = windowOf(target, ctx);
  const minChange = minChangeOf(target, indicator, ctx);
  if (!window || !minChange) return undefined;
  const bound = boundOf(indicator, target.direction);
  const spec: TrendSpec = {
    id: target.id,
    indicator,
    unit: indicatorUnit(indicator),
    direction: target.direction,
    strict: target.strict,
    granularity: target.granularity,
    ...window,
    ...(target.consecutive !== undefined ? { consecutive: target.consecutive } : {}),
    ...(minChange.value ? { minChange: minChange.value } : {}),
    ...(minChange.text ? { minChangeText: minChange.text } : {}),
    ...(bound ? { bound } : {}),
  };
  const achieved = derivedFact(target.id, 'achieved');
  const required = derivedFact(target.id, 'required');
  const plan: TrendPlan = {
    spec,
    achievedFact: achieved,
    requiredFact: required,
    ...(spec.consecutive !== undefined ? { streakStart: shiftPeriod(spec.to, -spec.consecutive) } : {}),
  };
  const condition: EngineLeaf =
    spec.consecutive !== undefined
      ? { fact: achieved, operator: 'atLeast', value: String(spec.consecutive) }
      : { fact: achieved, operator: 'atLeast', value: { fact: required } };
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: requirementOf(spec),
    unit: spec.unit,
    // No threshold and no gap in a unit: the shortfall is in the attainment (steps achieved).
    capabilities: { direction: null, gap: false, fullMarks: null },
    gather: (c) => gatherTrend(plan, c),
    measure: (_facts, met, _ctx, state) => measureTrend(plan, met, state as Analysis),
  };
};
