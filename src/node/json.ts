import { type InputIssue, InvalidInputError } from '../core/errors.js';
import { ERROR_MESSAGES } from '../locales/index.js';

const VALID_JSON = ERROR_MESSAGES.expected.validJson;

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** The E_BAD_JSON issue for a JSON.parse failure, with the line and column where the text breaks. */
export function badJsonIssue(text: string, error: unknown, singleLine = false): InputIssue {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  let where = '';
  if (at) {
    const { line, column } = lineColumn(text, Number(at[1]));
    where = singleLine ? `column ${column}: ` : `line ${line}, column ${column}: `;
  } else if (text.trim() === '') where = 'empty text: ';
  const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  return { code: 'E_BAD_JSON', path: '$', expected: VALID_JSON, found: `${where}${detail}` };
}

/**
 * Parses JSON text (a leading byte-order mark is allowed); on a syntax error throws an
 * {@link InvalidInputError} with code `E_BAD_JSON`, the line and column, and the file name.
 * @example parseJsonText('{"a":1}', 'data.json')
 */
export function parseJsonText(text: string, file?: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new InvalidInputError([badJsonIssue(body, error)], file);
  }
}
