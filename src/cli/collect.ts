/**
 * Full garbage collections between the stages of a big document, for the CLI's worker and
 * `npm run bench -- scale`.
 *
 * Why: V8 collects its old generation lazily, when it has grown by a factor of what was live
 * after the last collection. Each stage of a 2 MB article leaves ~100 MB of drafts and working
 * arrays behind, and the heap limit grows with the document, so without a collection between
 * stages the garbage of several stages piles up: 850 MB peak for the analysis alone, against
 * ~600 MB with a collection before each stage. A full collection at that size costs a few
 * hundred milliseconds, ~1 s per MB of input in all, so it is done only for documents of
 * {@link BIG_DOC_CHARS} characters or more, where memory, not time, is what runs out first.
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Stage } from '../pipeline/stage.js';

/** Documents this long (UTF-16 units) or longer get a full collection before each stage. */
export const BIG_DOC_CHARS = 500_000;

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection; false when the engine does not allow it. `--expose-gc` cannot
 * be given to a worker thread (V8 flags are per process), so it is switched on here and the
 * function taken from a fresh context, where V8 installs it.
 */
export function fullCollection(): boolean {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch { gc = null; }
  }
  gc?.();
  return gc !== null;
}

/**
 * The stages with a full collection (`collect`) before each one runs on a document of `minChars`
 * or more characters. Each returned stage delegates to the original (its `init` and `run` run on the
 * original object, so state set up in `init` is where `run` expects it).
 */
export function collectingStages(stages: readonly Stage[], minChars = BIG_DOC_CHARS, collect: () => unknown = fullCollection): Stage[] {
  return stages.map((s) => {
    const w: Stage = Object.create(s);
    Object.defineProperty(w, 'run', { value: (doc: Parameters<Stage['run']>[0], ctx: Parameters<Stage['run']>[1]) => {
      if (doc.text.length >= minChars) collect();
      return s.run(doc, ctx);
    } });
    Object.defineProperty(w, 'init', { value: s.init ? () => s.init!() : undefined });
    return w;
  });
}
