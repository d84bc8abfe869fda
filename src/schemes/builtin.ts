import defaultScheme from '../../rules/schemes/default.json';
import nationalGradeBands from '../../rules/schemes/national-grade-bands.json';
import pananEnvironmentDeductions from '../../rules/schemes/panan-environment-deductions.json';
import { UnknownBuiltinError } from '../core/errors.js';
import { SCHEME_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { type CompiledScheme, loadScheme } from './load.js';

const SOURCES: Readonly<Record<string, unknown>> = {
  default: defaultScheme,
  'national-grade-bands': nationalGradeBands,
  'panan-environment-deductions': pananEnvironmentDeductions,
};

/** Ids of the schemes shipped in `rules/schemes/`. */
export const BUILTIN_SCHEME_IDS: readonly string[] = Object.freeze(Object.keys(SOURCES));

/**
 * A scheme id the library does not ship. An {@link UnknownBuiltinError} (same code), worded for schemes.
 * @example try { loadBuiltinScheme('nope') } catch (e) { e instanceof UnknownBuiltinError }
 */
export class UnknownSchemeError extends UnknownBuiltinError {
  constructor(id: string, known: readonly string[]) {
    super(id, known);
    const messages: LocalizedText = SCHEME_MESSAGES.unknownBuiltin(id, known.join(', '));
    // The base class words its message for rule sets; a scheme's caller deserves the right noun.
    (this as { messages: LocalizedText }).messages = messages;
    this.message = `${messages['zh-Hans']}\n${messages.en}`;
    this.name = 'UnknownSchemeError';
  }
}

const compiled = new Map<string, CompiledScheme>();

/**
 * Loads a built-in scheme by id (validated once, then cached): `default`, `national-grade-bands`,
 * `panan-environment-deductions`.
 * @example evaluate(loadBuiltinRuleSet('panan-2018'), data, { scheme: loadBuiltinScheme('national-grade-bands') }).scheme?.grade
 */
export function loadBuiltinScheme(id: string): CompiledScheme {
  const cached = compiled.get(id);
  if (cached) return cached;
  const raw = SOURCES[id];
  if (raw === undefined) throw new UnknownSchemeError(id, BUILTIN_SCHEME_IDS);
  const scheme = loadScheme(raw, { file: `rules/schemes/${id}.json` });
  compiled.set(id, scheme);
  return scheme;
}

/** The raw JSON of a built-in scheme, as shipped (a deep copy: safe to edit and reload). */
export function builtinSchemeJson(id: string): unknown {
  const raw = SOURCES[id];
  if (raw === undefined) throw new UnknownSchemeError(id, BUILTIN_SCHEME_IDS);
  return structuredClone(raw);
}
