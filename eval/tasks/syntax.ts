import { existsSync } from 'node:fs';
import { gumDepDir, readGum } from '../../training/corpora/gum.js';
import { loadSyntax } from '../../src/pipeline/stages/syntax.js';
import { normalizeForm } from '../../src/syntax/lexical.js';
import { analyzeSentence } from '../../src/syntax/analyze.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { round } from '../metrics.js';

/**
 * `npm run eval -- syntax`: UPOS and XPOS accuracy, UAS and LAS of the trained tagger +
 * parser on the GUM dev documents, reddit left out (its words are blanked `_`). Gold
 * word segmentation (UD words; multi-word tokens such as `country’s` are already split),
 * predicted tags; every token is scored, punctuation included (as in CoNLL 2018). LAS
 * compares full labels with subtypes (`nsubj:pass`, `obl:unmarked`).
 * Rows: per genre, news first, then the other genres, then all.
 */
export const task: EvalTask = {
  name: 'syntax',
  description: 'POS tagger + dependency parser on GUM dev without reddit: UPOS, XPOS, UAS, LAS (all tokens), per genre',
  async run(opts): Promise<EvalReport> {
    if (!existsSync(gumDepDir(opts.dataDir))) throw new MissingDataError(`needs ${gumDepDir(opts.dataDir)}`);
    const model = loadSyntax();
    const { tagger, parser, lexicon } = model;
    let docs = readGum(opts.dataDir, { skipReddit: true }).filter((d) => d.split === 'dev');
    if (opts.limit) docs = docs.slice(0, opts.limit);
    type Acc = { tokens: number; upos: number; xpos: number; uas: number; las: number; docs: number };
    const by = new Map<string, Acc>();
    const all: Acc = { tokens: 0, upos: 0, xpos: 0, uas: 0, las: 0, docs: 0 };
    for (const doc of docs) {
      let acc = by.get(doc.genre);
      if (!acc) by.set(doc.genre, (acc = { tokens: 0, upos: 0, xpos: 0, uas: 0, las: 0, docs: 0 }));
      acc.docs++; all.docs++;
      for (const s of doc.sentences) {
        const n = s.words.length;
        const forms = s.words.map(normalizeForm);
        const lex = forms.map((f) => lexicon.get(f));
        const tags = new Int32Array(n), heads = new Int32Array(n), labs = new Int32Array(n);
        analyzeSentence(model, forms, lex, tags, heads, labs);
        for (let i = 0; i < n; i++) {
          const u = tagger.upos[tags[i]] === s.upos[i] ? 1 : 0;
          const x = tagger.xpos[tags[i]] === s.xpos[i] ? 1 : 0;
          const h = heads[i] === s.heads[i] ? 1 : 0;
          const l = h && parser.labels[labs[i]] === s.deprels[i] ? 1 : 0;
          for (const a of [acc, all]) { a.tokens++; a.upos += u; a.xpos += x; a.uas += h; a.las += l; }
        }
      }
    }
    const genres = [...by.keys()].sort((a, b) => (a === 'news' ? -1 : b === 'news' ? 1 : a.localeCompare(b)));
    const rows: Record<string, string | number>[] = [];
    const metrics: Record<string, number> = {};
    for (const [g, a] of [...genres.map((g) => [g, by.get(g)!] as const), ['all', all] as const]) {
      const r = { upos: round(a.upos / a.tokens), xpos: round(a.xpos / a.tokens), uas: round(a.uas / a.tokens), las: round(a.las / a.tokens) };
      rows.push({ genre: g, docs: a.docs, tokens: a.tokens, UPOS: r.upos, XPOS: r.xpos, UAS: r.uas, LAS: r.las });
      for (const [k, v] of Object.entries(r)) metrics[`${g}.${k}`] = v;
      metrics[`${g}.tokens`] = a.tokens;
    }
    return {
      task: 'syntax', data: `${gumDepDir(opts.dataDir)} dev documents without reddit (${all.docs} docs, ${all.tokens} tokens)`, rows, metrics,
      notes: ['gold UD word segmentation, predicted tags; all tokens scored, punctuation included (CoNLL 2018 convention)'],
    };
  },
};
