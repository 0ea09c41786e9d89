/**
 * A flat, array-based view of a document's tokens with what the attribution models
 * read: forms, UPOS tags, sentence and paragraph indices, quotation membership and
 * (when the `dep` layer is present) heads and relations. Built once per document so
 * that feature extraction touches arrays, not annotation objects.
 *
 * Offsets: `start`/`end` are half-open UTF-16 offsets into `doc.text`.
 * @module
 */
import type { Annotation, Doc } from '../../../model/types.js';
import { docView, type DocView } from '../../../model/view.js';
import { findQuotes, type QuoteSpan } from './quotes.js';

export interface TokView {
  /** The document's array view this one extends (children lists, subtrees). */
  dv: DocView;
  n: number;
  ids: string[];
  start: Int32Array;
  end: Int32Array;
  word: string[];
  lower: string[];
  pos: string[];
  /** Capitalisation shape: `X` capitalised, `x` lower, `d` digit, `p` punctuation, `XX` all caps. */
  shape: string[];
  sent: Int32Array;
  para: Int32Array;
  /** Index into `quotes` of the innermost quotation containing the token (marks included), -1 none. */
  quote: Int32Array;
  /** 1 opening quote mark, 2 closing quote mark, 0 otherwise. */
  mark: Uint8Array;
  quotes: QuoteSpan[];
  /** Token index of the dependency head (-1 root/none); present only with a `dep` layer. */
  head?: Int32Array;
  deprel?: string[];
  /** First token index of each sentence / paragraph, plus a final sentinel. */
  sentStart: number[];
  paraStart: number[];
  /** Per sentence: token index of its first and last quotation mark (-1 none). */
  firstMark: Int32Array;
  lastMark: Int32Array;
}

/**
 * Builds the {@link TokView} of `doc` from its `tokens`, `pos`, `sentences`, `paragraphs`
 * (and `dep` when present), read through the document's array view.
 */
export function buildTokView(doc: Doc): TokView {
  const text = doc.text;
  const dv = docView(doc);
  const toks = dv.tokens;
  const n = dv.n;
  const v: TokView = {
    dv, n, ids: new Array(n), start: dv.start, end: dv.end, word: new Array(n), lower: dv.lower as string[],
    pos: dv.upos as string[], shape: new Array(n), sent: dv.sentOf, para: dv.paraOf, quote: new Int32Array(n).fill(-1),
    mark: new Uint8Array(n), quotes: [], sentStart: [], paraStart: [], firstMark: new Int32Array(0), lastMark: new Int32Array(0),
  };
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    v.ids[i] = t.id; v.word[i] = t.text;
    v.shape[i] = shapeOf(t.text);
  }
  for (let i = 0; i < n; i++) {
    if (i === 0 || v.sent[i] !== v.sent[i - 1]) v.sentStart.push(i);
    if (i === 0 || v.para[i] !== v.para[i - 1]) v.paraStart.push(i);
  }
  v.sentStart.push(n); v.paraStart.push(n);
  // Quotations per paragraph.
  const paras = dv.paragraphs;
  for (const p of paras.length ? paras : [{ start: 0, end: text.length } as Annotation]) {
    for (const q of findQuotes(text, p.start, p.end)) v.quotes.push(q);
  }
  markQuotes(v);
  const ns = v.sentStart.length - 1;
  v.firstMark = new Int32Array(ns).fill(-1);
  v.lastMark = new Int32Array(ns).fill(-1);
  for (let si = 0; si < ns; si++) {
    for (let j = v.sentStart[si]; j < v.sentStart[si + 1]; j++) {
      if (!v.mark[j]) continue;
      if (v.firstMark[si] < 0) v.firstMark[si] = j;
      v.lastMark[si] = j;
    }
  }
  if (dv.hasDep) {
    v.head = dv.head;
    v.deprel = dv.deprel as string[];
  }
  return v;
}

function markQuotes(v: TokView): void {
  // Quotes are sorted by start, outer before inner; later (inner) assignments win.
  let lo = 0;
  for (let q = 0; q < v.quotes.length; q++) {
    const qs = v.quotes[q];
    while (lo < v.n && v.end[lo] <= qs.start) lo++;
    for (let i = lo; i < v.n && v.start[i] < qs.end; i++) {
      v.quote[i] = q;
      if (v.start[i] === qs.start) v.mark[i] = 1;
      else if (!qs.open && v.end[i] === qs.end) v.mark[i] = 2;
    }
  }
}

/** Word shape class used by the features. */
export function shapeOf(w: string): string {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 65 && c <= 90) {
    if (w.length > 1) {
      let allUp = true;
      for (let i = 1; i < w.length; i++) { const k = w.charCodeAt(i); if (k >= 97 && k <= 122) { allUp = false; break; } }
      if (allUp) return 'XX';
    }
    return 'X';
  }
  if (c < 128) return 'p';
  const up = w.toUpperCase(), low = w.toLowerCase();
  if (up === low) return 'p';
  if (w === up && w.length > 1) return 'XX';
  if (w[0] === up[0]) return 'X';
  return 'x';
}
