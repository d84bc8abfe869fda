/**
 * Limits on untrusted input, checked once per input before any schema runs. Real rule sets, schemes
 * and data sets stay far inside them (the deepest built-in file nests 9 levels); they exist so that a
 * hostile or broken input gets a typed error instead of a stack overflow, a hang or an exhausted heap.
 */
import { ERROR_MESSAGES } from '../locales/index.js';
import { type InputIssue, type IssueCode, jsonPath } from './errors.js';

/**
 * The documented input limits:
 * - `depth`: arrays and objects nested at most 128 levels (E_TOO_DEEP). zod and every walk over an
 *   input recurse, and a few thousand levels overflow the stack; 128 leaves room for a compound
 *   condition at its own limit (each level is at most an object and an array).
 * - `conditionDepth`: a compound target's condition nested at most 32 levels of all/any/not (E_TOO_DEEP).
 * - `jsonBytes`: a JSON file or standard input of at most 64 MiB (E_TOO_LARGE).
 * - `ndjsonLineBytes`: one NDJSON line of at most 16 MiB; a longer line is a bad line, skipped (E_TOO_LARGE).
 * - `periods`: a trend's `consecutive` and the length of its `window`, at most 120 periods (ten years
 *   of months; plans run five). Larger counts reach dates outside any calendar (E_SCHEMA / E_BAD_RANGE).
 * - `count`: a frequency's `min`/`max` events per period and a rank's `top.count`, at most 10,000.
 * - `significantDigits`: a decimal string of at most 30 significant digits (E_BAD_DECIMAL). Arithmetic keeps
 *   40, so a figure converted by a unit factor (×100 for a fraction, ×10,000 for 万) stays exact.
 */
export const INPUT_LIMITS = Object.freeze({
  depth: 128,
  conditionDepth: 32,
  periods: 120,
  count: 10_000,
  significantDigits: 30,
  jsonBytes: 64 * 1024 * 1024,
  ndjsonLineBytes: 16 * 1024 * 1024,
});

const E = ERROR_MESSAGES.expected;

/**
 * Finds nesting deeper than {@link INPUT_LIMITS}`.depth` and objects that contain themselves, without
 * recursion (so the check itself cannot overflow). Returns at most one issue, at the path where the
 * limit was hit: one is enough to refuse the input, and the walk stops there.
 * A value shared by several parents (not a cycle) is walked again only when reached deeper than
 * before, so the walk stays linear in the input's size times the depth limit.
 * @example structureIssues(JSON.parse('[[[1]]]')) // []
 */
export function structureIssues(raw: unknown, maxDepth: number = INPUT_LIMITS.depth): InputIssue[] {
  if (raw === null || typeof raw !== 'object') return [];
  // Explicit DFS stack. Frame i holds the object at depth i + 1, its keys and the next key to visit;
  // `onPath` holds the objects of the current path (a reference to one of them closes a cycle).
  const objects: object[] = [raw];
  const keys: Array<readonly string[] | number> = [keysOf(raw)];
  const next: number[] = [0];
  const path: PropertyKey[] = [];
  const onPath = new Set<object>([raw]);
  // The deepest depth each finished object was entered at: entered again no deeper, it holds nothing new.
  const doneAt = new WeakMap<object, number>();
  if (maxDepth < 1) return [limitIssue('E_TOO_DEEP', [], raw, maxDepth)];
  while (objects.length > 0) {
    const top = objects.length - 1;
    const here = objects[top] as object;
    const k = keys[top] as readonly string[] | number;
    const i = next[top] as number;
    const count = typeof k === 'number' ? k : k.length;
    if (i >= count) {
      objects.pop();
      keys.pop();
      next.pop();
      onPath.delete(here);
      doneAt.set(here, Math.max(doneAt.get(here) ?? 0, top + 1));
      path.pop();
      continue;
    }
    next[top] = i + 1;
    const key: PropertyKey = typeof k === 'number' ? i : (k[i] as string);
    const child = (here as Record<PropertyKey, unknown>)[key as string];
    if (child === null || typeof child !== 'object') continue;
    const depth = objects.length + 1;
    if (onPath.has(child)) return [limitIssue('E_CYCLIC', [...path, key], child, maxDepth)];
    if ((doneAt.get(child) ?? 0) >= depth) continue;
    if (depth > maxDepth) return [limitIssue('E_TOO_DEEP', [...path, key], child, maxDepth)];
    path.push(key);
    objects.push(child);
    keys.push(keysOf(child));
    next.push(0);
    onPath.add(child);
  }
  return [];
}

/** An array's length (its indices are walked without listing them), or an object's own keys. */
function keysOf(value: object): readonly string[] | number {
  return Array.isArray(value) ? value.length : Object.keys(value);
}

/**
 * The issue at the spot where a limit was hit. `found` is only `[…]` or `{…}`: rendering the value
 * itself (JSON.stringify, String) would recurse into the very nesting or cycle being refused.
 */
function limitIssue(code: IssueCode, path: readonly PropertyKey[], value: object, maxDepth: number): InputIssue {
  return {
    code,
    path: jsonPath(path),
    expected: code === 'E_CYCLIC' ? E.notCyclic : E.atMostDepth(maxDepth),
    found: Array.isArray(value) ? '[…]' : '{…}',
  };
}
