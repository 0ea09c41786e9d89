/**
 * Analysis of one item in a worker thread with a time budget: the main thread's side
 * ({@link ItemAnalyser}) and the messages both sides exchange.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../ingest/index.js';
import type { DocJSON } from '../export/json.js';

/** How the worker renders the analysed document. */
export interface RenderSpec { format: 'text' | 'json' | 'jsonl' | 'html' | 'events-tsv'; color: boolean; pretty: boolean; layers?: string[] }

/** One item to analyse. */
export interface WorkRequest { id: number; article: ArticleInput; published?: string; dateOrder?: 'dmy' | 'mdy'; crawledAt?: string; render: RenderSpec }

/**
 * The answer: the rendered output (`doc` instead for the HTML report; neither when the output
 * was streamed as {@link WorkChunk}s) and the document's ingest errors (no article text,
 * extraction failed), or the error that stopped the analysis.
 */
export type WorkResponse =
  | { id: number; ok: true; out?: string; doc?: DocJSON; problems: string[] }
  | { id: number; ok: false; internal: boolean; message: string; stack?: string };

/**
 * A piece of a streamed output (the JSON and JSONL formats), sent before the item's
 * {@link WorkResponse}. The worker sends at most {@link CHUNKS_IN_FLIGHT} pieces the main thread
 * has not acknowledged ({@link WorkAck}, sent once the piece is written), so a slow reader of
 * the output holds back the worker instead of piling pieces up in memory.
 */
export interface WorkChunk { id: number; chunk: string }

/** The main thread has written a {@link WorkChunk} of item `ack`. */
export interface WorkAck { ack: number }

/** Streamed pieces the worker may send ahead of the main thread's acknowledgements. */
export const CHUNKS_IN_FLIGHT = 2;

/** What {@link ItemAnalyser.analyse} resolves to: the worker's answer, or the budget ran out. */
export type ItemOutcome = WorkResponse | { id: number; ok: false; timedOut: true; ms: number };

/**
 * A worker running analysis-worker: the built `.js` next to this module, or, when running from
 * source under tsx (tests, `npm run fuzz`), the `.ts` file behind tsx's loader, which a worker
 * thread does not inherit from its parent.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis-worker.js', import.meta.url));
  const src = new URL('./analysis-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(src)}); });`, { eval: true });
}

/**
 * Runs items one at a time in a worker thread. When an item exceeds its time budget the worker
 * is terminated (the only way to stop synchronous code) and the next item starts a new one;
 * a worker that dies (out of memory, a crash) costs only its item as well.
 */
export class ItemAnalyser {
  private worker: Worker | undefined;
  private nextId = 0;
  private waiting: ((r: ItemOutcome) => void) | undefined;
  private onChunk: ((c: WorkChunk) => void) | undefined;

  /**
   * Analyses one item; resolves with the answer or a timeout after `timeoutMs`. Never rejects.
   * A streamed output arrives in `write`, piece by piece and in order, before the answer; the
   * next piece is released once the promise `write` returns settles. Each piece restarts the
   * budget (the analysis is done; writing a big output to a slow reader is not a hang).
   */
  analyse(req: Omit<WorkRequest, 'id'>, timeoutMs: number, write?: (chunk: string) => void | Promise<void>): Promise<ItemOutcome> {
    const id = this.nextId++;
    const w = this.ensureWorker();
    let t0 = performance.now();
    return new Promise<ItemOutcome>((resolve) => {
      const expire = () => {
        this.waiting = undefined;
        this.onChunk = undefined;
        this.discard();
        resolve({ id, ok: false, timedOut: true, ms: performance.now() - t0 });
      };
      let timer = setTimeout(expire, timeoutMs);
      let written: Promise<void> = Promise.resolve();
      this.onChunk = (c) => {
        if (c.id !== id) return;
        clearTimeout(timer);
        t0 = performance.now();
        timer = setTimeout(expire, timeoutMs);
        // A failed write must not stall the worker, which waits for the acknowledgement.
        written = written.then(() => write?.(c.chunk)).catch(() => undefined).then(() => { if (this.worker === w) w.postMessage({ ack: id } satisfies WorkAck); });
      };
      this.waiting = (r) => {
        clearTimeout(timer);
        this.waiting = undefined;
        this.onChunk = undefined;
        void written.then(() => resolve(r));
      };
      w.postMessage({ ...req, id } satisfies WorkRequest);
    });
  }

  /** Ends the worker (call once the batch is done, or the process would stay alive). */
  async close(): Promise<void> { const w = this.worker; this.worker = undefined; if (w) await w.terminate(); }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker();
    w.on('message', (r: WorkResponse | WorkChunk) => { if ('chunk' in r) this.onChunk?.(r); else this.waiting?.(r); });
    w.on('error', (e) => {
      if (this.worker === w) this.worker = undefined;
      this.waiting?.({ id: -1, ok: false, internal: true, message: `the analysis worker failed: ${e.message}`, stack: e.stack });
    });
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      this.waiting?.({ id: -1, ok: false, internal: true, message: `the analysis worker stopped (exit code ${code})` });
    });
    this.worker = w;
    return w;
  }

  private discard(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) { w.removeAllListeners(); void w.terminate(); }
  }
}
