/**
 * Every resource limit of newsgraph, in one place. The CLI exposes the per-item ones as
 * options (`--max-size`, `--timeout`); the library takes a partial {@link Limits} where it
 * reads input ({@link readItems}) and extracts HTML.
 *
 * Why these limits and how they act:
 * - **Input size per item** ({@link Limits.maxItemBytes}, 10 MB): a file, a stdin stream, a
 *   JSONL line or a JSON file larger than this is refused with one message for that item;
 *   the others continue. Reading stops at the limit, so a 50 GB file costs no memory.
 *   A `.json` file counts as one item (it is parsed whole); batches larger than the limit
 *   belong in `.jsonl`, which is streamed line by line.
 * - **Time per item** ({@link Limits.itemTimeoutMs}, 60 s): JavaScript cannot interrupt a
 *   synchronous function from the same thread, so checks between stages could not stop a
 *   stage that is slow on some input — and the point of the budget is to survive exactly the
 *   inputs nobody anticipated. The CLI therefore analyses each item in a worker thread
 *   (src/cli/analysis-worker.ts) and terminates it when the budget is spent; the item is
 *   reported and the next one runs in a fresh worker (models reload, ≈ 1–2 s, only after a
 *   kill). The worker renders the item's output itself, so a document never crosses threads
 *   except for the HTML report.
 * - **Memory**: bounded by the item being analysed, not by the batch — directories are walked
 *   entry by entry, JSONL is streamed, JSON/JSONL/text output is written per item. Only the
 *   HTML report (one page for all documents) holds every document.
 * - **HTML**: pages over {@link Limits.maxHtmlChars} are cut before parsing (with a message);
 *   the element tree keeps {@link MAX_DEPTH} levels; the Readability fallback runs only on
 *   pages up to {@link Limits.fallbackMaxChars} characters and {@link Limits.fallbackMaxElements}
 *   elements, over a copy flattened to {@link Limits.fallbackMaxDepth} levels, and is skipped
 *   with a message when the extraction has already used {@link Limits.fallbackTimeMs}.
 * @module
 */

/** The limits (see the module doc for how each acts). */
export interface Limits {
  /** Largest input item in bytes (file, stdin, JSONL line, JSON file). */
  maxItemBytes: number;
  /** Time budget per analysed item, in milliseconds (CLI: worker thread, terminated when exceeded). */
  itemTimeoutMs: number;
  /** HTML pages longer than this (UTF-16 units, ≈ 4 MB) are cut before parsing. */
  maxHtmlChars: number;
  /** Readability is tried only on pages up to this many characters. */
  fallbackMaxChars: number;
  /** … and up to this many elements. */
  fallbackMaxElements: number;
  /** Elements nested deeper than this are unwrapped (children kept) in the copy Readability reads. */
  fallbackMaxDepth: number;
  /** The fallback is skipped when extraction has already taken this long (ms). */
  fallbackTimeMs: number;
}

/** The defaults. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxItemBytes: 10 * 1024 * 1024,
  itemTimeoutMs: 60_000,
  maxHtmlChars: 4_000_000,
  fallbackMaxChars: 300_000,
  fallbackMaxElements: 4_000,
  fallbackMaxDepth: 48,
  fallbackTimeMs: 1_500,
});

/** The defaults with `over` applied (undefined fields keep their default). */
export function limitsWith(over: Partial<Limits> = {}): Limits {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as Record<string, number>)[k] = v;
  return out;
}

/** "10 MB", "512 KB", "37 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
