import type { z } from 'zod';
import { ERROR_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { capRendered, type InputIssue, type IssueCode, inputIssue, jsonPath } from './errors.js';
import { structureIssues } from './limits.js';

const E = ERROR_MESSAGES.expected;
const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = E.type;

/** Follows a zod path into the raw input to show what was actually there. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key as string];
  }
  return here;
}

function formatCode(format: string, pattern: string | undefined): IssueCode {
  if (format === 'date') return 'E_BAD_DATE';
  if (pattern?.includes('H[12]')) return 'E_BAD_PERIOD';
  if (pattern?.includes('\\d*')) return 'E_BAD_DECIMAL';
  return 'E_SCHEMA';
}

function expectedFor(issue: z.core.$ZodIssue): { code: IssueCode; expected: LocalizedText; path: PropertyKey[] } {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type': {
      const name = TYPE_NAMES[issue.expected] ?? E.verbatim(issue.expected);
      return { code: 'E_SCHEMA', expected: name, path };
    }
    case 'invalid_value': {
      return { code: 'E_SCHEMA', expected: E.oneOf(issue.values.map((v) => JSON.stringify(v))), path };
    }
    case 'unrecognized_keys':
      return {
        code: 'E_SCHEMA',
        expected: E.noSuchKey(issue.keys),
        path: [...path, issue.keys[0] ?? ''],
      };
    case 'too_small': {
      const n = String(issue.minimum);
      const what =
        issue.origin === 'array'
          ? E.atLeastItems(n)
          : issue.origin === 'string'
            ? E.atLeastCharacters(n)
            : E.notLessThan(n);
      return { code: 'E_SCHEMA', expected: what, path };
    }
    case 'too_big': {
      const n = String(issue.maximum);
      return { code: 'E_SCHEMA', expected: E.notMoreThan(n), path };
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : undefined;
      const code = formatCode(issue.format, pattern);
      const expected =
        code === 'E_BAD_DATE'
          ? E.isoDate
          : code === 'E_BAD_PERIOD'
            ? E.periodLabel
            : code === 'E_BAD_DECIMAL'
              ? E.decimalString
              : E.matching(issue.message);
      return { code, expected, path };
    }
    case 'invalid_union': {
      // A union of strings-or-numbers fails on its string branch when the string is not a decimal.
      const nested = issue.errors.flat();
      const format = nested.find((n) => n.code === 'invalid_format');
      if (format) return expectedFor({ ...format, path: [...path, ...format.path] } as z.core.$ZodIssue);
      // A branch that took the value's type but refused it with its own code (too many digits) says why.
      const refined = nested.find((n) => n.code === 'custom' && (n.params as { code?: string } | undefined)?.code);
      if (refined) return expectedFor({ ...refined, path: [...path, ...refined.path] } as z.core.$ZodIssue);
      if ('options' in issue && Array.isArray(issue.options)) {
        // zod already points the path at the discriminator key (`kind`).
        return {
          code: 'E_SCHEMA',
          expected: E.oneOf((issue.options as unknown[]).map((v) => JSON.stringify(v))),
          path,
        };
      }
      return { code: 'E_SCHEMA', expected: E.oneOfForms, path };
    }
    case 'custom': {
      // A refinement that names its own code and expected text (the compound condition's depth limit).
      const params = issue.params as { code?: IssueCode; expected?: LocalizedText } | undefined;
      if (params?.code && params.expected) return { code: params.code, expected: params.expected, path };
      return { code: 'E_SCHEMA', expected: E.verbatim(issue.message), path };
    }
    default:
      return { code: 'E_SCHEMA', expected: E.verbatim(issue.message), path };
  }
}

/**
 * Converts zod's issues into the library's bilingual {@link InputIssue}s, reading found values from the
 * raw input. Only the first `ISSUE_LIST_LIMIT` are rendered (path, found value); the rest are
 * counted per code, and the list carries those counts into the `InvalidInputError` built from it.
 */
export function issuesFromZod(error: z.ZodError, raw: unknown): InputIssue[] {
  return capRendered(
    error.issues.map(expectedFor),
    (e) => e.code,
    ({ code, expected, path }) => inputIssue(code, jsonPath(path), expected, valueAt(raw, path)),
  );
}

/** Finds NaN and ±Infinity anywhere in an input (zod only says "expected number"); JSON cannot hold them but JS objects can. */
export function nonFiniteIssues(raw: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  // One shared path stack: the path is only materialised when a bad number is found.
  const path: PropertyKey[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push(inputIssue('E_NOT_FINITE', jsonPath(path), E.finiteNumber, value));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(raw);
  return out;
}

/**
 * Parses `raw` with `schema`; throws nothing, returns either the data or every issue found.
 * NaN/Infinity are reported as E_NOT_FINITE (rather than as zod's "expected number") wherever they are.
 * Input nested deeper than `INPUT_LIMITS.depth` or containing itself is refused first (E_TOO_DEEP,
 * E_CYCLIC), with the path where the limit was hit.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; issues: InputIssue[] } {
  // zod and the walks below recurse: bound the nesting and refuse cycles first, without recursion.
  const structure = structureIssues(raw);
  if (structure.length > 0) return { ok: false, issues: structure };
  const result = schema.safeParse(raw);
  // Every number in our schemas is a z.number(), which rejects NaN and ±Infinity, so valid input has
  // none and the walk that names them only runs on input zod has already refused.
  if (result.success) return { ok: true, data: result.data };
  const finite = nonFiniteIssues(raw);
  return { ok: false, issues: finite.length > 0 ? finite : issuesFromZod(result.error, raw) };
}
