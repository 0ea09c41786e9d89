/**
 * `npm run bench -- timex [--data DIR] [--limit N] [--json]`
 *
 * Throughput of the time stages against the rest of the pipeline on BBC News articles
 * (../shared/data/bbc-news/<topic>/<n>.txt): per-stage milliseconds, the timex stage's
 * characters per second, and whether it is the slowest stage (it must not be).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MissingDataError, type EvalOptions, type EvalReport, type EvalTask } from '../../eval/types.js';
import { round } from '../../eval/metrics.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { defaultStages } from '../../src/pipeline/default.js';
import { analyzeWith } from '../../src/analyze.js';

function loadBbc(dataDir: string, limit: number): string[] {
  const root = join(dataDir, 'bbc-news');
  if (!existsSync(root)) throw new MissingDataError(`needs ${root}`);
  const files: string[] = [];
  for (const topic of readdirSync(root).sort()) {
    const dir = join(root, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
  }
  // Spread the sample over the topics.
  const step = Math.max(1, Math.floor(files.length / limit));
  const out: string[] = [];
  for (let i = 0; i < files.length && out.length < limit; i += step) out.push(readFileSync(files[i], 'latin1'));
  return out;
}

export const task: EvalTask = {
  name: 'timex',
  description: 'time stages vs the rest of the pipeline on BBC News (ms per stage, chars/s)',
  async run(opts: EvalOptions): Promise<EvalReport> {
    const texts = loadBbc(opts.dataDir, opts.limit ?? 400);
    const pipeline = await buildPipeline(defaultStages());
    // Warm up (JIT, lazy model loading) before timing.
    for (const t of texts.slice(0, 5)) analyzeWith(pipeline, t, { published: '2005-03-01' });
    for (const t of pipeline.timings) { t.ms = 0; t.docs = 0; }
    let chars = 0, timexes = 0;
    for (const t of texts) {
      const doc = analyzeWith(pipeline, t, { published: '2005-03-01' });
      chars += doc.text.length;
      timexes += doc.layers.timexes?.length ?? 0;
    }
    const total = pipeline.timings.reduce((a, t) => a + t.ms, 0);
    const slowest = pipeline.timings.reduce((a, t) => (t.ms > a.ms ? t : a));
    const rows = pipeline.timings.map((t) => ({
      stage: t.name, ms: round(t.ms, 1), 'ms/doc': round(t.ms / Math.max(1, t.docs), 3),
      'share %': round((100 * t.ms) / total, 1), 'kchars/s': round(chars / Math.max(1e-9, t.ms), 1),
    }));
    const tx = pipeline.timings.find((t) => t.name === 'timex')!;
    const tl = pipeline.timings.find((t) => t.name === 'timelinks');
    return {
      task: 'timex',
      data: `bbc-news (${texts.length} docs, ${chars} chars, ${timexes} timexes)`,
      rows,
      metrics: {
        'timex.ms': round(tx.ms, 1),
        'timex.ms_per_doc': round(tx.ms / Math.max(1, tx.docs), 3),
        'timex.kchars_per_s': round(chars / Math.max(1e-9, tx.ms), 1),
        'timex.share': round(tx.ms / total, 4),
        'timelinks.ms': tl ? round(tl.ms, 1) : 0,
        'timex.is_slowest': slowest.name === 'timex' ? 1 : 0,
        docs: texts.length,
      },
      notes: [`slowest stage: ${slowest.name}`],
    };
  },
};
