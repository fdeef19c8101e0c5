import { performance } from "node:perf_hooks";

/** A line of progress for the terminal: the phase, rows so far, share of the total and the rate. */
export type ProgressLog = (line: string) => void;

const count = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * Counts the rows of one phase and reports at most every two seconds (and once at the end), so that
 * a load of millions of rows shows it is alive without flooding the terminal.
 */
export class Progress {
  private rows = 0;
  private readonly started = performance.now();
  private lastReport = this.started;
  constructor(
    private readonly phase: string,
    private readonly total: number,
    private readonly log: ProgressLog | undefined,
  ) {}

  add(rows: number): void {
    this.rows += rows;
    const now = performance.now();
    if (now - this.lastReport >= 2000) {
      this.lastReport = now;
      this.report(now);
    }
  }

  finish(): { rows: number; ms: number } {
    const now = performance.now();
    this.report(now, true);
    return { rows: this.rows, ms: now - this.started };
  }

  private report(now: number, done = false): void {
    if (!this.log) return;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const share = this.total > 0 ? ` (${Math.min(100, Math.floor((100 * this.rows) / this.total))} %)` : "";
    this.log(
      `${done ? "done" : "    "} ${this.phase.padEnd(20)} ${count(this.rows).padStart(11)} rows${share}, ` +
        `${count(this.rows / seconds)} rows/s, ${seconds.toFixed(1)} s`,
    );
  }
}
