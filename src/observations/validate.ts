/**
 * A data-set validator compiled from {@link DataSetSchema}'s shapes for the evaluation hot path: zod's
 * `safeParse` costs tens of microseconds per town, this a few. It answers only "valid, and here is what zod
 * would have returned" or "not sure": on anything it does not accept, the caller runs zod (through
 * `parseWith`), so users always see zod's issues, the depth and cycle checks and the NaN/±Infinity codes.
 *
 * Its contract, held by a differential property test against zod: whenever it returns a data set, zod
 * accepts the input and returns a deep-equal value with the same key order (keys in schema order, an
 * optional key present with `undefined` kept, arrays and objects fresh, strings and numbers as given).
 * It accepts only plain objects (prototype Object.prototype or null) and own keys, so an exotic input falls
 * back to zod. The schemas nest a few levels and hold no recursion, so nothing it accepts can be cyclic or
 * deeper than the input limits.
 */
import type { z } from 'zod';
import { INPUT_LIMITS } from '../core/limits.js';
import { significantDigits } from '../core/schemas.js';
import {
  BenchmarkValueSchema,
  type DataSet,
  DataSetSchema,
  EventSchema,
  type Observation,
  ObservationSchema,
  type Provenance,
  ProvenanceSchema,
  RegionSchema,
} from './schema.js';

/** What a field check returns for a value it does not accept. */
const REJECT: unique symbol = Symbol('reject');
type Check = (value: unknown) => unknown;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// zod's own ISO date pattern (z.iso.date()), leap days included.
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * A check that a string matches `pattern`. Ids, period labels and dates recur across data sets, so each
 * accepted spelling is remembered (bounded): a set lookup costs less than the pattern.
 */
const matching = (pattern: RegExp): Check => {
  const accepted = new Set<string>();
  return (v) => {
    if (typeof v !== 'string') return REJECT;
    if (accepted.has(v)) return v;
    if (!pattern.test(v)) return REJECT;
    if (accepted.size >= 4_096) accepted.clear();
    accepted.add(v);
    return v;
  };
};
const anyString: Check = (v) => (typeof v === 'string' ? v : REJECT);
const nonEmpty: Check = (v) => (typeof v === 'string' && v.length > 0 ? v : REJECT);
const bool: Check = (v) => (typeof v === 'boolean' ? v : REJECT);
const int: Check = (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : REJECT);
const positiveInt: Check = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : REJECT);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? v : REJECT;

/** `DecimalInputSchema`: a finite number, or a plain decimal string of at most 30 significant digits. */
const decimalInput: Check = (v) => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : REJECT;
  if (typeof v !== 'string' || !DECIMAL.test(v)) return REJECT;
  return v.length <= INPUT_LIMITS.significantDigits || significantDigits(v) <= INPUT_LIMITS.significantDigits
    ? v
    : REJECT;
};
const decimalOrBool: Check = (v) => (typeof v === 'boolean' ? v : decimalInput(v));

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A field of a strict object: its check and whether it may be left out. */
type Field = readonly [check: Check, optional: boolean];

/**
 * A strict-object check whose keys come, in order, from the zod schema's shape; `fields` gives each key's
 * check. A key of the shape without a check is a programming error, caught when the module loads.
 */
function strictObject(schema: z.ZodObject, fields: Readonly<Record<string, Field>>): Check {
  const keys = Object.keys(schema.shape);
  const checks = keys.map((key) => {
    const field = fields[key];
    if (!field) throw new Error(`validate.ts has no check for the data-set field "${key}"`);
    return field;
  });
  const position = new Map(keys.map((key, i) => [key, i]));
  // Two flat arrays rather than a pair per field: destructuring a pair on every key costs more than its check.
  const checkAt = checks.map(([check]) => check);
  const optionalAt = checks.map(([, optional]) => optional);
  const requiredCount = optionalAt.filter((optional) => !optional).length;
  const reordered = reorderingObject(keys, checks, position);
  return (v) => {
    if (!isPlainObject(v)) return REJECT;
    // Data sets are usually written with their keys in the schema's order: then one walk over the keys
    // given checks and copies them, and zod's output (keys in schema order) has the input's order.
    // for…in rather than Object.keys: no array per object. It also lists inherited enumerable keys, which
    // only a polluted Object.prototype has; such input is refused here and left to zod.
    const out: Record<string, unknown> = {};
    let last = -1;
    let required = 0;
    for (const key in v) {
      const i = position.get(key);
      if (i === undefined) return REJECT;
      if (i <= last) return reordered(v);
      last = i;
      const optional = optionalAt[i] as boolean;
      const value = v[key];
      if (value === undefined) {
        if (!optional) return REJECT;
        // zod keeps a key given as undefined, and leaves out one not given.
        if (Object.hasOwn(v, key)) out[key] = undefined;
        continue;
      }
      const parsed = (checkAt[i] as Check)(value);
      if (parsed === REJECT) return REJECT;
      if (!optional) required += 1;
      out[key] = parsed;
    }
    return required === requiredCount ? out : REJECT;
  };
}

/** The check for an object whose keys are all known but not in the schema's order: its copy follows the schema's. */
function reorderingObject(keys: readonly string[], checks: readonly Field[], position: ReadonlyMap<string, number>) {
  let lastRequired = -1;
  checks.forEach(([, optional], i) => {
    if (!optional) lastRequired = i;
  });
  return (v: Record<string, unknown>): unknown => {
    let listed = 0;
    for (const key in v) {
      if (!position.has(key)) return REJECT;
      listed += 1;
    }
    const out: Record<string, unknown> = {};
    // Every listed key is a known one, met once below: once all are met and no required key is left,
    // the remaining optional keys are absent, and neither read nor looked up (an observation names
    // three or four of its twelve).
    let met = 0;
    for (let i = 0; i < keys.length; i++) {
      if (met === listed && i > lastRequired) break;
      const key = keys[i] as string;
      const [check, optional] = checks[i] as Field;
      const value = v[key];
      if (value === undefined) {
        if (!optional) return REJECT;
        if (met < listed && Object.hasOwn(v, key)) {
          out[key] = undefined;
          met += 1;
        }
        continue;
      }
      met += 1;
      const parsed = check(value);
      if (parsed === REJECT) return REJECT;
      out[key] = parsed;
    }
    return out;
  };
}

function arrayOf(item: Check): Check {
  return (v) => {
    if (!Array.isArray(v)) return REJECT;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const parsed = item(v[i]);
      if (parsed === REJECT) return REJECT;
      out[i] = parsed;
    }
    return out;
  };
}

const required = (check: Check): Field => [check, false];
const optional = (check: Check): Field => [check, true];

const indicatorId = matching(ID);

/**
 * Whether a text is an id as the schemas spell them (lower-case words joined by single dashes).
 * @example isIndicatorId('pm25-annual-mean') // true; isIndicatorId('PM25') // false
 */
export function isIndicatorId(text: string): boolean {
  return indicatorId(text) !== REJECT;
}
const eventType = matching(ID);
const periodLabel = matching(PERIOD);

/** Fails when a named check's keys are not its schema's, in order: it writes its copy in that order. */
function namesTheShape(schema: z.ZodObject, keys: readonly string[]): void {
  if (Object.keys(schema.shape).join() !== keys.join())
    throw new Error(`validate.ts names the fields ${keys.join()} out of step with the schema`);
}

const isoDate = matching(ISO_DATE);
const statusOf = oneOf(ProvenanceSchema.shape.status.unwrap().options);
const coverage = strictObject(ProvenanceSchema.shape.coverage.unwrap(), {
  from: required(isoDate),
  to: required(isoDate),
});

const anyProvenance = strictObject(ProvenanceSchema, {
  source: required(nonEmpty),
  publishedOn: optional(isoDate),
  url: optional(anyString),
  status: optional(statusOf),
  coverage: optional(coverage),
  note: optional(anyString),
});

namesTheShape(ProvenanceSchema, ['source', 'publishedOn', 'url', 'status', 'coverage', 'note']);
/**
 * The provenance check: each key named in its own branch, in any order, and the copy written in the
 * schema's order (named writes; see the observation check). Keys given as undefined go to the general check.
 */
const provenance: Check = (v) => {
  if (!isPlainObject(v)) return REJECT;
  let source: unknown;
  let publishedOn: unknown;
  let url: unknown;
  let status: unknown;
  let covered: unknown;
  let note: unknown;
  for (const key in v) {
    const value = v[key];
    if (value === undefined) return anyProvenance(v);
    switch (key) {
      case 'source':
        if (nonEmpty(value) === REJECT) return REJECT;
        source = value;
        break;
      case 'publishedOn':
        if (isoDate(value) === REJECT) return REJECT;
        publishedOn = value;
        break;
      case 'url':
        if (typeof value !== 'string') return REJECT;
        url = value;
        break;
      case 'status':
        if (statusOf(value) === REJECT) return REJECT;
        status = value;
        break;
      case 'coverage':
        covered = coverage(value);
        if (covered === REJECT) return REJECT;
        break;
      case 'note':
        if (typeof value !== 'string') return REJECT;
        note = value;
        break;
      default:
        return REJECT;
    }
  }
  if (source === undefined) return REJECT;
  const out: Record<string, unknown> = { source };
  if (publishedOn !== undefined) out.publishedOn = publishedOn;
  if (url !== undefined) out.url = url;
  if (status !== undefined) out.status = status;
  if (covered !== undefined) out.coverage = covered;
  if (note !== undefined) out.note = note;
  return out;
};

const anyObservation = strictObject(ObservationSchema, {
  indicator: required(matching(ID)),
  period: optional(matching(PERIOD)),
  value: optional(decimalOrBool),
  unit: optional(nonEmpty),
  passed: optional(int),
  sampled: optional(int),
  rank: optional(positiveInt),
  of: optional(positiveInt),
  notApplicable: optional(bool),
  reason: optional(anyString),
  evidence: optional(anyString),
  provenance: optional(provenance),
});

/** The keys {@link readObservation} names one by one and {@link copyOf} writes, which must be the schema's, in its order. */
const OBSERVATION_KEYS = [
  'indicator',
  'period',
  'value',
  'unit',
  'passed',
  'sampled',
  'rank',
  'of',
  'notApplicable',
  'reason',
  'evidence',
  'provenance',
] as const;
if (Object.keys(ObservationSchema.shape).join() !== OBSERVATION_KEYS.join())
  throw new Error('validate.ts names the observation fields out of step with ObservationSchema');

/**
 * An observation's fields as the validator read them, every key always present (undefined when not
 * given): one hidden class for every observation, so the loader reads them without the lookups that
 * observations of a dozen different key sets cost.
 */
export interface ObservationFields {
  indicator: string;
  period: string | undefined;
  value: string | number | boolean | undefined;
  unit: string | undefined;
  passed: number | undefined;
  sampled: number | undefined;
  rank: number | undefined;
  of: number | undefined;
  notApplicable: boolean | undefined;
  reason: string | undefined;
  evidence: string | undefined;
  provenance: Provenance | undefined;
}

/** A fresh {@link ObservationFields} for {@link acceptedObservation} to fill. */
export function observationFields(): ObservationFields {
  return {
    indicator: '',
    period: undefined,
    value: undefined,
    unit: undefined,
    passed: undefined,
    sampled: undefined,
    rank: undefined,
    of: undefined,
    notApplicable: undefined,
    reason: undefined,
    evidence: undefined,
    provenance: undefined,
  };
}

/** `fields` set from an observation zod's way of checking accepted. */
function fieldsFrom(copy: Observation, fields: ObservationFields): void {
  fields.indicator = copy.indicator;
  fields.period = copy.period;
  fields.value = copy.value;
  fields.unit = copy.unit;
  fields.passed = copy.passed;
  fields.sampled = copy.sampled;
  fields.rank = copy.rank;
  fields.of = copy.of;
  fields.notApplicable = copy.notApplicable;
  fields.reason = copy.reason;
  fields.evidence = copy.evidence;
  fields.provenance = copy.provenance;
}

/** The general check, for what the named one below leaves to it; it fills `fields` from its copy. */
function generalObservation(v: Record<string, unknown>, fields: ObservationFields): unknown {
  const copy = anyObservation(v);
  if (copy !== REJECT) fieldsFrom(copy as Observation, fields);
  return copy;
}

/**
 * The observation check data sets run once per row: each key named in its own branch, its value written to
 * `fields` (every field, absent ones as undefined), and the copy then built from `fields` in the schema's
 * key order whatever order the input gave, so every read and write is of one named field (a keyed write
 * to a fresh object costs several times more). Keys given as undefined go to the general check, which
 * keeps them where zod does.
 */
function readObservation(v: unknown, fields: ObservationFields, checkedLater: boolean): unknown {
  if (!isPlainObject(v)) return REJECT;
  let hasIndicator = false;
  fields.period = undefined;
  fields.value = undefined;
  fields.unit = undefined;
  fields.passed = undefined;
  fields.sampled = undefined;
  fields.rank = undefined;
  fields.of = undefined;
  fields.notApplicable = undefined;
  fields.reason = undefined;
  fields.evidence = undefined;
  fields.provenance = undefined;
  for (const key in v) {
    const value = v[key];
    if (value === undefined) return generalObservation(v, fields);
    switch (key) {
      case 'indicator':
        if (checkedLater ? typeof value !== 'string' : indicatorId(value) === REJECT) return REJECT;
        fields.indicator = value as string;
        hasIndicator = true;
        break;
      case 'period':
        if (periodLabel(value) === REJECT) return REJECT;
        fields.period = value as string;
        break;
      case 'value':
        // A string the caller parses is left to that parse, which refuses what this check would.
        if (
          typeof value === 'string' ? !checkedLater && decimalInput(value) === REJECT : decimalOrBool(value) === REJECT
        )
          return REJECT;
        fields.value = value as string | number | boolean;
        break;
      case 'unit':
        if (nonEmpty(value) === REJECT) return REJECT;
        fields.unit = value as string;
        break;
      case 'passed':
        if (int(value) === REJECT) return REJECT;
        fields.passed = value as number;
        break;
      case 'sampled':
        if (int(value) === REJECT) return REJECT;
        fields.sampled = value as number;
        break;
      case 'rank':
        if (positiveInt(value) === REJECT) return REJECT;
        fields.rank = value as number;
        break;
      case 'of':
        if (positiveInt(value) === REJECT) return REJECT;
        fields.of = value as number;
        break;
      case 'notApplicable':
        if (typeof value !== 'boolean') return REJECT;
        fields.notApplicable = value;
        break;
      case 'reason':
        if (typeof value !== 'string') return REJECT;
        fields.reason = value;
        break;
      case 'evidence':
        if (typeof value !== 'string') return REJECT;
        fields.evidence = value;
        break;
      case 'provenance': {
        const parsed = provenance(value);
        if (parsed === REJECT) return REJECT;
        fields.provenance = parsed as Provenance;
        break;
      }
      default:
        // An unknown key, which zod refuses.
        return REJECT;
    }
  }
  return hasIndicator ? copyOf(fields) : REJECT;
}

/** The observation zod returns for these fields: the given ones, in the schema's order. */
function copyOf(fields: ObservationFields): Observation {
  const out: Observation = { indicator: fields.indicator };
  if (fields.period !== undefined) out.period = fields.period;
  if (fields.value !== undefined) out.value = fields.value;
  if (fields.unit !== undefined) out.unit = fields.unit;
  if (fields.passed !== undefined) out.passed = fields.passed;
  if (fields.sampled !== undefined) out.sampled = fields.sampled;
  if (fields.rank !== undefined) out.rank = fields.rank;
  if (fields.of !== undefined) out.of = fields.of;
  if (fields.notApplicable !== undefined) out.notApplicable = fields.notApplicable;
  if (fields.reason !== undefined) out.reason = fields.reason;
  if (fields.evidence !== undefined) out.evidence = fields.evidence;
  if (fields.provenance !== undefined) out.provenance = fields.provenance;
  return out;
}

/** Where the data-set check puts the fields it does not use (nothing runs between a write and its read). */
const unread = observationFields();
const observation: Check = (v) => readObservation(v, unread, false);

/**
 * The observation zod would return for `raw`, with its fields written to `fields`, when this validator can
 * tell `raw` is a valid observation; undefined otherwise (`fields` is then not to be read). With
 * `checkedLater`, two strings are taken as they are, and the caller must refuse the observation unless
 * `value`, when a string, is a plain decimal spelling of at most {@link INPUT_LIMITS}`.significantDigits`
 * significant digits and `indicator` is an id ({@link isIndicatorId}): the one-pass load parses the figure
 * anyway, and compares the id with its indicator's, which costs less than looking it up here.
 * @example acceptedObservation({ indicator: 'pm25', value: '27', unit: 'μg/m³' }, observationFields())
 */
export function acceptedObservation(
  raw: unknown,
  fields: ObservationFields,
  checkedLater = false,
): Observation | undefined {
  const parsed = readObservation(raw, fields, checkedLater);
  return parsed === REJECT ? undefined : (parsed as Observation);
}

const anyBenchmark = strictObject(BenchmarkValueSchema, {
  id: required(matching(ID)),
  indicator: required(matching(ID)),
  period: optional(matching(PERIOD)),
  value: required(decimalInput),
  unit: required(nonEmpty),
  provenance: optional(provenance),
});

namesTheShape(BenchmarkValueSchema, ['id', 'indicator', 'period', 'value', 'unit', 'provenance']);
/** The benchmark check, named keys in any order as the observation check (undefined keys: the general one). */
const benchmark: Check = (v) => {
  if (!isPlainObject(v)) return REJECT;
  let id: unknown;
  let indicator: unknown;
  let period: unknown;
  let value: unknown;
  let unit: unknown;
  let source: unknown;
  for (const key in v) {
    const given = v[key];
    if (given === undefined) return anyBenchmark(v);
    switch (key) {
      case 'id':
        if (indicatorId(given) === REJECT) return REJECT;
        id = given;
        break;
      case 'indicator':
        if (indicatorId(given) === REJECT) return REJECT;
        indicator = given;
        break;
      case 'period':
        if (periodLabel(given) === REJECT) return REJECT;
        period = given;
        break;
      case 'value':
        if (decimalInput(given) === REJECT) return REJECT;
        value = given;
        break;
      case 'unit':
        if (nonEmpty(given) === REJECT) return REJECT;
        unit = given;
        break;
      case 'provenance':
        source = provenance(given);
        if (source === REJECT) return REJECT;
        break;
      default:
        return REJECT;
    }
  }
  if (id === undefined || indicator === undefined || value === undefined || unit === undefined) return REJECT;
  const out: Record<string, unknown> = { id, indicator };
  if (period !== undefined) out.period = period;
  out.value = value;
  out.unit = unit;
  if (source !== undefined) out.provenance = source;
  return out;
};

const anyEvent = strictObject(EventSchema, {
  type: required(matching(ID)),
  date: required(isoDate),
  note: optional(anyString),
  provenance: optional(provenance),
});

namesTheShape(EventSchema, ['type', 'date', 'note', 'provenance']);
/** The event check, named keys in any order as the observation check (undefined keys: the general one). */
const event: Check = (v) => {
  if (!isPlainObject(v)) return REJECT;
  let type: unknown;
  let date: unknown;
  let note: unknown;
  let source: unknown;
  for (const key in v) {
    const given = v[key];
    if (given === undefined) return anyEvent(v);
    switch (key) {
      case 'type':
        if (eventType(given) === REJECT) return REJECT;
        type = given;
        break;
      case 'date':
        if (isoDate(given) === REJECT) return REJECT;
        date = given;
        break;
      case 'note':
        if (typeof given !== 'string') return REJECT;
        note = given;
        break;
      case 'provenance':
        source = provenance(given);
        if (source === REJECT) return REJECT;
        break;
      default:
        return REJECT;
    }
  }
  if (type === undefined || date === undefined) return REJECT;
  const out: Record<string, unknown> = { type, date };
  if (note !== undefined) out.note = note;
  if (source !== undefined) out.provenance = source;
  return out;
};

const region = strictObject(RegionSchema, {
  id: required(matching(ID)),
  name: required(nonEmpty),
  level: optional(oneOf(RegionSchema.shape.level.unwrap().options)),
  parent: optional(nonEmpty),
});

const dataSet = strictObject(DataSetSchema, {
  $schema: optional(anyString),
  schemaVersion: required((v) => (v === 1 ? v : REJECT)),
  region: required(region),
  period: required(matching(PERIOD)),
  asOf: optional(matching(ISO_DATE)),
  observations: required(arrayOf(observation)),
  benchmarks: optional(arrayOf(benchmark)),
  events: optional(arrayOf(event)),
  notes: optional(arrayOf(anyString)),
});

/** Passes any array through as it is: the loader checks and copies the observations itself, one by one. */
const anyArray: Check = (v) => (Array.isArray(v) ? v : REJECT);

const anyShell = strictObject(DataSetSchema, {
  $schema: optional(anyString),
  schemaVersion: required((v) => (v === 1 ? v : REJECT)),
  region: required(region),
  period: required(matching(PERIOD)),
  asOf: optional(matching(ISO_DATE)),
  observations: required(anyArray),
  benchmarks: optional(arrayOf(benchmark)),
  events: optional(arrayOf(event)),
  notes: optional(arrayOf(anyString)),
});

const benchmarks = arrayOf(benchmark);
const events = arrayOf(event);
const notes = arrayOf(anyString);
namesTheShape(DataSetSchema, [
  '$schema',
  'schemaVersion',
  'region',
  'period',
  'asOf',
  'observations',
  'benchmarks',
  'events',
  'notes',
]);
/**
 * The data set's own fields, observations passed through as {@link anyArray} does, named keys in any order
 * as the observation check (undefined keys: the general one).
 */
const dataSetShell: Check = (v) => {
  if (!isPlainObject(v)) return REJECT;
  let schema: unknown;
  let version: unknown;
  let place: unknown;
  let period: unknown;
  let asOf: unknown;
  let rows: unknown;
  let figures: unknown;
  let dated: unknown;
  let remarks: unknown;
  for (const key in v) {
    const given = v[key];
    if (given === undefined) return anyShell(v);
    switch (key) {
      case '$schema':
        if (typeof given !== 'string') return REJECT;
        schema = given;
        break;
      case 'schemaVersion':
        if (given !== 1) return REJECT;
        version = given;
        break;
      case 'region':
        place = region(given);
        if (place === REJECT) return REJECT;
        break;
      case 'period':
        if (periodLabel(given) === REJECT) return REJECT;
        period = given;
        break;
      case 'asOf':
        if (isoDate(given) === REJECT) return REJECT;
        asOf = given;
        break;
      case 'observations':
        if (!Array.isArray(given)) return REJECT;
        rows = given;
        break;
      case 'benchmarks':
        figures = benchmarks(given);
        if (figures === REJECT) return REJECT;
        break;
      case 'events':
        dated = events(given);
        if (dated === REJECT) return REJECT;
        break;
      case 'notes':
        remarks = notes(given);
        if (remarks === REJECT) return REJECT;
        break;
      default:
        return REJECT;
    }
  }
  if (version === undefined || place === undefined || period === undefined || rows === undefined) return REJECT;
  const out: Record<string, unknown> = {};
  if (schema !== undefined) out.$schema = schema;
  out.schemaVersion = version;
  out.region = place;
  out.period = period;
  if (asOf !== undefined) out.asOf = asOf;
  out.observations = rows;
  if (figures !== undefined) out.benchmarks = figures;
  if (dated !== undefined) out.events = dated;
  if (remarks !== undefined) out.notes = remarks;
  return out;
};

/** A data set checked and copied as {@link acceptedDataSet} does, except its observations: the array as given. */
export type DataSetShell = Omit<DataSet, 'observations'> & { observations: readonly unknown[] };

/**
 * What {@link acceptedDataSet} returns for `raw`, but with `observations` the input's own array, unchecked
 * (each goes to {@link acceptedObservation}, and the caller puts the copies in place); undefined when any
 * other field is not one this validator can tell valid.
 * @example acceptedDataSetShell(json)?.observations.length
 */
export function acceptedDataSetShell(raw: unknown): DataSetShell | undefined {
  const parsed = dataSetShell(raw);
  return parsed === REJECT ? undefined : (parsed as DataSetShell);
}

/**
 * The data set zod would return for `raw`, when this validator can tell `raw` is valid; `undefined`
 * otherwise (then run zod, which gives the issues). Never throws on any input a JSON parser can produce.
 * @example acceptedDataSet({ schemaVersion: 1, region: { id: 'a', name: '甲' }, period: '2018', observations: [] })
 */
export function acceptedDataSet(raw: unknown): DataSet | undefined {
  const parsed = dataSet(raw);
  return parsed === REJECT ? undefined : (parsed as DataSet);
}
