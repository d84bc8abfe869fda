import type { z } from 'zod';
import { localized, type LocalizedText } from '../i18n/locale.js';
import { inputIssue, jsonPath, type InputIssue, type IssueCode } from './errors.js';

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: localized('字符串', 'a string', '字串'),
  number: localized('数字', 'a number', '數字'),
  int: localized('整数', 'an integer', '整數'),
  boolean: localized('布尔值 true/false', 'true or false', '布林值 true/false'),
  object: localized('对象 {…}', 'an object {…}', '物件 {…}'),
  array: localized('数组 […]', 'an array […]', '陣列 […]'),
};

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
      const name = TYPE_NAMES[issue.expected] ?? localized(issue.expected, issue.expected);
      return { code: 'E_SCHEMA', expected: name, path };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return {
        code: 'E_SCHEMA',
        expected: localized(`以下之一：${values.join('、')}`, `one of ${values.join(', ')}`, `以下之一：${values.join('、')}`),
        path,
      };
    }
    case 'unrecognized_keys':
      return {
        code: 'E_SCHEMA',
        expected: localized(`无此字段（未知字段：${issue.keys.join('、')}）`, `no such key (unknown: ${issue.keys.join(', ')})`, `無此欄位（未知欄位：${issue.keys.join('、')}）`),
        path: [...path, issue.keys[0] ?? ''],
      };
    case 'too_small': {
      const n = String(issue.minimum);
      const what = issue.origin === 'array' ? localized(`至少 ${n} 项`, `at least ${n} item(s)`, `至少 ${n} 項`)
        : issue.origin === 'string' ? localized(`至少 ${n} 个字符`, `at least ${n} character(s)`, `至少 ${n} 個字元`)
        : localized(`不小于 ${n}`, `at least ${n}`, `不小於 ${n}`);
      return { code: 'E_SCHEMA', expected: what, path };
    }
    case 'too_big': {
      const n = String(issue.maximum);
      return { code: 'E_SCHEMA', expected: localized(`不大于 ${n}`, `at most ${n}`, `不大於 ${n}`), path };
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : undefined;
      const code = formatCode(issue.format, pattern);
      const expected =
        code === 'E_BAD_DATE' ? localized('ISO 日期 YYYY-MM-DD', 'an ISO date YYYY-MM-DD', 'ISO 日期 YYYY-MM-DD')
        : code === 'E_BAD_PERIOD' ? localized('期间标签，如 2018、2018-H1、2018-Q3、2018-07', 'a period label such as 2018, 2018-H1, 2018-Q3 or 2018-07', '期間標籤，如 2018、2018-H1、2018-Q3、2018-07')
        : code === 'E_BAD_DECIMAL' ? localized('十进制数字符串，如 "95" 或 "0.4"', 'a decimal string such as "95" or "0.4"', '十進位數字字串，如 "95" 或 "0.4"')
        : localized(`符合格式：${issue.message}`, `matching: ${issue.message}`, `符合格式：${issue.message}`);
      return { code, expected, path };
    }
    case 'invalid_union': {
      // A union of strings-or-numbers fails on its string branch when the string is not a decimal.
      const nested = issue.errors.flat();
      const format = nested.find((n) => n.code === 'invalid_format');
      if (format) return expectedFor({ ...format, path: [...path, ...format.path] } as z.core.$ZodIssue);
      if ('options' in issue && Array.isArray(issue.options)) {
        // zod already points the path at the discriminator key (`kind`).
        const values = (issue.options as unknown[]).map((v) => JSON.stringify(v));
        return { code: 'E_SCHEMA', expected: localized(`以下之一：${values.join('、')}`, `one of ${values.join(', ')}`, `以下之一：${values.join('、')}`), path };
      }
      return { code: 'E_SCHEMA', expected: localized('允许的形式之一', 'one of the allowed forms', '允許的形式之一'), path };
    }
    default:
      return { code: 'E_SCHEMA', expected: localized(issue.message, issue.message), path };
  }
}

/** Converts zod's issues into the library's bilingual {@link InputIssue}s, reading found values from the raw input. */
export function issuesFromZod(error: z.ZodError, raw: unknown): InputIssue[] {
  return error.issues.map((issue) => {
    const { code, expected, path } = expectedFor(issue);
    return inputIssue(code, jsonPath(path), expected, valueAt(raw, path));
  });
}

/** Finds NaN and ±Infinity anywhere in an input (zod only says "expected number"); JSON cannot hold them but JS objects can. */
export function nonFiniteIssues(raw: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  // One shared path stack: the path is only materialised when a bad number is found.
  const path: PropertyKey[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push(inputIssue('E_NOT_FINITE', jsonPath(path), localized('有限数值', 'a finite number', '有限數值'), value));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
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
 * NaN/Infinity are reported as E_NOT_FINITE before zod sees them.
 */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.infer<S> } | { ok: false; issues: InputIssue[] } {
  const finite = nonFiniteIssues(raw);
  if (finite.length > 0) return { ok: false, issues: finite };
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: issuesFromZod(result.error, raw) };
}
