import { getDefaultPipeline, analyzeWith } from '../../src/analyze.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { defaultStages } from '../../src/pipeline/default.js';
import { bbcPaths, bbcTexts } from '../../eval/data/bbc.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../../eval/types.js';
import { round } from '../../eval/metrics.js';

/**
 * `npm run bench` (task `pipeline`): the whole default pipeline over the BBC News
 * texts in one process — words/s, articles/s, peak RSS — and per stage (ms, share, words/s).
 * Words are whitespace-separated strings of the input.
 * `--stages a,b,c` benchmarks only the default stages up to and including the last one named
 * (e.g. `--stages tokenize` for paragraphs + boilerplate + tokenize).
 */
export const task: EvalTask = {
  name: 'pipeline',
  description: 'whole-pipeline throughput over ../shared/data/bbc-news (words/s, articles/s, peak RSS, per stage)',
  async run(opts): Promise<EvalReport> {
    if (!bbcPaths(opts.dataDir).length) throw new MissingDataError(`needs ${opts.dataDir}/bbc-news`);
    const pipeline = typeof opts.flags.stages === 'string' ? await prefixPipeline(opts.flags.stages.split(',')) : await getDefaultPipeline();
    for (const t of pipeline.timings) { t.ms = 0; t.docs = 0; }
    let words = 0, articles = 0;
    const t0 = performance.now();
    for (const { text } of bbcTexts(opts.dataDir, opts.limit)) {
      words += countWords(text);
      analyzeWith(pipeline, text, { published: '2005-01-01' });
      articles++;
    }
    const secs = (performance.now() - t0) / 1000;
    const stageMs = pipeline.timings.reduce((n, t) => n + t.ms, 0);
    const rssMB = process.resourceUsage().maxRSS / 1024;
    const metrics: Record<string, number> = {
      'articles': articles, 'words': words, 'seconds': round(secs, 2),
      'words_per_s': Math.round(words / secs), 'articles_per_s': round(articles / secs, 1), 'peak_rss_mb': Math.round(rssMB),
    };
    const rows: Record<string, string | number>[] = [];
    for (const t of pipeline.timings) {
      const share = t.ms / stageMs;
      metrics[`stage.${t.name}.ms`] = Math.round(t.ms);
      metrics[`stage.${t.name}.share`] = round(share);
      metrics[`stage.${t.name}.words_per_s`] = Math.round(words / (t.ms / 1000));
      rows.push({ stage: t.name, ms: Math.round(t.ms), share: `${(share * 100).toFixed(1)}%`, 'words/s': Math.round(words / (t.ms / 1000)) });
    }
    rows.push({ stage: 'TOTAL (wall)', ms: Math.round(secs * 1000), share: '', 'words/s': metrics.words_per_s });
    return {
      task: 'bench pipeline', data: `${opts.dataDir}/bbc-news (${articles} articles, ${words} words)`, rows, metrics,
      notes: [`${metrics.articles_per_s} articles/s, ${metrics.words_per_s} words/s, peak RSS ${metrics.peak_rss_mb} MB`],
    };
  },
};

async function prefixPipeline(names: string[]) {
  const all = defaultStages();
  const last = Math.max(...names.map((n) => all.findIndex((s) => s.name === n)));
  if (last < 0) throw new Error(`--stages: no such stage in ${all.map((s) => s.name).join(', ')}`);
  return buildPipeline(all.slice(0, last + 1));
}

function countWords(text: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
