/**
 * Issue 15, "Crashes": `/dev/zero` or a multi-GB file as data used to exit 3 after filling 636 MB.
 * Files, standard input and NDJSON lines now have documented sizes (INPUT_LIMITS) and are refused
 * with E_TOO_LARGE after a bounded read; a deep or oversized NDJSON line is one bad line, skipped.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { INPUT_LIMITS } from '../../src/core/limits.js';
import { ERROR_MESSAGES } from '../../src/locales/index.js';
import { loadDataSetFile, loadRuleSetFile, readJsonFile, readNdjson } from '../../src/node/index.js';
import { boundedLines } from '../../src/node/read.js';
import { cli, F } from '../cli/support.js';
import { ROOT } from '../reports/support.js';

const dir = mkdtempSync(join(tmpdir(), 'qs-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MiB = 1024 * 1024;

async function rejection(promise: Promise<unknown>): Promise<InvalidInputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

/** A stream of `count` chunks of `size` bytes of `byte`, generated as read (never all in memory). */
function flood(count: number, size: number, byte = 0x20): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < count; i++) yield Buffer.alloc(size, byte);
    })(),
  );
}

describe('JSON files over 64 MiB are refused (E_TOO_LARGE)', () => {
  it('a regular file is refused from its size, before any byte is read', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, INPUT_LIMITS.jsonBytes + 1); // sparse: instant, takes no disk
    const error = await rejection(readJsonFile(big));
    expect(error.file).toBe(big);
    expect(error.issues).toEqual([
      {
        code: 'E_TOO_LARGE',
        path: '$',
        expected: ERROR_MESSAGES.expected.atMostBytes(67108864),
        found: '67108865',
      },
    ]);
    expect((await rejection(loadRuleSetFile(big))).issues[0]?.code).toBe('E_TOO_LARGE');
    expect((await rejection(loadDataSetFile(big, () => undefined))).issues[0]?.code).toBe('E_TOO_LARGE');
  });

  it('exactly 64 MiB is read (the limit is inclusive)', async () => {
    const edge = join(dir, 'edge.json');
    writeFileSync(edge, '1');
    truncateSync(edge, INPUT_LIMITS.jsonBytes); // "1" then NULs: read in full, then refused as JSON
    const error = await rejection(readJsonFile(edge));
    expect(error.issues[0]?.code).toBe('E_BAD_JSON');
  });

  it('/dev/zero (no size) is refused once 64 MiB have arrived', { timeout: 20_000 }, async () => {
    const error = await rejection(readJsonFile('/dev/zero'));
    expect(error.issues[0]).toMatchObject({ code: 'E_TOO_LARGE', found: '> 67108864' });
  });

  it('a missing file is still the file system error', async () => {
    await expect(readJsonFile(join(dir, 'absent.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the CLI refuses oversized input with exit 2, in bounded time', () => {
  it('`evaluate <rules> /dev/zero`: E_TOO_LARGE, exit 2, no stack trace', { timeout: 20_000 }, async () => {
    const run = await cli(['evaluate', F.rules, '/dev/zero', '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[E_TOO_LARGE] /dev/zero $: expected at most 67108864 bytes, found > 67108864');
    expect(run.stderr).not.toContain('    at ');
  });

  it('standard input over the limit: E_TOO_LARGE for (stdin)', { timeout: 20_000 }, async () => {
    let stderr = '';
    const { main } = await import('../../src/cli/main.js');
    const code = await main(['evaluate', F.rules, '-', '--locale', 'en'], {
      stdout: { write: () => true },
      stderr: {
        write: (s: string) => {
          stderr += s;
          return true;
        },
      },
      stdin: flood(65, MiB),
      env: { LANG: 'C.UTF-8' },
      cwd: ROOT,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('[E_TOO_LARGE] (stdin) $');
  });
});

describe('NDJSON: an oversized or too-deep line is one bad line, and the run goes on', () => {
  it('boundedLines drops a line over the limit as it arrives and resumes after its newline', async () => {
    const source = Readable.from([
      Buffer.from('ab\r\ncd'),
      Buffer.from('efgh'),
      Buffer.from('ij\nk\n'),
      Buffer.from('l'),
    ]);
    const lines = [];
    for await (const line of boundedLines(source, 4)) lines.push(line);
    expect(lines).toEqual([{ text: 'ab' }, { tooLong: true }, { text: 'k' }, { text: 'l' }]);
  });

  it('a multi-byte character split across chunks is decoded whole', async () => {
    const bytes = Buffer.from('示范镇\n');
    const source = Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]);
    const lines = [];
    for await (const line of boundedLines(source)) lines.push(line);
    expect(lines).toEqual([{ text: '示范镇' }]);
  });

  it('readNdjson: a 17 MiB line yields E_TOO_LARGE at its line number; the next line is read', async () => {
    const source = Readable.from(
      (function* () {
        yield Buffer.from('{"a":1}\n');
        for (let i = 0; i < 17; i++) yield Buffer.alloc(MiB, 0x20);
        yield Buffer.from('\n{"b":2}\n');
      })(),
    );
    const records = [];
    for await (const r of readNdjson(source, { file: 'big.ndjson' })) records.push(r);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[0]?.value).toEqual({ a: 1 });
    expect(records[1]?.error?.file).toBe('big.ndjson:2');
    expect(records[1]?.error?.issues[0]).toMatchObject({ code: 'E_TOO_LARGE', found: '> 16777216' });
    expect(records[2]?.value).toEqual({ b: 2 });
  });

  it('`cohort`: a 5,000-deep line and a 17 MiB line are skipped like any bad line; the others are scored', async () => {
    const good = readFileSync(join(ROOT, F.cohort), 'utf8').split('\n')[0] as string;
    const town = JSON.parse(good) as Record<string, unknown>;
    town.region = { id: 'deep-town', name: '深镇' };
    // Written as text: JSON.stringify itself recurses and cannot write 5,000 levels.
    const deep = `${JSON.stringify(town).slice(0, -1)},"notes":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(file, `${deep}\n${' '.repeat(17 * MiB)}x\n${good}\n`);
    const run = await cli(['cohort', F.rules, file, '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`[E_TOO_DEEP] ${file}:1 $.notes`);
    expect(run.stderr).toContain(`[E_TOO_LARGE] ${file}:2 $`);
    expect(run.stderr).toContain('1 region scored: 0 with binding shortfalls, 2 invalid lines');
  });
});
