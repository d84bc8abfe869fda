import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InvalidInputError as EsmError } from 'quality-scorecard';
import { loadRuleSetFile, readNdjson } from 'quality-scorecard/node';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('quality-scorecard/package.json'));

describe('the installed package', () => {
  it('works from CommonJS too, with one copy of the core per format', async () => {
    const cjs = require('quality-scorecard');
    const cjsNode = require('quality-scorecard/node');
    expect(typeof cjs.evaluate).toBe('function');
    const error = await cjsNode.loadRuleSetFile(join(root, 'package.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(cjs.InvalidInputError);
    expect(typeof require('quality-scorecard/vitest').scorecardMatchers.toMeetTarget).toBe('function');
  });

  it('file loaders throw the main entry’s InvalidInputError, naming the file', async () => {
    const error = await loadRuleSetFile(join(root, 'package.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EsmError);
    expect((error as EsmError).file).toBe(join(root, 'package.json'));
    const lines = [];
    for await (const record of readNdjson(join(root, 'rules', 'indicators.json'))) lines.push(record);
    expect(lines.some((l) => l.error)).toBe(true);
  });

  it('ships the JSON Schemas, which the built-in rule sets reference', () => {
    for (const name of ['ruleset', 'dataset', 'catalogue', 'scheme']) {
      const schema = JSON.parse(readFileSync(require.resolve(`quality-scorecard/schemas/${name}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    }
    const rules = JSON.parse(readFileSync(require.resolve('quality-scorecard/rules/panan-2018.json'), 'utf8'));
    expect(readFileSync(join(root, 'rules', rules.$schema), 'utf8')).toContain('"title": "quality-scorecard rule set"');
  });

  it('installs the quality-scorecard command', () => {
    const bin = join(process.cwd(), 'node_modules', '.bin', 'quality-scorecard');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    );
    const run = spawnSync(
      bin,
      ['evaluate', 'jiaze-2016', join(root, 'fixtures/jiaze-2016/shortfalls.json'), '--format', 'csv'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    expect(spawnSync(bin, ['evaluate', 'jiaze-2016', join(root, 'fixtures/jiaze-2016/all-met.json')]).status).toBe(0);
  });
});
