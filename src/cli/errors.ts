import { formatIssue, formatOmitted, InvalidInputError, ScorecardError } from '../core/errors.js';
import { CLI_LABELS as C, PUNCTUATION } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import type { CliOutput } from './io.js';

/** Exit codes of the tool. */
export const EXIT = { ok: 0, shortfall: 1, invalid: 2, internal: 3 } as const;

/** A problem with the command line or the input that is not an {@link InvalidInputError}: exit 2. */
export class CliError extends Error {
  constructor(
    readonly messages: LocalizedText,
    readonly command?: string,
  ) {
    super(messages.en);
    this.name = 'CliError';
  }
}

function nodeErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof (error as { code: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;
}

/** File system errors in words. */
export function fileError(error: unknown, path: string): CliError | undefined {
  const code = nodeErrorCode(error);
  if (code === 'ENOENT') return new CliError(C.fileNotFound(path));
  if (code && /^E[A-Z]+$/.test(code)) return new CliError(C.cannotRead(path, code));
  return undefined;
}

/**
 * Prints an error on stderr in the chosen language and returns the exit code: 2 for invalid input
 * (with each problem's path and message), 3 for an internal error.
 */
export function reportError(error: unknown, locale: Locale, stderr: CliOutput): number {
  const prefix = `quality-scorecard: ${C.error[locale]}${PUNCTUATION.colon[locale]}`;
  if (error instanceof InvalidInputError) {
    stderr.write(`${prefix}${C.invalidInput(error.file ?? '(input)')[locale]}\n`);
    for (const issue of error.issues) stderr.write(`  ${formatIssue(issue, locale, error.file)}\n`);
    for (const line of formatOmitted(error.omitted, locale)) stderr.write(`  ${line}\n`);
    return EXIT.invalid;
  }
  if (error instanceof CliError) {
    stderr.write(`${prefix}${error.messages[locale]}\n`);
    if (error.command !== undefined) stderr.write(`${C.seeHelp(error.command)[locale]}\n`);
    return EXIT.invalid;
  }
  if (error instanceof ScorecardError) {
    stderr.write(`${prefix}${error.messages[locale]}\n`);
    return EXIT.invalid;
  }
  stderr.write(`${prefix}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.internal;
}
