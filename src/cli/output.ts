import { type FileHandle, open, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CLI_LABELS as C } from '../locales/index.js';
import { CliError } from './errors.js';
import type { CliIo, CliOutput } from './io.js';

// C0 and C1 controls (ESC starts the sequences that retitle or repaint a terminal; a CR rewrites the
// line), DEL, the line and paragraph separators, and the bidirectional overrides and isolates that
// reorder what a terminal shows.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text with every control character other than a line feed or tab written as a `\uXXXX` escape, so a
 * file name, an argument or a value quoted from a broken input cannot drive the terminal it is shown on.
 * @example escapeControls('a\u001b]0;pwned\u0007') // 'a\\u001b]0;pwned\\u0007'
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) =>
    c === '\n' || c === '\t' ? c : `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The stream with {@link escapeControls} applied to everything written: what the CLI prints to stderr
 * are messages, and any control character in one came from outside. (The progress bar draws with its
 * own escape sequences on the raw stream.)
 */
export function escapingOutput(out: CliOutput): CliOutput {
  const safe: CliOutput = { write: (chunk: string) => out.write(escapeControls(chunk)) };
  if (out.once) safe.once = (event, listener) => out.once?.(event, listener);
  if (out.isTTY !== undefined) safe.isTTY = out.isTTY;
  if (out.columns !== undefined) safe.columns = out.columns;
  return safe;
}

/** How an output file may be opened: created only (`wx`), or truncated (`w`, with `--force` or for a device). */
export type OutputFlag = 'w' | 'wx';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/**
 * Checks an output path before anything is read or written, and says how to open it. An existing
 * file that is one of the inputs (the same real path, or the same file through a hard link) is
 * refused, `--force` or not: the report would replace the data it was computed from. Any other
 * existing regular file is written over only with `force`. A path that does not exist yet is opened
 * with `wx`, so a file that appears meanwhile is not overwritten either. Devices and pipes
 * (`/dev/null`, `/dev/stdout`) hold nothing to lose.
 */
export async function checkOutput(
  io: CliIo,
  path: string,
  inputs: readonly string[],
  force: boolean | undefined,
): Promise<OutputFlag> {
  const target = resolve(io.cwd, path);
  let existing: Awaited<ReturnType<typeof stat>>;
  try {
    existing = await stat(target);
  } catch (error) {
    // Not there yet: it cannot be an input. Other failures surface when the file is written.
    return errorCode(error) === 'ENOENT' ? 'wx' : 'w';
  }
  const real = await realpath(target);
  for (const input of inputs) {
    if (input === '-') continue;
    const source = resolve(io.cwd, input);
    const given = await stat(source).catch(() => undefined);
    if (!given) continue;
    const same = (given.dev === existing.dev && given.ino === existing.ino) || (await realpath(source)) === real;
    if (same) throw new CliError(C.outputIsInput(path, input));
  }
  if (!existing.isFile()) return 'w';
  if (!force) throw new CliError(C.outputExists(path));
  return 'w';
}

/** Opens an output file with the flag {@link checkOutput} chose; a file created meanwhile is refused. */
export async function openOutput(target: string, path: string, flag: OutputFlag): Promise<FileHandle> {
  try {
    return await open(target, flag);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw new CliError(C.outputExists(path));
    throw new CliError(C.cannotWrite(path, code ?? (error instanceof Error ? error.message : String(error))));
  }
}
