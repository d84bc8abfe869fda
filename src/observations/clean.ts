/**
 * The route `loadDataSet` takes first: facts, benchmarks and events of a data set with nothing wrong in
 * it, built with the work that does not depend on the figure done once per indicator and unit spelling. It
 * answers only "here are the parts" or "something is wrong": then the full route in normalize.ts runs from
 * the start and words every issue, so errors are the same whichever route saw the data first.
 */
import { compared, D, type Dec, HUNDRED, quotientByWord, toDecimal } from '../core/decimal.js';
import { powerOfTen, shiftedDecimal } from '../core/decimal-text.js';
import { INPUT_LIMITS } from '../core/limits.js';
import { isRealDate, parsePeriod } from '../core/periods.js';
import { significantDigits } from '../core/schemas.js';
import { convertValue, parseUnit, type Unit } from '../core/units.js';
import { admitsNegative, type Indicator } from '../indicators/schema.js';
import type { BenchmarkEntry, FactEntry, IndicatorLookup } from './entries.js';
import type { DataSet, EventRecord, Observation } from './schema.js';
import { acceptedDataSetShell, acceptedObservation, isIndicatorId, observationFields } from './validate.js';

const PERCENT = parseUnit('%') as Unit;
const SIGNIFICANT_LIMIT = INPUT_LIMITS.significantDigits;

/** Whether a figure already in the indicator's unit is one the indicator admits (sign, whole number, ≤ 100%). */
type RangeCheck = (value: Dec) => boolean;

/** How figures written in one unit spelling become the indicator's: parsed once per spelling. */
interface SpellingPlan {
  readonly from: Unit;
  readonly to: Unit;
  /** The power of ten between the two units, when the factors' ratio is one (always, for the library's units). */
  readonly shift: number | undefined;
  readonly admits: RangeCheck;
  /** Whole number n as written → its admitted value in the indicator's unit (only admitted ones are kept). */
  readonly small: Array<Dec | undefined>;
}

/** What every figure of one indicator needs, worked out once per indicator object. */
interface IndicatorPlan {
  /** The fields the plan was made from, so a caller's indicator changed in place gets a fresh plan. */
  readonly unit: string;
  readonly kind: Indicator['kind'];
  readonly signed: Indicator['signed'];
  /** Whether the indicator's unit, kind and signed cannot change (frozen data properties): then the plan holds. */
  readonly frozen: boolean;
  /** The indicator's id when it is one as the schemas spell ids (an observation naming it is then spelt right). */
  readonly id: string | undefined;
  /** The indicator's own unit, or undefined when the library does not know it (the full route words that). */
  readonly to: Unit | undefined;
  readonly admits: RangeCheck;
  /** Unit spelling → its plan, or null when it does not convert to the indicator's unit. */
  readonly spellings: Map<string, SpellingPlan | null>;
  /** The spelling last asked for and its plan: an indicator's figures nearly always come in one unit. */
  lastSpelling: string | undefined;
  lastPlan: SpellingPlan | null;
  /** The power of ten from percent to the indicator's unit, when rates from counts can be moved there. */
  readonly countShift: number | undefined;
}

/** Unit spellings remembered per indicator (a data source uses a handful). */
const SPELLING_LIMIT = 2_048;
/** Whole figures remembered per spelling: counts below this. */
const SMALL_LIMIT = 1_024;
const plans = new WeakMap<Indicator, IndicatorPlan>();

function rangeCheck(indicator: Indicator, to: Unit | undefined): RangeCheck {
  if (indicator.kind === 'count') return (v) => !v.isNegative() && v.isInteger();
  const negative = admitsNegative(indicator);
  // 100% in the indicator's own unit: factors are exact, so comparing there is comparing in percent.
  const limit = indicator.kind === 'rate' && to ? convertValue(HUNDRED, PERCENT, to) : undefined;
  if (limit === undefined) return negative ? () => true : (v) => !v.isNegative();
  // compared, not v.gt: decimal.js copies the limit on every comparison.
  return (v) => (negative || !v.isNegative()) && !(compared(v, limit) > 0);
}

/** Whether the fields a plan is made from are fixed for good: frozen own data properties (no getter). */
function cannotChange(indicator: Indicator): boolean {
  if (!Object.isFrozen(indicator)) return false;
  const own = (key: string) => {
    const field = Object.getOwnPropertyDescriptor(indicator, key);
    return field !== undefined && 'value' in field;
  };
  return own('unit') && own('kind') && (own('signed') || !('signed' in indicator));
}

/** The plan of what is no indicator: nothing converts to it (its entries are declined, as an unknown unit's). */
const NO_PLAN: IndicatorPlan = {
  unit: '',
  kind: 'boolean',
  signed: undefined,
  frozen: false,
  id: undefined,
  to: undefined,
  admits: () => false,
  spellings: new Map(),
  lastSpelling: undefined,
  lastPlan: null,
  countShift: undefined,
};

function planOf(indicator: Indicator): IndicatorPlan {
  const known = plans.get(indicator);
  // A frozen indicator (every rule set's and the catalogue's) cannot change, so its plan needs no check:
  // indicators of a dozen shapes made reading their fields on every observation cost more than the lookup.
  if (
    known !== undefined &&
    (known.frozen ||
      (known.unit === indicator.unit && known.kind === indicator.kind && known.signed === indicator.signed))
  )
    return known;
  // A caller's lookup may answer anything for a text the one-pass load has not yet checked to be an id (an
  // object's own prototype for '__proto__'): only an object with a unit gets a plan; the rest is declined.
  if (typeof indicator !== 'object' || indicator === null || typeof indicator.unit !== 'string') return NO_PLAN;
  const to = parseUnit(indicator.unit);
  const plan: IndicatorPlan = {
    unit: indicator.unit,
    kind: indicator.kind,
    signed: indicator.signed,
    frozen: cannotChange(indicator),
    id: typeof indicator.id === 'string' && isIndicatorId(indicator.id) ? indicator.id : undefined,
    to,
    admits: rangeCheck(indicator, to),
    spellings: new Map(),
    lastSpelling: undefined,
    lastPlan: null,
    countShift: percentShift(to),
  };
  plans.set(indicator, plan);
  return plan;
}

function spellingPlan(plan: IndicatorPlan, spelling: string): SpellingPlan | null {
  if (spelling === plan.lastSpelling) return plan.lastPlan;
  let known = plan.spellings.get(spelling);
  if (known === undefined) {
    const from = parseUnit(spelling);
    const to = plan.to as Unit;
    known =
      from === undefined || from.dimension !== to.dimension
        ? null
        : {
            from,
            to,
            shift: from === to ? 0 : powerOfTen(from.factor.div(to.factor).toString()),
            admits: plan.admits,
            small: [],
          };
    if (plan.spellings.size >= SPELLING_LIMIT) plan.spellings.clear();
    plan.spellings.set(spelling, known);
  }
  plan.lastSpelling = spelling;
  plan.lastPlan = known;
  return known;
}

/**
 * A figure as written in the indicator's unit, or undefined when a string is not a plain decimal spelling
 * (the one-pass load leaves that check to this parse, which reads the characters anyway).
 */
function converted(value: string | number, plan: SpellingPlan): Dec | undefined {
  if (typeof value === 'string') {
    // A text no longer than the limit cannot hold more digits than it: only longer ones are counted.
    if (value.length > SIGNIFICANT_LIMIT && significantDigits(value) > SIGNIFICANT_LIMIT) return undefined;
    if (plan.shift !== undefined) return shiftedDecimal(value, plan.shift);
    const dec = shiftedDecimal(value, 0);
    return dec === undefined ? undefined : convertValue(dec, plan.from, plan.to);
  }
  // A number printed with an exponent (1e+21) is no plain spelling: it takes the general route, as does a
  // factor that is no power of ten.
  const dec = plan.shift === undefined ? undefined : shiftedDecimal(String(value), plan.shift);
  return dec ?? convertValue(toDecimal(value), plan.from, plan.to);
}

/** The admitted value of a figure in the indicator's unit, or undefined when it is not admitted. */
function admittedValue(value: string | number, plan: SpellingPlan): Dec | undefined {
  // Small whole numbers (counts: 0, 3, 12) recur across regions and are remembered in an array. Other
  // figures are parsed each time: on fresh data a map of spellings, large or small, cost more to fill
  // than its hits saved (measured on six-significant-digit towns; only repeated towns gained).
  const small = typeof value === 'number' && value >= 0 && value < SMALL_LIMIT && Number.isInteger(value);
  let dec = small ? plan.small[value] : undefined;
  if (dec !== undefined) return dec;
  dec = converted(value, plan);
  if (dec === undefined || !plan.admits(dec)) return undefined;
  if (small) plan.small[value as number] = dec;
  return dec;
}

/** The largest sample {@link quotientByWord} divides by: one base-10^7 digit word. */
const WORD_DIVISOR_LIMIT = 9_999_999;

/** The power of ten from percent to the indicator's unit (% → 0, fraction → -2, ‰ → 1), or undefined. */
function percentShift(to: Unit | undefined): number | undefined {
  if (to === undefined || to.dimension !== PERCENT.dimension) return undefined;
  return powerOfTen(PERCENT.factor.div(to.factor).toString());
}

/** The rate `passed` of `sampled` gives, in the indicator's unit, or undefined when the counts are wrong. */
function countsValue(passed: number, sampled: number, plan: IndicatorPlan): Dec | undefined {
  if (plan.kind !== 'rate' || passed < 0 || sampled <= 0 || passed > sampled) return undefined;
  // passed × 100 / sampled, rounded once to 40 digits, then moved by a power of ten into the indicator's
  // unit: one long division by a single word gives decimal.js's quotient word for word, and moving the
  // point commutes with rounding to significant digits. Zero and larger samples take decimal.js's route.
  if (plan.countShift !== undefined && passed > 0 && sampled <= WORD_DIVISOR_LIMIT) {
    const quotient = quotientByWord(new D(passed), sampled, 2 + plan.countShift);
    if (quotient !== undefined) return quotient;
  }
  return convertValue(new D(passed).times(HUNDRED).div(sampled), PERCENT, plan.to as Unit);
}

const paths: string[] = [];
const PATH_LIMIT = 10_000;

/** `$.observations[i]`, one string per index shared by every data set (paths repeat across regions). */
export function observationPath(i: number): string {
  const known = paths[i];
  if (known !== undefined) return known;
  const path = `$.observations[${i}]`;
  if (i < PATH_LIMIT) paths[i] = path;
  return path;
}

const granularities = new Map<string, string>();

/** The granularity of a period label (labels repeat across regions, so each is parsed once). */
export function granularityOf(label: string): string {
  let g = granularities.get(label);
  if (g === undefined) {
    g = parsePeriod(label)?.granularity ?? 'year';
    if (granularities.size < 10_000) granularities.set(label, g);
  }
  return g;
}

/** An observation's entry, or undefined when anything about it is wrong. */
function cleanEntry(obs: Observation, i: number, lookup: IndicatorLookup, period: string): FactEntry | undefined {
  const indicator = lookup(obs.indicator);
  if (indicator === undefined) return undefined;
  const plan = planOf(indicator);
  if (plan.to === undefined) return undefined;
  // The one-pass load leaves the id's spelling to this: the same text as a well-spelt id is well spelt.
  if (obs.indicator !== plan.id && !isIndicatorId(obs.indicator)) return undefined;
  const hasValue = obs.value !== undefined;
  const hasCounts = obs.passed !== undefined || obs.sampled !== undefined;
  const hasRank = obs.rank !== undefined || obs.of !== undefined;
  const na = obs.notApplicable === true;
  if (Number(hasValue) + Number(hasCounts) + Number(hasRank) + Number(na) !== 1) return undefined;
  let value: Dec | undefined;
  let flag: boolean | undefined;
  let rank: FactEntry['rank'];
  let counts: FactEntry['counts'];
  let notApplicable: string | undefined;
  if (hasValue) {
    const raw = obs.value as string | number | boolean;
    if (typeof raw === 'boolean') {
      if (plan.kind !== 'boolean') return undefined;
      flag = raw;
    } else {
      if (plan.kind === 'boolean' || obs.unit === undefined) return undefined;
      const spelling = spellingPlan(plan, obs.unit);
      value = spelling === null ? undefined : admittedValue(raw, spelling);
      if (value === undefined) return undefined;
    }
  } else if (hasCounts) {
    const { passed, sampled } = obs;
    if (passed === undefined || sampled === undefined) return undefined;
    value = countsValue(passed, sampled, plan);
    if (value === undefined) return undefined;
    counts = { passed, sampled };
  } else if (hasRank) {
    if (obs.rank === undefined || obs.of === undefined || obs.rank > obs.of) return undefined;
    rank = { position: obs.rank, of: obs.of };
  } else {
    notApplicable = obs.reason ?? '';
  }
  // One literal with every key in factEntry's order, so entries of both routes share one shape.
  return {
    indicator: obs.indicator,
    period: obs.period ?? period,
    value,
    flag,
    rank,
    counts,
    notApplicable,
    evidence: obs.evidence,
    provenance: obs.provenance,
    path: observationPath(i),
  };
}

/**
 * Puts an entry in its indicator's map of periods; false when the indicator already has that period or
 * one of another granularity (the full route words both).
 */
function placed(facts: Map<string, Map<string, FactEntry>>, entry: FactEntry): boolean {
  const byPeriod = facts.get(entry.indicator);
  if (byPeriod === undefined) {
    // Set after construction: a Map built from an array of pairs iterates them, several times slower.
    const map = new Map<string, FactEntry>();
    map.set(entry.period, entry);
    facts.set(entry.indicator, map);
    return true;
  }
  // Only an indicator's second and later periods need its granularity: most have one period.
  const first = byPeriod.keys().next().value as string;
  if (granularityOf(first) !== granularityOf(entry.period) || byPeriod.has(entry.period)) return false;
  byPeriod.set(entry.period, entry);
  return true;
}

/** indicator → period → entry for a data set with nothing wrong in it, or undefined. */
function cleanFacts(dataSet: DataSet, lookup: IndicatorLookup): Map<string, Map<string, FactEntry>> | undefined {
  const facts = new Map<string, Map<string, FactEntry>>();
  const observations = dataSet.observations;
  for (let i = 0; i < observations.length; i++) {
    const entry = cleanEntry(observations[i] as Observation, i, lookup, dataSet.period);
    if (entry === undefined || !placed(facts, entry)) return undefined;
  }
  return facts;
}

function cleanBenchmarks(
  dataSet: DataSet,
  lookup: IndicatorLookup,
): Map<string, Map<string, BenchmarkEntry[]>> | undefined {
  const out = new Map<string, Map<string, BenchmarkEntry[]>>();
  const benchmarks = dataSet.benchmarks;
  if (benchmarks === undefined) return out;
  for (const b of benchmarks) {
    const indicator = lookup(b.indicator);
    if (indicator === undefined) return undefined;
    const plan = planOf(indicator);
    if (plan.kind === 'boolean') return undefined;
    const spelling = plan.to === undefined ? null : spellingPlan(plan, b.unit);
    const value = spelling === null ? undefined : admittedValue(b.value, spelling);
    if (value === undefined) return undefined;
    let byIndicator = out.get(b.id);
    if (byIndicator === undefined) {
      byIndicator = new Map();
      out.set(b.id, byIndicator);
    }
    const entry = {
      id: b.id,
      indicator: b.indicator,
      period: b.period ?? dataSet.period,
      value,
      provenance: b.provenance,
    };
    const list = byIndicator.get(b.indicator);
    if (list === undefined) byIndicator.set(b.indicator, [entry]);
    else list.push(entry);
  }
  return out;
}

function cleanEvents(dataSet: DataSet): Map<string, EventRecord[]> | undefined {
  const out = new Map<string, EventRecord[]>();
  const events = dataSet.events;
  if (events === undefined) return out;
  for (const e of events) {
    if (!isRealDate(e.date)) return undefined;
    const list = out.get(e.type);
    if (list === undefined) out.set(e.type, [e]);
    else list.push(e);
  }
  for (const list of out.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/** The parts of a region's data the evaluation reads. */
export interface CleanParts {
  readonly facts: Map<string, Map<string, FactEntry>>;
  readonly benchmarks: Map<string, Map<string, BenchmarkEntry[]>>;
  readonly events: Map<string, EventRecord[]>;
}

/** Benchmarks and events of a validated data set, and its as-of date checked; undefined when any is wrong. */
function cleanRest(dataSet: DataSet, lookup: IndicatorLookup, facts: CleanParts['facts']): CleanParts | undefined {
  if (dataSet.asOf !== undefined && !isRealDate(dataSet.asOf)) return undefined;
  const benchmarks = cleanBenchmarks(dataSet, lookup);
  if (benchmarks === undefined) return undefined;
  const events = cleanEvents(dataSet);
  if (events === undefined) return undefined;
  return { facts, benchmarks, events };
}

/**
 * Facts, benchmarks and events of a validated data set, exactly as the full route builds them, when nothing
 * in it is wrong; undefined otherwise (the full route then finds and words every issue).
 * @example cleanParts(acceptedDataSet(json)!, ruleSet.indicator)?.facts.get('pm25-annual-mean')
 */
export function cleanParts(dataSet: DataSet, lookup: IndicatorLookup): CleanParts | undefined {
  const facts = cleanFacts(dataSet, lookup);
  return facts === undefined ? undefined : cleanRest(dataSet, lookup, facts);
}

/** A raw data set the clean route loaded: what the validator returns for it, and its parts. */
export interface CleanLoad {
  readonly dataSet: DataSet;
  readonly parts: CleanParts;
}

/**
 * `acceptedDataSet(raw)` and `cleanParts` of it in one pass: each observation is checked, copied and made
 * an entry in one step, its fields read once from the validator's fixed-shape record. Undefined when either
 * would be (then run those two, and the full route, to find and word every issue).
 * @example cleanLoad(json, ruleSet.indicator)?.parts.facts.get('pm25-annual-mean')
 */
export function cleanLoad(raw: unknown, lookup: IndicatorLookup): CleanLoad | undefined {
  const shell = acceptedDataSetShell(raw);
  if (shell === undefined) return undefined;
  const given = shell.observations;
  const observations = new Array<Observation>(given.length);
  const facts = new Map<string, Map<string, FactEntry>>();
  // One record per call, not per module: the lookup is the caller's code and may itself load a data set.
  const fields = observationFields();
  for (let i = 0; i < given.length; i++) {
    // A figure's spelling is checked by the parse that makes its entry, the id's by its entry.
    const copy = acceptedObservation(given[i], fields, true);
    if (copy === undefined) return undefined;
    observations[i] = copy;
    const entry = cleanEntry(fields, i, lookup, shell.period);
    if (entry === undefined || !placed(facts, entry)) return undefined;
  }
  // The shell is this call's own copy, with the input's array in place until now.
  const dataSet = shell as unknown as { observations: Observation[] };
  dataSet.observations = observations;
  const parts = cleanRest(shell as unknown as DataSet, lookup, facts);
  return parts === undefined ? undefined : { dataSet: shell as unknown as DataSet, parts };
}
