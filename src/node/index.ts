/**
 * Node file loaders (`quality-scorecard/node`): read rule sets, data sets and NDJSON cohorts from
 * files, with the file name (and line number) in every error. The core entry stays free of `node:`
 * imports so it runs in browsers.
 * @example
 * import { loadRuleSetFile, loadDataSetFile } from 'quality-scorecard/node';
 * const ruleSet = await loadRuleSetFile('rules/my-town-2019.json');
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InvalidInputError } from '../core/errors.js';
import { INPUT_LIMITS } from '../core/limits.js';
import { parseWith } from '../core/zod-issues.js';
import { CatalogueSchema, type Indicator } from '../indicators/schema.js';
import { type IndicatorLookup, loadDataSet, type RegionData } from '../observations/normalize.js';
import { type CompiledRuleSet, type LoadOptions, loadRuleSet } from '../rulesets/load.js';
import { type CompiledScheme, loadScheme } from '../schemes/load.js';
import { badJsonIssue, parseJsonText } from './json.js';
import { boundedLines, type JsonReadOptions, readBoundedText, tooLargeIssue, warnInexactNumbers } from './read.js';

export type { InexactNumberWarning } from '../core/json-literals.js';
export { badJsonIssue, lineColumn, parseJsonText } from './json.js';
export type { JsonReadOptions } from './read.js';

/**
 * Reads and parses a JSON file (`-` reads standard input). Syntax errors throw
 * {@link InvalidInputError} (`E_BAD_JSON`, with line and column); a missing file throws the
 * file system's error (`ENOENT`). A file over 64 MiB (`INPUT_LIMITS.jsonBytes`) is refused with
 * `E_TOO_LARGE`: from its size when it is a regular file, or once that many bytes have arrived from a
 * device or pipe. Nesting deeper than 128 levels and cycles are refused by every loader (`E_TOO_DEEP`).
 * A number literal JSON cannot hold exactly (`93.99999999999999999` reads as 94) is reported as a
 * `W_INEXACT_NUMBER` warning through `options.onWarning` (a process warning without one).
 */
export async function readJsonFile(path: string, options: JsonReadOptions = {}): Promise<unknown> {
  const name = path === '-' ? '(stdin)' : path;
  const text = await readBoundedText(path === '-' ? process.stdin : path, name);
  const value = parseJsonText(text, name);
  warnInexactNumbers(text, name, options.onWarning);
  return value;
}

/**
 * Reads, validates and compiles a rule set file; errors name the file.
 * @example const ruleSet = await loadRuleSetFile('rules/panan-2018.json')
 */
export async function loadRuleSetFile(
  path: string,
  options: LoadOptions & JsonReadOptions = {},
): Promise<CompiledRuleSet> {
  const raw = await readJsonFile(path, options);
  return loadRuleSet(raw, { file: path, ...options });
}

/**
 * Reads and validates a data set file against a rule set's indicators (or any indicator lookup);
 * errors name the file. The result can be passed to `evaluate` as the data.
 * @example evaluate(ruleSet, await loadDataSetFile('data/panan-2018.json', ruleSet))
 */
export async function loadDataSetFile(
  path: string,
  indicators: CompiledRuleSet | IndicatorLookup,
  options: JsonReadOptions = {},
): Promise<RegionData> {
  const raw = await readJsonFile(path, options);
  const lookup = typeof indicators === 'function' ? indicators : indicators.indicator;
  return loadDataSet(raw, lookup, path);
}

/**
 * Reads and validates an assessment scheme file; errors name the file.
 * @example evaluate(ruleSet, data, { scheme: await loadSchemeFile('schemes/county-2019.json') })
 */
export async function loadSchemeFile(path: string, options: JsonReadOptions = {}): Promise<CompiledScheme> {
  return loadScheme(await readJsonFile(path, options), { file: path });
}

/** Reads and validates an indicator catalogue file (like `rules/indicators.json`). */
export async function loadCatalogueFile(path: string, options: JsonReadOptions = {}): Promise<Indicator[]> {
  const raw = await readJsonFile(path, options);
  const parsed = parseWith(CatalogueSchema, raw);
  if (!parsed.ok) throw new InvalidInputError(parsed.issues, path);
  return parsed.data.indicators;
}

/** One line of an NDJSON file: its parsed value, or the error that line gave. */
export type NdjsonRecord =
  | { readonly line: number; readonly value: unknown; readonly error?: undefined }
  | { readonly line: number; readonly value?: undefined; readonly error: InvalidInputError };

/** Options for {@link readNdjson}. */
export interface NdjsonOptions {
  /** Called with the bytes read so far (for progress bars). */
  onBytes?: (bytesRead: number) => void;
  /** Name to put in errors; defaults to the path. */
  file?: string;
  /** Inexact number literals of a line (`file:line`); a process warning without it (see {@link JsonReadOptions}). */
  onWarning?: JsonReadOptions['onWarning'];
}

/**
 * Streams an NDJSON file (`-` for standard input) line by line, skipping blank lines. A line that is
 * not JSON yields an `error` whose file is `name:line`; reading goes on with the next line. So does a
 * line over 16 MiB (`INPUT_LIMITS.ndjsonLineBytes`, `E_TOO_LARGE`), which is dropped as it is read
 * rather than held in memory.
 * @example for await (const { line, value, error } of readNdjson('regions.ndjson')) { … }
 */
export async function* readNdjson(
  source: string | Readable,
  options: NdjsonOptions = {},
): AsyncGenerator<NdjsonRecord> {
  const stream: Readable =
    typeof source === 'string' ? (source === '-' ? process.stdin : createReadStream(source)) : source;
  const name = options.file ?? (typeof source === 'string' ? (source === '-' ? '(stdin)' : source) : '(stream)');
  let bytes = 0;
  if (options.onBytes) {
    const onBytes = options.onBytes;
    stream.on('data', (chunk: Buffer | string) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      onBytes(bytes);
    });
  }
  let line = 0;
  for await (const read of boundedLines(stream as AsyncIterable<Buffer | string>)) {
    line += 1;
    if (read.tooLong) {
      yield { line, error: new InvalidInputError([tooLargeIssue(INPUT_LIMITS.ndjsonLineBytes)], `${name}:${line}`) };
      continue;
    }
    const raw = read.text;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (error) {
      yield { line, error: new InvalidInputError([badJsonIssue(text, error, true)], `${name}:${line}`) };
      continue;
    }
    warnInexactNumbers(text, `${name}:${line}`, options.onWarning);
    yield { line, value };
  }
}
