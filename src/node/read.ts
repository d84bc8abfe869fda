/**
 * Bounded reads of untrusted files, standard input and NDJSON streams: a file over the documented
 * size (INPUT_LIMITS.jsonBytes, 64 MiB) is refused with E_TOO_LARGE before it fills the heap, whether
 * it is a regular file (refused from its size, before reading) or a device or pipe with no size
 * (`/dev/zero`: refused once the bytes read pass the limit).
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type InputIssue, InvalidInputError } from '../core/errors.js';
import { formatInexactNumber, type InexactNumberWarning, inexactNumbers } from '../core/json-literals.js';
import { INPUT_LIMITS } from '../core/limits.js';
import { ERROR_MESSAGES } from '../locales/index.js';

/** The E_TOO_LARGE issue: `found` is the size when it is known, else `> limit` (reading stopped there). */
export function tooLargeIssue(limit: number, size?: number): InputIssue {
  return {
    code: 'E_TOO_LARGE',
    path: '$',
    expected: ERROR_MESSAGES.expected.atMostBytes(limit),
    found: size === undefined ? `> ${limit}` : String(size),
  };
}

/**
 * Reads a whole file (or stream) as UTF-8, refusing more than `limit` bytes with an
 * {@link InvalidInputError} (E_TOO_LARGE) named `file`. File system errors (ENOENT, EISDIR) pass through.
 */
export async function readBoundedText(
  source: string | Readable,
  file: string,
  limit: number = INPUT_LIMITS.jsonBytes,
): Promise<string> {
  let stream: Readable;
  if (typeof source === 'string') {
    const handle = await open(source, 'r');
    try {
      const info = await handle.stat();
      // A regular file's size is known: refuse it without reading a byte.
      if (info.isFile() && info.size > limit) throw new InvalidInputError([tooLargeIssue(limit, info.size)], file);
    } catch (error) {
      await handle.close();
      throw error;
    }
    stream = handle.createReadStream();
  } else stream = source;
  const chunks: Buffer[] = [];
  let total = 0;
  // Devices, pipes and files that grow while read have no trustworthy size: count what arrives.
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > limit) {
      stream.destroy();
      throw new InvalidInputError([tooLargeIssue(limit)], file);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One line of a stream: its text, or `tooLong` when it passed the line limit (its bytes were dropped). */
export type BoundedLine = { readonly text: string; readonly tooLong?: undefined } | { readonly tooLong: true };

/**
 * Splits a stream into lines (LF or CRLF) holding at most `limit` bytes of one line in memory: a
 * longer line is dropped as it arrives and reported as `tooLong`, and reading goes on after it.
 */
export async function* boundedLines(
  stream: AsyncIterable<Buffer | string>,
  limit: number = INPUT_LIMITS.ndjsonLineBytes,
): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const finish = (): BoundedLine => {
    if (tooLong) return { tooLong: true };
    const bytes = Buffer.concat(parts, length);
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    return { text: bytes.toString('utf8', 0, end) };
  };
  const add = (piece: Buffer): void => {
    if (tooLong) return;
    length += piece.length;
    if (length > limit) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buffer.indexOf(10, start); nl !== -1; nl = buffer.indexOf(10, start)) {
      add(buffer.subarray(start, nl));
      yield finish();
      parts = [];
      length = 0;
      tooLong = false;
      start = nl + 1;
    }
    // Copy the tail: a subarray would pin the whole chunk in memory until the line ends.
    if (start < buffer.length) add(Buffer.from(buffer.subarray(start)));
  }
  if (length > 0 || tooLong) yield finish();
}

/** Options of the file loaders that read JSON text. */
export interface JsonReadOptions {
  /**
   * Called for each number literal a JSON number cannot hold exactly (`W_INEXACT_NUMBER`). Without it,
   * each is raised as a Node process warning (`process.emitWarning`, code `W_INEXACT_NUMBER`), so a
   * figure silently rounded by JSON.parse never goes unreported.
   */
  onWarning?: (warning: InexactNumberWarning) => void;
}

/**
 * Scans JSON text that parsed for number literals it could not hold exactly and reports each through
 * `onWarning`, or as a process warning in zh-Hans and English when there is no handler.
 */
export function warnInexactNumbers(text: string, file: string, onWarning?: (w: InexactNumberWarning) => void): void {
  for (const w of inexactNumbers(text, file)) {
    if (onWarning) onWarning(w);
    else
      process.emitWarning(`${formatInexactNumber(w, 'zh-Hans')}\n${formatInexactNumber(w, 'en')}`, {
        code: w.code,
      });
  }
}
