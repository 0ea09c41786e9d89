/**
 * Greedy arc-eager transition parser (Nivre 2003) with averaged-perceptron scoring:
 * the transition is chosen from Zhang & Nivre (2011) rich non-local features, and on
 * every LEFT/RIGHT arc a second perceptron picks the dependency label from features of
 * the head, the dependent and their children. Token 0 is the artificial ROOT; it takes
 * exactly one dependent (`root`), and only once the buffer is empty ({@link finishTree}),
 * as with ROOT at the end of the buffer (Ballesteros & Nivre 2013). Training uses the
 * arc-eager dynamic oracle of Goldberg & Nivre (2012), see {@link moveCosts}.
 *
 * Beyond the usual window the features read two kinds of sentence-wide context, both
 * computed once per sentence: supertags (each word's relation and head direction,
 * predicted by a tagger from a ±2-word window and the POS tags on both sides, after
 * Ouchi et al. 2014), which give the greedy parser a forecast of attachments it has not
 * reached yet, and a look-ahead over the tags (next verb, next clause boundary).
 * @module
 */
import { k1, k2, k3 } from '../ml/hash.js';
import { Lex, LexFlag } from './lexical.js';
import type { SparseLinear } from '../ml/linear.js';
import { TagKind } from './tagger.js';

/** Arc-eager transitions. */
export const enum Move { Shift = 0, Reduce = 1, Left = 2, Right = 3 }
/** Number of transitions. */
export const N_MOVES = 4;
/** Maximum number of transition features per state. */
export const PARSE_FEATS = 144;
/** Maximum number of label features per arc. */
export const LABEL_FEATS = 40;

const NONE = -0x2545f49, ROOT_W = -0x3c6ef37, ROOT_P = 5000, NONE_P = 5001, NONE_L = 6000;

/** Mutable parser configuration; arrays are indexed by token (0 = ROOT, 1..n = words). */
export class ParseState {
  n = 0;
  stack = new Int32Array(16);
  sp = 0;
  /** Front of the buffer; the buffer is b..n, empty when b > n. */
  b = 1;
  head = new Int32Array(16);
  label = new Int32Array(16);
  onStack = new Uint8Array(16);
  /** Leftmost, second-leftmost, rightmost and second-rightmost dependents (−1 none). */
  lc1 = new Int32Array(16); lc2 = new Int32Array(16); rc1 = new Int32Array(16); rc2 = new Int32Array(16);
  /** Left/right valency. */
  nl = new Int32Array(16); nr = new Int32Array(16);
  /** Bitsets of left/right dependent labels (labels 0..31 in `lo`, 32..63 in `hi`). */
  lsLo = new Int32Array(16); lsHi = new Int32Array(16); rsLo = new Int32Array(16); rsHi = new Int32Array(16);
  rootChild = -1;
  /** Per-token feature values: lower-case word hash, tag id, suffix hash. */
  wv = new Int32Array(16); tv = new Int32Array(16); sv = new Int32Array(16);
  /** Per-token coarse tag (UPOS id), fine and coarse word cluster (0 = none). */
  uv = new Int32Array(16); cv = new Int32Array(16); cv2 = new Int32Array(16);
  /** Per-token supertag (the supertagger's class id: predicted relation + head direction), when `hasStags`. */
  stg = new Int32Array(16);
  /** Whether this sentence came with supertags (models trained without have none). */
  hasStags = false;
  /** Number of punctuation tokens among words 1..i (prefix sums), for "commas in between" features. */
  pp = new Int32Array(16);
  /**
   * Look-ahead beyond the feature window (a greedy parser sees only n0..n2): verbs among
   * words 1..i (prefix sums), the next verb after i, the previous verb before i and the
   * next clause boundary (punctuation or conjunction) after i (−1 none).
   */
  vp = new Int32Array(16); nextVerb = new Int32Array(16); prevVerb = new Int32Array(16); nextBound = new Int32Array(16);

  /**
   * Resets the state for a sentence of `lex.length` words tagged `tags` (ids into the
   * tagger's classes); `coarse` maps a tag class to its UPOS id, `kinds` to its
   * {@link TagKind} (empty: no look-ahead).
   */
  init(lex: readonly Int32Array[], tags: Int32Array, coarse: Int32Array, kinds: Uint8Array = NO_KINDS, stags: Int32Array | null = null): void {
    const n = lex.length;
    if (this.head.length < n + 2) this.grow(n + 2);
    this.n = n; this.sp = 0; this.b = 1; this.rootChild = -1;
    for (let i = 0; i <= n; i++) {
      this.head[i] = -1; this.label[i] = -1; this.onStack[i] = 0;
      this.lc1[i] = -1; this.lc2[i] = -1; this.rc1[i] = -1; this.rc2[i] = -1;
      this.nl[i] = 0; this.nr[i] = 0; this.lsLo[i] = 0; this.lsHi[i] = 0; this.rsLo[i] = 0; this.rsHi[i] = 0;
    }
    this.pp[0] = 0; this.wv[0] = ROOT_W; this.tv[0] = ROOT_P; this.sv[0] = ROOT_W; this.uv[0] = ROOT_P; this.cv[0] = ROOT_P; this.cv2[0] = ROOT_P; this.stg[0] = ROOT_P;
    this.hasStags = stags !== null;
    for (let i = 1; i <= n; i++) {
      const l = lex[i - 1];
      // Word hashes cut to 31 bits (V8 small integers, see hash.ts).
      this.wv[i] = l[Lex.Lower] >> 1; this.tv[i] = tags[i - 1]; this.sv[i] = l[Lex.Suf3] >> 1;
      this.uv[i] = coarse[tags[i - 1]]; this.cv[i] = l[Lex.Cluster]; this.cv2[i] = l[Lex.Cluster2];
      this.stg[i] = stags ? stags[i - 1] : NO_STAG;
      this.pp[i] = this.pp[i - 1] + ((l[Lex.Flags] & LexFlag.Punct) !== 0 ? 1 : 0);
    }
    const hasKinds = kinds.length > 0;
    let prevV = -1;
    this.vp[0] = 0;
    for (let i = 1; i <= n; i++) {
      const k = hasKinds ? kinds[tags[i - 1]] : TagKind.Other;
      this.prevVerb[i] = prevV;
      if (k === TagKind.Verb) prevV = i;
      this.vp[i] = this.vp[i - 1] + (k === TagKind.Verb ? 1 : 0);
    }
    let nextV = -1, nextB = -1;
    this.nextVerb[0] = -1; this.nextBound[0] = -1;
    for (let i = n; i >= 1; i--) {
      this.nextVerb[i] = nextV; this.nextBound[i] = nextB;
      const k = hasKinds ? kinds[tags[i - 1]] : TagKind.Other;
      if (k === TagKind.Verb) nextV = i;
      if (k === TagKind.Punct || k === TagKind.CConj || k === TagKind.SConj) nextB = i;
    }
    this.push(0);
  }

  private grow(size: number): void {
    let cap = this.head.length;
    while (cap < size) cap *= 2;
    for (const k of ['stack', 'head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nl', 'nr', 'lsLo', 'lsHi', 'rsLo', 'rsHi', 'wv', 'tv', 'sv', 'uv', 'cv', 'cv2', 'pp', 'vp', 'nextVerb', 'prevVerb', 'nextBound', 'stg'] as const) {
      this[k] = new Int32Array(cap);
    }
    this.onStack = new Uint8Array(cap);
  }

  private push(i: number): void { this.stack[this.sp++] = i; this.onStack[i] = 1; }
  private pop(): void { this.onStack[this.stack[--this.sp]] = 0; }

  /** Whether move `m` is allowed now. */
  valid(m: Move): boolean {
    const sp = this.sp, inBuf = this.b <= this.n;
    const s0 = sp > 0 ? this.stack[sp - 1] : -1;
    switch (m) {
      case Move.Shift: return inBuf;
      case Move.Reduce: return s0 > 0 && this.head[s0] >= 0;
      case Move.Left: return inBuf && s0 > 0 && this.head[s0] < 0;
      // ROOT takes its dependent only when the sentence is done (see finishTree), as if
      // it stood at the end of the buffer: committing to the root early is a common error.
      case Move.Right: return inBuf && s0 > 0;
    }
    return false;
  }

  /** Adds the arc h → d with label `lab`. */
  addArc(h: number, d: number, lab: number): void {
    this.head[d] = h; this.label[d] = lab;
    if (h === 0) { this.rootChild = d; return; }
    if (d < h) {
      // Left dependents arrive nearest-first, so the newest is the leftmost.
      this.lc2[h] = this.lc1[h]; this.lc1[h] = d; this.nl[h]++;
      if (lab < 32) this.lsLo[h] |= 1 << lab; else this.lsHi[h] |= 1 << (lab - 32);
    } else {
      this.rc2[h] = this.rc1[h]; this.rc1[h] = d; this.nr[h]++;
      if (lab < 32) this.rsLo[h] |= 1 << lab; else this.rsHi[h] |= 1 << (lab - 32);
    }
  }

  /** Applies move `m`; `lab` is the label for LEFT/RIGHT. */
  apply(m: Move, lab: number): void {
    const s0 = this.stack[this.sp - 1];
    switch (m) {
      case Move.Shift: this.push(this.b++); break;
      case Move.Reduce: this.pop(); break;
      case Move.Left: this.addArc(this.b, s0, lab); this.pop(); break;
      case Move.Right: this.addArc(s0, this.b, lab); this.push(this.b++); break;
    }
  }

  /** Head of the arc LEFT/RIGHT (`m`) would add. */
  arcHead(m: Move): number { return m === Move.Left ? this.b : this.stack[this.sp - 1]; }
  /** Dependent of the arc LEFT/RIGHT (`m`) would add. */
  arcDep(m: Move): number { return m === Move.Left ? this.stack[this.sp - 1] : this.b; }
}

const NO_KINDS = new Uint8Array(0);
/** Supertag value stored for every token when a sentence has no supertags (never read then). */
const NO_STAG = 7000;

/** `arr[i]`, or `none` for an absent position (i < 0). Module-level so the hot path allocates no closures. */
function at(arr: Int32Array, i: number, none: number): number { return i < 0 ? none : arr[i]; }

function dist(a: number, b: number): number {
  const d = b - a;
  return d < 0 ? -1 : d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

/**
 * Token roles whose transition features depend on that token alone (its word, tag,
 * cluster, and for dependents their fixed label): within one sentence their summed
 * weights are the same every time the token fills the role, so {@link Parser} caches
 * them per (role, token) instead of hashing and probing them in every state.
 */
export const enum Role { S0 = 0, N0, S1, S0H, S0H2, S0L, S0L2, S0R, S0R2, N0L, N0L2, Count }
/** Number of {@link Role}s. */
export const N_ROLES = Role.Count;

/** Fills `out[r]` with the token in role `r` of state `st` (−1 = absent). */
export function roleTokens(st: ParseState, out: Int32Array): void {
  const { stack, sp, head } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const s0h = s0 > 0 ? head[s0] : -1;
  out[Role.S0] = s0;
  out[Role.N0] = n0;
  out[Role.S1] = sp > 1 ? stack[sp - 2] : -1;
  out[Role.S0H] = s0h;
  out[Role.S0H2] = s0h > 0 ? head[s0h] : -1;
  out[Role.S0L] = s0 > 0 ? st.lc1[s0] : -1; out[Role.S0L2] = s0 > 0 ? st.lc2[s0] : -1;
  out[Role.S0R] = s0 > 0 ? st.rc1[s0] : -1; out[Role.S0R2] = s0 > 0 ? st.rc2[s0] : -1;
  out[Role.N0L] = n0 >= 0 ? st.lc1[n0] : -1; out[Role.N0L2] = n0 >= 0 ? st.lc2[n0] : -1;
}

/** Templates (word, tag, label) of the dependent roles, in {@link Role} order from S0L. */
const CHILD_TEMPLATES = [42, 54, 45, 57, 48, 60];

/**
 * Writes the features of token `t` (−1 = absent) in role `r` into `out` from index `n`;
 * returns the new count. Only token-static values are read (see {@link Role}).
 */
export function roleFeatures(st: ParseState, r: Role, t: number, out: Int32Array, n: number): number {
  const { wv, tv } = st;
  switch (r) {
    case Role.S0: {
      const w = at(wv, t, NONE), p = at(tv, t, NONE_P);
      out[n++] = k1(1, k2(100, w, p)); out[n++] = k1(2, w); out[n++] = k1(3, p); out[n++] = k1(85, at(st.cv, t, NONE));
      if (t > 0) {
        const nv = st.nextVerb[t];
        out[n++] = k3(124, p, at(tv, nv, NONE_P), nv > 0 ? dist(t, nv) : -1);
        out[n++] = k2(125, p, Math.min(st.vp[st.n] - st.vp[t], 3));
      }
      if (st.hasStags) { out[n++] = k1(130, at(st.stg, t, NONE)); out[n++] = k2(131, at(st.stg, t, NONE), p); }
      return n;
    }
    case Role.N0: {
      // The bias rides along with n0, which every scored state has.
      const n1 = t >= 0 && t + 1 <= st.n ? t + 1 : -1;
      const n2 = n1 >= 0 && n1 + 1 <= st.n ? n1 + 1 : -1;
      const w = at(wv, t, NONE), p = at(tv, t, NONE_P);
      const n1w = at(wv, n1, NONE), n1p = at(tv, n1, NONE_P), n2w = at(wv, n2, NONE), n2p = at(tv, n2, NONE_P);
      out[n++] = k1(0, 0);
      out[n++] = k1(4, k2(100, w, p)); out[n++] = k1(5, w); out[n++] = k1(6, p);
      out[n++] = k2(7, n1w, n1p); out[n++] = k1(8, n1w); out[n++] = k1(9, n1p);
      out[n++] = k2(10, n2w, n2p); out[n++] = k1(11, n2w); out[n++] = k1(12, n2p);
      out[n++] = k2(20, p, n1p); out[n++] = k3(21, p, n1p, n2p); out[n++] = k2(77, w, n1w);
      out[n++] = k1(86, at(st.cv, t, NONE)); out[n++] = k1(87, at(st.cv, n1, NONE));
      if (t > 0) {
        // Look-ahead past n2: the next verb and clause boundary, verbs left, the last verb before.
        const nv = st.nextVerb[t], nb = st.nextBound[t], pv = st.prevVerb[t];
        out[n++] = k3(120, p, at(tv, nv, NONE_P), nv > 0 ? dist(t, nv) : -1);
        out[n++] = k2(121, p, Math.min(st.vp[st.n] - st.vp[t], 3));
        out[n++] = k3(122, p, at(wv, nb, NONE), nb > 0 ? dist(t, nb) : -1);
        out[n++] = k3(123, p, at(tv, pv, NONE_P), pv > 0 ? dist(pv, t) : -1);
      }
      if (t >= 0 && st.hasStags) {
        // Supertags (relation + head direction predicted from the word window) of n0, n1.
        out[n++] = k1(132, st.stg[t]); out[n++] = k2(133, st.stg[t], p); out[n++] = k2(134, st.stg[t], at(st.stg, n1, NONE));
      }
      return n;
    }
    case Role.S1:
      out[n++] = k2(74, at(wv, t, NONE), at(tv, t, NONE_P));
      if (t > 0 && st.hasStags) out[n++] = k1(135, st.stg[t]);
      return n;
    case Role.S0H: out[n++] = k1(39, at(wv, t, NONE)); out[n++] = k1(40, at(tv, t, NONE_P)); return n;
    case Role.S0H2: out[n++] = k1(51, at(wv, t, NONE)); out[n++] = k1(52, at(tv, t, NONE_P)); return n;
    default: {
      // Dependents: their label was fixed when the arc was made.
      const base = CHILD_TEMPLATES[r - Role.S0L];
      out[n++] = k1(base, at(wv, t, NONE)); out[n++] = k1(base + 1, at(tv, t, NONE_P)); out[n++] = k1(base + 2, at(st.label, t, NONE_L));
      return n;
    }
  }
}

/** Maximum number of features {@link roleFeatures} writes for one role. */
export const MAX_ROLE_FEATS = 24;

/**
 * Writes the transition features of state `st` that are not token-static (pairs and
 * triples of positions, distances, valencies, label sets) into `out`; returns their count.
 */
export function dynamicParseFeatures(st: ParseState, out: Int32Array): number {
  const { stack, sp, wv, tv, head, label } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s1 = sp > 1 ? stack[sp - 2] : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const n1 = n0 >= 0 && n0 + 1 <= st.n ? n0 + 1 : -1;
  const s0w = at(wv, s0, NONE), s0p = at(tv, s0, NONE_P), n0w = at(wv, n0, NONE), n0p = at(tv, n0, NONE_P);
  const n1p = at(tv, n1, NONE_P);
  const s0wp = k2(100, s0w, s0p), n0wp = k2(100, n0w, n0p);
  const s0h = s0 > 0 ? head[s0] : -1;
  const s0h2 = s0h > 0 ? head[s0h] : -1;
  const s0l = s0 > 0 ? st.lc1[s0] : -1, s0l2 = s0 > 0 ? st.lc2[s0] : -1;
  const s0r = s0 > 0 ? st.rc1[s0] : -1, s0r2 = s0 > 0 ? st.rc2[s0] : -1;
  const n0l = n0 >= 0 ? st.lc1[n0] : -1, n0l2 = n0 >= 0 ? st.lc2[n0] : -1;
  const d = s0 >= 0 && n0 >= 0 ? dist(s0, n0) : -2;
  const s0vr = s0 >= 0 ? st.nr[s0] : -1, s0vl = s0 >= 0 ? st.nl[s0] : -1, n0vl = n0 >= 0 ? st.nl[n0] : -1;
  const s0sr = s0 >= 0 ? k2(101, st.rsLo[s0], st.rsHi[s0]) : NONE;
  const s0sl = s0 >= 0 ? k2(101, st.lsLo[s0], st.lsHi[s0]) : NONE;
  const n0sl = n0 >= 0 ? k2(101, st.lsLo[n0], st.lsHi[n0]) : NONE;
  const s0hasHead = s0 > 0 && head[s0] >= 0 ? 1 : 0;
  let n = 0;
  out[n++] = k2(13, s0wp, n0wp); out[n++] = k2(14, s0wp, n0w); out[n++] = k2(15, s0w, n0wp);
  out[n++] = k2(16, s0wp, n0p); out[n++] = k2(17, s0p, n0wp); out[n++] = k2(18, s0w, n0w);
  out[n++] = k2(19, s0p, n0p);
  out[n++] = k3(22, s0p, n0p, n1p);
  out[n++] = k3(23, at(tv, s0h, NONE_P), s0p, n0p); out[n++] = k3(24, s0p, at(tv, s0l, NONE_P), n0p);
  out[n++] = k3(25, s0p, at(tv, s0r, NONE_P), n0p); out[n++] = k3(26, s0p, n0p, at(tv, n0l, NONE_P));
  out[n++] = k2(27, s0w, d); out[n++] = k2(28, s0p, d); out[n++] = k2(29, n0w, d); out[n++] = k2(30, n0p, d);
  out[n++] = k3(31, s0w, n0w, d); out[n++] = k3(32, s0p, n0p, d);
  out[n++] = k2(33, s0w, s0vr); out[n++] = k2(34, s0p, s0vr); out[n++] = k2(35, s0w, s0vl);
  out[n++] = k2(36, s0p, s0vl); out[n++] = k2(37, n0w, n0vl); out[n++] = k2(38, n0p, n0vl);
  out[n++] = k1(41, at(label, s0, NONE_L));
  out[n++] = k1(53, at(label, s0h, NONE_L));
  out[n++] = k3(63, s0p, at(tv, s0l, NONE_P), at(tv, s0l2, NONE_P)); out[n++] = k3(64, s0p, at(tv, s0r, NONE_P), at(tv, s0r2, NONE_P));
  out[n++] = k3(65, s0p, at(tv, s0h, NONE_P), at(tv, s0h2, NONE_P)); out[n++] = k3(66, n0p, at(tv, n0l, NONE_P), at(tv, n0l2, NONE_P));
  out[n++] = k2(67, s0w, s0sr); out[n++] = k2(68, s0p, s0sr); out[n++] = k2(69, s0w, s0sl);
  out[n++] = k2(70, s0p, s0sl); out[n++] = k2(71, n0w, n0sl); out[n++] = k2(72, n0p, n0sl);
  // Beyond Zhang & Nivre: s1, whether s0 already has a head (REDUCE vs LEFT), the token before n0.
  out[n++] = k3(73, at(tv, s1, NONE_P), s0p, n0p);
  out[n++] = k3(75, s0hasHead, s0p, n0p);
  out[n++] = k3(76, n0 > 1 ? tv[n0 - 1] : NONE_P, n0p, s0p);
  out[n++] = k3(78, s0hasHead, at(label, s0, NONE_L), n0p);
  // rootChild is unset while parsing since ROOT attaches last, so this now repeats n0p; kept for the trained keys.
  out[n++] = k2(79, st.rootChild >= 0 ? 1 : 0, n0p);
  // Coarse tags (UPOS) and word clusters generalise over the sparse word features.
  const { uv, cv, cv2 } = st;
  const s0u = at(uv, s0, NONE_P), n0u = at(uv, n0, NONE_P), n1u = at(uv, n1, NONE_P);
  out[n++] = k2(80, s0u, n0u); out[n++] = k3(81, s0u, n0u, n1u); out[n++] = k3(82, at(uv, s1, NONE_P), s0u, n0u);
  out[n++] = k3(83, s0u, n0u, d); out[n++] = k3(84, at(uv, s0h, NONE_P), s0u, n0u);
  const s0c = at(cv, s0, NONE), n0c = at(cv, n0, NONE);
  out[n++] = k2(88, s0c, n0c); out[n++] = k2(89, s0c, n0p); out[n++] = k2(90, s0p, n0c);
  out[n++] = k3(91, at(cv2, s0, NONE), at(cv2, n0, NONE), at(cv2, n1, NONE)); out[n++] = k3(92, at(cv2, s0, NONE), n0p, d); out[n++] = k3(93, s0p, at(cv2, n0, NONE), d);
  // Punctuation between s0 and n0 (clause and coordination boundaries).
  const pb = s0 > 0 && n0 > 0 ? Math.min(st.pp[n0 - 1] - st.pp[s0], 3) : -1;
  out[n++] = k3(94, s0p, n0p, pb); out[n++] = k3(95, s0u, n0u, pb * 8 + d);
  out[n++] = k2(96, n0 >= 0 ? st.sv[n0] : NONE, s0p);
  // Verbs between s0 and n0: attaching across a clause is rarely right.
  out[n++] = k3(126, s0p, n0p, s0 > 0 && n0 > 0 ? Math.min(st.vp[n0 - 1] - st.vp[s0], 2) : -1);
  if (st.hasStags) {
    const s0t = at(st.stg, s0, NONE), n0t = at(st.stg, n0, NONE);
    out[n++] = k2(136, s0t, n0t); out[n++] = k3(137, s0t, n0t, d);
  }
  return n;
}

/**
 * Writes all transition feature keys of state `st` into `out` (the dynamic ones, then
 * each role's); returns their count. Training uses this; inference caches the role part.
 */
export function parseFeatures(st: ParseState, out: Int32Array, roles: Int32Array = scratchRoles): number {
  let n = dynamicParseFeatures(st, out);
  roleTokens(st, roles);
  for (let r = 0; r < N_ROLES; r++) n = roleFeatures(st, r, roles[r], out, n);
  return n;
}
const scratchRoles = new Int32Array(N_ROLES);

/** Writes the label feature keys for the arc h → d into `out`; returns their count. */
export function labelFeatures(st: ParseState, h: number, d: number, out: Int32Array): number {
  const { wv, tv } = st;
  const dir = d < h ? 0 : 1;
  const dw = wv[d], dp = tv[d], hw = wv[h], hp = tv[h];
  const hSet = dir === 0 ? k2(101, st.lsLo[h], st.lsHi[h]) : k2(101, st.rsLo[h], st.rsHi[h]);
  const dSet = k3(102, st.lsLo[d] | st.rsLo[d], st.lsHi[d] | st.rsHi[d], 0);
  const hh = st.head[h];
  let n = 0;
  out[n++] = k1(200, dir);
  out[n++] = k2(201, dw, dir); out[n++] = k2(202, dp, dir);
  out[n++] = k2(203, hw, dir); out[n++] = k2(204, hp, dir);
  out[n++] = k3(205, hp, dp, dir); out[n++] = k3(206, dw, hp, dir); out[n++] = k3(207, hw, dp, dir);
  out[n++] = k3(208, hw, dw, dir);
  out[n++] = k3(209, dp, hp, d < h ? -dist(d, h) : dist(h, d));
  out[n++] = k3(210, st.sv[d], hp, dir);
  out[n++] = k3(211, hp, hSet, dir); out[n++] = k3(212, dp, hSet, dir);
  out[n++] = k2(213, dp, dSet);
  out[n++] = k3(214, dp, at(st.label, st.lc1[d], NONE_L), at(st.label, st.rc1[d], NONE_L));
  out[n++] = k3(215, hp, at(st.label, h, NONE_L), dp);
  out[n++] = k3(216, (d + 1 > st.n ? NONE_P : tv[d + 1]), dp, hp); out[n++] = k3(217, (d - 1 < 0 ? NONE_P : tv[d - 1]), dp, hp);
  out[n++] = k3(218, hp, hh >= 0 ? tv[hh] : NONE_P, dp);
  out[n++] = k3(219, st.lc1[d] >= 0 ? wv[st.lc1[d]] : NONE, dp, hp);
  out[n++] = k3(220, dp, dir === 0 ? st.nl[h] : st.nr[h], dir);
  out[n++] = k3(221, dw, hSet, dir);
  out[n++] = k3(222, hw, hSet, dp);
  out[n++] = k2(223, dw, hw);
  const dc = st.cv[d], hc = st.cv[h];
  out[n++] = k2(224, dc, dir); out[n++] = k3(225, hc, dp, dir); out[n++] = k3(226, dc, hp, dir);
  out[n++] = k3(227, st.cv2[d], st.cv2[h], dir);
  out[n++] = k3(228, st.uv[d], st.uv[h], dir);
  const lo = d < h ? d : h, hi = d < h ? h : d;
  out[n++] = k3(229, dp, hp, lo > 0 ? Math.min(st.pp[hi - 1] - st.pp[lo], 3) : -1);
  if (st.hasStags) { out[n++] = k2(230, st.stg[d], dir); out[n++] = k3(231, st.stg[d], dp, hp); out[n++] = k3(232, st.stg[d], at(st.stg, h, NONE), dir); }
  return n;
}

/**
 * Costs of each move under the arc-eager dynamic oracle (Goldberg & Nivre 2012): the
 * number of gold arcs the move makes unreachable. `gh` holds gold heads (index 0 unused).
 * Writes `out[m]` for every move; invalid moves get +Infinity.
 */
export function moveCosts(st: ParseState, gh: Int32Array, out: Float64Array): void {
  const { stack, sp, b, n, head, onStack } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  // The root word's arc comes from ROOT after the last word (finishTree), so a gold
  // head of 0 counts as a head beyond the buffer.
  const end = n + 1;
  out[Move.Shift] = out[Move.Reduce] = out[Move.Left] = out[Move.Right] = Infinity;
  if (st.valid(Move.Shift)) {
    let c = 0;
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (k > 0 && gh[b] === k) c++;
      if (k > 0 && head[k] < 0 && gh[k] === b) c++;
    }
    out[Move.Shift] = c;
  }
  if (st.valid(Move.Reduce)) {
    let c = 0;
    for (let k = b; k <= n; k++) if (gh[k] === s0) c++;
    out[Move.Reduce] = c;
  }
  if (st.valid(Move.Left)) {
    let c = 0;
    const g = gh[s0] === 0 ? end : gh[s0];
    if (g > b) c++;
    for (let k = b; k <= n; k++) if (gh[k] === s0) c++;
    out[Move.Left] = c;
  }
  if (st.valid(Move.Right)) {
    let c = 0;
    const g = gh[b] === 0 ? end : gh[b];
    if (g !== s0 && (g > b || (g > 0 && onStack[g] === 1))) c++;
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (k > 0 && head[k] < 0 && gh[k] === b) c++;
    }
    out[Move.Right] = c;
  }
}

/** A trained parser: transition and label scorers plus the label inventory. */
export class Parser {
  readonly state = new ParseState();
  private readonly feats = new Int32Array(PARSE_FEATS);
  private readonly lfeats = new Int32Array(LABEL_FEATS);
  private readonly mscores = new Float32Array(N_MOVES);
  private readonly lscores: Float32Array;
  private readonly roles = new Int32Array(N_ROLES);
  private readonly roleFeats = new Int32Array(MAX_ROLE_FEATS);
  private readonly roleScratch = new Float32Array(N_MOVES);
  /**
   * Per-sentence cache of the summed move weights of each (role, token): `roleScores`
   * holds N_MOVES values per entry, valid when `roleStamp` equals `sentenceStamp`
   * (so nothing is cleared between sentences). Entry index: role × roleCap + token + 1.
   */
  private roleScores = new Float32Array(0);
  private roleStamp = new Int32Array(0);
  private roleCap = 0;
  private sentenceStamp = 0;
  /** Index of the `root` label. */
  readonly rootLabel: number;

  constructor(
    readonly labels: readonly string[],
    readonly moves: SparseLinear,
    readonly labeller: SparseLinear,
    /** Labels seen on left (dependent before head) and right arcs in training: 1 = allowed. */
    readonly leftMask: Uint8Array,
    readonly rightMask: Uint8Array,
    /** Tag class → coarse tag (UPOS) id. */
    readonly coarse: Int32Array,
    /** Tag class → {@link TagKind}, for look-ahead features (empty: none). */
    readonly kinds: Uint8Array = NO_KINDS,
  ) {
    this.lscores = new Float32Array(labels.length);
    this.rootLabel = labels.indexOf('root');
  }

  private startRoleCache(n: number): void {
    const cap = n + 2;
    if (cap > this.roleCap) {
      this.roleCap = Math.max(cap, this.roleCap * 2, 64);
      this.roleScores = new Float32Array(N_ROLES * this.roleCap * N_MOVES);
      this.roleStamp = new Int32Array(N_ROLES * this.roleCap);
      this.sentenceStamp = 0;
    }
    this.sentenceStamp++;
  }

  /**
   * Move scores of the current state into `sc`: the dynamic features are looked up,
   * the token-static ones come from the role cache (filled on first use).
   */
  private scoreMoves(sc: Float32Array): void {
    const st = this.state, moves = this.moves;
    sc.fill(0);
    moves.score(this.feats, dynamicParseFeatures(st, this.feats), sc);
    const roles = this.roles, cache = this.roleScores, stamps = this.roleStamp, stamp = this.sentenceStamp, cap = this.roleCap;
    roleTokens(st, roles);
    for (let r = 0; r < N_ROLES; r++) {
      const e = r * cap + roles[r] + 1, o = e * N_MOVES;
      if (stamps[e] !== stamp) {
        stamps[e] = stamp;
        const part = this.roleScratch;
        part.fill(0);
        moves.score(this.roleFeats, roleFeatures(st, r, roles[r], this.roleFeats, 0), part);
        cache[o] = part[0]; cache[o + 1] = part[1]; cache[o + 2] = part[2]; cache[o + 3] = part[3];
      }
      sc[0] += cache[o]; sc[1] += cache[o + 1]; sc[2] += cache[o + 2]; sc[3] += cache[o + 3];
    }
  }

  /** Best label for the arc h → d in state `st` (by default the parser's own). */
  label(h: number, d: number, st: ParseState = this.state): number {
    if (h === 0) return this.rootLabel;
    const n = labelFeatures(st, h, d, this.lfeats);
    const sc = this.lscores;
    sc.fill(0);
    this.labeller.score(this.lfeats, n, sc);
    const mask = d < h ? this.leftMask : this.rightMask;
    let best = -1;
    for (let l = 0; l < sc.length; l++) {
      if (mask[l] === 0 || l === this.rootLabel) continue;
      if (best < 0 || sc[l] > sc[best]) best = l;
    }
    return best;
  }

  /**
   * Parses one tagged sentence; heads (0 = root, else 1-based word index) go to
   * `heads[0..n)` and label ids to `labs[0..n)`. `stags` are the supertagger's class ids
   * when the model was trained with supertags.
   */
  parse(lex: readonly Int32Array[], tags: Int32Array, heads: Int32Array, labs: Int32Array, stags: Int32Array | null = null): void {
    const st = this.state;
    st.init(lex, tags, this.coarse, this.kinds, stags);
    this.startRoleCache(st.n);
    const sc = this.mscores;
    while (st.b <= st.n) {
      let best = -1, nValid = 0;
      for (let m = 0; m < N_MOVES; m++) if (st.valid(m)) { nValid++; best = m; }
      // Score only when there is a choice (e.g. ROOT alone on the stack with its root taken: SHIFT).
      if (nValid > 1) {
        this.scoreMoves(sc);
        best = -1;
        for (let m = 0; m < N_MOVES; m++) if (st.valid(m) && (best < 0 || sc[m] > sc[best])) best = m;
      }
      let lab = -1;
      if (best === Move.Left || best === Move.Right) {
        lab = this.label(st.arcHead(best), st.arcDep(best));
      }
      st.apply(best, lab);
    }
    finishTree(st, this);
    for (let i = 1; i <= st.n; i++) { heads[i - 1] = st.head[i]; labs[i - 1] = st.label[i]; }
  }
}

/**
 * Attaches words left headless when the buffer empties: the first becomes the root
 * if there is none, the others depend on the root word with a label from the labeller.
 */
export function finishTree(st: ParseState, labeller: { label(h: number, d: number): number; rootLabel: number }): void {
  for (let i = 1; i <= st.n; i++) {
    if (st.head[i] >= 0) continue;
    if (st.rootChild < 0) st.addArc(0, i, labeller.rootLabel);
    else st.addArc(st.rootChild, i, labeller.label(st.rootChild, i));
  }
}
