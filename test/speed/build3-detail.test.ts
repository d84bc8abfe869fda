/**
 * The report owns a measurement's `detail` without copying it (src/report/build.ts targetResult): that holds
 * only while every kind writes a fresh detail per measurement. These tests hold the kinds to it on every
 * built-in rule set's fixtures and on the kinds whose detail nests records (tolerance, trend steps): a caller
 * editing one report's detail must change no later report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { dataSet, ruleSet, series, target } from '../evaluation/_fixtures.js';

const fixtureDir = new URL('../../fixtures/', import.meta.url);

/** Every detail object of a report, by target id. */
function details(report: Report): Map<string, object> {
  const found = new Map<string, object>();
  for (const t of report.targets) if (t.detail !== undefined) found.set(t.id, t.detail);
  return found;
}

/** Overwrites every field of every detail (nested records too), as a careless caller might. */
function scribble(report: Report): void {
  const spoil = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const key of Object.keys(value)) {
      spoil((value as Record<string, unknown>)[key]);
      (value as Record<string, unknown>)[key] = 'scribbled';
    }
  };
  for (const t of report.targets) if (t.detail !== undefined) spoil(t.detail);
}

/** Evaluates twice, spoils the first report's details, and expects the second and a third untouched. */
function expectOwnDetails(evaluateOnce: () => Report): number {
  const first = evaluateOnce();
  const second = evaluateOnce();
  const expected = JSON.stringify(second);
  const mine = details(first);
  const theirs = details(second);
  for (const [id, detail] of mine) expect(theirs.get(id), id).not.toBe(detail);
  // No two targets of one report share a detail either.
  expect(new Set(mine.values()).size).toBe(mine.size);
  scribble(first);
  expect(JSON.stringify(second)).toBe(expected);
  expect(JSON.stringify(evaluateOnce())).toBe(expected);
  return mine.size;
}

describe('a report owns the details its kinds write', () => {
  for (const id of BUILTIN_RULE_SET_IDS) {
    it(`${id}: every fixture`, () => {
      const rs = loadBuiltinRuleSet(id);
      const files = readdirSync(new URL(`${id}/`, fixtureDir)).filter((f) => f.endsWith('.json'));
      for (const f of files) {
        const data = JSON.parse(readFileSync(new URL(`${id}/${f}`, fixtureDir), 'utf8'));
        expectOwnDetails(() => evaluate(rs, data));
      }
    });
  }

  it('details with nested records: tolerance, change, benchmark, trend steps, not yet due, a band', () => {
    const rs = ruleSet([
      target('about-60', {
        kind: 'at_least',
        indicator: 'tst-pass-rate',
        threshold: 60,
        unit: '%',
        tolerance: { absolute: 2 },
      }),
      target('later-80', {
        kind: 'at_least',
        indicator: 'tst-pass-rate',
        threshold: 80,
        unit: '%',
        deadline: '2020-12-31',
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
      target('keeps-rising', {
        kind: 'trend',
        indicator: 'tst-pass-rate',
        direction: 'increase',
        strict: true,
        granularity: 'year',
      }),
    ]);
    const data = dataSet('2018', series('tst-pass-rate', '%', { 2015: '57', 2016: '58', 2017: '57.5', 2018: '59' }), {
      benchmarks: [{ id: 'provincial-average', indicator: 'tst-pass-rate', value: '61', unit: '%' }],
    });
    expect(expectOwnDetails(() => evaluate(rs, data))).toBeGreaterThanOrEqual(4);
  });
});
