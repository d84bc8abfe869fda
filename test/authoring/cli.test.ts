import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../../src/indicators/catalogue.js';
import type { LintFinding } from '../../src/lint/lint.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { cli } from '../cli/support.js';
import { PROVINCE_PLAN } from '../draft/plans.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'qs-authoring-'));

function planDir(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'plan.txt'), PROVINCE_PLAN);
  return dir;
}

describe('quality-scorecard draft', () => {
  it('writes a rule set that loads, names the plan relative to it, and says what to do next', async () => {
    const dir = planDir();
    const run = await cli(['draft', 'plan.txt', '--id', 'dongjiang-2020', '--out', 'rules/dongjiang.json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'rules/dongjiang.json'), 'utf8'));
    expect(json.id).toBe('dongjiang-2020');
    expect(json.source.file).toBe('../plan.txt');
    expect(loadRuleSet(json).targets.length).toBe(json.targets.length);
    expect(run.stderr).toContain(
      `已起草${json.targets.length}项目标，${json.review.length}处待核对，写入 rules/dongjiang.json`,
    );
    expect(run.stderr).toContain('quality-scorecard lint rules/dongjiang.json');
  });

  it('prints to standard output without --out, and refuses to write over a file without --force', async () => {
    const dir = planDir();
    const printed = await cli(['draft', 'plan.txt'], { cwd: dir });
    expect(JSON.parse(printed.stdout).source.file).toBe('plan.txt');
    writeFileSync(join(dir, 'rules.json'), '{}');
    expect((await cli(['draft', 'plan.txt', '--out', 'rules.json'], { cwd: dir })).code).toBe(2);
    expect((await cli(['draft', 'plan.txt', '--out', 'rules.json', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('refuses a missing plan and an extra argument, with the command help to look at', async () => {
    const dir = tmp();
    const missing = await cli(['draft', 'nope.txt', '--locale', 'en'], { cwd: dir });
    expect(missing.code).toBe(2);
    const extra = await cli(['draft', 'a.txt', 'b.txt', '--locale', 'en'], { cwd: dir });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('quality-scorecard draft --help');
  });
});

describe('quality-scorecard lint', () => {
  async function drafted(): Promise<{ dir: string; file: string; json: Record<string, unknown> }> {
    const dir = planDir();
    await cli(['draft', 'plan.txt', '--out', 'rules.json'], { cwd: dir });
    const file = join(dir, 'rules.json');
    return { dir, file, json: JSON.parse(readFileSync(file, 'utf8')) };
  }

  it('finds the source next to the rule set; open review points are warnings (exit 0, 1 with --strict)', async () => {
    const { dir } = await drafted();
    const run = await cli(['lint', 'rules.json', '--format', 'json'], { cwd: dir });
    const findings = JSON.parse(run.stdout) as LintFinding[];
    expect(run.code).toBe(0);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect((await cli(['lint', 'rules.json', '--strict'], { cwd: dir })).code).toBe(1);
  });

  it('reports a made-up clause (exit 2), in the chosen language', async () => {
    const { dir, file, json } = await drafted();
    const targets = json.targets as Array<{ source: { clause: string } }>;
    (targets[0] as { source: { clause: string } }).source.clause = '全省产品质量合格率达到100%';
    writeFileSync(file, JSON.stringify(json));
    const run = await cli(['lint', 'rules.json', '--locale', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      'error L_CLAUSE_NOT_IN_SOURCE $.targets[0].source.clause: the clause "全省产品质量合格率达到100%" is not in the source text',
    );
    expect(run.stdout).toMatch(/1 error, \d+ warnings\.\n$/);
  });

  it('reports a source file that does not exist (exit 2), whether named by --source or by the rule set', async () => {
    const { dir } = await drafted();
    const named = await cli(['lint', 'rules.json', '--source', 'gone.txt', '--format', 'json'], { cwd: dir });
    expect(named.code).toBe(2);
    expect((JSON.parse(named.stdout) as LintFinding[]).map((f) => f.code)).toContain('L_SOURCE_MISSING');
    const moved = tmp();
    writeFileSync(join(moved, 'rules.json'), readFileSync(join(dir, 'rules.json')));
    const byFile = await cli(['lint', 'rules.json', '--format', 'json'], { cwd: moved });
    expect((JSON.parse(byFile.stdout) as LintFinding[]).find((f) => f.code === 'L_SOURCE_MISSING')?.path).toBe(
      '$.source.file',
    );
  });

  it('finds a built-in rule set source under sources/ and reports no error for it', async () => {
    const run = await cli(['lint', 'rules/panan-2018.json', '--format', 'json']);
    expect(run.code).toBe(0);
    const codes = (JSON.parse(run.stdout) as LintFinding[]).map((f) => f.code);
    expect(codes).not.toContain('L_SOURCE_MISSING');
    expect(codes).toContain('L_CONFLICTING_BARS');
  });
});

describe('quality-scorecard indicators and units', () => {
  it('lists the catalogue, as text in the chosen language and as JSON', async () => {
    const json = await cli(['indicators', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(BUILTIN_INDICATORS)));
    const text = await cli(['indicators', '--locale', 'en']);
    expect(text.stdout).toContain(`Shared indicator catalogue (${BUILTIN_INDICATORS.length} indicators):`);
    expect(text.stdout).toMatch(
      /product-sampling-pass-rate +% +rate +higher +product quality supervision sampling pass rate/,
    );
  });

  it('lists the units with their names and which take 万/亿/千', async () => {
    const units = JSON.parse((await cli(['units', '--format', 'json'])).stdout) as Array<{
      symbol: string;
      prefixes: string[];
      dimension: string;
    }>;
    expect(units.find((u) => u.symbol === '批次')).toMatchObject({
      dimension: 'count:batch',
      prefixes: ['万', '亿', '千'],
    });
    expect(units.find((u) => u.symbol === '%')).toMatchObject({ prefixes: [] });
    expect((await cli(['units', '--locale', 'zh-Hant'])).stdout).toContain('支援的計量單位');
  });

  it('are listed in the tool help, and each has its own', async () => {
    const overview = await cli(['--help', '--locale', 'en']);
    for (const c of ['draft <plan.txt>', 'lint <rules.json>', 'indicators', 'units'])
      expect(overview.stdout).toContain(c);
    const help = await cli(['lint', '--help', '--locale', 'en']);
    expect(help.stdout).toContain('Usage: quality-scorecard lint <rules.json> [options]');
    expect(help.stdout).toContain('Exit codes: 0 no errors, 1 warnings (with --strict), 2 errors or invalid input.');
  });
});
