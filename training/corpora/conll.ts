/**
 * Reader for CoNLL-2003 (IOB1 or IOB2 named-entity tags): documents of sentences of
 * tokens with gold spans in token indices (half-open). GUM's named entities come in the
 * same shape from ./gum.ts, so NER training and evaluation share one shape.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

/** A gold or predicted span over token indices [start, end). */
export interface TokSpan { start: number; end: number; type: string }
/** One sentence: tokens and spans. */
export interface GoldSentence { tokens: string[]; spans: TokSpan[] }
/** One document. */
export interface GoldDoc { id: string; sentences: GoldSentence[] }

/** Reads a CoNLL-2003 file (WORD POS CHUNK TAG, IOB1 or IOB2) into documents. */
export function readConll(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc = { id: 'd0', sentences: [] };
  let toks: string[] = [], tags: string[] = [];
  const flush = () => {
    if (toks.length) doc.sentences.push({ tokens: toks, spans: iobSpans(tags) });
    toks = []; tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { id: `d${docs.length}`, sentences: [] };
      continue;
    }
    const t = line.trim();
    if (!t) { flush(); continue; }
    const parts = t.split(' ');
    toks.push(parts[0]);
    tags.push(parts[parts.length - 1]);
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** Spans from IOB1/IOB2 tags (conlleval's chunk rules: an I- after O or another type starts a chunk). */
export function iobSpans(tags: readonly string[]): TokSpan[] {
  const out: TokSpan[] = [];
  let cur: TokSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O') { if (cur) { out.push(cur); cur = null; } continue; }
    const [p, type] = [tag.slice(0, 1), tag.slice(2)];
    if (p === 'B' || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, type };
    } else cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}
