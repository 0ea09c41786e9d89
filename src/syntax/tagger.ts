/**
 * Greedy left-to-right averaged-perceptron POS tagger (after Honnibal 2013): one
 * joint class per `UPOS XPOS` pair, features over the word, its affixes and shape,
 * ±2 words and the two previous predicted tags; frequent unambiguous words are
 * tagged from a dictionary without scoring.
 * @module
 */
import { k1, k2, k3 } from './hash.js';
import { Lex } from './lexical.js';
import type { SparseLinear } from './linear.js';

/** Stand-in lexical values before the sentence start and after its end. */
const START = -0x1234567, END = -0x7654321;
/** Stand-in tag ids for positions before the sentence start. */
export const TAG_START = 1000, TAG_START2 = 1001;

/** Maximum number of tagger features per token. */
export const TAG_FEATS = 42;

function lexAt(lex: readonly Int32Array[], i: number, slot: Lex): number {
  if (i < 0) return START - i;
  if (i >= lex.length) return END + (i - lex.length);
  return lex[i][slot];
}

/**
 * Writes the feature keys of token `i` into `out`; returns their count.
 * @param p1 previous tag id (or {@link TAG_START}), @param p2 the one before.
 */
export function tagFeatures(lex: readonly Int32Array[], i: number, p1: number, p2: number, out: Int32Array): number {
  const w = lex[i];
  const low = w[Lex.Lower];
  const lowM1 = lexAt(lex, i - 1, Lex.Lower), lowP1 = lexAt(lex, i + 1, Lex.Lower);
  let n = 0;
  out[n++] = k1(0, 0);
  out[n++] = k1(1, w[Lex.Form]);
  out[n++] = k1(2, low);
  out[n++] = k1(3, w[Lex.Suf1]);
  out[n++] = k1(4, w[Lex.Suf2]);
  out[n++] = k1(5, w[Lex.Suf3]);
  out[n++] = k1(6, w[Lex.Suf4]);
  out[n++] = k1(7, w[Lex.Pre1]);
  out[n++] = k1(8, w[Lex.Pre2]);
  out[n++] = k1(9, w[Lex.Pre3]);
  out[n++] = k1(10, w[Lex.Shape]);
  out[n++] = k1(11, w[Lex.Flags]);
  out[n++] = k1(12, p1);
  out[n++] = k1(13, p2);
  out[n++] = k2(14, p1, p2);
  out[n++] = k2(15, p1, low);
  out[n++] = k1(16, lowM1);
  out[n++] = k1(17, lexAt(lex, i - 1, Lex.Suf3));
  out[n++] = k1(18, lexAt(lex, i - 2, Lex.Lower));
  out[n++] = k1(19, lowP1);
  out[n++] = k1(20, lexAt(lex, i + 1, Lex.Suf3));
  out[n++] = k1(21, lexAt(lex, i + 2, Lex.Lower));
  out[n++] = k1(22, lexAt(lex, i + 1, Lex.Shape));
  out[n++] = k1(23, lexAt(lex, i - 1, Lex.Shape));
  out[n++] = k2(24, lowM1, low);
  out[n++] = k2(25, low, lowP1);
  out[n++] = k2(26, p1, lowP1);
  out[n++] = k2(27, i === 0 ? 1 : 0, w[Lex.Shape]);
  out[n++] = k2(28, p1, w[Lex.Suf3]);
  out[n++] = k3(29, p1, low, lowP1);
  out[n++] = k2(30, lowM1, w[Lex.Suf3]);
  out[n++] = k1(31, lexAt(lex, i + 1, Lex.Suf1));
  const cl = w[Lex.Cluster];
  if (cl !== 0) {
    out[n++] = k1(32, cl);
    out[n++] = k2(33, p1, cl);
  }
  const clP1 = lexAt(lex, i + 1, Lex.Cluster);
  if (clP1 !== 0) out[n++] = k1(34, clP1);
  const clM1 = lexAt(lex, i - 1, Lex.Cluster);
  if (clM1 !== 0) out[n++] = k1(35, clM1);
  const c2 = w[Lex.Cluster2];
  if (c2 !== 0) out[n++] = k2(36, c2, lexAt(lex, i + 1, Lex.Cluster2));
  // Cluster with capitalisation and the next word's ending: a capitalised word of a
  // name cluster before a finite verb (`Beijing accuses`) is a name, whatever its suffix.
  if (cl !== 0) {
    out[n++] = k3(37, cl, w[Lex.Flags] & 6, i === 0 ? 1 : 0);
    out[n++] = k3(38, cl, lexAt(lex, i + 1, Lex.Suf1), lexAt(lex, i + 1, Lex.Shape));
  }
  out[n++] = k3(39, w[Lex.Flags] & 6, w[Lex.Suf3], lexAt(lex, i + 1, Lex.Suf2));
  return n;
}

/** A trained tagger: the joint `UPOS XPOS` classes, the scorer and the tag dictionary. */
export class Tagger {
  private readonly feats = new Int32Array(TAG_FEATS);
  private readonly scores: Float32Array;
  /** UPOS of each class. */
  readonly upos: string[];
  /** XPOS (PTB) of each class. */
  readonly xpos: string[];

  constructor(
    /** Class names, `UPOS XPOS`. */
    readonly classes: readonly string[],
    readonly model: SparseLinear,
    /** Normalised form → class for frequent unambiguous words. */
    readonly tagDict: ReadonlyMap<string, number>,
  ) {
    this.scores = new Float32Array(classes.length);
    this.upos = classes.map((c) => c.split(' ')[0]);
    this.xpos = classes.map((c) => c.split(' ')[1]);
  }

  /**
   * Tags one sentence. `forms` are normalised word forms (see `normalizeForm`),
   * `lex` their lexical records; class ids go to `out[0..n)`.
   */
  tag(forms: readonly string[], lex: readonly Int32Array[], out: Int32Array): void {
    let p1 = TAG_START, p2 = TAG_START2;
    const scores = this.scores, C = this.classes.length;
    for (let i = 0; i < lex.length; i++) {
      let best = this.tagDict.get(forms[i]) ?? -1;
      if (best < 0) {
        const n = tagFeatures(lex, i, p1, p2, this.feats);
        scores.fill(0);
        this.model.score(this.feats, n, scores);
        best = 0;
        for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
      }
      out[i] = best;
      p2 = p1; p1 = best;
    }
  }
}

/** Tag class → coarse (UPOS) id, for parser features that back off from PTB tags. */
export function coarseTags(classes: readonly string[]): Int32Array {
  const upos = [...new Set(classes.map((c) => c.split(' ')[0]))].sort();
  return Int32Array.from(classes.map((c) => upos.indexOf(c.split(' ')[0])));
}
