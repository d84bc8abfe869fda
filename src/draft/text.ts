import { toSimplified as simplified } from '../locales/traditional.js';

/**
 * A plan's text prepared for reading: `plain` is what the patterns read (simplified characters,
 * half-width digits and signs, no spaces), `at[i]` the offset in the original text of `plain[i]`, so
 * every quote is cut from the original, typos, traditional characters and odd spaces kept.
 */
export interface PreparedText {
  readonly original: string;
  readonly plain: string;
  readonly at: readonly number[];
}

/**
 * A traditional-character text in simplified characters, character for character: a conversion
 * that changes the length (a phrase swap) falls back to one character at a time, so offsets hold.
 * @example toSimplified('達到95%') // '达到95%'
 */
export function toSimplified(text: string): string {
  // The library's one zh-Hant → zh-Hans converter (OpenCC tw → cn; 「」 → “”, same length).
  const whole = simplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = simplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Full-width forms of ASCII (０-９, Ａ-Ｚ, ％, ．) read as their half-width twins; Chinese punctuation stays. */
function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
    return String.fromCharCode(code - 0xfee0);
  if (ch === '％') return '%';
  if (ch === '．') return '.';
  if (ch === ',') return '，';
  if (ch === ';') return '；';
  if (ch === ':') return '：';
  if (ch === '(') return '（';
  if (ch === ')') return '）';
  return ch;
}

/** Spaces copied from web pages and PDFs, which split words and numbers but carry no meaning. */
const SPACE = /[ \t\u00a0\u3000\u2002-\u200b\ufeff\r]/;

/**
 * Prepares a plan's text: simplified characters, half-width digits, one kind of comma, colon and
 * parenthesis, spaces dropped, line breaks kept.
 * @example prepareText('達到 95 ％').plain // '达到95%'
 */
export function prepareText(original: string): PreparedText {
  const simple = toSimplified(original);
  let plain = '';
  const at: number[] = [];
  for (let i = 0; i < simple.length; i++) {
    const ch = simple[i] as string;
    if (SPACE.test(ch)) continue;
    plain += halfWidth(ch);
    at.push(i);
  }
  return { original, plain, at };
}

/**
 * The original text under `plain[start, end)`: the exact substring a rule set quotes.
 * @example quote(prepareText('達到 95 ％'), 0, 5) // '達到 95 ％'
 */
export function quote(text: PreparedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = text.at[start] as number;
  const to = (text.at[end - 1] as number) + 1;
  return text.original.slice(from, to);
}
