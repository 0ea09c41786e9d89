/**
 * Per-sentence dependency trees with sentence-local token indices, cut from the document's shared
 * array view (src/model/view.ts). The event rules read one sentence at a time; local indices keep
 * their arithmetic (before/after the verb, distances) simple.
 * @module
 */
import type { Annotation, Doc } from '../../../model/types.js';
import { docView } from '../../../model/view.js';

/** One sentence's tree over its tokens by local index 0..n−1. Offsets in `tokens` are UTF-16 into `doc.text`. */
export interface SyntaxSentence {
  /** Index of the sentence in the document. */
  readonly index: number;
  /** The `sentences` annotation. */
  readonly sentence: Annotation;
  readonly tokens: readonly Annotation[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** Head index per token, −1 for the root (and for heads outside the sentence). */
  readonly heads: Int32Array;
  /** Relation per token (`dep` when the parse has none). */
  readonly labels: readonly string[];
  /** Children of token i are `children[childStart[i] .. childStart[i+1])`, in text order. */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
}

/** The sentences of `doc` as local trees (linear in the number of tokens). */
export function sentenceViews(doc: Doc): SyntaxSentence[] {
  const v = docView(doc);
  const out: SyntaxSentence[] = [];
  const sents = v.sentences;
  for (let si = 0; si < sents.length; si++) {
    const first = v.sentFirst[si], last = v.sentEnd[si];
    const n = Math.max(0, last - first);
    const heads = new Int32Array(n).fill(-1);
    const labels: string[] = new Array(n);
    const upos: string[] = new Array(n);
    const xpos: string[] = new Array(n);
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const g = first + i;
      upos[i] = v.upos[g] ?? 'X';
      xpos[i] = v.xpos[g] ?? '';
      labels[i] = v.deprel[g] || 'dep';
      const h = v.head[g];
      heads[i] = h >= first && h < last ? h - first : -1;
      if (heads[i] >= 0) counts[heads[i] + 1]++;
    }
    for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
    const children = new Int32Array(counts[n]);
    const fill = counts.slice(0, n);
    for (let i = 0; i < n; i++) if (heads[i] >= 0) children[fill[heads[i]]++] = i;
    out.push({ index: si, sentence: sents[si], tokens: v.tokens.slice(first, last), upos, xpos, heads, labels, childStart: counts, children });
  }
  return out;
}
