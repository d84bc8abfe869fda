import { D, type Dec, HUNDRED, toDecimal } from '../core/decimal.js';
import {
  capIssues,
  capRendered,
  type InputIssue,
  InvalidInputError,
  ISSUE_LIST_LIMIT,
  type IssueCode,
  inputIssue,
  jsonPath,
  omittedIssues,
} from '../core/errors.js';
import { isRealDate, parsePeriod, periodEnd } from '../core/periods.js';
import { closestNames } from '../core/suggest.js';
import { convertValue, parseUnit, type Unit, unknownUnitExpected } from '../core/units.js';
import { parseWith } from '../core/zod-issues.js';
import { BUILTIN_INDICATORS } from '../indicators/catalogue.js';
import { admitsNegative, type Indicator } from '../indicators/schema.js';
import { ERROR_MESSAGES } from '../locales/index.js';
import { type CleanParts, cleanLoad, cleanParts, granularityOf, observationPath } from './clean.js';
import type { BenchmarkEntry, FactEntry, IndicatorLookup } from './entries.js';
import { type DataSet, DataSetSchema, type EventRecord, type Observation } from './schema.js';
import { acceptedDataSet } from './validate.js';

export type { BenchmarkEntry, FactEntry, IndicatorLookup } from './entries.js';

/** A validated data set with every figure converted exactly, ready to evaluate against many rule sets. */
export interface RegionData {
  readonly dataSet: DataSet;
  readonly region: DataSet['region'];
  readonly period: string;
  readonly asOf: string;
  /** indicator → period → entry. */
  readonly facts: ReadonlyMap<string, ReadonlyMap<string, FactEntry>>;
  /** benchmark id → indicator → entries (by period). */
  readonly benchmarks: ReadonlyMap<string, ReadonlyMap<string, readonly BenchmarkEntry[]>>;
  /** event type → events sorted by date. */
  readonly events: ReadonlyMap<string, readonly EventRecord[]>;
}

/** Whether `data` is a data set already loaded by {@link loadDataSet} (rather than raw JSON to validate). */
export function isRegionData(data: unknown): data is RegionData {
  return typeof data === 'object' && data !== null && 'facts' in data && (data as RegionData).facts instanceof Map;
}

/** What one form of observation (value, counts, rank, not applicable) contributes to its entry. */
type FactPart = Pick<FactEntry, 'value' | 'flag' | 'rank' | 'counts' | 'notApplicable'>;

const PERCENT = parseUnit('%') as Unit;
const E = ERROR_MESSAGES.expected;

function indicatorIssue(path: string, id: string): InputIssue {
  return inputIssue('E_UNKNOWN_INDICATOR', path, E.knownIndicator, id);
}

/**
 * The indicator an observation names, when it is defined and its own unit is one the library knows
 * (a caller's own lookup may hand back one with a bad unit; every conversion below reads that unit).
 * When the indicator is unknown, the figure's unit is still checked, so one pass reports both.
 */
function usableIndicator(
  lookup: IndicatorLookup,
  id: string,
  path: string,
  issues: InputIssue[],
  unit?: string,
): Indicator | undefined {
  const indicator = lookup(id);
  if (!indicator) {
    issues.push(indicatorIssue(`${path}.indicator`, id));
    if (unit !== undefined && !parseUnit(unit))
      issues.push(inputIssue('E_UNKNOWN_UNIT', `${path}.unit`, unknownUnitExpected(unit), unit));
    return undefined;
  }
  if (!parseUnit(indicator.unit)) {
    issues.push(
      inputIssue('E_UNKNOWN_UNIT', `${path}.indicator`, E.indicatorWithKnownUnit(indicator.id), indicator.unit),
    );
    return undefined;
  }
  return indicator;
}

function checkRange(indicator: Indicator, value: Dec, path: string, issues: InputIssue[], unit: Unit): void {
  if (indicator.kind === 'count') {
    if (value.isNegative()) issues.push(inputIssue('E_NEGATIVE_COUNT', path, E.nonNegativeInteger, value.toString()));
    else if (!value.isInteger())
      issues.push(inputIssue('E_NOT_INTEGER', path, E.wholeNumberOf(unit.symbol, unit.names), value.toString()));
    return;
  }
  if (value.isNegative() && !admitsNegative(indicator)) {
    issues.push(
      inputIssue('E_NEGATIVE_VALUE', path, E.negativeNotAdmitted(indicator.id, indicator.kind), value.toString()),
    );
    return;
  }
  if (indicator.kind === 'rate') {
    const asPercent = convertValue(value, unit, PERCENT);
    if (asPercent.gt(HUNDRED))
      issues.push(inputIssue('E_RATE_ABOVE_100', path, E.rateAtMost100, `${asPercent.toString()}%`));
  }
}

function normalizeValue(
  obs: Observation,
  indicator: Indicator,
  path: string,
  issues: InputIssue[],
): FactPart | undefined {
  const value = obs.value;
  if (typeof value === 'boolean') {
    if (indicator.kind !== 'boolean') {
      issues.push(inputIssue('E_WRONG_VALUE_TYPE', `${path}.value`, E.numberIn(indicator.unit), value));
      return undefined;
    }
    return { flag: value };
  }
  if (indicator.kind === 'boolean') {
    issues.push(inputIssue('E_WRONG_VALUE_TYPE', `${path}.value`, E.trueOrFalse, value));
    return undefined;
  }
  if (obs.unit === undefined) {
    issues.push(inputIssue('E_UNIT_REQUIRED', `${path}.unit`, E.unitSuchAs(indicator.unit), undefined));
    return undefined;
  }
  const from = parseUnit(obs.unit);
  const to = parseUnit(indicator.unit) as Unit;
  if (!from) {
    issues.push(inputIssue('E_UNKNOWN_UNIT', `${path}.unit`, unknownUnitExpected(obs.unit, to), obs.unit));
    return undefined;
  }
  if (from.dimension !== to.dimension) {
    issues.push(inputIssue('E_UNIT_MISMATCH', `${path}.unit`, E.unitConvertibleTo(indicator.unit), obs.unit));
    return undefined;
  }
  // toDecimal parses each spelling once ("98.5" recurs across a cohort's towns); zod has checked the format.
  const converted = convertValue(toDecimal(value as string | number), from, to);
  checkRange(indicator, converted, `${path}.value`, issues, to);
  return { value: converted };
}

function normalizeCounts(
  obs: Observation,
  indicator: Indicator,
  path: string,
  issues: InputIssue[],
): FactPart | undefined {
  const passed = obs.passed as number;
  const sampled = obs.sampled as number;
  if (indicator.kind !== 'rate') {
    issues.push(inputIssue('E_WRONG_VALUE_TYPE', path, E.countsOnlyForRate, indicator.id));
    return undefined;
  }
  const before = issues.length;
  if (passed < 0) issues.push(inputIssue('E_NEGATIVE_COUNT', `${path}.passed`, E.nonNegativeInteger, passed));
  if (sampled < 0) issues.push(inputIssue('E_NEGATIVE_COUNT', `${path}.sampled`, E.nonNegativeInteger, sampled));
  if (issues.length > before) return undefined;
  if (sampled === 0) {
    issues.push(inputIssue('E_ZERO_DENOMINATOR', `${path}.sampled`, E.sampleAboveZero, sampled));
    return undefined;
  }
  if (passed > sampled) {
    issues.push(inputIssue('E_PASSED_GT_SAMPLED', `${path}.passed`, E.atMostSampled(sampled), passed));
    return undefined;
  }
  const percent = new D(passed).times(HUNDRED).div(sampled);
  return {
    value: convertValue(percent, parseUnit('%') as Unit, parseUnit(indicator.unit) as Unit),
    counts: { passed, sampled },
  };
}

function observationForm(obs: Observation): 'value' | 'counts' | 'rank' | 'na' | undefined {
  const value = obs.value !== undefined;
  const counts = obs.passed !== undefined || obs.sampled !== undefined;
  const rank = obs.rank !== undefined || obs.of !== undefined;
  const na = obs.notApplicable === true;
  if (Number(value) + Number(counts) + Number(rank) + Number(na) !== 1) return undefined;
  return value ? 'value' : counts ? 'counts' : rank ? 'rank' : 'na';
}

/**
 * One observation's entry. Every entry is built by this one literal with every key in the same order,
 * so all entries share one shape and the evaluation's reads of them stay fast (merging the parts
 * with a spread gave entries of many shapes and made evaluation half as fast).
 */
function factEntry(obs: Observation, path: string, period: string, part: FactPart): FactEntry {
  return {
    indicator: obs.indicator,
    period,
    value: part.value,
    flag: part.flag,
    rank: part.rank,
    counts: part.counts,
    notApplicable: part.notApplicable,
    evidence: obs.evidence,
    provenance: obs.provenance,
    path,
  };
}

function normalizeObservation(
  obs: Observation,
  i: number,
  lookup: IndicatorLookup,
  defaultPeriod: string,
  issues: InputIssue[],
): FactEntry | undefined {
  const path = observationPath(i);
  const indicator = usableIndicator(lookup, obs.indicator, path, issues, obs.unit);
  if (!indicator) return undefined;
  const period = obs.period ?? defaultPeriod;
  switch (observationForm(obs)) {
    case 'value': {
      const part = normalizeValue(obs, indicator, path, issues);
      return part && factEntry(obs, path, period, part);
    }
    case 'counts': {
      if (obs.passed === undefined || obs.sampled === undefined) break;
      const part = normalizeCounts(obs, indicator, path, issues);
      return part && factEntry(obs, path, period, part);
    }
    case 'rank': {
      if (obs.rank === undefined || obs.of === undefined) break;
      if (obs.rank > obs.of) {
        issues.push(inputIssue('E_BAD_RANGE', `${path}.rank`, E.atMostPeers(obs.of), obs.rank));
        return undefined;
      }
      return factEntry(obs, path, period, { rank: { position: obs.rank, of: obs.of } });
    }
    case 'na':
      return factEntry(obs, path, period, { notApplicable: obs.reason ?? '' });
  }
  issues.push(inputIssue('E_EXACTLY_ONE_FORM', path, E.exactlyOneForm, obs));
  return undefined;
}

function collectFacts(
  dataSet: DataSet,
  lookup: IndicatorLookup,
  issues: InputIssue[],
): Map<string, Map<string, FactEntry>> {
  const facts = new Map<string, Map<string, FactEntry>>();
  // Each indicator's granularity, set with its first entry (its period map is made then too).
  const granularity = new Map<string, string>();
  const observations = dataSet.observations;
  for (let i = 0; i < observations.length; i++) {
    const entry = normalizeObservation(observations[i] as Observation, i, lookup, dataSet.period, issues);
    if (!entry) continue;
    const g = granularityOf(entry.period);
    let byPeriod = facts.get(entry.indicator);
    if (byPeriod === undefined) {
      byPeriod = new Map<string, FactEntry>();
      facts.set(entry.indicator, byPeriod);
      granularity.set(entry.indicator, g);
    } else {
      const seen = granularity.get(entry.indicator) as string;
      if (seen !== g) {
        issues.push(inputIssue('E_MIXED_GRANULARITY', `${entry.path}.period`, E.sameGranularity(seen), entry.period));
        continue;
      }
    }
    if (byPeriod.has(entry.period)) {
      issues.push(
        inputIssue(
          'E_DUPLICATE_OBSERVATION',
          entry.path,
          E.oneObservationPerPeriod(entry.indicator, entry.period),
          entry.indicator,
        ),
      );
      continue;
    }
    byPeriod.set(entry.period, entry);
  }
  return facts;
}

function collectBenchmarks(
  dataSet: DataSet,
  lookup: IndicatorLookup,
  issues: InputIssue[],
): Map<string, Map<string, BenchmarkEntry[]>> {
  const out = new Map<string, Map<string, BenchmarkEntry[]>>();
  (dataSet.benchmarks ?? []).forEach((b, i) => {
    const path = jsonPath(['benchmarks', i]);
    const indicator = usableIndicator(lookup, b.indicator, path, issues, b.unit);
    if (!indicator) return;
    const part = normalizeValue({ indicator: b.indicator, value: b.value, unit: b.unit }, indicator, path, issues);
    if (!part?.value) return;
    const byIndicator = out.get(b.id) ?? new Map<string, BenchmarkEntry[]>();
    out.set(b.id, byIndicator);
    const list = byIndicator.get(b.indicator) ?? [];
    list.push({
      id: b.id,
      indicator: b.indicator,
      period: b.period ?? dataSet.period,
      value: part.value,
      provenance: b.provenance,
    });
    byIndicator.set(b.indicator, list);
  });
  return out;
}

function collectEvents(dataSet: DataSet, issues: InputIssue[]): Map<string, EventRecord[]> {
  const out = new Map<string, EventRecord[]>();
  (dataSet.events ?? []).forEach((e, i) => {
    if (!isRealDate(e.date)) {
      issues.push(inputIssue('E_BAD_DATE', jsonPath(['events', i, 'date']), E.realDate, e.date));
      return;
    }
    const list = out.get(e.type) ?? [];
    list.push(e);
    out.set(e.type, list);
  });
  for (const list of out.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

const lastDayCache = new Map<string, string>();

/** The last day of a period label (the default as-of date), computed once per label. */
function lastDayOf(label: string): string {
  let day = lastDayCache.get(label);
  if (day === undefined) {
    const period = parsePeriod(label);
    day = period ? periodEnd(period) : `${label}-12-31`;
    if (lastDayCache.size < 10_000) lastDayCache.set(label, day);
  }
  return day;
}

/** The records of an array field of a raw input (a non-object entry as an empty record), or none. */
function rawRecords(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>)
    : [];
}

/** The figures of a raw data set that name an indicator: observations and benchmarks, each with its path. */
function rawFigures(raw: unknown): Array<{ path: string; record: Record<string, unknown> }> {
  if (typeof raw !== 'object' || raw === null) return [];
  const input = raw as Record<string, unknown>;
  return (['observations', 'benchmarks'] as const).flatMap((field) =>
    rawRecords(input[field]).map((record, i) => ({ path: jsonPath([field, i]), record })),
  );
}

/** A problem found but not yet worded: its code, and how to build its issue (only the listed ones are built). */
interface Finding {
  readonly code: IssueCode;
  readonly issue: () => InputIssue;
}

/**
 * Unknown indicators and units named by a data set that failed its schema, so they come in the same
 * error as the schema's issues instead of on the next run (paths the schema already reported are skipped).
 * Lazy, so a million bad rows cost a count each past the listed hundred, not a unit search each.
 */
function* referenceFindings(raw: unknown, lookup: IndicatorLookup, reported: ReadonlySet<string>): Generator<Finding> {
  for (const { path, record } of rawFigures(raw)) {
    const { indicator: id, unit } = record;
    const indicator = typeof id === 'string' ? lookup(id) : undefined;
    if (typeof id === 'string' && !indicator && !reported.has(`${path}.indicator`))
      yield { code: 'E_UNKNOWN_INDICATOR', issue: () => indicatorIssue(`${path}.indicator`, id) };
    if (typeof unit === 'string' && !parseUnit(unit) && !reported.has(`${path}.unit`))
      yield {
        code: 'E_UNKNOWN_UNIT',
        issue: () => inputIssue('E_UNKNOWN_UNIT', `${path}.unit`, unknownUnitExpected(unit, unitOf(indicator)), unit),
      };
  }
}

/** An indicator's own unit, parsed, when there is one the library knows. */
function unitOf(indicator: Indicator | undefined): Unit | undefined {
  return indicator ? parseUnit(indicator.unit) : undefined;
}

/**
 * The indicator ids a suggestion may name: the catalogue's and those the data set itself names, each only
 * if the lookup resolves it (a lookup is a function, so a rule set's own indicators are found only
 * where the data set names them correctly elsewhere).
 */
function knownIndicatorIds(lookup: IndicatorLookup, raw: unknown): string[] {
  const named = rawFigures(raw)
    .map(({ record }) => record.indicator)
    .filter((id): id is string => typeof id === 'string');
  // Each distinct id asked once: a data set names the same few ids on every row.
  return [...new Set([...BUILTIN_INDICATORS.map((i) => i.id), ...named])].filter((id) => lookup(id) !== undefined);
}

/**
 * The listed issues (the first 100) with the closest known ids added to what an unknown indicator
 * expected; issues past the list stay counted, as {@link InvalidInputError} would count them.
 */
function withIndicatorSuggestions(issues: readonly InputIssue[], lookup: IndicatorLookup, raw: unknown): InputIssue[] {
  const listed = capIssues(issues);
  let known: string[] | undefined;
  const suggested = listed.map((issue) => {
    if (issue.code !== 'E_UNKNOWN_INDICATOR') return issue;
    let found: unknown;
    try {
      found = JSON.parse(issue.found);
    } catch {
      return issue; // a found value cut short for the message: too long to be a misspelt id
    }
    if (typeof found !== 'string') return issue;
    known ??= knownIndicatorIds(lookup, raw);
    const suggestions = closestNames(found, known).filter((s) => s !== found);
    return suggestions.length === 0 ? issue : { ...issue, expected: E.didYouMean(issue.expected, suggestions) };
  });
  return capRendered(
    suggested,
    (i) => i.code,
    (i) => i,
    ISSUE_LIST_LIMIT,
    omittedIssues(listed),
  );
}

/**
 * Runs zod (the schema of record) on input the compiled validator did not accept: its result, or its
 * issues thrown together with the unknown indicators and units the raw input names.
 */
function validatedByZod(raw: unknown, lookup: IndicatorLookup, file: string | undefined): DataSet {
  const parsed = parseWith(DataSetSchema, raw);
  if (parsed.ok) return parsed.data;
  const reported = new Set(parsed.issues.map((i) => i.path));
  const schemaFindings = parsed.issues.map((issue): Finding => ({ code: issue.code, issue: () => issue }));
  // zod's list is already cut at 100 and carries the count of what it left out; the references join it.
  const listed = capRendered(
    (function* () {
      yield* schemaFindings;
      yield* referenceFindings(raw, lookup, reported);
    })(),
    (f) => f.code,
    (f) => f.issue(),
    ISSUE_LIST_LIMIT,
    omittedIssues(parsed.issues),
  );
  throw new InvalidInputError(withIndicatorSuggestions(listed, lookup, raw), file);
}

/**
 * Validates a data set and converts every figure exactly into its indicator's unit.
 * Throws {@link InvalidInputError} listing every problem (unknown indicator, unit mismatch, rate above
 * 100%, passed > sampled, negative counts, NaN/Infinity, malformed dates…); never mutates `raw`.
 * Input nested deeper than 128 levels (`E_TOO_DEEP`) or containing itself (`E_CYCLIC`) is refused
 * before validating.
 * @example loadDataSet(json, ruleSet.indicator).facts.get('pm25-annual-mean')
 */
export function loadDataSet(raw: unknown, lookup: IndicatorLookup, file?: string): RegionData {
  // Most data sets have nothing wrong: checked, copied and made entries in one pass by the clean route.
  const clean = cleanLoad(raw, lookup);
  // Otherwise the validator (zod when it declines), the clean route, and the full route wording every issue.
  const dataSet = clean?.dataSet ?? acceptedDataSet(raw) ?? validatedByZod(raw, lookup, file);
  const parts = clean?.parts ?? cleanParts(dataSet, lookup) ?? checkedParts(dataSet, lookup, raw, file);
  return {
    dataSet,
    region: dataSet.region,
    period: dataSet.period,
    asOf: dataSet.asOf ?? lastDayOf(dataSet.period),
    facts: parts.facts,
    benchmarks: parts.benchmarks,
    events: parts.events,
  };
}

/**
 * The full route: facts, benchmarks and events of a validated data set, each figure checked on its own,
 * or {@link InvalidInputError} listing every problem (with "did you mean" suggestions drawn from `raw`).
 * {@link cleanParts} must give the same parts wherever this throws nothing.
 */
export function checkedParts(dataSet: DataSet, lookup: IndicatorLookup, raw: unknown, file?: string): CleanParts {
  const issues: InputIssue[] = [];
  const facts = collectFacts(dataSet, lookup, issues);
  const benchmarks = collectBenchmarks(dataSet, lookup, issues);
  const events = collectEvents(dataSet, issues);
  if (dataSet.asOf !== undefined && !isRealDate(dataSet.asOf)) {
    issues.push(inputIssue('E_BAD_DATE', '$.asOf', E.realDate, dataSet.asOf));
  }
  // Suggestions are looked for only once something is wrong, so a valid data set pays nothing for them.
  if (issues.length > 0) throw new InvalidInputError(withIndicatorSuggestions(issues, lookup, raw), file);
  return { facts, benchmarks, events };
}
