import { existsSync } from 'node:fs';
import { gumDepDir, readGum } from '../../training/corpora/gum.js';
import { loadSyntax } from '../../src/pipeline/stages/syntax.js';
import { Lexicon, normalizeForm } from '../../src/syntax/lexical.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../../eval/types.js';
import { round } from '../../eval/metrics.js';

/**
 * `npm run bench -- syntax`: tagger + parser throughput in one process over the GUM
 * sentences (reddit left out), tokens/s for tagging alone and tagging + parsing.
 * Input is pre-split words (the pipeline's tokenisation is not timed); the lexical cache
 * is cold at the start of each pass and the figure is the best of `--passes` (default 3).
 * Wall-clock figures depend on machine load; the CPU-time row (process user + system
 * time) is the steadier one on a shared machine.
 */
export const task: EvalTask = {
  name: 'syntax',
  description: 'tagger + parser throughput (tokens/s) over GUM sentences without reddit',
  async run(opts): Promise<EvalReport> {
    if (!existsSync(gumDepDir(opts.dataDir))) throw new MissingDataError(`needs ${gumDepDir(opts.dataDir)}`);
    const tl = performance.now();
    const { tagger, parser, supertagger, lexicon: modelLexicon } = loadSyntax();
    const loadMs = performance.now() - tl;
    let docs = readGum(opts.dataDir, { skipReddit: true });
    if (opts.limit) docs = docs.slice(0, opts.limit);
    const sents = docs.flatMap((d) => d.sentences.map((s) => s.words));
    const tokens = sents.reduce((n, s) => n + s.length, 0);
    const passes = Number(opts.flags.passes ?? 3);
    let tags = new Int32Array(256), heads = new Int32Array(256), labs = new Int32Array(256), stags = new Int32Array(256);
    const forms: string[] = [];
    const lex: Int32Array[] = [];
    let bestTag = Infinity, bestAll = Infinity, bestCpu = Infinity;
    for (let p = 0; p < passes; p++) {
      // A fresh cache per pass (same clusters), so each pass pays for its lexical features.
      const lexicon = modelLexicon.fresh();
      let tagMs = 0;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const words of sents) {
        const n = words.length;
        if (tags.length < n) { tags = new Int32Array(n * 2); heads = new Int32Array(n * 2); labs = new Int32Array(n * 2); stags = new Int32Array(n * 2); }
        const a = performance.now();
        forms.length = 0; lex.length = 0;
        for (const w of words) { const f = normalizeForm(w); forms.push(f); lex.push(lexicon.get(f)); }
        tagger.tag(forms, lex, tags);
        tagMs += performance.now() - a;
        if (supertagger) supertagger.tag(forms, lex, stags, tags);
        parser.parse(lex, tags, heads, labs, supertagger ? stags : null);
      }
      bestAll = Math.min(bestAll, performance.now() - t0);
      const cu = process.cpuUsage(c0);
      bestCpu = Math.min(bestCpu, (cu.user + cu.system) / 1000);
      bestTag = Math.min(bestTag, tagMs);
    }
    const metrics: Record<string, number> = {
      tokens, sentences: sents.length, passes,
      'model_load_ms': Math.round(loadMs),
      'tagger.tokens_per_s': Math.round(tokens / (bestTag / 1000)),
      'parser.tokens_per_s': Math.round(tokens / ((bestAll - bestTag) / 1000)),
      'tokens_per_s': Math.round(tokens / (bestAll / 1000)),
      'tokens_per_cpu_s': Math.round(tokens / (bestCpu / 1000)),
      'peak_rss_mb': Math.round(process.resourceUsage().maxRSS / 1024),
    };
    const rows = [
      { part: 'tagger (incl. lexical features)', ms: Math.round(bestTag), 'tokens/s': metrics['tagger.tokens_per_s'] },
      { part: supertagger ? 'supertagger + parser' : 'parser', ms: Math.round(bestAll - bestTag), 'tokens/s': metrics['parser.tokens_per_s'] },
      { part: 'tagger + parser', ms: Math.round(bestAll), 'tokens/s': metrics.tokens_per_s },
      { part: 'tagger + parser (CPU time)', ms: Math.round(bestCpu), 'tokens/s': metrics.tokens_per_cpu_s },
    ];
    return {
      task: 'bench syntax', data: `${gumDepDir(opts.dataDir)} (${sents.length} sentences, ${tokens} tokens, best of ${passes})`, rows, metrics,
      notes: [`model load ${metrics.model_load_ms} ms, peak RSS ${metrics.peak_rss_mb} MB`],
    };
  },
};
