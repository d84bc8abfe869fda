import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatInexactNumber, inexactNumbers } from '../core/json-literals.js';
import { BUILTIN_INDICATORS } from '../indicators/catalogue.js';
import { type Indicator, IndicatorSchema } from '../indicators/schema.js';
import { CLI_LABELS as C } from '../locales/index.js';
import { parseJsonText } from '../node/json.js';
import { readBoundedText } from '../node/read.js';
import type { IndicatorLookup } from '../observations/normalize.js';
import { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, loadBuiltinRuleSet } from '../rulesets/builtin.js';
import { type CompiledRuleSet, loadRuleSet } from '../rulesets/load.js';
import { BUILTIN_SCHEME_IDS, type CompiledScheme, loadBuiltinScheme, loadScheme } from '../schemes/index.js';
import { CliError, fileError } from './errors.js';
import { type CliIo, envLocale } from './io.js';
import { escapeControls } from './output.js';

/**
 * Reads a text file relative to the CLI's working directory (`-` is standard input), refusing more
 * than 64 MiB (E_TOO_LARGE, exit 2): a regular file from its size, a device or pipe (`/dev/zero`)
 * once that many bytes have arrived.
 */
export async function readText(io: CliIo, path: string): Promise<string> {
  if (path === '-') {
    if (!io.stdin) throw new CliError(C.fileNotFound('-'));
    return readBoundedText(io.stdin, '(stdin)');
  }
  try {
    return await readBoundedText(resolve(io.cwd, path), path);
  } catch (error) {
    throw fileError(error, path) ?? error;
  }
}

/**
 * Reads and parses a JSON file; errors name the file as the user wrote it. Number literals JSON cannot
 * hold exactly are warned about on stderr (W_INEXACT_NUMBER, in the environment's language).
 */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  const text = await readText(io, path);
  const name = path === '-' ? '(stdin)' : path;
  const value = parseJsonText(text, name);
  const locale = envLocale(io.env) ?? 'zh-Hans';
  for (const w of inexactNumbers(text, name)) io.stderr.write(`${escapeControls(formatInexactNumber(w, locale))}\n`);
  return value;
}

async function isFile(io: CliIo, path: string): Promise<boolean> {
  try {
    return (await stat(resolve(io.cwd, path))).isFile();
  } catch {
    return false;
  }
}

/**
 * A rule set from a file, or a built-in one by id. A file of that name wins over a built-in id.
 * Throws a CliError when it is neither.
 */
export async function resolveRuleSet(io: CliIo, arg: string): Promise<CompiledRuleSet> {
  if (arg === '-' || (await isFile(io, arg)))
    return loadRuleSet(await readJson(io, arg), { file: arg === '-' ? '(stdin)' : arg });
  if (BUILTIN_RULE_SET_IDS.includes(arg)) return loadBuiltinRuleSet(arg);
  if (/[/\\]|\.json$/i.test(arg)) throw new CliError(C.fileNotFound(arg));
  throw new CliError(C.notFileNorBuiltin(arg, BUILTIN_RULE_SET_IDS.join(', ')));
}

/**
 * Indicators a data set may name when no rule set is given: the shared catalogue and every
 * built-in rule set's own indicators (read from their JSON, so this works whatever they compile to).
 */
export function knownIndicators(): IndicatorLookup {
  const all = new Map<string, Indicator>(BUILTIN_INDICATORS.map((i) => [i.id, i]));
  for (const id of BUILTIN_RULE_SET_IDS) {
    const raw = builtinRuleSetJson(id) as { indicators?: unknown[] };
    for (const candidate of raw.indicators ?? []) {
      const parsed = IndicatorSchema.safeParse(candidate);
      if (parsed.success && !all.has(parsed.data.id)) all.set(parsed.data.id, parsed.data);
    }
  }
  return (id) => all.get(id);
}

/** An assessment scheme from a file, or a built-in one by id. A file of that name wins. */
export async function resolveScheme(io: CliIo, arg: string): Promise<CompiledScheme> {
  if (await isFile(io, arg)) return loadScheme(await readJson(io, arg), { file: arg });
  if (BUILTIN_SCHEME_IDS.includes(arg)) return loadBuiltinScheme(arg);
  if (/[/\\]|\.json$/i.test(arg)) throw new CliError(C.fileNotFound(arg));
  throw new CliError(C.notFileNorBuiltinScheme(arg, BUILTIN_SCHEME_IDS.join(', ')));
}
