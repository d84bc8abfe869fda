import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../reports/support.js';

/** The outcome of one in-process run of the command line. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `quality-scorecard …args` in-process from the repository root with captured streams. */
export async function cli(
  args: string[],
  options: { tty?: boolean; env?: Record<string, string>; stdin?: string; cwd?: string } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
      isTTY: options.tty ?? false,
      columns: 80,
    },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? { LANG: 'C.UTF-8' },
    cwd: options.cwd ?? ROOT,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Fixture paths relative to the repository root. */
export const F = {
  rules: 'test/cli/fixtures/demo-town-2018.json',
  short: 'test/cli/fixtures/demo-shortfalls.json',
  met: 'test/cli/fixtures/demo-all-met.json',
  invalid: 'test/cli/fixtures/demo-invalid.json',
  badSyntax: 'test/cli/fixtures/demo-bad-syntax.json',
  cohort: 'test/cli/fixtures/demo-cohort.ndjson',
};
