import type { CliOutput } from './io.js';

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal: bytes read of the input
 * (when its size is known) and regions scored. Redrawn at most every 100 ms.
 */
export class ProgressBar {
  private last = 0;
  private drawn = false;

  constructor(
    private readonly out: CliOutput,
    private readonly total: number | undefined,
    private readonly label: (n: number) => string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Updates the bar (throttled unless `force`). */
  update(bytes: number, regions: number, force = false): void {
    const t = this.now();
    if (!force && t - this.last < 100) return;
    this.last = t;
    const width = Math.max(10, Math.min(30, (this.out.columns ?? 80) - 40));
    let line: string;
    if (this.total && this.total > 0) {
      const ratio = Math.min(1, bytes / this.total);
      const filled = Math.round(ratio * width);
      line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${this.label(regions)}`;
    } else line = this.label(regions);
    this.out.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** Clears the bar's line. */
  done(): void {
    if (this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
  }
}
