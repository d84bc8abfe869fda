import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stagedBuild } from '../consumer/stage.js';
import { ROOT } from '../reports/support.js';
import { F } from './support.js';

// The built binary (dist/cli.js of a fresh staged build), run as a real process.
let cliJs = '';
beforeAll(async () => {
  cliJs = join(await stagedBuild(), 'dist', 'cli.js');
}, 300_000);

function bin(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cliJs, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dist/cli.js', () => {
  it('is an executable node script', () => {
    expect(readFileSync(cliJs, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('ships without source maps (they were half the package and point into src/, which is not published)', () => {
    const dist = readdirSync(dirname(cliJs));
    expect(dist).toContain('index.js');
    expect(dist.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(readFileSync(cliJs, 'utf8')).not.toContain('sourceMappingURL');
  });

  it('exits 1 with shortfalls, 0 with --exit-zero or when all binding targets are met, 2 on invalid input', () => {
    const short = bin(['evaluate', F.rules, F.short, '--format', 'md']);
    expect(short.code).toBe(1);
    expect(short.stdout).toContain('**得分 62.50 / 100 · 等级 C**');
    expect(bin(['evaluate', F.rules, F.short, '--format', 'md', '--exit-zero']).code).toBe(0);
    expect(bin(['evaluate', F.rules, F.met]).code).toBe(0);
    const invalid = bin(['evaluate', F.rules, F.invalid, '--locale', 'en']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(
      `[E_UNIT_MISMATCH] ${F.invalid} $.observations[1].unit: expected a unit convertible to μg/m³, found "%"`,
    );
  });

  it('streams a long cohort through a pipe, one report per line, without a progress bar', () => {
    const met = JSON.parse(readFileSync(join(ROOT, F.met), 'utf8')) as Record<string, unknown>;
    const file = join(mkdtempSync(join(tmpdir(), 'qs-bin-')), 'many.ndjson');
    const lines = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ ...met, region: { id: `town-${i}`, name: `第${i}镇` } }),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = bin(['cohort', F.rules, file]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(300);
    expect(r.stderr).not.toContain('\r');
  });

  it('reads from standard input', () => {
    expect(bin(['evaluate', F.rules, '-'], readFileSync(join(ROOT, F.met), 'utf8')).code).toBe(0);
  });

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
    bin: Record<string, string>;
  };
  it('is the package bin, and `npm start` runs it with --exit-zero so shortfalls do not fail npm', () => {
    expect(pkg.bin['quality-scorecard']).toBe('./dist/cli.js');
    expect(pkg.scripts.start).toBe(
      'npm run build && node dist/cli.js evaluate panan-2018 fixtures/panan-2018/published-2018.json --format md --out out/panan-2018.md --force --exit-zero',
    );
  });

  it('the `npm start` command prints a summary one screen holds, writes the plain Markdown report and exits 0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qs-start-')), 'panan-2018.md');
    const args = (pkg.scripts.start ?? '')
      .replace(/^npm run build && node dist\/cli\.js /, '')
      .replace('out/panan-2018.md', out)
      .split(' ');
    const r = bin(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('磐安县2018年质量强县工作行动计划 · 磐安县 · 2018');
    expect(lines[1]).toMatch(/^得分 \d+\.\d\d \/ 100 · 等级 [A-D]$/);
    // 磐安's published figures cover few targets: the summary says so under the score.
    expect(lines[2]).toMatch(/^得分仅按已有数据的\d+项目标计算；\d+项目标无数据，未计入$/);
    expect(lines[3]).toMatch(/^本库假定（非文件规定）：权重/);
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(120);
    expect(lines.at(-1)).toMatch(new RegExp(`^已写入 ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：`));
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# 磐安县2018年质量强县工作行动计划');
    expect(md).not.toContain('<svg');
  });
});
