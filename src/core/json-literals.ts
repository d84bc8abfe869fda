/**
 * Number literals in JSON text that a binary number cannot hold. `JSON.parse('93.99999999999999999')`
 * gives 94, and the difference is gone before any schema sees it, so the check reads the raw text: every
 * number literal whose decimal value differs from the decimal value of the double it parses to gets a
 * warning that names its JSON path and asks for a decimal string instead (`"93.99999999999999999"`).
 */
import { ERROR_MESSAGES, PUNCTUATION } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { D } from './decimal.js';
import { jsonPath } from './errors.js';

/** A JSON number literal that did not survive parsing exactly. */
export interface InexactNumberWarning {
  readonly code: 'W_INEXACT_NUMBER';
  /** The file (or `file:line` of an NDJSON line) when known. */
  readonly file?: string;
  /** JSON path of the number, e.g. `$.observations[3].value`. */
  readonly path: string;
  /** The literal as written. */
  readonly literal: string;
  /** What JSON.parse made of it, as a plain decimal (or `Infinity`). */
  readonly parsed: string;
  /** The literal's exact value as the decimal string to write instead. */
  readonly decimal: string;
  readonly message: LocalizedText;
}

// Every literal of at most 15 significant digits and no exponent parses to a double that prints back
// the same, so text without a 16-character run of digits and points, and without an exponent, is clean.
const MAYBE_INEXACT = /\d[\d.]{15}|\d[eE]/;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Whether a number literal's decimal value differs from that of the double JSON.parse gives for it. */
export function isInexactLiteral(literal: string): boolean {
  const parsed = Number(literal);
  if (!Number.isFinite(parsed)) return true;
  return !new D(literal).eq(new D(String(parsed)));
}

/**
 * The warnings for every inexact number literal in a JSON text, in text order. Expects text that
 * JSON.parse accepted; returns nothing for other text rather than guessing. Linear in the text, and a
 * single regular-expression test for text with no long number at all.
 * @example inexactNumbers('{"v": 93.99999999999999999}')[0]?.path // '$.v'
 */
export function inexactNumbers(text: string, file?: string): InexactNumberWarning[] {
  if (!MAYBE_INEXACT.test(text)) return [];
  const out: InexactNumberWarning[] = [];
  // One frame per open container: an object's current key, or an array's current index.
  const frames: Array<{ array: boolean; key: string | number }> = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (expectKey) {
        const frame = frames[frames.length - 1];
        if (frame) frame.key = JSON.parse(text.slice(i, end)) as string;
      }
      i = end;
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (!match) return [];
      const literal = match[0];
      if ((literal.length > 15 || /[eE]/.test(literal)) && isInexactLiteral(literal))
        out.push(warning(literal, jsonPath(frames.map((f) => f.key)), file));
      i += literal.length;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      frames.push({ array: c === 0x5b, key: c === 0x5b ? 0 : '' });
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      frames.pop();
      expectKey = false;
    } else if (c === 0x3a) expectKey = false;
    else if (c === 0x2c) {
      const frame = frames[frames.length - 1];
      if (frame?.array) frame.key = (frame.key as number) + 1;
      expectKey = frame !== undefined && !frame.array;
    }
    i += 1;
  }
  return out;
}

/** The index just past the string literal that opens at `start` (a `"`), skipping escaped characters. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x22) return i + 1;
    else i += 1;
  }
  return i;
}

function warning(literal: string, path: string, file: string | undefined): InexactNumberWarning {
  const parsedNumber = Number(literal);
  const parsed = Number.isFinite(parsedNumber) ? new D(String(parsedNumber)).toFixed() : String(parsedNumber);
  const decimal = new D(literal).toFixed();
  return {
    code: 'W_INEXACT_NUMBER',
    ...(file !== undefined ? { file } : {}),
    path,
    literal,
    parsed,
    decimal,
    message: ERROR_MESSAGES.warnings.inexactNumber(literal, parsed, decimal),
  };
}

/** One line for a warning in one locale: `[W_INEXACT_NUMBER] data.json $.v：数字 … `. */
export function formatInexactNumber(w: InexactNumberWarning, locale: Locale): string {
  const where = w.file ? `${w.file} ${w.path}` : w.path;
  return `[${w.code}] ${where}${PUNCTUATION.colon[locale]}${w.message[locale]}`;
}
