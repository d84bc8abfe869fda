import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../reports/support.js';

describe('docs', () => {
  it('docs/API.md is generated from the current doc comments (run `npm run docs:api` after changing exports)', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/api-docs.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  }, 120_000);

  it('docs/API.md documents every entry point and the new renderers and matchers', () => {
    const api = readFileSync(join(ROOT, 'docs/API.md'), 'utf8');
    for (const heading of ['## `quality-scorecard`', '## `quality-scorecard/node`', '## `quality-scorecard/vitest`'])
      expect(api).toContain(heading);
    for (const name of ['evaluate', 'loadRuleSetFile', 'readNdjson', 'scorecardMatchers', 'createScorecardMatchers'])
      expect(api).toContain(`#### \`${name}\``);
  });

  it('the README examples in docs/examples are run by the consumer test', () => {
    const examples = readdirSync(join(ROOT, 'docs/examples'));
    expect(examples).toEqual(
      expect.arrayContaining([
        'evaluate.ts',
        'render.ts',
        'files.ts',
        'scheme.ts',
        'cohort.ts',
        'vitest-matchers.spec.ts',
        'cli.sh',
      ]),
    );
    for (const file of examples.filter((f) => f.endsWith('.ts'))) {
      // Examples import the package by name, as users do, never the repository's sources.
      expect(readFileSync(join(ROOT, 'docs/examples', file), 'utf8')).not.toMatch(/from '\.\.?\//);
    }
  });
});
