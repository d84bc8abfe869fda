import type { CliOutput } from './io.js';

/** How progress is shown: a bar redrawn in place (a terminal), or a plain line now and then (a log file, CI). */
export type ProgressMode = 'bar' | 'lines';

/** Options of a {@link ProgressBar}. */
export interface ProgressOptions {
  readonly mode: ProgressMode;
  /** Milliseconds between two draws: a bar redraws often, a log gets a line every few seconds. */
  readonly interval?: number;
  readonly now?: () => number;
}

/**
 * Progress on stderr: the share of the input read (when its size is known) and a label saying what
 * the count is of (regions read, then regions scored). On a terminal a one-line bar redrawn in place
 * at most every 100 ms; elsewhere a line of its own at most every 5 seconds, so a log shows the job
 * is alive without filling up.
 */
export class ProgressBar {
  private last: number | undefined;
  private drawn = false;
  private readonly mode: ProgressMode;
  private readonly interval: number;
  private readonly now: () => number;

  constructor(
    private readonly out: CliOutput,
    private readonly total: number | undefined,
    options: ProgressOptions,
  ) {
    this.mode = options.mode;
    this.interval = options.interval ?? (options.mode === 'bar' ? 100 : 5000);
    this.now = options.now ?? Date.now;
    // A bar draws at once; a log's first line waits an interval, so a short job logs nothing.
    if (this.mode === 'lines') this.last = this.now();
  }

  /** Shows `label` with the share of `bytes` in the total (throttled unless `force`). */
  update(bytes: number, label: string, force = false): void {
    const t = this.now();
    if (this.last === undefined) this.last = t;
    else if (!force && t - this.last < this.interval) return;
    else this.last = t;
    const ratio = this.total && this.total > 0 ? Math.min(1, bytes / this.total) : undefined;
    const percent = ratio === undefined ? '' : `${String(Math.floor(ratio * 100)).padStart(3)}% `;
    if (this.mode === 'lines') {
      this.out.write(`${percent.trimStart()}${label}\n`);
      return;
    }
    const width = Math.max(10, Math.min(30, (this.out.columns ?? 80) - 40));
    const bar = ratio === undefined ? '' : `[${'#'.repeat(Math.round(ratio * width)).padEnd(width, '-')}] `;
    this.out.write(`\r\x1b[2K${bar}${percent}${label}`);
    this.drawn = true;
  }

  /** Whether it redraws one line in place (and so should be drawn once more, complete, at the end). */
  get inPlace(): boolean {
    return this.mode === 'bar';
  }

  /** Clears the bar's line (a line of its own needs no clearing). */
  done(): void {
    if (this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
  }
}
