/** Shared shapes for evaluation tasks (`npm run eval -- <task>`). */

/** Options every task receives. */
export interface EvalOptions {
  /** Root of the gold data, laid out like ../shared/data. */
  dataDir: string;
  /** Root of the seed (article.txt + expected.json), default ../shared/seed. */
  seedDir: string;
  /** Optional cap on documents, for quick runs. */
  limit?: number;
  /** Free-form extra flags (`--key value`). */
  flags: Record<string, string | boolean>;
}

/**
 * One task's result. `metrics` holds every figure under a stable name
 * (`<section>.<metric>`, e.g. `conll.valid.f1`); `rows` is the printed table.
 */
export interface EvalReport {
  task: string;
  data: string;
  rows: Record<string, string | number>[];
  metrics: Record<string, number>;
  notes?: string[];
}

/** A task module in eval/tasks/<name>.ts exports `task: EvalTask`. */
export interface EvalTask {
  name: string;
  description: string;
  run(opts: EvalOptions): Promise<EvalReport>;
}

/** Thrown by a task when its data is absent; the CLI prints the reason and exits 0 for `gate`, 1 otherwise. */
export class MissingDataError extends Error {}
