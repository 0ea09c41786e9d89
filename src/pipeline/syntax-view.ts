import type { Annotation, Doc } from '../model/types.js';
import { layer } from '../model/doc.js';

/**
 * One sentence's dependency tree over its tokens, by sentence-local index
 * (0..n−1). Offsets in `tokens` are half-open UTF-16 into `doc.text`.
 */
export interface SyntaxSentence {
  /** Index of the sentence in {@link SyntaxView.sentences}. */
  readonly index: number;
  /** The `sentences` annotation. */
  readonly sentence: Annotation;
  /** The sentence's `tokens` annotations, in text order. */
  readonly tokens: readonly Annotation[];
  /** UPOS per token (`X` when the pos layer lacks one). */
  readonly upos: readonly string[];
  /** PTB tag per token (empty string when absent). */
  readonly xpos: readonly string[];
  /** Head index per token, −1 for the root. */
  readonly heads: Int32Array;
  /** Dependency relation per token (`root` for the root). */
  readonly labels: readonly string[];
  /** Children of token i are `children[childStart[i] .. childStart[i+1])`, in text order. */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
}

const SUBJECT = ['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer', 'csubj:outer'];
const OBJECT = ['obj'];
const CLAUSAL_COMPLEMENT = ['ccomp', 'xcomp'];

/**
 * Read-only, index-based access to the `pos` and `dep` layers for later stages
 * (attribution, events): heads as indices, labels, children lists, and the common
 * questions ("subject of this verb", "clausal complement of this verb").
 * Build once per document with {@link SyntaxView.fromDoc}; lookups allocate nothing
 * except where they return arrays.
 */
export class SyntaxView {
  private constructor(
    readonly sentences: readonly SyntaxSentence[],
    private readonly where: ReadonlyMap<string, number>,
  ) {}

  /** Builds the view from a document that has `sentences`, `tokens`, `pos` and `dep` layers. */
  static fromDoc(doc: Doc): SyntaxView {
    const tokens = layer(doc, 'tokens');
    const posBy = new Map<string, Annotation>();
    for (const p of layer(doc, 'pos')) posBy.set(p.attrs.token as string, p);
    const depBy = new Map<string, Annotation>();
    for (const d of layer(doc, 'dep')) depBy.set(d.attrs.token as string, d);
    const where = new Map<string, number>();
    const sentences: SyntaxSentence[] = [];
    let ti = 0;
    for (const sent of layer(doc, 'sentences')) {
      while (ti < tokens.length && tokens[ti].start < sent.start) ti++;
      const first = ti;
      while (ti < tokens.length && tokens[ti].end <= sent.end) ti++;
      const toks = tokens.slice(first, ti);
      const n = toks.length;
      const si = sentences.length;
      toks.forEach((t, i) => where.set(t.id, si * 0x100000 + i));
      const local = new Map<string, number>();
      toks.forEach((t, i) => local.set(t.id, i));
      const heads = new Int32Array(n).fill(-1);
      const labels: string[] = new Array(n);
      const upos: string[] = new Array(n);
      const xpos: string[] = new Array(n);
      const counts = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) {
        const p = posBy.get(toks[i].id);
        upos[i] = p?.label ?? 'X';
        xpos[i] = typeof p?.attrs.xpos === 'string' ? p.attrs.xpos : '';
        const d = depBy.get(toks[i].id);
        labels[i] = d?.label ?? 'dep';
        const h = d?.attrs.head;
        heads[i] = typeof h === 'string' ? local.get(h) ?? -1 : -1;
        if (heads[i] >= 0) counts[heads[i] + 1]++;
      }
      for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
      const childStart = counts;
      const children = new Int32Array(childStart[n]);
      const fill = childStart.slice(0, n);
      for (let i = 0; i < n; i++) if (heads[i] >= 0) children[fill[heads[i]]++] = i;
      sentences.push({ index: si, sentence: sent, tokens: toks, upos, xpos, heads, labels, childStart, children });
    }
    return new SyntaxView(sentences, where);
  }

  /** Sentence and local index of a token id, or undefined. */
  locate(tokenId: string): { sentence: SyntaxSentence; index: number } | undefined {
    const w = this.where.get(tokenId);
    if (w === undefined) return undefined;
    return { sentence: this.sentences[Math.floor(w / 0x100000)], index: w % 0x100000 };
  }

  /** Children of token `i` (a subarray view; do not mutate). */
  children(s: SyntaxSentence, i: number): Int32Array {
    return s.children.subarray(s.childStart[i], s.childStart[i + 1]);
  }

  /** First child of `i` whose relation is one of `rels` (exact match), or −1. */
  childWith(s: SyntaxSentence, i: number, rels: readonly string[]): number {
    for (let j = s.childStart[i]; j < s.childStart[i + 1]; j++) if (rels.includes(s.labels[s.children[j]])) return s.children[j];
    return -1;
  }

  /** The subject (nsubj, nsubj:pass, csubj …) of predicate `i`, or −1. */
  subjectOf(s: SyntaxSentence, i: number): number { return this.childWith(s, i, SUBJECT); }

  /** The direct object of `i`, or −1. */
  objectOf(s: SyntaxSentence, i: number): number { return this.childWith(s, i, OBJECT); }

  /** The clausal complement (ccomp or xcomp) of `i`, or −1. */
  clausalComplementOf(s: SyntaxSentence, i: number): number { return this.childWith(s, i, CLAUSAL_COMPLEMENT); }

  /** Index of the sentence root (−1 for an empty sentence). */
  rootOf(s: SyntaxSentence): number {
    for (let i = 0; i < s.heads.length; i++) if (s.heads[i] < 0) return i;
    return -1;
  }

  /**
   * The [first, last] token indices of the subtree under `i` (inclusive). Projective trees
   * give contiguous spans; for others this is the covering range.
   */
  subtreeRange(s: SyntaxSentence, i: number): [number, number] {
    let lo = i, hi = i;
    const stack = [i];
    while (stack.length) {
      const k = stack.pop()!;
      if (k < lo) lo = k;
      if (k > hi) hi = k;
      for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) stack.push(s.children[j]);
    }
    return [lo, hi];
  }

  /** Half-open UTF-16 offsets of the subtree under `i` in `doc.text`. */
  subtreeSpan(s: SyntaxSentence, i: number): { start: number; end: number } {
    const [lo, hi] = this.subtreeRange(s, i);
    return { start: s.tokens[lo].start, end: s.tokens[hi].end };
  }
}
