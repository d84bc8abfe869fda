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
 * A rule set, scheme or data file failed validation. Holds every issue found, not just the first.
 * @example try { loadRuleSet(json) } catch (e) { if (e instanceof InvalidInputError) e.issues[0].path }
 */
export class InvalidInputError extends ScorecardError {
  readonly code = 'E_INVALID_INPUT';
  readonly messages: LocalizedText;
  constructor(
    readonly issues: readonly InputIssue[],
    readonly file?: string,
  ) {
    const messages = {
      'zh-Hans': issues.map((i) => formatIssue(i, 'zh-Hans', file)).join('\n'),
      'zh-Hant': issues.map((i) => formatIssue(i, 'zh-Hant', file)).join('\n'),
      en: issues.map((i) => formatIssue(i, 'en', file)).join('\n'),
    };
    super(`${messages['zh-Hans']}\n${messages.en}`);
    this.name = 'InvalidInputError';
    this.messages = messages;
  }
  /** Whether some issue has this code. */
  has(code: IssueCode): boolean {
    return this.issues.some((i) => i.code === code);
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
