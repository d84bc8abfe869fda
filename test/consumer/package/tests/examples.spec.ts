import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The README's examples (docs/examples, copied to ./examples), run against the installed package.
const dir = join(process.cwd(), 'examples');
const scripts = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

const EXPECTED: Record<string, RegExp> = {
  'evaluate.ts': /^颛桥镇: \d+\.\d\d \/ 100, grade [A-D]/,
  'render.ts': /^\*\*Score \d+\.\d\d \/ 100 · Grade [A-D]\*\*/,
  'files.ts':
    /^\[E_PASSED_GT_SAMPLED\] data\.json \$\.observations\[0\]\.passed: expected at most the 20 sampled, found 21$/,
  'scheme.ts': /^rule set: \d+\.\d\d \([A-D]\); scheme: \d+\.\d\d \([A-D]\)/,
  'cohort.ts': /^1\. /,
};

describe('README examples', () => {
  for (const file of scripts) {
    it(file, async () => {
      const lines: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
      try {
        await import(join(dir, file));
      } finally {
        spy.mockRestore();
      }
      expect(lines.length).toBeGreaterThan(0);
      const pattern = EXPECTED[file];
      if (pattern) expect(lines[0]).toMatch(pattern);
    });
  }

  it('cli.sh', () => {
    const run = spawnSync('bash', [join(dir, 'cli.sh')], { encoding: 'utf8', cwd: process.cwd() });
    expect(run.stderr).toContain('wrote report.html');
    expect(run.stdout).toContain('exit code with shortfalls: 1');
    expect(run.stdout).toContain('panan-2018');
    expect(readFileSync(join(process.cwd(), 'report.md'), 'utf8')).toContain('# 磐安县2018年质量强县工作行动计划');
    expect(run.status).toBe(0);
  });
});
