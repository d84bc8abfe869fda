// The slips a reader of the generated texts winces at, one small check each, shared by the language
// test and its own tests. Each returns what it found (empty when the text is clean).
import { SINGULAR } from '../../src/locales/en.js';
import { toTraditional } from '../../src/locales/traditional.js';

/** A text in one locale, where it came from, and the verbatim passages (clauses, titles) it may quote. */
export interface Sample {
  readonly locale: 'zh-Hans' | 'zh-Hant' | 'en';
  readonly text: string;
  readonly where: string;
}

/** Removes the verbatim passages a text quotes: the documents' clauses, titles and sections stay as written. */
export function withoutVerbatim(text: string, verbatim: readonly string[]): string {
  let out = text;
  for (const v of verbatim) if (v.length > 0 && out.includes(v)) out = out.split(v).join('□');
  return out;
}

/** Ids (with a hyphen, so never an ordinary word) that appear in a text. */
export function rawIds(text: string, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const token of text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []) if (ids.has(token)) found.push(token);
  return found;
}

// The same mark twice, or two sentence marks in a row: 。。 ，。 .. ,. — an ellipsis (… or ...) is not a slip.
const DOUBLED = /([。，、；：！？])[。，、；：！？]|(?<!\.)([.,;:])(?!\.\.)[.,;:](?!\.)|。\.|\.。/g;

/** Doubled punctuation: 「。。」, 「，。」, "..", ", ." (an ellipsis is fine). */
export function doubledPunctuation(text: string): string[] {
  return [...text.replace(/\s+(?=[.,;:])/g, '').matchAll(DOUBLED)].map((m) => m[0]);
}

// Latin that Chinese text may carry: units, standards and names the documents themselves write so.
const LATIN_ALLOWED =
  /quality-scorecard|\b[a-z][A-Za-z]*\(\)|μg\/m³|mg\/m³|PM2\.5|PM10|ISO ?\d*|GB\/T ?\d*|CCC|[A-Z]\d?A?级|\d+A级|\bA\b|\bC\b|YYYY-MM-DD|\bR&D\b|\bGDP\b/g;

/** Latin words (two letters or more) inside a Chinese text, after the allowed units and standards. */
export function latinWords(text: string): string[] {
  return text.replace(LATIN_ALLOWED, '').match(/[A-Za-z]{2,}/g) ?? [];
}

/** Simplified characters in a zh-Hant text: the characters OpenCC (Taiwan standard) would still change. */
export function simplifiedLeftovers(text: string): string[] {
  const converted = toTraditional(text);
  if (converted === text) return [];
  const a = [...text];
  const b = [...converted];
  const found: string[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) found.push(`${a[i]}→${b[i]}`);
  return found.length > 0 ? found : [text];
}

// The plural nouns the library counts with (its unit, classifier, period and target words): after a
// count of one each must be singular, so "1 items" and "1 percentage points" are slips.
const PLURALS = Object.keys(SINGULAR).sort((a, b) => b.length - a.length);
const PLURAL_AFTER_ONE = new RegExp(
  `(?<![\\d.,])1 (${PLURALS.map((p) => p.replace(/[-/]/g, '\\$&')).join('|')})\\b`,
  'g',
);

/** "(s)" plurals and a count of one with a plural noun ("1 items", "1 percentage points"). */
export function badPlurals(text: string): string[] {
  const found: string[] = [...(text.match(/\w\(s\)/g) ?? [])];
  for (const m of text.matchAll(PLURAL_AFTER_ONE)) found.push(m[0]);
  return found;
}

/** A range from a year to the same year: 「2018年至2018年」, "from 2018 to 2018". */
export function sameYearRanges(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(\d{4})年(?:度)?至\1年/g)) found.push(m[0]);
  for (const m of text.matchAll(/from (\d{4}) to \1\b/g)) found.push(m[0]);
  for (const m of text.matchAll(/(\d{4})[–-]\1\b/g)) found.push(m[0]);
  return found;
}

/** Every slip in one sample, each as "check: what". */
export function slips(sample: Sample, ids: ReadonlySet<string>, verbatim: readonly string[]): string[] {
  const text = withoutVerbatim(sample.text, verbatim);
  const out = [
    ...rawIds(text, ids).map((s) => `raw id: ${s}`),
    ...doubledPunctuation(text).map((s) => `doubled punctuation: ${s}`),
    ...sameYearRanges(text).map((s) => `same-year range: ${s}`),
  ];
  if (sample.locale === 'en') out.push(...badPlurals(text).map((s) => `plural: ${s}`));
  else out.push(...latinWords(text).map((s) => `Latin in Chinese: ${s}`));
  if (sample.locale === 'zh-Hant') out.push(...simplifiedLeftovers(text).map((s) => `simplified in zh-Hant: ${s}`));
  return out;
}
