/**
 * Greedy left-to-right averaged-perceptron POS tagger (after Honnibal 2013): one
 * joint class per `UPOS XPOS` pair, features over the word, its affixes and shape,
 * ±2 words and the two previous predicted tags; frequent unambiguous words are
 * tagged from a dictionary without scoring.
 * @module
 */
import { mk1 as k1, mk2 as k2, mk3 as k3 } from '../ml/hash.js';
import { Lex } from './lexical.js';
import type { SparseLinear } from '../ml/linear.js';

/** Stand-in lexical values before the sentence start and after its end. */
const START = -0x1234567, END = -0x7654321;
/** Stand-in tag ids for positions before the sentence start. */
export const TAG_START = 1000, TAG_START2 = 1001;

/** Maximum number of tagger features per token. */
export const TAG_FEATS = 42;
/** Maximum number of features {@link tagPosFeatures} adds. */
export const TAG_POS_FEATS = 8;
/** Stand-in POS class ids before the sentence start and after its end. */
const POS_START = 2000, POS_END = 2001;

function lexAt(lex: readonly Int32Array[], i: number, slot: Lex): number {
  if (i < 0) return START - i;
  if (i >= lex.length) return END + (i - lex.length);
  return lex[i][slot];
}

/** Records whose every slot holds the stand-in value of a position 1 or 2 before the start / 0 or 1 after the end. */
const PAD_BEFORE = [new Int32Array(Lex.Size).fill(START + 1), new Int32Array(Lex.Size).fill(START + 2)];
const PAD_AFTER = [new Int32Array(Lex.Size).fill(END), new Int32Array(Lex.Size).fill(END + 1)];

/** The record at position `i` (−2 ≤ i ≤ length + 1): `lexAt(lex, i, s) === recordAt(lex, i)[s]` for every slot. */
function recordAt(lex: readonly Int32Array[], i: number): Int32Array {
  if (i < 0) return PAD_BEFORE[-i - 1];
  if (i >= lex.length) return PAD_AFTER[i - lex.length];
  return lex[i];
}

/**
 * Writes the features of a word that depend on its own form alone (bias, form, affixes,
 * shape, flags, cluster) into `out` from index `n`; returns the new count. Their summed
 * weights are the same wherever the word occurs, so {@link Tagger} caches them per word.
 */
export function tagStaticFeatures(w: Int32Array, out: Int32Array, n: number): number {
  out[n++] = k1(0, 0);
  out[n++] = k1(1, w[Lex.Form]);
  out[n++] = k1(2, w[Lex.Lower]);
  out[n++] = k1(3, w[Lex.Suf1]);
  out[n++] = k1(4, w[Lex.Suf2]);
  out[n++] = k1(5, w[Lex.Suf3]);
  out[n++] = k1(6, w[Lex.Suf4]);
  out[n++] = k1(7, w[Lex.Pre1]);
  out[n++] = k1(8, w[Lex.Pre2]);
  out[n++] = k1(9, w[Lex.Pre3]);
  out[n++] = k1(10, w[Lex.Shape]);
  out[n++] = k1(11, w[Lex.Flags]);
  if (w[Lex.Cluster] !== 0) out[n++] = k1(32, w[Lex.Cluster]);
  return n;
}

/**
 * Writes the features of the two previous tags alone into `out` from index `n`; returns
 * the new count. There are few (p1, p2) pairs, so {@link Tagger} caches their weights.
 */
export function tagHistoryFeatures(p1: number, p2: number, out: Int32Array, n: number): number {
  out[n++] = k1(12, p1);
  out[n++] = k1(13, p2);
  out[n++] = k2(14, p1, p2);
  return n;
}

/**
 * Writes the features of token `i` that depend on its context (neighbours, previous
 * tags with words, sentence position) into `out`; returns their count.
 * @param p1 previous tag id (or {@link TAG_START}), @param p2 the one before.
 */
export function tagContextFeatures(lex: readonly Int32Array[], i: number, p1: number, p2: number, out: Int32Array): number {
  const w = lex[i];
  const low = w[Lex.Lower];
  const lowM1 = lexAt(lex, i - 1, Lex.Lower), lowP1 = lexAt(lex, i + 1, Lex.Lower);
  let n = 0;
  out[n++] = k2(15, p1, low);
  out[n++] = k1(18, lexAt(lex, i - 2, Lex.Lower));
  out[n++] = k1(21, lexAt(lex, i + 2, Lex.Lower));
  out[n++] = k2(24, lowM1, low);
  out[n++] = k2(25, low, lowP1);
  out[n++] = k2(26, p1, lowP1);
  out[n++] = k2(27, i === 0 ? 1 : 0, w[Lex.Shape]);
  out[n++] = k2(28, p1, w[Lex.Suf3]);
  out[n++] = k3(29, p1, low, lowP1);
  out[n++] = k2(30, lowM1, w[Lex.Suf3]);
  const cl = w[Lex.Cluster];
  if (cl !== 0) out[n++] = k2(33, p1, cl);
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

/**
 * Writes features of the POS tags (class ids of the POS tagger) around token `i` into
 * `out` from index `n`; returns the new count. A tagger that reads them (the parser's
 * supertagger) runs after the POS tagger, so it sees the tags on both sides.
 */
export function tagPosFeatures(lex: readonly Int32Array[], pos: Int32Array, i: number, out: Int32Array, n: number): number {
  const len = lex.length;
  const m2 = i > 1 ? pos[i - 2] : POS_START, m1 = i > 0 ? pos[i - 1] : POS_START, p0 = pos[i];
  const p1 = i + 1 < len ? pos[i + 1] : POS_END, p2 = i + 2 < len ? pos[i + 2] : POS_END;
  out[n++] = k1(50, p0); out[n++] = k2(51, m1, p0); out[n++] = k2(52, p0, p1);
  out[n++] = k3(53, m1, p0, p1); out[n++] = k3(54, p0, p1, p2); out[n++] = k3(55, m2, m1, p0);
  out[n++] = k2(56, p0, lex[i][Lex.Lower]);
  return n;
}

/**
 * Writes the features of the previous word alone (`w` = its record, see `recordAt`) into
 * `out` from index `n`; returns the new count. Cached per word by {@link Tagger}.
 */
export function tagPrevWordFeatures(w: Int32Array, out: Int32Array, n: number): number {
  out[n++] = k1(16, w[Lex.Lower]);
  out[n++] = k1(17, w[Lex.Suf3]);
  out[n++] = k1(23, w[Lex.Shape]);
  if (w[Lex.Cluster] !== 0) out[n++] = k1(35, w[Lex.Cluster]);
  return n;
}

/** Like {@link tagPrevWordFeatures}, for the next word. */
export function tagNextWordFeatures(w: Int32Array, out: Int32Array, n: number): number {
  out[n++] = k1(19, w[Lex.Lower]);
  out[n++] = k1(20, w[Lex.Suf3]);
  out[n++] = k1(22, w[Lex.Shape]);
  out[n++] = k1(31, w[Lex.Suf1]);
  if (w[Lex.Cluster] !== 0) out[n++] = k1(34, w[Lex.Cluster]);
  return n;
}

/**
 * Writes all feature keys of token `i` (context, static, neighbours, history) into `out`;
 * returns their count. Training uses this; {@link Tagger.tag} caches all but the context part.
 * @param p1 previous tag id (or {@link TAG_START}), @param p2 the one before.
 */
export function tagFeatures(lex: readonly Int32Array[], i: number, p1: number, p2: number, out: Int32Array): number {
  let n = tagContextFeatures(lex, i, p1, p2, out);
  n = tagStaticFeatures(lex[i], out, n);
  n = tagPrevWordFeatures(recordAt(lex, i - 1), out, n);
  n = tagNextWordFeatures(recordAt(lex, i + 1), out, n);
  return tagHistoryFeatures(p1, p2, out, n);
}

/**
 * Summed weights of one group of word-only features per lexical record (one row of
 * `nClasses` floats each), computed on first use; cleared when `maxRows` is reached.
 */
class WordRows {
  private rowOf = new Map<Int32Array, number>();
  /** The rows; may be reallocated by {@link row}, so read it after calling that. */
  rows = new Float32Array(0);
  private readonly feats = new Int32Array(16);
  private readonly part: Float32Array;

  constructor(
    private readonly model: SparseLinear,
    private readonly features: (w: Int32Array, out: Int32Array, n: number) => number,
    private readonly maxRows: number,
  ) {
    this.part = new Float32Array(model.nClasses);
  }

  /** Offset in `rows` of the row of word `w`. */
  row(w: Int32Array): number {
    const C = this.model.nClasses;
    let r = this.rowOf.get(w);
    if (r !== undefined) return r * C;
    r = this.rowOf.size;
    if (r >= this.maxRows) { this.rowOf.clear(); r = 0; }
    if ((r + 1) * C > this.rows.length) {
      const grown = new Float32Array(Math.min(this.maxRows, Math.max(256, (r + 1) * 2)) * C);
      grown.set(this.rows.subarray(0, Math.min(this.rows.length, grown.length)));
      this.rows = grown;
    }
    this.rowOf.set(w, r);
    const part = this.part;
    part.fill(0);
    this.model.score(this.feats, this.features(w, this.feats, 0), part);
    this.rows.set(part, r * C);
    return r * C;
  }
}

/** A trained tagger: the joint `UPOS XPOS` classes, the scorer and the tag dictionary. */
export class Tagger {
  private readonly feats = new Int32Array(TAG_FEATS + TAG_POS_FEATS);
  private readonly scores: Float32Array;
  /** Cached weights of the word's own, the previous and the next word's features. */
  private readonly own: WordRows;
  private readonly prev: WordRows;
  private readonly next: WordRows;
  /** Summed weights of the history features per (p1, p2) pair: key p1 × 4096 + p2 → row in `historyRows`. */
  private historyRowOf = new Map<number, number>();
  private historyRows = new Float32Array(0);
  private readonly historyFeats = new Int32Array(4);
  private readonly historyPart: Float32Array;
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
    // ≈ 2 MB of rows per group: the words of many documents, small enough to stay cache-warm.
    const maxRows = Math.max(1024, Math.floor((2 << 20) / (4 * classes.length)));
    this.own = new WordRows(model, tagStaticFeatures, maxRows);
    this.prev = new WordRows(model, tagPrevWordFeatures, maxRows);
    this.next = new WordRows(model, tagNextWordFeatures, maxRows);
    this.historyPart = new Float32Array(classes.length);
    this.upos = classes.map((c) => c.split(' ')[0]);
    this.xpos = classes.map((c) => c.split(' ')[1]);
  }

  /**
   * Tags one sentence. `forms` are normalised word forms (see `normalizeForm`),
   * `lex` their lexical records; class ids go to `out[0..n)`. `pos` are the POS tagger's
   * class ids for the same words, for a tagger trained with {@link tagPosFeatures}.
   */
  tag(forms: readonly string[], lex: readonly Int32Array[], out: Int32Array, pos: Int32Array | null = null): void {
    let p1 = TAG_START, p2 = TAG_START2;
    const scores = this.scores, C = this.classes.length;
    for (let i = 0; i < lex.length; i++) {
      let best = this.tagDict.get(forms[i]) ?? -1;
      if (best < 0) {
        let n = tagContextFeatures(lex, i, p1, p2, this.feats);
        if (pos) n = tagPosFeatures(lex, pos, i, this.feats, n);
        const a = this.own.row(lex[i]), b = this.prev.row(recordAt(lex, i - 1)), d = this.next.row(recordAt(lex, i + 1));
        const h = this.historyRow(p1, p2);
        const own = this.own.rows, prev = this.prev.rows, next = this.next.rows, hist = this.historyRows;
        for (let c = 0; c < C; c++) scores[c] = own[a + c] + prev[b + c] + next[d + c] + hist[h + c];
        this.model.score(this.feats, n, scores);
        best = 0;
        for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
      }
      out[i] = best;
      p2 = p1; p1 = best;
    }
  }

  /** Offset in `historyRows` of the history-feature weights of (p1, p2), computed on first use. */
  private historyRow(p1: number, p2: number): number {
    const C = this.classes.length;
    const key = p1 * 4096 + p2;
    let r = this.historyRowOf.get(key);
    if (r !== undefined) return r * C;
    r = this.historyRowOf.size;
    if ((r + 1) * C > this.historyRows.length) {
      const grown = new Float32Array(Math.max(64, (r + 1) * 2) * C);
      grown.set(this.historyRows);
      this.historyRows = grown;
    }
    this.historyRowOf.set(key, r);
    const part = this.historyPart;
    part.fill(0);
    this.model.score(this.historyFeats, tagHistoryFeatures(p1, p2, this.historyFeats, 0), part);
    this.historyRows.set(part, r * C);
    return r * C;
  }
}

/** Tag class → coarse (UPOS) id, for parser features that back off from PTB tags. */
export function coarseTags(classes: readonly string[]): Int32Array {
  const upos = [...new Set(classes.map((c) => c.split(' ')[0]))].sort();
  return Int32Array.from(classes.map((c) => upos.indexOf(c.split(' ')[0])));
}

/** Clause-structure kinds of tag classes, for the parser's look-ahead features (see {@link tagKinds}). */
export const enum TagKind { Other = 0, Verb = 1, Aux = 2, Punct = 3, CConj = 4, SConj = 5 }

/** Tag class → {@link TagKind} (from its UPOS). */
export function tagKinds(classes: readonly string[]): Uint8Array {
  const byUpos: Record<string, TagKind> = { VERB: TagKind.Verb, AUX: TagKind.Aux, PUNCT: TagKind.Punct, CCONJ: TagKind.CConj, SCONJ: TagKind.SConj };
  return Uint8Array.from(classes.map((c) => byUpos[c.split(' ')[0]] ?? TagKind.Other));
}
