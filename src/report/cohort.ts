/**
 * Cohort evaluation: many regions scored against one rule set together, so that rank targets can rank
 * them and benchmark targets can fall back on the cohort's mean or median (全区平均水平 as the cohort's).
 *
 * Two entry points share one model:
 * - {@link evaluateCohort}: data sets in memory; returns every report, per-target statistics and the
 *   ranking by score.
 * - {@link evaluateCohortStream}: data sets from an async source read twice. The first pass keeps only
 *   the current values of the indicators the targets read (numbers, not data sets); the second
 *   evaluates and yields each report as soon as it is built, keeping only status counts and scores.
 *   The summary (statistics and ranking) is the generator's return value.
 *
 * Statistics are over every region's current value of the target's indicator: count, mean (exact, 10
 * decimals), median, min and max as decimal strings in the indicator's unit, and the count of each
 * status. Neither depends on the order of the regions: sums of decimals are exact and every ordering is
 * by value, then by region id.
 */
import { D, type Dec, decimalString } from '../core/decimal.js';
import { InvalidInputError, inputIssue, jsonPath, ScorecardError } from '../core/errors.js';
import type { Status } from '../evaluation/outcome.js';
import type { CohortView } from '../kinds/contract.js';
import { currentEntry } from '../kinds/gather.js';
import { meanOf, medianOf } from '../kinds/statistics.js';
import { ERROR_MESSAGES, MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { isRegionData, loadDataSet, type RegionData } from '../observations/normalize.js';
import type { CompiledRuleSet } from '../rulesets/load.js';
import type { TargetKind } from '../rulesets/schema.js';
import { checkArguments, evaluate } from './evaluate.js';
import type { Report } from './schema.js';

/** Options for cohort evaluation. */
export interface CohortOptions {
  /** Judge every region as of this ISO date instead of each data set's own as-of date. */
  asOf?: string;
}

/** One target's figures across the cohort. Decimal values are strings in the indicator's unit. */
export interface TargetStatistics {
  readonly target: string;
  readonly kind: TargetKind;
  /** The target's indicator, or null for targets without one (compound, frequency). */
  readonly indicator: string | null;
  readonly unit: string | null;
  /** Regions with a numeric current value of the indicator. */
  readonly count: number;
  readonly mean: string | null;
  readonly median: string | null;
  readonly min: string | null;
  readonly max: string | null;
  readonly statuses: Readonly<Record<Status, number>>;
}

/** A region's place in the cohort by score; regions without a score come last, unranked. */
export interface RankedRegion {
  /** 1 for the best score; equal scores share a rank (1,2,2,4); null without a score. */
  readonly rank: number | null;
  readonly region: string;
  readonly name: string;
  readonly score: string | null;
  readonly grade: string | null;
}

/** Cohort-wide results: statistics per target (rule-set order) and the ranking by score. */
export interface CohortSummary {
  readonly size: number;
  readonly statistics: readonly TargetStatistics[];
  readonly ranking: readonly RankedRegion[];
}

/** The result of {@link evaluateCohort}: each region's report (input order) and the summary. */
export interface CohortResult extends CohortSummary {
  readonly reports: readonly Report[];
}

/** A streamed cohort's source changed between its two passes (a region appeared, vanished or repeated). */
export class CohortSourceError extends ScorecardError {
  readonly code = 'E_COHORT_SOURCE';
  readonly messages: LocalizedText;
  constructor(readonly region: string) {
    const messages = MESSAGES.cohort.sourceChanged(region);
    super(`${messages['zh-Hans']}\n${messages.en}`);
    this.name = 'CohortSourceError';
    this.messages = messages;
  }
}

type CohortValues = Map<string, Array<{ region: string; value: Dec }>>;
type StatusCounts = Array<Record<Status, number>>;
/** A region's score as read from its report, the input of {@link rankByScore}. */
export interface ScoreEntry {
  readonly region: string;
  readonly name: string;
  readonly score: string | null;
  readonly grade: string | null;
}

/** The numeric indicators the targets read: the only values the cohort needs to hold. */
function cohortIndicators(ruleSet: CompiledRuleSet): string[] {
  const ids = new Set<string>();
  for (const t of ruleSet.targets) {
    if (!('indicator' in t.data)) continue;
    if (ruleSet.indicator(t.data.indicator)?.kind !== 'boolean') ids.add(t.data.indicator);
  }
  return [...ids];
}

/** Adds a region's current values of `indicators` to the cohort (mutates `into`, which the caller owns). */
function addValues(into: CohortValues, region: RegionData, indicators: readonly string[]): void {
  for (const id of indicators) {
    const value = currentEntry(region, id)?.value;
    if (value === undefined) continue;
    const list = into.get(id) ?? [];
    into.set(id, list);
    list.push({ region: region.region.id, value });
  }
}

function viewOf(values: CohortValues, size: number): CohortView {
  return { values: (indicator) => values.get(indicator) ?? [], size };
}

function load(ruleSet: CompiledRuleSet, raw: unknown, i: number): RegionData {
  return isRegionData(raw) ? raw : loadDataSet(raw, ruleSet.indicator, `cohort[${i}]`);
}

function duplicateRegion(id: string, i: number): InvalidInputError {
  return new InvalidInputError(
    [inputIssue('E_DUPLICATE_ID', jsonPath([i, 'region', 'id']), ERROR_MESSAGES.expected.uniqueRegion, id)],
    'cohort',
  );
}

function emptyCounts(ruleSet: CompiledRuleSet): StatusCounts {
  return ruleSet.targets.map(() => ({ met: 0, not_met: 0, no_data: 0, not_applicable: 0, not_due: 0 }));
}

/** Adds a report's statuses to the counts (mutates `counts`, which the caller owns). */
function countReport(counts: StatusCounts, report: Report): void {
  report.targets.forEach((t, i) => {
    const row = counts[i];
    if (row) row[t.status] += 1;
  });
}

function scoreEntry(report: Report): ScoreEntry {
  return { region: report.region.id, name: report.region.name, score: report.score, grade: report.grade };
}

/**
 * Count, mean, median, min and max of values, as decimal strings (mean to 10 decimals).
 * @example valueStatistics([D(1), D(2), D(4)]) // { count: 3, mean: '2.3333333333', median: '2', min: '1', max: '4' }
 */
export function valueStatistics(
  values: readonly Dec[],
): Pick<TargetStatistics, 'count' | 'mean' | 'median' | 'min' | 'max'> {
  if (values.length === 0) return { count: 0, mean: null, median: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return {
    count: values.length,
    mean: decimalString(meanOf(values) as Dec, 10),
    median: (medianOf(sorted) as Dec).toString(),
    min: (sorted[0] as Dec).toString(),
    max: (sorted[sorted.length - 1] as Dec).toString(),
  };
}

function statistics(ruleSet: CompiledRuleSet, values: CohortValues, counts: StatusCounts): TargetStatistics[] {
  return ruleSet.targets.map((t, i) => {
    const indicator = 'indicator' in t.data ? t.data.indicator : null;
    const unit = indicator === null ? null : (ruleSet.indicator(indicator)?.unit ?? null);
    const figures = valueStatistics(indicator === null ? [] : (values.get(indicator) ?? []).map((v) => v.value));
    return {
      target: t.id,
      kind: t.kind,
      indicator,
      unit,
      ...figures,
      statuses: { ...(counts[i] as Record<Status, number>) },
    };
  });
}

/**
 * Ranks regions by score, best first; equal scores share the best rank (1,2,2,4) and are listed by
 * region id, so the order is the same whatever order the regions came in. Unscored regions come last.
 */
export function rankByScore(entries: readonly ScoreEntry[]): RankedRegion[] {
  const sorted = [...entries].sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === b.score ? compareIds(a, b) : a.score === null ? 1 : -1;
    return new D(b.score).comparedTo(new D(a.score)) || compareIds(a, b);
  });
  let rank = 0;
  return sorted.map((e, i) => {
    const prev = sorted[i - 1];
    const tied = prev !== undefined && prev.score !== null && e.score !== null && new D(prev.score).eq(new D(e.score));
    if (!tied) rank = i + 1;
    return { rank: e.score === null ? null : rank, region: e.region, name: e.name, score: e.score, grade: e.grade };
  });
}

function compareIds(a: ScoreEntry, b: ScoreEntry): number {
  return a.region < b.region ? -1 : a.region > b.region ? 1 : 0;
}

/**
 * Scores many regions against one rule set in one call: validates each data set (or takes one already
 * returned by `loadDataSet`), builds the cohort's current values for rank targets and cohort
 * benchmarks, evaluates every region with that cohort, and summarises. Region ids must be unique.
 * Throws {@link InvalidInputError} for an invalid data set (file `cohort[i]`) or a repeated region id.
 * @example const { reports, statistics, ranking } = evaluateCohort(ruleSet, dataSets)
 */
export function evaluateCohort(
  ruleSet: CompiledRuleSet,
  dataSets: readonly unknown[],
  options: CohortOptions = {},
): CohortResult {
  checkArguments(ruleSet, options);
  if (!Array.isArray(dataSets))
    throw new InvalidInputError(
      [inputIssue('E_SCHEMA', '$', ERROR_MESSAGES.expected.type.array, typeof dataSets)],
      'cohort',
    );
  const regions = dataSets.map((raw, i) => load(ruleSet, raw, i));
  const seen = new Set<string>();
  regions.forEach((r, i) => {
    if (seen.has(r.region.id)) throw duplicateRegion(r.region.id, i);
    seen.add(r.region.id);
  });
  const indicators = cohortIndicators(ruleSet);
  const values: CohortValues = new Map();
  for (const r of regions) addValues(values, r, indicators);
  const cohort = viewOf(values, regions.length);
  const reports = regions.map((r) => evaluate(ruleSet, r, { ...options, cohort }));
  const counts = emptyCounts(ruleSet);
  for (const report of reports) countReport(counts, report);
  return {
    reports,
    size: regions.length,
    statistics: statistics(ruleSet, values, counts),
    ranking: rankByScore(reports.map(scoreEntry)),
  };
}

/**
 * Scores a large cohort with bounded memory. `source` is called twice and must yield the same data
 * sets both times (a file reader, a database cursor): the first pass keeps only the indicator values
 * ranks and cohort statistics need, the second evaluates and yields each region's report in source
 * order. The summary is the generator's return value (a `for await` loop discards it; call `next()`
 * until `done` to get it). Throws {@link CohortSourceError} when the passes differ.
 * @example
 * const run = evaluateCohortStream(ruleSet, () => readDataSets(dir));
 * let step = await run.next();
 * for (; !step.done; step = await run.next()) write(step.value);
 * const { statistics, ranking } = step.value;
 */
export async function* evaluateCohortStream(
  ruleSet: CompiledRuleSet,
  source: () => AsyncIterable<unknown>,
  options: CohortOptions = {},
): AsyncGenerator<Report, CohortSummary, undefined> {
  checkArguments(ruleSet, options);
  const indicators = cohortIndicators(ruleSet);
  const values: CohortValues = new Map();
  const seen = new Set<string>();
  let i = 0;
  for await (const raw of source()) {
    const region = load(ruleSet, raw, i);
    if (seen.has(region.region.id)) throw duplicateRegion(region.region.id, i);
    seen.add(region.region.id);
    addValues(values, region, indicators);
    i += 1;
  }
  const cohort = viewOf(values, seen.size);
  const counts = emptyCounts(ruleSet);
  const scores: ScoreEntry[] = [];
  const done = new Set<string>();
  i = 0;
  for await (const raw of source()) {
    const region = load(ruleSet, raw, i);
    i += 1;
    if (!seen.has(region.region.id) || done.has(region.region.id)) throw new CohortSourceError(region.region.id);
    done.add(region.region.id);
    const report = evaluate(ruleSet, region, { ...options, cohort });
    countReport(counts, report);
    scores.push(scoreEntry(report));
    yield report;
  }
  const absent = [...seen].find((id) => !done.has(id));
  if (absent !== undefined) throw new CohortSourceError(absent);
  return { size: seen.size, statistics: statistics(ruleSet, values, counts), ranking: rankByScore(scores) };
}
