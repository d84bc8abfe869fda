import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../reports/support.js';

const run = promisify(execFile);

/** What goes into the package, plus what building it needs. */
const COPY = [
  'package.json',
  'package-lock.json',
  'tsup.config.ts',
  'tsconfig.json',
  'README.md',
  'LICENSE',
  'src',
  'rules',
  'fixtures',
  'schemas',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of everything the build reads: the same sources give the same stage, reused. */
function sourceHash(): string {
  const hash = createHash('sha256');
  hash.update(process.version);
  for (const file of COPY.flatMap((entry) => files(join(ROOT, entry)))) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function builderAlive(dir: string): boolean {
  const lock = join(dir, '.builder');
  try {
    process.kill(Number(readFileSync(lock, 'utf8')), 0);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // The lock is written just after the directory is made: give a starting builder a moment.
    if (code === 'ENOENT') return Date.now() - statSync(dir).mtimeMs < 10_000;
    return code !== 'ESRCH';
  }
}

function removeOldStages(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('quality-scorecard-stage-')) continue;
    const path = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 24 * 3600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // another run removed it
    }
  }
}

/**
 * A fresh build of the package in a staging copy of the repository, shared by the test files that
 * need `dist` (the CLI binary, the browser and the consumer tests) and reused while the sources are
 * unchanged. Building a copy keeps these tests independent of whatever `dist/` holds, and leaves it
 * alone. Returns the staging directory (with `dist/` and a `node_modules` link to the repository's).
 */
export async function stagedBuild(): Promise<string> {
  removeOldStages();
  const dir = join(tmpdir(), `quality-scorecard-stage-${sourceHash()}`);
  const done = join(dir, '.built');
  const failed = join(dir, '.failed');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      mkdirSync(dir); // atomic: the first caller builds, the others wait
    } catch {
      for (let waited = 0; waited < 300_000; waited += 250) {
        if (existsSync(done)) return dir;
        const alive = builderAlive(dir);
        if (existsSync(failed) && alive) throw new Error(`staged build failed: ${readFileSync(failed, 'utf8')}`);
        if (!alive) break;
        await sleep(250);
      }
      rmSync(dir, { recursive: true, force: true }); // left by a builder that died: build again
      continue;
    }
    writeFileSync(join(dir, '.builder'), String(process.pid));
    try {
      for (const entry of COPY)
        if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await run(process.execPath, [join(ROOT, 'node_modules/tsup/dist/cli-default.js')], {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
      });
      writeFileSync(done, new Date().toISOString());
      return dir;
    } catch (error) {
      writeFileSync(
        failed,
        error instanceof Error ? `${error.message}\n${(error as { stderr?: string }).stderr ?? ''}` : String(error),
      );
      throw error;
    }
  }
  throw new Error(`could not build the package in ${dir}`);
}
