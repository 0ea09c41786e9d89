/**
 * The CLI's stderr for a batch: one line per bad item (control characters made visible, as
 * file names and reasons can carry them), a progress line on a terminal (cli-progress), and
 * the closing count of analysed and failed items.
 * @module
 */
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { visibleControls } from '../report/terminal-safe.js';

/** Counts and reports the items of one `analyze` run. */
export class BatchReporter {
  /** Items analysed without error. */
  ok = 0;
  /** Items that failed (read errors, skipped entries, timeouts, analysis errors, no article text). */
  failures = 0;
  private multi: MultiBar | undefined;
  private bar: SingleBar | undefined;

  constructor(private readonly progress: boolean) {}

  /** An item starts (updates the progress line). */
  started(where: string): void {
    if (!this.progress) return;
    if (!this.multi) {
      this.multi = new MultiBar({ stream: process.stderr, format: 'newsgraph: {done} analysed, {failed} failed | {where}', hideCursor: true, clearOnComplete: true, fps: 5 }, Presets.shades_classic);
      this.bar = this.multi.create(0, 0, this.payload(where));
    }
    this.bar!.update(this.payload(where));
  }

  /** One message line about an item (also used for a document's own errors). */
  problem(line: string): void {
    const s = `newsgraph: ${visibleControls(line)}\n`;
    if (this.multi) this.multi.log(s); else process.stderr.write(s);
  }

  analysed(): void { this.ok++; }

  /** An item failed; `line` is its message (omitted when {@link problem} already said it). */
  failed(line?: string): void {
    this.failures++;
    if (line) this.problem(line);
  }

  /** Removes the progress line. */
  stop(): void { this.multi?.stop(); this.multi = undefined; }

  /** The closing count, for batches (a single item's own line says it all). */
  summary(): void {
    if (this.ok + this.failures > 1) {
      process.stderr.write(`newsgraph: ${this.ok} item(s) analysed, ${this.failures} failed\n`);
    }
  }

  private payload(where: string): Record<string, unknown> {
    return { done: this.ok, failed: this.failures, where: visibleControls(where.length > 60 ? '…' + where.slice(-59) : where) };
  }
}
