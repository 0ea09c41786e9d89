import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { gumDepDir, readGum } from '../../training/corpora/gum.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { paragraphsStage } from '../../src/pipeline/stages/paragraphs.js';
import { boilerplateStage } from '../../src/pipeline/stages/boilerplate.js';
import { tokenizeStage } from '../../src/pipeline/stages/tokenize.js';
import { createDoc } from '../../src/model/doc.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { prf, round } from '../metrics.js';

/**
 * `npm run eval -- tokenize`: tokens and sentences of the `tokenize` stage against the
 * gold tokenisation and sentence split of the GUM dev documents (reddit left out). Each
 * document is rebuilt from its `# text` lines: sentences of a paragraph (`# newpar`)
 * joined by a space, paragraphs by a blank line, so sentence boundaries inside a
 * paragraph must be found. Spans must match exactly (P/R/F1 over [start, end) pairs).
 * wink-nlp (the earlier tokenizer) is scored on the same paragraphs, side by side.
 * `--errors` prints every mismatch.
 * Gold units are UD words (what the parser reads: `I` + `'m`); a multi-word token whose
 * words do not spell its surface form is left out.
 */
export const task: EvalTask = {
  name: 'tokenize',
  description: 'tokenizer + sentence splitter vs GUM dev gold tokens and sentences (exact spans), beside wink-nlp',
  async run(opts): Promise<EvalReport> {
    const dir = gumDepDir(opts.dataDir);
    if (!existsSync(dir)) throw new MissingDataError(`needs ${dir}`);
    let names = readGum(opts.dataDir, { skipReddit: true }).filter((d) => d.split === 'dev').map((d) => d.name);
    if (opts.limit) names = names.slice(0, opts.limit);
    const pipeline = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage]);
    const wink = winkNLP(model, ['sbd']);
    const its = wink.its;
    const counts = { ours: { tok: [0, 0, 0], sent: [0, 0, 0] }, wink: { tok: [0, 0, 0], sent: [0, 0, 0] } };
    for (const name of names) {
      const gold = rebuild(readFileSync(join(dir, `${name}.conllu`), 'utf8'));
      const doc = pipeline.run(createDoc(gold.text));
      score(counts.ours, gold, doc.layers.tokens.map((t) => key(t.start, t.end)), doc.layers.sentences.map((s) => key(s.start, s.end)));
      if (opts.flags.errors) { // `--errors`: print every mismatch (FP/FN tokens, SFP/SFN sentence ends)
        const pred = new Set(doc.layers.tokens.map((t) => key(t.start, t.end)));
        for (const t of doc.layers.tokens) if (!gold.tokens.has(key(t.start, t.end))) console.log('FP', JSON.stringify(t.text));
        for (const k of gold.tokens) if (!pred.has(k)) { const [a, b] = k.split(':').map(Number); console.log('FN', JSON.stringify(gold.text.slice(a, b))); }
        const ps = new Set(doc.layers.sentences.map((x) => x.end));
        for (const k of gold.sentences) { const e = Number(k.split(':')[1]); if (!ps.has(e)) console.log('SFN', JSON.stringify(gold.text.slice(Math.max(0, e - 40), e) + ' || ' + gold.text.slice(e, e + 25))); }
        const gs = new Set([...gold.sentences].map((x) => Number(x.split(':')[1])));
        for (const x of doc.layers.sentences) if (!gs.has(x.end)) console.log('SFP', JSON.stringify(gold.text.slice(Math.max(0, x.end - 40), x.end) + ' || ' + gold.text.slice(x.end, x.end + 25)));
      }
      const wt: string[] = [], ws: string[] = [];
      for (const [ps, pe] of gold.paragraphs) {
        const seg = gold.text.slice(ps, pe);
        const wd = wink.readDoc(seg);
        const values = wd.tokens().out(its.value) as string[];
        const spaces = wd.tokens().out(its.precedingSpaces) as string[];
        const starts: number[] = [];
        let cur = 0;
        for (let i = 0; i < values.length; i++) {
          let at = cur + spaces[i].length;
          if (!seg.startsWith(values[i], at)) at = seg.indexOf(values[i], cur);
          starts.push(at);
          if (at >= 0) { cur = at + values[i].length; wt.push(key(ps + at, ps + cur)); }
        }
        for (const [a, b] of wd.sentences().out(its.span) as [number, number][]) {
          if (starts[a] >= 0 && starts[b] >= 0) ws.push(key(ps + starts[a], ps + starts[b] + values[b].length));
        }
      }
      score(counts.wink, gold, wt, ws);
    }
    const rows: Record<string, string | number>[] = [];
    const metrics: Record<string, number> = {};
    for (const sys of ['ours', 'wink'] as const) {
      for (const unit of ['tok', 'sent'] as const) {
        const [tp, pred, gold] = counts[sys][unit];
        const r = prf(tp, pred - tp, gold - tp);
        const label = `${sys === 'ours' ? 'newsgraph' : 'wink'}.${unit === 'tok' ? 'tokens' : 'sentences'}`;
        rows.push({ system: sys === 'ours' ? 'newsgraph' : 'wink-nlp', unit: unit === 'tok' ? 'tokens' : 'sentences', gold, pred, tp, P: round(r.p), R: round(r.r), F1: round(r.f1) });
        metrics[`${label}.p`] = round(r.p); metrics[`${label}.r`] = round(r.r); metrics[`${label}.f1`] = round(r.f1);
      }
    }
    return {
      task: 'tokenize', data: `${dir} dev documents without reddit (${names.length} docs)`, rows, metrics,
      notes: ['exact [start, end) match; GUM headings have no final stop but are their own paragraphs here, as a page\'s would be'],
    };
  },
};

interface GoldDoc { text: string; paragraphs: [number, number][]; tokens: Set<string>; sentences: Set<string> }

const key = (s: number, e: number) => `${s}:${e}`;

function score(acc: { tok: number[]; sent: number[] }, gold: GoldDoc, tokens: string[], sentences: string[]): void {
  for (const [bucket, pred, g] of [[acc.tok, tokens, gold.tokens], [acc.sent, sentences, gold.sentences]] as const) {
    const seen = new Set(pred);
    bucket[1] += seen.size; bucket[2] += g.size;
    for (const k of seen) if (g.has(k)) bucket[0]++;
  }
}

/** Rebuilds a GUM document's text with the character spans of its gold words and sentences. */
function rebuild(conllu: string): GoldDoc {
  let text = '';
  const paragraphs: [number, number][] = [];
  const tokens = new Set<string>(), sentences = new Set<string>();
  let sentText = '', words: string[] = [], newPar = false, paraStart = 0;
  const flush = () => {
    if (!sentText) return;
    if (newPar && text.length) { paragraphs.push([paraStart, text.length]); text += '\n\n'; paraStart = text.length; }
    else if (text.length) text += ' ';
    const base = text.length;
    text += sentText;
    sentences.add(key(base, base + sentText.length));
    let cur = 0;
    for (const w of words) {
      const at = sentText.indexOf(w, cur);
      if (at < 0 || sentText.slice(cur, at).trim() !== '') continue; // not spelled out here (multi-word token)
      tokens.add(key(base + at, base + at + w.length));
      cur = at + w.length;
    }
    sentText = ''; words = []; newPar = false;
  };
  // A multi-word token ("I'm" = "I" + "'m") is scored as its words, which is what the parser
  // reads, when they spell the surface form exactly; otherwise it is left out.
  let rangeEnd = 0, surface = '', parts: string[] = [];
  for (const line of conllu.split('\n')) {
    if (!line.trim()) { flush(); rangeEnd = 0; continue; }
    if (line.startsWith('# newpar')) { newPar = true; continue; }
    const m = /^# text = (.*)$/.exec(line);
    if (m) { sentText = m[1]; continue; }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 8 || cols[0].includes('.')) continue;
    if (cols[0].includes('-')) { surface = cols[1]; parts = []; rangeEnd = Number(cols[0].split('-')[1]); continue; }
    if (rangeEnd >= Number(cols[0])) {
      parts.push(cols[1]);
      if (rangeEnd === Number(cols[0]) && parts.join('') === surface) words.push(...parts);
      continue;
    }
    words.push(cols[1]);
  }
  flush();
  paragraphs.push([paraStart, text.length]);
  return { text, paragraphs, tokens, sentences };
}
