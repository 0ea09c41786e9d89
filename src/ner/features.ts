/**
 * Feature extraction for the named-entity recogniser, after Ratinov & Roth (2009):
 * word and lower-case form, prefixes and suffixes to 4, word shape and short shape,
 * ±2 context words, previous two predicted tags, gazetteer membership (from the KB),
 * sentence-level casing (headlines in capitals), and an extended prediction history
 * (labels given earlier in the document to the same capitalised word).
 *
 * Features are keys of (template, value) from src/ml/hash.ts; nothing is allocated per token
 * except when a sentence is longer than any seen before.
 *
 * @module
 */
import { hashLower, hashRange, k1, k2, lowerChar, normChar } from '../ml/hash.js';
import type { Gazetteer } from './gazetteer.js';
import type { CaseLexicon, Clusters } from './lexicons.js';

/** Entity types the model predicts (CoNLL types; finer types are derived after tagging). */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** Number of BILOU labels: O plus B/I/L/U for each type. */
export const NLABELS = 1 + TYPES.length * 4;
/** Label index of (type, position): position 0 = B, 1 = I, 2 = L, 3 = U. */
export const label = (type: number, pos: number): number => 1 + type * 4 + pos;
/** The type index of a label (−1 for O). */
export const typeOf = (l: number): number => (l === 0 ? -1 : ((l - 1) >> 2));
/** The position of a label (−1 for O). */
export const posOf = (l: number): number => (l === 0 ? -1 : ((l - 1) & 3));

const BOUNDARY = 0x5bd1e995 | 0;
/** Upper bound on features per token, for buffer sizing. */
export const MAX_FEATURES = 128;

/** Per-document memory of labels given to capitalised words (the extended prediction history). */
export class History {
  private readonly counts = new Map<number, Int32Array>();
  clear(): void { this.counts.clear(); }
  get(word: number): Int32Array | undefined { return this.counts.get(word); }
  add(word: number, cls: number): void {
    let c = this.counts.get(word);
    if (!c) { c = new Int32Array(TYPES.length + 1); this.counts.set(word, c); }
    c[cls]++;
  }
}

/** Contexts of one word form across a document (R&R's context aggregation). */
interface DocWord {
  prev: Map<number, number>; next: Map<number, number>; lowerSeen: boolean; occ: number;
  /** The maps flattened once per document (keys and counts), for allocation-free iteration. */
  pk?: Int32Array; pc?: Int32Array; nk?: Int32Array; nc?: Int32Array;
}

/** Per-sentence feature state; reuse one instance across sentences. */
export class SentenceFeatures {
  n = 0;
  W = new Int32Array(64); LW = new Int32Array(64); SH = new Int32Array(64); SS = new Int32Array(64);
  PRE = new Int32Array(64 * 4); SUF = new Int32Array(64 * 4); GZ = new Int32Array(64);
  /** 1 when the token starts with an upper-case letter. */
  CAP = new Uint8Array(64);
  /** Casing-lexicon class + 1 (0 = unknown word). */
  CL = new Uint8Array(64);
  /** 1 when the token is a lower-case word that news writes in lower case (casing class 0). */
  PLAIN = new Uint8Array(64);
  /** Word-cluster path, packed (bits << 5) | length; −1 = unknown. */
  CLU = new Int32Array(64);
  sentCaps = false;
  private toks: readonly string[] = [];
  /** Document-wide contexts of capitalised words, keyed by lower-case hash. */
  private doc = new Map<number, DocWord>();
  /** Document genre: 0 other, 1 sport, 2 business, 3 tables (mostly numbers). Sports teams named after cities are ORG. */
  private genre = 0;

  constructor(private readonly gaz: Gazetteer | null, private readonly caseLex: CaseLexicon | null = null, private readonly clusters: Clusters | null = null) {}

  private grow(n: number): void {
    if (n <= this.W.length) return;
    const m = Math.max(n, this.W.length * 2);
    this.W = new Int32Array(m); this.LW = new Int32Array(m); this.SH = new Int32Array(m); this.SS = new Int32Array(m);
    this.PRE = new Int32Array(m * 4); this.SUF = new Int32Array(m * 4); this.GZ = new Int32Array(m); this.CAP = new Uint8Array(m); this.CL = new Uint8Array(m); this.PLAIN = new Uint8Array(m); this.CLU = new Int32Array(m);
  }

  /**
   * Collects, for every word of the document, the words seen before and after its
   * capitalised occurrences and whether it also occurs in lower case mid-sentence.
   */
  prepareDoc(sentences: readonly (readonly string[])[]): void {
    this.doc.clear();
    let sport = 0, biz = 0, nums = 0, total = 0;
    for (const toks of sentences) for (const t of toks) {
      total++;
      const h = hashLower(t, 0, t.length);
      if (SPORT.has(h)) sport++; else if (BIZ.has(h)) biz++;
      const c = t.charCodeAt(0);
      if (c >= 48 && c <= 57) nums++;
    }
    this.genre = total > 0 && nums / total > 0.3 ? 3 : sport >= 3 && sport >= biz ? 1 : biz >= 3 ? 2 : 0;
    const get = (h: number) => { let d = this.doc.get(h); if (!d) { d = { prev: new Map(), next: new Map(), lowerSeen: false, occ: 0 }; this.doc.set(h, d); } return d; };
    for (const toks of sentences) {
      let prevLw = BOUNDARY;
      for (let j = 0; j < toks.length; j++) {
        const t = toks[j];
        const lw = hashLower(t, 0, t.length);
        const c0 = t.charCodeAt(0);
        const cap = (c0 >= 65 && c0 <= 90) || (c0 >= 192 && c0 <= 222);
        if (cap) {
          const d = get(lw);
          d.occ++;
          if (d.prev.size < 8 || d.prev.has(prevLw)) d.prev.set(prevLw, (d.prev.get(prevLw) ?? 0) + 1);
          const nx = j + 1 < toks.length ? hashLower(toks[j + 1], 0, toks[j + 1].length) : BOUNDARY;
          if (d.next.size < 8 || d.next.has(nx)) d.next.set(nx, (d.next.get(nx) ?? 0) + 1);
        } else if (j > 0 && c0 >= 97 && c0 <= 122) {
          const d = this.doc.get(lw);
          if (d) d.lowerSeen = true; else get(lw).lowerSeen = true;
        }
        prevLw = lw;
      }
    }
    for (const d of this.doc.values()) {
      d.pk = Int32Array.from(d.prev.keys()); d.pc = Int32Array.from(d.prev.values());
      d.nk = Int32Array.from(d.next.keys()); d.nc = Int32Array.from(d.next.values());
    }
  }

  /** Computes the per-token hashes for a sentence of `n` token strings. */
  prepare(toks: readonly string[], n: number): void {
    this.grow(n);
    this.toks = toks;
    this.n = n;
    let letters = 0, upperWords = 0;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      const len = t.length;
      this.W[i] = hashRange(t, 0, len);
      this.LW[i] = hashLower(t, 0, len);
      // Shape: X x d and other characters kept; short shape collapses runs.
      let hs = 0x811c9dc5 | 0, hss = 0x811c9dc5 | 0, last = -1, hasLower = false, hasUpper = false;
      for (let k = 0; k < len; k++) {
        const c = normChar(t.charCodeAt(k));
        let m: number;
        if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) { m = 88; hasUpper = true; } else if ((c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247)) { m = 120; hasLower = true; } else if (c >= 48 && c <= 57) m = 100;
        else if (c > 255) { const s = String.fromCharCode(c); if (s.toLowerCase() !== s) { m = 88; hasUpper = true; } else if (s.toUpperCase() !== s) { m = 120; hasLower = true; } else m = c; } else m = c;
        if (k < 12) hs = Math.imul(hs ^ m, 0x01000193);
        if (m !== last) { hss = Math.imul(hss ^ m, 0x01000193); last = m; }
      }
      this.SH[i] = hs; this.SS[i] = hss;
      const cl = this.caseLex ? this.caseLex.get(this.LW[i]) : undefined;
      this.CL[i] = cl === undefined ? 0 : cl + 1;
      const first = t.charCodeAt(0);
      this.PLAIN[i] = cl === 0 && hasLower && !hasUpper && first >= 97 && first <= 122 ? 1 : 0;
      const cu = this.clusters ? this.clusters.get(this.LW[i]) : undefined;
      this.CLU[i] = cu === undefined ? -1 : cu;
      const c0 = t.charCodeAt(0);
      this.CAP[i] = (c0 >= 65 && c0 <= 90) || (c0 >= 192 && c0 <= 222) || (c0 > 255 && hasUpper && lowerChar(c0) !== c0) ? 1 : (c0 > 255 && String.fromCharCode(c0).toLowerCase() !== String.fromCharCode(c0) ? 1 : 0);
      if (hasUpper || hasLower) { letters++; if (hasUpper && !hasLower) upperWords++; }
      for (let k = 1; k <= 4; k++) {
        const e = Math.min(k, len);
        this.PRE[i * 4 + k - 1] = hashLower(t, 0, e);
        this.SUF[i * 4 + k - 1] = hashLower(t, len - e, len);
      }
    }
    this.sentCaps = letters >= 2 && upperWords / letters > 0.6;
    if (this.gaz) this.gaz.match(this.LW, n, this.GZ); else this.GZ.fill(0, 0, n);
  }

  /** Writes the label-independent features of token `i` into `out`; returns their count. */
  staticFeatures(i: number, out: Int32Array): number {
    const n = this.n, LW = this.LW, SS = this.SS;
    const lw = LW[i], ss = SS[i];
    const lwm1 = i > 0 ? LW[i - 1] : BOUNDARY, lwm2 = i > 1 ? LW[i - 2] : BOUNDARY;
    const lwp1 = i + 1 < n ? LW[i + 1] : BOUNDARY, lwp2 = i + 2 < n ? LW[i + 2] : BOUNDARY;
    const ssm1 = i > 0 ? SS[i - 1] : BOUNDARY, ssp1 = i + 1 < n ? SS[i + 1] : BOUNDARY;
    let k = 0;
    out[k++] = k1(0, 0);
    out[k++] = k1(1, this.W[i]);
    out[k++] = k1(2, lw);
    out[k++] = k1(3, this.SH[i]);
    out[k++] = k1(4, ss);
    for (let j = 0; j < 4; j++) { out[k++] = k1(5 + j, this.PRE[i * 4 + j]); out[k++] = k1(9 + j, this.SUF[i * 4 + j]); }
    out[k++] = k1(13, lwm1); out[k++] = k1(14, lwm2); out[k++] = k1(15, lwp1); out[k++] = k1(16, lwp2);
    out[k++] = k2(17, ssm1, ss); out[k++] = k2(18, ss, ssp1);
    out[k++] = k2(19, lwm1, lw); out[k++] = k2(20, lw, lwp1);
    out[k++] = k1(22, ssm1); out[k++] = k1(23, ssp1);
    if (i === 0) { out[k++] = k1(24, ss); out[k++] = k1(29, lw); }
    if (this.sentCaps) { out[k++] = k1(25, ss); out[k++] = k1(30, lw); }
    const g = this.GZ[i];
    if (g) {
      for (let b = 0; b < 32; b++) if (g & (1 << b)) out[k++] = k1(26, b);
      out[k++] = k2(31, g, ss);
    }
    const gm = i > 0 ? catBits(this.GZ[i - 1]) : 0, gp = i + 1 < n ? catBits(this.GZ[i + 1]) : 0;
    if (gm) out[k++] = k1(27, gm);
    if (gp) out[k++] = k1(28, gp);
    const cl = this.CL[i], clm = i > 0 ? this.CL[i - 1] : 7, clp = i + 1 < n ? this.CL[i + 1] : 7;
    out[k++] = k2(33, cl, this.CAP[i]);
    out[k++] = k2(34, cl, ss);
    out[k++] = k2(35, cl, i === 0 ? 1 : this.sentCaps ? 2 : 0);
    out[k++] = k2(36, clm * 8 + cl, this.CAP[i]);
    out[k++] = k2(37, cl * 8 + clp, this.CAP[i]);
    // Case-sensitive neighbours and their suffixes ("Mr", "Inc", "said").
    out[k++] = k1(38, i > 0 ? this.W[i - 1] : BOUNDARY);
    out[k++] = k1(39, i + 1 < n ? this.W[i + 1] : BOUNDARY);
    out[k++] = k1(46, i > 0 ? this.SUF[(i - 1) * 4 + 2] : BOUNDARY);
    out[k++] = k1(47, i + 1 < n ? this.SUF[(i + 1) * 4 + 2] : BOUNDARY);
    out[k++] = k2(48, lw, ssp1);
    out[k++] = k2(49, ssm1, lw);
    if (this.CAP[i]) {
      // Longer affixes of names ("-ovic", "-berg", "-stan", "-tech").
      const t = this.toks[i], len = t.length;
      if (len > 5) {
        out[k++] = k1(78, hashLower(t, len - 5, len));
        out[k++] = k1(79, hashLower(t, 0, 5));
        if (len > 6) out[k++] = k1(80, hashLower(t, len - 6, len));
      }
      const gn = this.genre;
      out[k++] = k2(70, gn, ss);
      out[k++] = k2(71, gn, lw);
      out[k++] = k2(72, gn, catBits(this.GZ[i]));
      if (this.CLU[i] >= 0) { out[k++] = k2(73, gn, prefix(this.CLU[i], 6)); out[k++] = k2(74, gn, prefix(this.CLU[i], 10)); }
      out[k++] = k2(75, gn, lwm1);
      out[k++] = k2(76, gn, lwp1);
      out[k++] = k2(77, gn, this.SUF[i * 4 + 2]);
      const d = this.doc.get(lw);
      if (d) {
        // Contexts of the word's other capitalised occurrences (own context discounted).
        const pk = d.pk!, pc = d.pc!, nk = d.nk!, nc = d.nc!;
        for (let j = 0; j < pk.length; j++) if (pc[j] - (pk[j] === lwm1 ? 1 : 0) > 0 && k < MAX_FEATURES - 40) out[k++] = k1(60, pk[j]);
        for (let j = 0; j < nk.length; j++) if (nc[j] - (nk[j] === lwp1 ? 1 : 0) > 0 && k < MAX_FEATURES - 40) out[k++] = k1(61, nk[j]);
        out[k++] = k2(62, d.lowerSeen ? 1 : 0, i === 0 ? 1 : 0);
        out[k++] = k1(63, Math.min(d.occ, 4));
      }
    }
    const cu = this.CLU[i];
    if (cu >= 0) {
      out[k++] = k2(52, prefix(cu, 4), 4); out[k++] = k2(53, prefix(cu, 6), 6);
      out[k++] = k2(54, prefix(cu, 8), 8); out[k++] = k2(55, prefix(cu, 10), 10);
      out[k++] = k2(56, prefix(cu, 10), ss);
    }
    if (i > 0 && this.CLU[i - 1] >= 0) out[k++] = k1(57, prefix(this.CLU[i - 1], 10));
    if (i + 1 < n && this.CLU[i + 1] >= 0) out[k++] = k1(58, prefix(this.CLU[i + 1], 10));
    // Word shape of the previous word with this word (e.g. "Mr." + Xx).
    out[k++] = k2(32, this.W[i > 0 ? i - 1 : i] ^ (i > 0 ? 0 : BOUNDARY), ss);
    return k;
  }

  /** Appends the features that depend on earlier predictions; returns the new count. */
  dynamicFeatures(i: number, p1: number, p2: number, hist: History | null, out: Int32Array, k: number): number {
    out[k++] = k1(40, p1);
    out[k++] = k2(41, p2, p1);
    out[k++] = k2(42, p1, this.LW[i]);
    out[k++] = k2(43, p1, this.SS[i]);
    if (hist && this.CAP[i]) {
      const c = hist.get(this.W[i]);
      if (c) {
        let best = -1, bestN = 0;
        for (let t = 0; t < c.length; t++) {
          if (c[t] > 0) out[k++] = k1(44, t);
          if (c[t] > bestN) { bestN = c[t]; best = t; }
        }
        out[k++] = k1(45, best);
      }
    }
    return k;
  }
}

const SPORT = new Set(['match', 'beat', 'goal', 'goals', 'innings', 'league', 'cup', 'season', 'draw', 'drew', 'scored', 'champion', 'championship', 'coach', 'team', 'players', 'player', 'seed', 'halftime', 'half-time', 'wickets', 'soccer', 'tennis', 'cricket', 'rugby', 'golf', 'baseball', 'basketball', 'football', 'striker', 'midfielder', 'tournament', 'semifinal', 'semi-final', 'quarter-final', 'final', 'victory', 'defeated', 'olympic', 'olympics', 'race', 'inning', 'runs', 'penalty'].map((w) => hashLower(w, 0, w.length)));
const BIZ = new Set(['shares', 'percent', 'pct', 'million', 'billion', 'profit', 'market', 'markets', 'bank', 'bonds', 'stocks', 'prices', 'trading', 'trade', 'rate', 'rates', 'investors', 'earnings', 'revenue', 'dollar', 'company', 'quarter', 'analysts', 'index', 'tonnes', 'yield', 'inflation', 'economy'].map((w) => hashLower(w, 0, w.length)));

/** The first `p` bits of a packed cluster path (with its length, so prefixes of different lengths differ). */
function prefix(packed: number, p: number): number {
  const len = packed & 31, bits = packed >>> 5;
  return len > p ? ((bits >>> (len - p)) << 5) | p : packed;
}

/** Category bits of a gazetteer code, regardless of position. */
function catBits(g: number): number {
  return (g | (g >>> 8) | (g >>> 16) | (g >>> 24)) & 0xff;
}

/** Whether label `l` may follow label `prev` under BILOU (with `last` = last token of the sentence). */
export function allowed(prev: number, l: number, last: boolean): boolean {
  const pp = posOf(prev);
  if (pp === 0 || pp === 1) {
    const t = typeOf(prev);
    if (last) return l === label(t, 2);
    return l === label(t, 1) || l === label(t, 2);
  }
  const p = posOf(l);
  if (p === 1 || p === 2) return false;
  if (last && p === 0) return false;
  return true;
}

/**
 * Something that adds the weights of a feature vector into per-label scores: the
 * shipped {@link SparseLinear} or, in training, the averaged perceptron.
 */
export interface Scorer {
  score(feats: Int32Array, nf: number, out: Float32Array): void;
}

/**
 * Greedy left-to-right BILOU decoding of the prepared sentence; writes labels into
 * `labels` and updates the document history. `onToken` (training) sees each token's
 * features and predicted label before history is updated.
 */
export function decodeSentence(sf: SentenceFeatures, scorer: Scorer, hist: History | null, labels: Int32Array,
  feats: Int32Array, scores: Float32Array, onToken?: (i: number, feats: Int32Array, nf: number, pred: number) => number): void {
  const n = sf.n;
  let p1 = 0, p2 = 0;
  for (let i = 0; i < n; i++) {
    // Inference fast path: outside an entity, a word news writes in lower case ("said",
    // "the", "market") does not start one; scoring it would only confirm O.
    if (!onToken && sf.PLAIN[i] && !(posOf(p1) === 0 || posOf(p1) === 1)) {
      labels[i] = 0; p2 = p1; p1 = 0;
      continue;
    }
    let nf = sf.staticFeatures(i, feats);
    nf = sf.dynamicFeatures(i, p1, p2, hist, feats, nf);
    scores.fill(0);
    scorer.score(feats, nf, scores);
    let best = 0, bestS = -Infinity;
    const last = i === n - 1;
    for (let l = 0; l < NLABELS; l++) {
      if (scores[l] > bestS && allowed(p1, l, last)) { bestS = scores[l]; best = l; }
    }
    // In training the callback may return the gold label so that later features follow it.
    const use = onToken ? onToken(i, feats, nf, best) : best;
    labels[i] = use;
    p2 = p1; p1 = use;
  }
  if (hist) {
    for (let i = 0; i < n; i++) if (sf.CAP[i]) hist.add(sf.W[i], labels[i] === 0 ? TYPES.length : typeOf(labels[i]));
  }
}
