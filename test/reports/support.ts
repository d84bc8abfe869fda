import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { type CompiledRuleSet, loadRuleSet } from '../../src/rulesets/load.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Test fixtures of the CLI and report tests: a small rule set on core kinds, and its data. */
export const FIXTURES = fileURLToPath(new URL('../cli/fixtures/', import.meta.url));

export function readJsonFixture(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as unknown;
}

/** The demo rule set (10 targets on the core kinds, departments, a veto, aspirational targets). */
export function demoRuleSet(): CompiledRuleSet {
  return loadRuleSet(readJsonFixture('demo-town-2018.json'), { file: 'demo-town-2018.json' });
}

/** The demo report with shortfalls (score 62.50, grade C). */
export function demoReport(data = 'demo-shortfalls.json'): Report {
  return evaluate(demoRuleSet(), readJsonFixture(data), { file: data });
}

/**
 * Built-in rule sets that load in this version. A built-in that fails only because some target kind
 * is not implemented yet (E_UNSUPPORTED_KIND: trend, benchmark, rank, frequency are being added in
 * src/evaluation) is left out, and the tests over built-ins skip it with that reason; any other
 * load error is a real failure and is thrown.
 */
/** Every fixture data file of a built-in rule set (fixtures/<id>/*.json). */
export function builtinFixtures(id: string): string[] {
  const dir = `${ROOT}fixtures/${id}/`;
  return ['all-met.json', 'shortfalls.json', 'published-2018.json'].filter((f) => {
    try {
      readFileSync(`${dir}${f}`);
      return true;
    } catch {
      return false;
    }
  });
}
