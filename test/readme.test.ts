import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../src/rulesets/builtin.js';

const root = join(import.meta.dirname, '..');
const KIND_ORDER = [
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'equal',
  'range',
  'zero',
  'milestone',
  'compound',
  'trend',
  'benchmark',
  'rank',
  'frequency',
  'qualitative',
] as const;

/** The README's table of built-in rule sets, computed from the rule files. */
function ruleSetTable(): string {
  const sets = BUILTIN_RULE_SET_IDS.map((id) => loadBuiltinRuleSet(id));
  const kinds = KIND_ORDER.filter((k) => sets.some((s) => s.targets.some((t) => t.kind === k)));
  const header = `| id | document | region | targets | aspirational | ${kinds.join(' | ')} |`;
  const rule = `| --- | --- | --- | ---: | ---: | ${kinds.map(() => '---:').join(' | ')} |`;
  const rows = sets.map((s) => {
    const count = (k: string) => s.targets.filter((t) => t.kind === k).length;
    const asp = s.targets.filter((t) => t.commitment === 'aspirational').length;
    return `| \`${s.id}\` | ${s.data.title} | ${s.data.region.name} | ${s.targets.length} | ${asp} | ${kinds.map(count).join(' | ')} |`;
  });
  const total = sets.reduce((n, s) => n + s.targets.length, 0);
  const totals = `| **all** | | | **${total}** | ${sets.reduce((n, s) => n + s.targets.filter((t) => t.commitment === 'aspirational').length, 0)} | ${kinds.map((k) => sets.reduce((n, s) => n + s.targets.filter((t) => t.kind === k).length, 0)).join(' | ')} |`;
  return [header, rule, ...rows, totals].join('\n');
}

describe('README', () => {
  it('lists the five built-in rule sets with their target counts by kind, as computed from the rules', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = ruleSetTable();
    expect(readme.includes(table), `README should contain:\n${table}`).toBe(true);
  });
  it('has a quick start of exactly two commands: the main job and the tests', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const quick = readme.split('## Quick start')[1]?.split('```sh')[1]?.split('```')[0] ?? '';
    const commands = quick
      .split('\n')
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toContain('npm ci && npm test');
  });
});

describe('README examples', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```\w+\n([\s\S]*?)\n```/g)];

  it('quotes every file of docs/examples verbatim (the consumer package runs those files)', () => {
    const quoted = blocks.map((m) => m[1]);
    const files = readdirSync(join(root, 'docs/examples'))
      .map((f) => `docs/examples/${f}`)
      .sort();
    expect([...quoted].sort()).toEqual(files);
    for (const [, file, body] of blocks)
      expect(body, file).toBe(readFileSync(join(root, file as string), 'utf8').replace(/\n+$/, ''));
  });
});
