/**
 * Reports are plain data a caller owns: the speed work computes much once per rule set, but no object of one
 * report may be an object of another (a caller editing one report, or a worker receiving it, must not touch
 * any other), and every report survives structuredClone unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { dataSet, ruleSet, series, target } from './_fixtures.js';

/** Every object and array reachable from `value`. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || into.has(value)) return into;
  into.add(value);
  for (const child of Object.values(value)) objectsIn(child, into);
  return into;
}

/** The paths in `b` whose object is also an object of `a` and can be changed (a frozen one cannot). */
function sharedPaths(a: unknown, b: unknown): string[] {
  const first = objectsIn(a);
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    if (first.has(value) && !Object.isFrozen(value)) found.push(path);
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };
  walk(b, '$');
  return found;
}

const fixtureDir = new URL('../../fixtures/', import.meta.url);

describe('two reports share no object', () => {
  for (const id of BUILTIN_RULE_SET_IDS) {
    it(`${id}: the same data evaluated twice, and two data sets`, () => {
      const rs = loadBuiltinRuleSet(id);
      const files = readdirSync(new URL(`${id}/`, fixtureDir)).filter((f) => f.endsWith('.json'));
      const data = files.map((f) => JSON.parse(readFileSync(new URL(`${id}/${f}`, fixtureDir), 'utf8')));
      const first = evaluate(rs, data[0]);
      expect(sharedPaths(first, evaluate(rs, data[0]))).toEqual([]);
      for (const other of data.slice(1)) expect(sharedPaths(first, evaluate(rs, other))).toEqual([]);
      expect(structuredClone(first)).toEqual(first);
    });
  }

  it('左右 targets (a tolerance in the detail), a band, change and benchmark targets', () => {
    const rs = ruleSet([
      target('about-60', {
        kind: 'at_least',
        indicator: 'tst-pass-rate',
        threshold: 60,
        unit: '%',
        tolerance: { absolute: 2 },
      }),
      target('band-60', {
        kind: 'equal',
        indicator: 'tst-pass-rate',
        threshold: 60,
        unit: '%',
        tolerance: { absolute: 2 },
      }),
      target('rise', {
        kind: 'change',
        indicator: 'tst-pass-rate',
        measure: 'difference',
        direction: 'increase',
        amount: 3,
        unit: '个百分点',
        tolerance: { absolute: '0.5' },
        base: { period: '2015' },
      }),
      target('near-province', {
        kind: 'benchmark',
        indicator: 'tst-pass-rate',
        benchmark: 'provincial-average',
        comparison: 'at_least',
        tolerance: 'default',
      }),
    ]);
    const data = (rate: string) =>
      dataSet('2018', series('tst-pass-rate', '%', { 2015: '57', 2018: rate }), {
        benchmarks: [{ id: 'provincial-average', indicator: 'tst-pass-rate', value: '61', unit: '%' }],
      });
    const first = evaluate(rs, data('59'));
    expect(first.targets.map((t) => t.detail?.tolerance !== undefined)).toContain(true);
    expect(sharedPaths(first, evaluate(rs, data('59')))).toEqual([]);
    expect(sharedPaths(first, evaluate(rs, data('61.5')))).toEqual([]);
    expect(structuredClone(first)).toEqual(first);
  });

  it('the check itself finds a shared object', () => {
    const shared = { min: '58' };
    expect(sharedPaths({ detail: shared }, { targets: [{ detail: shared }] })).toEqual(['$.targets.0.detail']);
  });
});
