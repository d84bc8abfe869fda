/**
 * Cohort evaluation: many regions scored against one rule set together, so that rank targets can rank
 * them and benchmark targets can fall back on the cohort's mean or median (全区平均水平 as the cohort's).
 *
 * Two entry points share one model:
 * - {@link evaluateCohort}: data sets in memory; returns every report, per-target statistics and the
 *   ranking by score.
 * - {@link evaluateCohortStream}: data sets from an async source read twice. The first pass keeps only
 *   the current values of the indicators the targets read, in typed arrays (see `cohort-column.ts`),
 *   and the region ids, in typed arrays too (see `cohort-ids.ts`); the second evaluates and yields
 *   each report as soon as it is built, keeping only status counts and the best {@link RANKING_LIMIT}
 *   scores. The summary (statistics and ranking) is the generator's return value. Memory: about 40
 *   bytes a region for a short id and one value, outside the JS heap, and no per-region JS object
 *   kept across the passes (`bench/stream.mjs`, README "Limits and memory").
 *
 * Ranks and statistics are exact: each indicator's values are sorted once per cohort and a rank target
 * finds a region's place by binary search (O(N log N) for the cohort, not O(N²)).
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
import { ERROR_MESSAGES, MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { isRegionData, loadDataSet, type RegionData } from '../observations/normalize.js';
import type { CompiledRuleSet } from '../rulesets/load.js';
import type { TargetKind } from '../rulesets/schema.js';
import { type ColumnBuilder, columnBuilder, type SortedColumn } from './cohort-column.js';
import { regionIdSet } from './cohort-ids.js';
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
  /**
   * Present only when a streamed cohort had more than 10,000 regions (`RANKING_LIMIT`): the ranking then
   * lists the best `listed` of the `regions` (their ranks exact), and `note` says so.
   */
  readonly rankingTruncated?: { readonly listed: number; readonly regions: number; readonly note: LocalizedText };
}

/**
 * A streamed cohort's summary ranks at most this many regions (the best ones, ranks exact), so the
 * summary of a million regions is not a million rows; `rankingTruncated` says when it cut.
 */
export const RANKING_LIMIT = 10_000;

/**
 * `evaluateCohort` takes at most this many data sets: it returns every report at once, which for a
 * large cohort outgrows the heap. Larger cohorts go through {@link evaluateCohortStream}.
 */
export const COHORT_ARRAY_LIMIT = 20_000;

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

type CohortColumns = Map<string, SortedColumn>;
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

/** Adds a region's current values of `indicators` to the builders (mutates `into`, which the caller owns). */
function addValues(into: ReadonlyMap<string, ColumnBuilder>, region: RegionData): void {
  for (const [id, builder] of into) {
    const value = currentEntry(region, id)?.value;
    if (value !== undefined) builder.add(value);
  }
}

function builders(indicators: readonly string[]): Map<string, ColumnBuilder> {
  return new Map(indicators.map((id) => [id, columnBuilder()]));
}

function finishColumns(from: ReadonlyMap<string, ColumnBuilder>): CohortColumns {
  return new Map([...from].map(([id, b]) => [id, b.finish()]));
}

function viewOf(columns: CohortColumns, size: number): CohortView {
  let empty: SortedColumn | undefined;
  const none = (): SortedColumn => {
    empty ??= columnBuilder().finish();
    return empty;
  };
  return { column: (indicator) => columns.get(indicator) ?? none(), size };
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
  const builder = columnBuilder();
  for (const v of values) builder.add(v);
  return columnStatistics(builder.finish());
}

function columnStatistics(column: SortedColumn): Pick<TargetStatistics, 'count' | 'mean' | 'median' | 'min' | 'max'> {
  if (column.count === 0) return { count: 0, mean: null, median: null, min: null, max: null };
  return {
    count: column.count,
    mean: decimalString(column.mean() as Dec, 10),
    median: (column.median() as Dec).toString(),
    min: column.at(0).toString(),
    max: column.at(column.count - 1).toString(),
  };
}

function statistics(ruleSet: CompiledRuleSet, columns: CohortColumns, counts: StatusCounts): TargetStatistics[] {
  return ruleSet.targets.map((t, i) => {
    const indicator = 'indicator' in t.data ? t.data.indicator : null;
    const unit = indicator === null ? null : (ruleSet.indicator(indicator)?.unit ?? null);
    const column = indicator === null ? undefined : columns.get(indicator);
    const figures = column ? columnStatistics(column) : valueStatistics([]);
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
 * Takes at most 20,000 data sets (`COHORT_ARRAY_LIMIT`: every report is returned at once); larger
 * cohorts go through {@link evaluateCohortStream}.
 * Throws {@link InvalidInputError} for an invalid data set (file `cohort[i]`), a repeated region id or
 * too many data sets (E_TOO_LARGE).
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
  if (dataSets.length > COHORT_ARRAY_LIMIT)
    throw new InvalidInputError(
      [inputIssue('E_TOO_LARGE', '$', ERROR_MESSAGES.expected.atMostRegions(COHORT_ARRAY_LIMIT), dataSets.length)],
      'cohort',
    );
  const regions = dataSets.map((raw, i) => load(ruleSet, raw, i));
  const seen = regionIdSet();
  regions.forEach((r, i) => {
    if (seen.add(r.region.id) < 0) throw duplicateRegion(r.region.id, i);
  });
  const building = builders(cohortIndicators(ruleSet));
  for (const r of regions) addValues(building, r);
  const columns = finishColumns(building);
  const cohort = viewOf(columns, regions.length);
  const reports = regions.map((r) => evaluate(ruleSet, r, { ...options, cohort }));
  const counts = emptyCounts(ruleSet);
  for (const report of reports) countReport(counts, report);
  return {
    reports,
    size: regions.length,
    statistics: statistics(ruleSet, columns, counts),
    ranking: rankByScore(reports.map(scoreEntry)),
  };
}

/**
 * Scores a large cohort with bounded memory. `source` is called twice and must yield the same data
 * sets both times (a file reader, a database cursor): the first pass keeps only the indicator values
 * ranks and cohort statistics need (8 bytes a value) and the region ids, the second evaluates and
 * yields each region's report in source order. The summary is the generator's return value (a
 * `for await` loop discards it; call `next()` until `done` to get it); its statistics are exact, and
 * its ranking lists the best 10,000 regions (`RANKING_LIMIT`; `rankingTruncated` says when it cut).
 * Throws {@link CohortSourceError} when the passes differ.
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
  const building = builders(cohortIndicators(ruleSet));
  // Region id → its place in the first pass (typed arrays, not a Map of strings: see cohort-ids.ts);
  // the second pass ticks places off in a byte array.
  const places = regionIdSet();
  for await (const raw of source()) {
    const region = load(ruleSet, raw, places.size());
    if (places.add(region.region.id) < 0) throw duplicateRegion(region.region.id, places.size());
    addValues(building, region);
  }
  const size = places.size();
  const columns = finishColumns(building);
  // One options object for every region: a fresh spread per region is garbage that outlives the
  // young generation often enough to grow the old one.
  const evaluateOptions = { ...options, cohort: viewOf(columns, size) };
  const counts = emptyCounts(ruleSet);
  const best = topScores(RANKING_LIMIT);
  const done = new Uint8Array(size);
  let i = 0;
  for await (const raw of source()) {
    const region = load(ruleSet, raw, i);
    i += 1;
    const place = places.placeOf(region.region.id);
    if (place < 0 || done[place] === 1) throw new CohortSourceError(region.region.id);
    done[place] = 1;
    const report = evaluate(ruleSet, region, evaluateOptions);
    countReport(counts, report);
    best.add(report);
    yield report;
  }
  if (i < size) {
    for (let place = 0; place < size; place += 1)
      if (done[place] === 0) throw new CohortSourceError(places.idAt(place));
  }
  const ranking = best.ranking();
  const summary = { size, statistics: statistics(ruleSet, columns, counts), ranking };
  if (size <= RANKING_LIMIT) return summary;
  const note = MESSAGES.cohort.rankingTruncated(ranking.length, size);
  return { ...summary, rankingTruncated: { listed: ranking.length, regions: size, note } };
}

/** A region's score entry with its score parsed once, for the bounded ranking. */
interface Scored {
  readonly entry: ScoreEntry;
  readonly score: Dec | null;
}

/** Ranking order: higher scores first, unscored last, ties by region id. */
function rankingOrder(a: Scored, b: Scored): number {
  return rankingOrderOf(a.score, a.entry.region, b);
}

/** {@link rankingOrder} of a score and region id not yet made into a {@link Scored}, against `b`. */
function rankingOrderOf(score: Dec | null, region: string, b: Scored): number {
  const byId = region < b.entry.region ? -1 : region > b.entry.region ? 1 : 0;
  if (score === null || b.score === null) return score === b.score ? byId : score === null ? 1 : -1;
  return b.score.comparedTo(score) || byId;
}

/**
 * Keeps the first `limit` entries in ranking order seen so far, in a binary heap whose root is the
 * last of them: an entry that does not beat the root is dropped at once (no score entry is made for
 * it), one that does replaces the root. So at most `limit` entries are held and only a displaced one
 * becomes garbage, about limit × ln(N / limit) of them for N regions in random order, where a buffer
 * cut back whenever it doubled discarded one long-lived entry for nearly every region.
 * Every region ranked above a kept one is kept too, so the kept entries' ranks are exact.
 */
function topScores(limit: number): { add: (report: Report) => void; ranking: () => RankedRegion[] } {
  const heap: Scored[] = [];
  // The heap's order: a parent ranks at or after its children, so the root ranks last.
  const after = (i: number, j: number): boolean => rankingOrder(heap[i] as Scored, heap[j] as Scored) > 0;
  const swap = (i: number, j: number): void => {
    const t = heap[i] as Scored;
    heap[i] = heap[j] as Scored;
    heap[j] = t;
  };
  const up = (from: number): void => {
    for (let i = from; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!after(i, parent)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (from: number): void => {
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let last = i;
      if (left < heap.length && after(left, last)) last = left;
      if (right < heap.length && after(right, last)) last = right;
      if (last === i) return;
      swap(i, last);
      i = last;
    }
  };
  return {
    add: (report) => {
      const score = report.score === null ? null : new D(report.score);
      const root = heap[0];
      if (heap.length === limit && root !== undefined && rankingOrderOf(score, report.region.id, root) >= 0) return;
      const scored = { entry: scoreEntry(report), score };
      if (heap.length < limit) {
        heap.push(scored);
        up(heap.length - 1);
      } else {
        heap[0] = scored;
        down(0);
      }
    },
    ranking: () => rankByScore(heap.map((k) => k.entry)),
  };
}
