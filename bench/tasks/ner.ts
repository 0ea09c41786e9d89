import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll } from '../../training/corpora/conll.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { defaultStages } from '../../src/pipeline/default.js';
import { analyzeWith } from '../../src/analyze.js';
import { nerTokens } from '../../src/pipeline/stages/entities/recognise.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../../eval/types.js';
import { round } from '../../eval/metrics.js';

/**
 * `npm run bench -- ner`: throughput of the recogniser alone (tagging pre-tokenised CoNLL-2003
 * valid documents, after one warm-up pass; best of 5 passes, wall and CPU time) and of the whole `entities` stage inside the
 * default pipeline over BBC news articles (`--limit N` articles, default 300).
 */
export const task: EvalTask = {
  name: 'ner',
  description: 'NER throughput: tagger alone (tokens/s) and the entities stage in the pipeline',
  async run(opts): Promise<EvalReport> {
    const conllPath = join(opts.dataDir, 'conll2003', 'eng.valid.txt');
    if (!existsSync(conllPath)) throw new MissingDataError(`needs ${conllPath}`);
    const docs = readConll(conllPath).map((d) => d.sentences.map((s) => s.tokens));
    const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
    const t0 = performance.now();
    const tagger = new NerTagger();
    const loadMs = performance.now() - t0;
    for (const d of docs) tagger.tagDocument(d);
    // Best of 5 passes: wall time on a shared machine is noisy; CPU time is reported beside it.
    let tagMs = Infinity, cpuMs = Infinity;
    for (let r = 0; r < 5; r++) {
      const c0 = process.cpuUsage();
      const t1 = performance.now();
      for (const d of docs) tagger.tagDocument(d);
      tagMs = Math.min(tagMs, performance.now() - t1);
      const c = process.cpuUsage(c0);
      cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
    }
    const rows: Record<string, string | number>[] = [
      { what: 'tagger (CoNLL valid, gold tokens)', docs: docs.length, tokens, ms: round(tagMs, 1), 'tokens/s': Math.round(tokens / (tagMs / 1000)), 'cpu ms': round(cpuMs, 1), 'tokens/cpu-s': Math.round(tokens / (cpuMs / 1000)) },
    ];
    const metrics: Record<string, number> = {
      'tagger.tokens_per_s': Math.round(tokens / (tagMs / 1000)),
      'tagger.tokens_per_cpu_s': Math.round(tokens / (cpuMs / 1000)),
      'tagger.load_ms': round(loadMs, 1),
    };
    const bbc = join(opts.dataDir, 'bbc-news');
    if (existsSync(bbc)) {
      const files: string[] = [];
      for (const topic of readdirSync(bbc)) {
        const dir = join(bbc, topic);
        if (!existsSync(dir) || topic.includes('.')) continue;
        for (const f of readdirSync(dir)) if (f.endsWith('.txt')) files.push(join(dir, f));
      }
      files.sort();
      const pick = files.slice(0, opts.limit ?? 300);
      const pipeline = await buildPipeline(defaultStages());
      let ptoks = 0;
      const bbcDocs: string[][][] = [];
      for (const f of pick) {
        const doc = analyzeWith(pipeline, readFileSync(f, 'latin1'), { published: '2005-01-01' });
        ptoks += doc.layers.tokens?.length ?? 0;
        bbcDocs.push(nerTokens(doc).sentences.map((s) => s.map((t) => t.text)));
      }
      // The tagger alone over the same articles' tokens (modern text, wink tokenisation).
      const ntoks = bbcDocs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
      let bMs = Infinity, bCpu = Infinity;
      for (let r = 0; r < 3; r++) {
        const c0 = process.cpuUsage();
        const t1 = performance.now();
        for (const d of bbcDocs) tagger.tagDocument(d);
        bMs = Math.min(bMs, performance.now() - t1);
        const c = process.cpuUsage(c0);
        bCpu = Math.min(bCpu, (c.user + c.system) / 1000);
      }
      rows.push({ what: 'tagger (BBC news, wink tokens)', docs: bbcDocs.length, tokens: ntoks, ms: round(bMs, 1), 'tokens/s': Math.round(ntoks / (bMs / 1000)), 'cpu ms': round(bCpu, 1), 'tokens/cpu-s': Math.round(ntoks / (bCpu / 1000)) });
      metrics['tagger.bbc.tokens_per_s'] = Math.round(ntoks / (bMs / 1000));
      metrics['tagger.bbc.tokens_per_cpu_s'] = Math.round(ntoks / (bCpu / 1000));
      const st = pipeline.timings.find((t) => t.name === 'entities');
      if (st) {
        rows.push({ what: 'entities stage (BBC news, wink tokens)', docs: pick.length, tokens: ptoks, ms: round(st.ms, 1), 'tokens/s': Math.round(ptoks / (st.ms / 1000)) });
        metrics['stage.tokens_per_s'] = Math.round(ptoks / (st.ms / 1000));
      }
    }
    return { task: 'ner', data: opts.dataDir, rows, metrics, notes: [`model load ${round(loadMs, 1)} ms`] };
  },
};
