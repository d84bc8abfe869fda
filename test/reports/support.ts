import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { type CompiledRuleSet, loadRuleSet } from '../../src/rulesets/load.js';
import { loadBuiltinScheme } from '../../src/schemes/builtin.js';

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

/** The demo shortfalls scored by the built-in `national-grade-bands` scheme too. */
export function demoSchemeReport(): Report {
  return evaluate(demoRuleSet(), readJsonFixture('demo-shortfalls.json'), {
    scheme: loadBuiltinScheme('national-grade-bands'),
  });
}

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

/** Every built-in rule set with each of its fixture data files, as [rule set id, file name]. */
export function builtinCases(): Array<[string, string]> {
  return BUILTIN_RULE_SET_IDS.flatMap((id) => builtinFixtures(id).map((file): [string, string] => [id, file]));
}

/** A built-in rule set's report on one of its fixture data files. */
export function builtinReport(id: string, file: string): Report {
  const data = JSON.parse(readFileSync(`${ROOT}fixtures/${id}/${file}`, 'utf8')) as unknown;
  return evaluate(loadBuiltinRuleSet(id), data, { file });
}
