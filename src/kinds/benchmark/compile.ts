/**
 * Benchmark targets: 不低于全区平均水平 / 高于全区平均水平 / 低于全国平均水平 / 达到市政府目标责任考核要求.
 *
 * The region's current value is compared with the data set's benchmark figure `{ id: target.benchmark,
 * indicator }` for the data set's own period, strictly or inclusively as the comparison word says
 * (高于 = `more_than`: equal is not met; 不低于 = `at_least`: equal is met). A figure for another period
 * does not stand in. When the data give no figure, `cohortFallback` is set and the region is scored in a
 * cohort, the cohort's mean or median of the indicator (every region with a current value, this one
 * included) is the benchmark, and the notes say so. Otherwise the target has no data, never a pass.
 *
 * Facts: `<id>:value` and `<id>:benchmark`; the condition compares the first with the second (a
 * json-rules-engine fact reference). Attainment and gap are those of the threshold kinds. With a
 * tolerance (接近全省平均水平) the value is compared with `<id>:bound`, the benchmark moved by the
 * tolerance towards the strict side, and the gap is to that bound.
 */
import { type Dec, plainString } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { quantityTexts, quantityTextsOfPlain } from '../../core/unit-format.js';
import type { Unit } from '../../core/units.js';
import type { Indicator } from '../../indicators/schema.js';
import { ERROR_MESSAGES, MESSAGES } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type {
  EvaluationContext,
  Gathered,
  KindCompiler,
  Measurement,
  MissingItem,
  ObservedFigure,
} from '../contract.js';
import { currentEntry, derivedFact, missingFor, observedFigure } from '../gather.js';
import { indicatorUnit, requireIndicator, requireNumericIndicator } from '../indicator-checks.js';
import { measureComparison, measurementOf } from '../measurement.js';
import type { FactValue } from '../operators.js';
import { COMPARISON_OPERATORS, type OperatorName } from '../operators.js';
import { periodNameOf } from '../series.js';
import { meanOf, medianOf } from '../statistics.js';
import { THRESHOLD_MESSAGES } from '../threshold/messages.js';
import {
  compileTolerance,
  type ToleranceSpec,
  toleranceAmount,
  toleranceDetail,
  toleranceNote,
  toleranceText,
} from '../tolerance.js';
import { BENCHMARK_MESSAGES } from './messages.js';
import type { BenchmarkTarget } from './schema.js';

/** What one benchmark target needs, fixed at compile time. */
interface BenchmarkSpec {
  readonly id: string;
  readonly indicator: Indicator;
  readonly unit: Unit;
  readonly operator: OperatorName;
  readonly benchmark: string;
  readonly name: LocalizedText;
  readonly fallback?: 'mean' | 'median';
  /** 接近: how far on the strict side of the benchmark still counts. */
  readonly tolerance?: ToleranceSpec;
  /** The facts' names: `<id>:value`, `<id>:benchmark` and, with a tolerance, `<id>:bound`. */
  readonly facts: { readonly value: string; readonly benchmark: string; readonly bound: string };
}

/**
 * The benchmark figure found for a region, with where it came from. Gathering finds it and hands it to
 * `measure` as the gathered state, so it is looked up once per region; its note is worded only there.
 */
interface ResolvedBenchmark {
  readonly value: Dec;
  readonly source: 'data' | 'cohort-mean' | 'cohort-median';
  readonly figure: ObservedFigure;
  /** How many regions the cohort's figure is of (0 for the data's own figure). */
  readonly regions: number;
}

/** "全区平均水平（2018年）为96%", or the cohort's figure standing in for it. */
function benchmarkNote(spec: BenchmarkSpec, resolved: ResolvedBenchmark, period: string): LocalizedText {
  // The figure printed the value in full for the report: its texts need not print it again.
  const quantity = quantityTextsOfPlain(resolved.value, resolved.figure.value as string, spec.unit);
  if (resolved.source === 'data') return BENCHMARK_MESSAGES.value(spec.name, periodNameOf(period), quantity);
  return BENCHMARK_MESSAGES.cohort(resolved.source === 'cohort-mean' ? 'mean' : 'median', resolved.regions, quantity);
}

function fromData(spec: BenchmarkSpec, ctx: EvaluationContext): ResolvedBenchmark | undefined {
  const period = ctx.region.period;
  const entry = ctx.region.benchmarks
    .get(spec.benchmark)
    ?.get(spec.indicator.id)
    ?.find((b) => b.period === period);
  if (!entry) return undefined;
  // Optional keys assigned only when present, as observedFigure does: one shape, no spread.
  const figure: { -readonly [K in keyof ObservedFigure]: ObservedFigure[K] } = {
    indicator: spec.indicator.id,
    period,
    value: plainString(entry.value),
    unit: spec.indicator.unit,
    benchmark: spec.benchmark,
  };
  if (entry.provenance) figure.provenance = entry.provenance;
  return { value: entry.value, source: 'data', figure, regions: 0 };
}

function fromCohort(spec: BenchmarkSpec, ctx: EvaluationContext): ResolvedBenchmark | undefined {
  if (!spec.fallback || !ctx.cohort) return undefined;
  const column = ctx.cohort.column?.(spec.indicator.id);
  const values = column ? undefined : (ctx.cohort.values?.(spec.indicator.id) ?? []).map((v) => v.value);
  const count = column ? column.count : (values?.length ?? 0);
  const mean = spec.fallback === 'mean';
  const value = column
    ? mean
      ? column.mean()
      : column.median()
    : mean
      ? meanOf(values ?? [])
      : medianOf(values ?? []);
  if (value === undefined) return undefined;
  const source = spec.fallback === 'mean' ? 'cohort-mean' : 'cohort-median';
  const figure: ObservedFigure = {
    indicator: spec.indicator.id,
    period: ctx.region.period,
    value: plainString(value),
    unit: spec.indicator.unit,
    benchmark: source,
  };
  return { value, source, figure, regions: count };
}

/** The data's own figure for the period first; the cohort's only when the data have none. */
function resolveBenchmark(spec: BenchmarkSpec, ctx: EvaluationContext): ResolvedBenchmark | undefined {
  return fromData(spec, ctx) ?? fromCohort(spec, ctx);
}

function gatherBenchmark(spec: BenchmarkSpec, ctx: EvaluationContext): Gathered {
  const entry = currentEntry(ctx.region, spec.indicator.id);
  if (entry?.notApplicable !== undefined)
    return { kind: 'not_applicable', reason: entry.notApplicable, indicator: spec.indicator.id };
  const bench = resolveBenchmark(spec, ctx);
  const missing: MissingItem[] = [];
  const observed: ObservedFigure[] = [];
  if (entry?.value === undefined) missing.push(missingFor(spec.indicator.id, ctx.region.period));
  else observed.push(observedFigure(entry, spec.indicator));
  if (!bench)
    missing.push({
      indicator: spec.indicator.id,
      what: BENCHMARK_MESSAGES.missing(spec.name, periodNameOf(ctx.region.period)),
    });
  else observed.push(bench.figure);
  if (missing.length > 0 || !bench || entry?.value === undefined) return { kind: 'no_data', missing, observed };
  const facts = new Map<string, FactValue>();
  facts.set(spec.facts.value, entry.value);
  facts.set(spec.facts.benchmark, bench.value);
  if (spec.tolerance) facts.set(spec.facts.bound, toleratedBound(spec, spec.tolerance, bench.value));
  return { kind: 'facts', facts, observed, state: bench };
}

/** The benchmark moved by the tolerance towards the comparison's strict side: 96.5 − 2 for 不低于, 35 + 2 for 低于. */
function toleratedBound(spec: BenchmarkSpec, tolerance: ToleranceSpec, bench: Dec): Dec {
  const amount = toleranceAmount(tolerance, bench, spec.unit);
  return spec.operator === 'atLeast' || spec.operator === 'moreThan' ? bench.minus(amount) : bench.plus(amount);
}

function measureBenchmark(
  spec: BenchmarkSpec,
  value: Dec,
  bench: Dec,
  met: boolean,
  ctx: EvaluationContext,
  resolved: ResolvedBenchmark | undefined,
): Measurement {
  const bound = spec.tolerance ? toleratedBound(spec, spec.tolerance, bench) : bench;
  const m = measureComparison(spec.operator, value, bound, met, spec.unit, quantityTexts(value, spec.unit));
  const period = ctx.region.period;
  const detail: Record<string, unknown> = {
    // The figure gathered prints the same Decimal: its string serves the detail too.
    benchmark: {
      id: spec.benchmark,
      source: resolved?.source ?? 'data',
      period,
      value: resolved ? resolved.figure.value : plainString(bench),
    },
  };
  const notes = resolved ? [benchmarkNote(spec, resolved, period)] : [];
  if (spec.tolerance) {
    const amount = toleranceAmount(spec.tolerance, bench, spec.unit);
    notes.push(toleranceNote(spec.tolerance, amount, spec.unit));
    detail.tolerance = { ...toleranceDetail(spec.tolerance, amount, spec.unit), bound: plainString(bound) };
  }
  for (const note of m.notes) notes.push(note);
  return measurementOf({
    attainment: m.attainment,
    gap: m.gap,
    gapUnit: m.gapUnit,
    observedText: m.observedText,
    gapText: m.gapText,
    notes,
    settled: m.settled,
    detail,
    attainmentText: m.attainmentText,
  });
}

/** 不低于/高于全区平均水平, 低于全国平均水平: the current value against a named benchmark figure. */
export const compileBenchmark: KindCompiler<BenchmarkTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericIndicator(indicator, ctx)) return undefined;
  const name = ctx.names ? ctx.names.benchmark(target.benchmark) : MESSAGES.benchmark.name(target.benchmark);
  if (!name) {
    // A text never shows a raw id: a benchmark the library does not name needs the rule set's name.
    ctx.issues.push(
      inputIssue('E_SCHEMA', `${ctx.path}.benchmark`, ERROR_MESSAGES.expected.namedBenchmark, target.benchmark),
    );
    return undefined;
  }
  const tolerance = compileTolerance(target.tolerance, ctx, indicatorUnit(indicator), 'benchmark');
  if (tolerance === null) return undefined;
  const spec: BenchmarkSpec = {
    id: target.id,
    indicator,
    unit: indicatorUnit(indicator),
    operator: COMPARISON_OPERATORS[target.comparison],
    benchmark: target.benchmark,
    name,
    ...(target.cohortFallback ? { fallback: target.cohortFallback } : {}),
    ...(tolerance ? { tolerance } : {}),
    facts: {
      value: derivedFact(target.id, 'value'),
      benchmark: derivedFact(target.id, 'benchmark'),
      bound: derivedFact(target.id, 'bound'),
    },
  };
  const valueFact = spec.facts.value;
  const benchFact = spec.facts.benchmark;
  // With a tolerance the value is compared with the benchmark moved by it, a fact gathered per region.
  const against = tolerance ? spec.facts.bound : benchFact;
  const condition: EngineLeaf = { fact: valueFact, operator: spec.operator, value: { fact: against } };
  const requirement = MESSAGES.requirement[target.comparison](spec.name);
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: tolerance ? THRESHOLD_MESSAGES.tolerance.within(requirement, toleranceText(tolerance)) : requirement,
    unit: spec.unit,
    // The gap is to the benchmark figure, in the indicator's unit; the figure moves, so there is no fixed full-marks value.
    capabilities: { direction: null, gap: true, fullMarks: null },
    gather: (c) => gatherBenchmark(spec, c),
    measure: (facts, met, c, state) =>
      measureBenchmark(spec, facts(valueFact) as Dec, facts(benchFact) as Dec, met, c, state as ResolvedBenchmark),
  };
};
