import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { getDefaultPipeline, analyzeWith } from '../../src/analyze.js';
import { generateArticle, generateRunOn } from '../../test/generate-article.js';
import { toDocJSON } from '../../src/export/json.js';
import type { EvalReport, EvalTask } from '../../eval/types.js';
import { round } from '../../eval/metrics.js';

/** A full collection between sizes, so one size's garbage is not billed to the next. */
function collect(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch { /* not available: figures are a little noisier */ }
}

/**
 * Bytes of `JSON.stringify(value)` (UTF-8), counted piece by piece so that the export of a 2 MB
 * article is never one string in memory (that would raise the peak RSS being measured).
 */
export function jsonBytes(value: unknown): number {
  if (Array.isArray(value)) {
    if (value.length < 256) return Buffer.byteLength(JSON.stringify(value));
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += v === undefined || typeof v === 'function' ? 4 : jsonBytes(v);
    return n;
  }
  if (value && typeof value === 'object' && !('toJSON' in value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    let n = 2 + Math.max(0, entries.length - 1);
    for (const [k, v] of entries) n += Buffer.byteLength(JSON.stringify(k)) + 1 + jsonBytes(v);
    return n;
  }
  return Buffer.byteLength(JSON.stringify(value));
}

/**
 * `npm run bench -- scale [--sizes 250,1000,2000] [--runon 50000]`: the whole pipeline over one
 * generated article (test/generate-article.ts) of each size in KB, in one process and in
 * increasing size, after a warm-up article: seconds, seconds per MB, the per-MB ratio against
 * the smallest size, peak RSS after each size (the process maximum so far), per stage seconds,
 * the size of the compact JSON export (counted after the RSS reading); then `--runon` words with no sentence-ending punctuation. Linear time shows as a flat
 * seconds-per-MB column.
 */
export const task: EvalTask = {
  name: 'scale',
  description: 'time and memory against input size: a generated article at 250 KB, 1 MB, 2 MB, and 50,000 words without punctuation',
  async run(opts): Promise<EvalReport> {
    const sizes = String(opts.flags.sizes ?? '250,1000,2000').split(',').map(Number);
    const runOn = Number(opts.flags.runon ?? 50000);
    const pipeline = await getDefaultPipeline();
    analyzeWith(pipeline, { text: generateArticle(50_000, 7), meta: { language: 'en' } }, { published: '2025-06-01' });
    const metrics: Record<string, number> = {};
    const rows: Record<string, string | number>[] = [];
    let basePerMB = 0;
    const measure = (name: string, text: string) => {
      collect();
      for (const t of pipeline.timings) { t.ms = 0; t.docs = 0; }
      const t0 = performance.now();
      // Declared English: generated word salad must not be taken for another language (whose
      // documents skip the English-only stages).
      const doc = analyzeWith(pipeline, { text, meta: { language: 'en' } }, { published: '2025-06-01' });
      const secs = (performance.now() - t0) / 1000;
      const mb = text.length / 1e6;
      const perMB = secs / mb;
      const rss = Math.round(process.resourceUsage().maxRSS / 1024);
      metrics[`${name}.chars`] = text.length;
      metrics[`${name}.tokens`] = doc.layers.tokens?.length ?? 0;
      metrics[`${name}.seconds`] = round(secs, 3);
      metrics[`${name}.s_per_mb`] = round(perMB, 3);
      metrics[`${name}.peak_rss_mb`] = rss;
      const row: Record<string, string | number> = { input: name, chars: text.length, seconds: round(secs, 2), 's/MB': round(perMB, 2) };
      if (!name.startsWith('runon')) {
        if (!basePerMB) basePerMB = perMB;
        metrics[`${name}.per_mb_ratio`] = round(perMB / basePerMB, 3);
        row['÷ first'] = round(perMB / basePerMB, 2);
      }
      row['peak RSS MB'] = rss;
      for (const t of pipeline.timings) { metrics[`${name}.stage.${t.name}.s`] = round(t.ms / 1000, 3); row[t.name] = round(t.ms / 1000, 2); }
      const bytes = jsonBytes(toDocJSON(doc));
      metrics[`${name}.json_mb`] = round(bytes / 1e6, 1);
      metrics[`${name}.json_bytes_per_char`] = round(bytes / text.length, 1);
      row['JSON MB'] = round(bytes / 1e6, 1);
      rows.push(row);
    };
    for (const kb of sizes) measure(`article_${kb}k`, generateArticle(kb * 1000, 1));
    if (runOn > 0) measure(`runon_${runOn}w`, generateRunOn(runOn, 1));
    const last = `article_${sizes[sizes.length - 1]}k`;
    return {
      task: 'bench scale', data: `generated articles of ${sizes.join(', ')} KB; ${runOn} words without punctuation`, rows, metrics,
      notes: [`s/MB at ${sizes[sizes.length - 1]} KB = ${metrics[`${last}.per_mb_ratio`]}× that at ${sizes[0]} KB; peak RSS ${metrics[`${last}.peak_rss_mb`]} MB; compact JSON ${metrics[`${last}.json_mb`]} MB`],
    };
  },
};
