import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../reports/support.js';
import { stagedBuild } from './stage.js';

const exec = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment without the npm_* variables of an enclosing `npm test`, which would leak into the nested npm. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE_OPTIONS' && !k.startsWith('VITEST')) env[k] = v;
  env.LANG = 'C.UTF-8';
  return env;
}

async function sh(cmd: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await exec(cmd, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}\n${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/**
 * A separate consumer package (test/consumer/package) installs the packed tarball (`npm pack` of a
 * fresh build) with npm, type-checks its tests and the README examples (docs/examples) against the
 * published types, and runs them with vitest and the quality-scorecard/vitest matchers.
 */
describe('a consumer package installing the packed tarball', () => {
  let consumer = '';
  let tarball = '';
  let work = '';

  beforeAll(async () => {
    const stage = await stagedBuild();
    work = mkdtempSync(join(tmpdir(), 'quality-scorecard-consumer-'));
    const packed = await sh(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], stage);
    const info = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(work, (info[0] as { filename: string }).filename);
    consumer = join(work, 'consumer');
    cpSync(join(ROOT, 'test/consumer/package'), consumer, { recursive: true });
    cpSync(join(ROOT, 'docs/examples'), join(consumer, 'examples'), { recursive: true });
    await sh(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], consumer);
  }, 15 * 60_000);

  // Deleting the consumer's node_modules (thousands of files) took over 10 s on a loaded two-core machine.
  afterAll(() => {
    // Keep it for a look when asked: QS_KEEP_CONSUMER=1.
    if (work && !process.env.QS_KEEP_CONSUMER) rmSync(work, { recursive: true, force: true });
  }, 5 * 60_000);

  it('packs only what users need', async () => {
    const listing = await sh('tar', ['-tzf', tarball], tmpdir());
    const files = listing.stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/dist/vitest.d.ts');
    expect(files).toContain('package/schemas/ruleset.schema.json');
    expect(files).toContain('package/rules/panan-2018.json');
    expect(files.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(false);
  });

  it(
    'type-checks its tests and the README examples against the published types',
    async () => {
      await sh(
        process.execPath,
        [join(consumer, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', consumer],
        consumer,
      );
    },
    5 * 60_000,
  );

  it(
    'runs its vitest suite with the matchers, the examples and the installed CLI',
    async () => {
      const results = join(consumer, 'results.json');
      await sh(
        process.execPath,
        [join(consumer, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=json', `--outputFile=${results}`],
        consumer,
      ).catch((error: Error) => {
        const report = (() => {
          try {
            return readFileSync(results, 'utf8');
          } catch {
            return '';
          }
        })();
        throw new Error(`${error.message}\n${report.slice(0, 4000)}`);
      });
      const json = JSON.parse(readFileSync(results, 'utf8')) as {
        numFailedTests: number;
        numPassedTests: number;
        numPendingTests: number;
        testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
      };
      const notPassed = json.testResults
        .flatMap((f) => f.assertionResults)
        .filter((a) => a.status !== 'passed')
        .map((a) => a.fullName);
      expect(notPassed).toEqual([]);
      expect(json.numFailedTests).toBe(0);
      expect(json.numPassedTests).toBeGreaterThanOrEqual(12);
    },
    5 * 60_000,
  );
});
