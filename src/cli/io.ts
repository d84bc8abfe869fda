import type { Readable } from 'node:stream';
import { LOCALES, type Locale } from '../locales/locale.js';

/** A stream the CLI writes to (process.stdout/stderr, or a test double). */
export interface CliOutput {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Everything the CLI touches of its process, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly stdin?: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Writes and waits for the stream to drain when its buffer is full. */
export async function writeOut(out: CliOutput, chunk: string): Promise<void> {
  const ok = out.write(chunk);
  if (ok === false && out.once) await new Promise<void>((resolve) => out.once?.('drain', resolve));
}

/** Whether a string is one of the library's locales. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The language of the environment (LC_ALL, LC_MESSAGES, LANG), if it is one the tool speaks. */
export function envLocale(env: Readonly<Record<string, string | undefined>>): Locale | undefined {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = raw
    .replace(/[.@].*$/, '')
    .replace('_', '-')
    .toLowerCase();
  if (tag.startsWith('zh')) return /-(tw|hk|mo|hant)/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  if (tag.startsWith('en')) return 'en';
  return undefined;
}
