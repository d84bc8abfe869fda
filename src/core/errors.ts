import { ERROR_MESSAGES, PUNCTUATION } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';

/** Stable codes for every problem found in a rule set, scheme or data file. */
export const ISSUE_CODES = [
  'E_BAD_JSON',
  'E_SCHEMA',
  'E_NOT_FINITE',
  'E_BAD_DECIMAL',
  'E_BAD_DATE',
  'E_BAD_PERIOD',
  'E_MIXED_GRANULARITY',
  'E_UNKNOWN_INDICATOR',
  'E_UNKNOWN_CATEGORY',
  'E_UNKNOWN_TARGET',
  'E_RULESET_MISMATCH',
  'E_UNKNOWN_UNIT',
  'E_UNIT_MISMATCH',
  'E_DUPLICATE_ID',
  'E_DUPLICATE_TARGET',
  'E_DUPLICATE_OBSERVATION',
  'E_NEGATIVE_COUNT',
  'E_NEGATIVE_VALUE',
  'E_EXACTLY_ONE_FORM',
  'E_UNIT_REQUIRED',
  'E_UNSUPPORTED_KIND',
  'E_NOT_INTEGER',
  'E_RATE_ABOVE_100',
  'E_PASSED_GT_SAMPLED',
  'E_ZERO_DENOMINATOR',
  'E_BAD_RANGE',
  'E_BAD_CONDITION',
  'E_WRONG_VALUE_TYPE',
  'E_TOO_DEEP',
  'E_CYCLIC',
  'E_TOO_LARGE',
  'E_BASE_REQUIRED',
  'E_BASE_AFTER_TARGET',
] as const;

/** One of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem in an input: where it is, what was expected and what was found, in every locale. */
export interface InputIssue {
  readonly code: IssueCode;
  /** JSON path into the input, e.g. `$.targets[3].value`. */
  readonly path: string;
  readonly expected: LocalizedText;
  /** The offending value as a short JSON text, or `(missing)`. */
  readonly found: string;
}

/** Renders a JSON path from zod-style path segments: `['targets', 3, 'value']` → `$.targets[3].value`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$-]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** A short, deterministic rendering of a found value for error messages. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Builds an {@link InputIssue}. */
export function inputIssue(code: IssueCode, path: string, expected: LocalizedText, found: unknown): InputIssue {
  return { code, path, expected, found: describeFound(found) };
}

const LABELS = ERROR_MESSAGES.labels;

/** One line describing an issue in one locale: `file $.path: expected …, found …`. */
export function formatIssue(issue: InputIssue, locale: Locale, file?: string): string {
  const where = file ? `${file} ${issue.path}` : issue.path;
  return `[${issue.code}] ${where}${PUNCTUATION.colon[locale]}${LABELS.expected[locale]} ${issue.expected[locale]}${PUNCTUATION.comma[locale]}${LABELS.found[locale]} ${issue.found}`;
}

/** Base class of every error the library throws; `code` is stable across versions. */
export abstract class ScorecardError extends Error {
  abstract readonly code: string;
  /** The message in every locale; `message` holds the zh-Hans and English texts together. */
  abstract readonly messages: LocalizedText;
}

/**
 * How many issues an {@link InvalidInputError} keeps and prints. A file with a million bad rows would
 * otherwise build a million issue lines in three languages (gigabytes of text for one error); past the
 * first 100, issues are only counted per code, and the message ends with "and M more of code X".
 */
export const ISSUE_LIST_LIMIT = 100;

/** Issues past {@link ISSUE_LIST_LIMIT}, counted per code (codes in first-seen order). */
export type OmittedIssues = Readonly<Partial<Record<IssueCode, number>>>;

// Lists already cut by `capIssues` carry the counts of what they dropped, so an error built from one
// (`new InvalidInputError(parsed.issues)`, as every loader writes) still says how many it did not list.
const DROPPED = new WeakMap<readonly InputIssue[], OmittedIssues>();

/**
 * Keeps the first `limit` issues exactly and counts the rest per code. The result remembers those
 * counts (with any its input already carried), so an {@link InvalidInputError} built from it reports them.
 * @example capIssues(manyIssues).length // at most 100
 */
export function capIssues(issues: readonly InputIssue[], limit: number = ISSUE_LIST_LIMIT): InputIssue[] {
  return capRendered(
    issues,
    (i) => i.code,
    (i) => i,
    limit,
    omittedIssues(issues),
  );
}

/**
 * {@link capIssues} for findings not yet rendered as issues: only the kept ones are rendered (a path and
 * a found value each), the rest only counted by `codeOf`.
 */
export function capRendered<T>(
  items: Iterable<T>,
  codeOf: (item: T) => IssueCode,
  render: (item: T) => InputIssue,
  limit: number = ISSUE_LIST_LIMIT,
  already: OmittedIssues = {},
): InputIssue[] {
  const kept: InputIssue[] = [];
  const counts: Partial<Record<IssueCode, number>> = { ...already };
  for (const item of items) {
    if (kept.length < limit) kept.push(render(item));
    else {
      const code = codeOf(item);
      counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  if (Object.keys(counts).length > 0) DROPPED.set(kept, counts);
  return kept;
}

/** The per-code counts of issues a list built by {@link capIssues} left out (empty for any other list). */
export function omittedIssues(issues: readonly InputIssue[]): OmittedIssues {
  return DROPPED.get(issues) ?? {};
}

/** One line per code of left-out issues: `… and 999,900 more of code E_NEGATIVE_VALUE`. */
export function formatOmitted(omitted: OmittedIssues, locale: Locale): string[] {
  return Object.entries(omitted).map(([code, count]) => ERROR_MESSAGES.moreIssues(count as number, code)[locale]);
}

/**
 * A rule set, scheme or data file failed validation. Holds the first 100 issues found exactly (in
 * the order found; `ISSUE_LIST_LIMIT`) and counts the rest per code in `omitted`.
 * @example try { loadRuleSet(json) } catch (e) { if (e instanceof InvalidInputError) e.issues[0].path }
 */
export class InvalidInputError extends ScorecardError {
  readonly code = 'E_INVALID_INPUT';
  readonly messages: LocalizedText;
  /** The issues found, up to 100 (`ISSUE_LIST_LIMIT`). */
  readonly issues: readonly InputIssue[];
  /** Issues past the limit, counted per code; empty when every issue is listed. */
  readonly omitted: OmittedIssues;
  constructor(
    issues: readonly InputIssue[],
    readonly file?: string,
  ) {
    const listed = capIssues(issues);
    const omitted = omittedIssues(listed);
    const text = (locale: Locale): string =>
      [...listed.map((i) => formatIssue(i, locale, file)), ...formatOmitted(omitted, locale)].join('\n');
    const messages = { 'zh-Hans': text('zh-Hans'), 'zh-Hant': text('zh-Hant'), en: text('en') };
    super(`${messages['zh-Hans']}\n${messages.en}`);
    this.name = 'InvalidInputError';
    this.messages = messages;
    this.issues = listed;
    this.omitted = omitted;
  }
  /** Whether some issue, listed or counted, has this code. */
  has(code: IssueCode): boolean {
    return this.issues.some((i) => i.code === code) || (this.omitted[code] ?? 0) > 0;
  }
  /** How many issues were found in all, listed or not. */
  get total(): number {
    return this.issues.length + Object.values(this.omitted).reduce((a, b) => a + (b as number), 0);
  }
}

/** A built-in rule set (or scheme) id that the library does not ship. */
export class UnknownBuiltinError extends ScorecardError {
  readonly code = 'E_UNKNOWN_BUILTIN';
  readonly messages: LocalizedText;
  constructor(
    readonly id: string,
    readonly known: readonly string[],
  ) {
    const messages = ERROR_MESSAGES.unknownBuiltin(id, known);
    super(`${messages['zh-Hans']}\n${messages.en}`);
    this.name = 'UnknownBuiltinError';
    this.messages = messages;
  }
}

/** Throws an {@link InvalidInputError} when `issues` is not empty. */
export function throwIfIssues(issues: readonly InputIssue[], file?: string): void {
  if (issues.length > 0) throw new InvalidInputError(issues, file);
}
