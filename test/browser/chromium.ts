import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { ROOT } from '../reports/support.js';

const run = promisify(execFile);

/** Debian's chromium: installed from the distribution (scripts/ensure-chromium.sh), never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline headless Chromium in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Finds Chromium, installing it with scripts/ensure-chromium.sh (apt-get) when it is missing.
 * Resolves to `{ path }`, or to `{ reason }` when it can be neither found nor installed; the browser
 * tests then skip with that reason.
 */
export async function findChromium(): Promise<{ path?: string; reason?: string }> {
  const found = await locateChromium();
  // In CI a missing browser is a failure, never a silent skip.
  if (!found.path && process.env.CI) throw new Error(`browser tests cannot run in CI: ${found.reason}`);
  return found;
}

async function locateChromium(): Promise<{ path?: string; reason?: string }> {
  if (existsSync(CHROMIUM)) return { path: CHROMIUM };
  const script = join(ROOT, 'scripts', 'ensure-chromium.sh');
  // One installer at a time: the browser test files run in parallel.
  const [cmd, args] = existsSync('/usr/bin/flock')
    ? ['/usr/bin/flock', ['/tmp/quality-scorecard-chromium.lock', 'bash', script]]
    : ['bash', [script]];
  try {
    await run(cmd, args as string[], { timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-3).join(' / ') ?? String(error);
    return { reason: `chromium is not at ${CHROMIUM} and scripts/ensure-chromium.sh could not install it (${detail})` };
  }
  return existsSync(CHROMIUM)
    ? { path: CHROMIUM }
    : { reason: `scripts/ensure-chromium.sh ran but ${CHROMIUM} is still missing` };
}

/** Launches headless Chromium. */
export function launch(path: string): Promise<Browser> {
  return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
}
