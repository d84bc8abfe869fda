import { type InputIssue, inputIssue, jsonPath } from '../core/errors.js';
import { ERROR_MESSAGES } from '../locales/index.js';

/**
 * Freezes a loaded rule file (rule set or scheme) and everything in it, so one compiled copy can
 * serve every evaluation without any of them changing it.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** An issue for each id that repeats an earlier one, at the JSON path `pathOf(i)` names. */
export function duplicateIssues(
  ids: readonly string[],
  pathOf: (i: number) => ReadonlyArray<string | number>,
  code: 'E_DUPLICATE_TARGET' | 'E_DUPLICATE_ID' = 'E_DUPLICATE_ID',
): InputIssue[] {
  const seen = new Set<string>();
  const out: InputIssue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(inputIssue(code, jsonPath(pathOf(i)), ERROR_MESSAGES.expected.uniqueId, id));
    seen.add(id);
  });
  return out;
}
