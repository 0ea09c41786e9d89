/**
 * What each `training/<model>/train.ts` exports, so one command trains, lists and
 * verifies every model (`npm run train -- <model> | verify | list`).
 * @module
 */

/** Where a training run reads and writes. */
export interface TrainRun {
  /** The gold corpora (`../shared/data` by default). */
  dataDir: string;
  /** Where the model files are written (the committed `models/` by default; a temporary folder when verifying). */
  outDir: string;
  /** Progress lines. */
  log: (line: string) => void;
}

/** A trainable model. */
export interface Trainer {
  /** The name given to `npm run train -- <name>`. */
  name: string;
  /** The files it writes into `outDir` (names within `models/`). */
  files: string[];
  /** What it is, one line (for `npm run train -- list`). */
  description: string;
  train(run: TrainRun): Promise<void> | void;
}
