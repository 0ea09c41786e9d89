/**
 * Greedy arc-eager transition parser (Nivre 2003) with averaged-perceptron scoring:
 * the transition is chosen from Zhang & Nivre (2011) rich non-local features, and on
 * every LEFT/RIGHT arc a second perceptron picks the dependency label from features of
 * the head, the dependent and their children. Token 0 is the artificial ROOT; it takes
 * exactly one dependent (`root`). Training uses the arc-eager dynamic oracle of
 * Goldberg & Nivre (2012), see {@link moveCosts}.
 * @module
 */
import { k1, k2, k3 } from './hash.js';
import { Lex, LexFlag } from './lexical.js';
import type { SparseLinear } from './linear.js';

/** Arc-eager transitions. */
export const enum Move { Shift = 0, Reduce = 1, Left = 2, Right = 3 }
/** Number of transitions. */
export const N_MOVES = 4;
/** Maximum number of transition features per state. */
export const PARSE_FEATS = 100;
/** Maximum number of label features per arc. */
export const LABEL_FEATS = 32;

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
  /** Number of punctuation tokens among words 1..i (prefix sums), for "commas in between" features. */
  pp = new Int32Array(16);

  /**
   * Resets the state for a sentence of `lex.length` words tagged `tags` (ids into the
   * tagger's classes); `coarse` maps a tag class to its UPOS id.
   */
  init(lex: readonly Int32Array[], tags: Int32Array, coarse: Int32Array): void {
    const n = lex.length;
    if (this.head.length < n + 2) this.grow(n + 2);
    this.n = n; this.sp = 0; this.b = 1; this.rootChild = -1;
    for (let i = 0; i <= n; i++) {
      this.head[i] = -1; this.label[i] = -1; this.onStack[i] = 0;
      this.lc1[i] = -1; this.lc2[i] = -1; this.rc1[i] = -1; this.rc2[i] = -1;
      this.nl[i] = 0; this.nr[i] = 0; this.lsLo[i] = 0; this.lsHi[i] = 0; this.rsLo[i] = 0; this.rsHi[i] = 0;
    }
    this.pp[0] = 0; this.wv[0] = ROOT_W; this.tv[0] = ROOT_P; this.sv[0] = ROOT_W; this.uv[0] = ROOT_P; this.cv[0] = ROOT_P; this.cv2[0] = ROOT_P;
    for (let i = 1; i <= n; i++) {
      const l = lex[i - 1];
      this.wv[i] = l[Lex.Lower]; this.tv[i] = tags[i - 1]; this.sv[i] = l[Lex.Suf3];
      this.uv[i] = coarse[tags[i - 1]]; this.cv[i] = l[Lex.Cluster]; this.cv2[i] = l[Lex.Cluster2];
      this.pp[i] = this.pp[i - 1] + ((l[Lex.Flags] & LexFlag.Punct) !== 0 ? 1 : 0);
    }
    this.push(0);
  }

  private grow(size: number): void {
    let cap = this.head.length;
    while (cap < size) cap *= 2;
    for (const k of ['stack', 'head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nl', 'nr', 'lsLo', 'lsHi', 'rsLo', 'rsHi', 'wv', 'tv', 'sv', 'uv', 'cv', 'cv2', 'pp'] as const) {
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
      case Move.Right: return inBuf && s0 >= 0 && (s0 !== 0 || this.rootChild < 0);
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

/** `arr[i]`, or `none` for an absent position (i < 0). Module-level so the hot path allocates no closures. */
function at(arr: Int32Array, i: number, none: number): number { return i < 0 ? none : arr[i]; }

function dist(a: number, b: number): number {
  const d = b - a;
  return d < 0 ? -1 : d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

/** Writes the transition feature keys of state `st` into `out`; returns their count. */
export function parseFeatures(st: ParseState, out: Int32Array): number {
  const { stack, sp, wv, tv, head, label } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s1 = sp > 1 ? stack[sp - 2] : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const n1 = n0 >= 0 && n0 + 1 <= st.n ? n0 + 1 : -1;
  const n2 = n1 >= 0 && n1 + 1 <= st.n ? n1 + 1 : -1;
  const s0w = at(wv, s0, NONE), s0p = at(tv, s0, NONE_P), n0w = at(wv, n0, NONE), n0p = at(tv, n0, NONE_P);
  const n1w = at(wv, n1, NONE), n1p = at(tv, n1, NONE_P), n2w = at(wv, n2, NONE), n2p = at(tv, n2, NONE_P);
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
  let n = 0;
  out[n++] = k1(0, 0);
  out[n++] = k1(1, s0wp); out[n++] = k1(2, s0w); out[n++] = k1(3, s0p);
  out[n++] = k1(4, n0wp); out[n++] = k1(5, n0w); out[n++] = k1(6, n0p);
  out[n++] = k2(7, n1w, n1p); out[n++] = k1(8, n1w); out[n++] = k1(9, n1p);
  out[n++] = k2(10, n2w, n2p); out[n++] = k1(11, n2w); out[n++] = k1(12, n2p);
  out[n++] = k2(13, s0wp, n0wp); out[n++] = k2(14, s0wp, n0w); out[n++] = k2(15, s0w, n0wp);
  out[n++] = k2(16, s0wp, n0p); out[n++] = k2(17, s0p, n0wp); out[n++] = k2(18, s0w, n0w);
  out[n++] = k2(19, s0p, n0p); out[n++] = k2(20, n0p, n1p);
  out[n++] = k3(21, n0p, n1p, n2p); out[n++] = k3(22, s0p, n0p, n1p);
  out[n++] = k3(23, at(tv, s0h, NONE_P), s0p, n0p); out[n++] = k3(24, s0p, at(tv, s0l, NONE_P), n0p);
  out[n++] = k3(25, s0p, at(tv, s0r, NONE_P), n0p); out[n++] = k3(26, s0p, n0p, at(tv, n0l, NONE_P));
  out[n++] = k2(27, s0w, d); out[n++] = k2(28, s0p, d); out[n++] = k2(29, n0w, d); out[n++] = k2(30, n0p, d);
  out[n++] = k3(31, s0w, n0w, d); out[n++] = k3(32, s0p, n0p, d);
  out[n++] = k2(33, s0w, s0vr); out[n++] = k2(34, s0p, s0vr); out[n++] = k2(35, s0w, s0vl);
  out[n++] = k2(36, s0p, s0vl); out[n++] = k2(37, n0w, n0vl); out[n++] = k2(38, n0p, n0vl);
  out[n++] = k1(39, at(wv, s0h, NONE)); out[n++] = k1(40, at(tv, s0h, NONE_P)); out[n++] = k1(41, at(label, s0, NONE_L));
  out[n++] = k1(42, at(wv, s0l, NONE)); out[n++] = k1(43, at(tv, s0l, NONE_P)); out[n++] = k1(44, at(label, s0l, NONE_L));
  out[n++] = k1(45, at(wv, s0r, NONE)); out[n++] = k1(46, at(tv, s0r, NONE_P)); out[n++] = k1(47, at(label, s0r, NONE_L));
  out[n++] = k1(48, at(wv, n0l, NONE)); out[n++] = k1(49, at(tv, n0l, NONE_P)); out[n++] = k1(50, at(label, n0l, NONE_L));
  out[n++] = k1(51, at(wv, s0h2, NONE)); out[n++] = k1(52, at(tv, s0h2, NONE_P)); out[n++] = k1(53, at(label, s0h, NONE_L));
  out[n++] = k1(54, at(wv, s0l2, NONE)); out[n++] = k1(55, at(tv, s0l2, NONE_P)); out[n++] = k1(56, at(label, s0l2, NONE_L));
  out[n++] = k1(57, at(wv, s0r2, NONE)); out[n++] = k1(58, at(tv, s0r2, NONE_P)); out[n++] = k1(59, at(label, s0r2, NONE_L));
  out[n++] = k1(60, at(wv, n0l2, NONE)); out[n++] = k1(61, at(tv, n0l2, NONE_P)); out[n++] = k1(62, at(label, n0l2, NONE_L));
  out[n++] = k3(63, s0p, at(tv, s0l, NONE_P), at(tv, s0l2, NONE_P)); out[n++] = k3(64, s0p, at(tv, s0r, NONE_P), at(tv, s0r2, NONE_P));
  out[n++] = k3(65, s0p, at(tv, s0h, NONE_P), at(tv, s0h2, NONE_P)); out[n++] = k3(66, n0p, at(tv, n0l, NONE_P), at(tv, n0l2, NONE_P));
  out[n++] = k2(67, s0w, s0sr); out[n++] = k2(68, s0p, s0sr); out[n++] = k2(69, s0w, s0sl);
  out[n++] = k2(70, s0p, s0sl); out[n++] = k2(71, n0w, n0sl); out[n++] = k2(72, n0p, n0sl);
  // Beyond Zhang & Nivre: s1, whether s0 already has a head (REDUCE vs LEFT), the token before n0.
  out[n++] = k3(73, at(tv, s1, NONE_P), s0p, n0p); out[n++] = k2(74, at(wv, s1, NONE), at(tv, s1, NONE_P));
  out[n++] = k3(75, s0 > 0 && head[s0] >= 0 ? 1 : 0, s0p, n0p);
  out[n++] = k3(76, n0 > 1 ? tv[n0 - 1] : NONE_P, n0p, s0p);
  out[n++] = k2(77, n0w, n1w);
  out[n++] = k3(78, s0 > 0 && head[s0] >= 0 ? 1 : 0, at(label, s0, NONE_L), n0p);
  out[n++] = k2(79, st.rootChild >= 0 ? 1 : 0, n0p);
  // Coarse tags (UPOS) and word clusters generalise over the sparse word features.
  const { uv, cv, cv2 } = st;
  const s0u = at(uv, s0, NONE_P), n0u = at(uv, n0, NONE_P), n1u = at(uv, n1, NONE_P);
  out[n++] = k2(80, s0u, n0u); out[n++] = k3(81, s0u, n0u, n1u); out[n++] = k3(82, at(uv, s1, NONE_P), s0u, n0u);
  out[n++] = k3(83, s0u, n0u, d); out[n++] = k3(84, at(uv, s0h, NONE_P), s0u, n0u);
  const s0c = at(cv, s0, NONE), n0c = at(cv, n0, NONE);
  out[n++] = k1(85, s0c); out[n++] = k1(86, n0c); out[n++] = k1(87, at(cv, n1, NONE));
  out[n++] = k2(88, s0c, n0c); out[n++] = k2(89, s0c, n0p); out[n++] = k2(90, s0p, n0c);
  out[n++] = k3(91, at(cv2, s0, NONE), at(cv2, n0, NONE), at(cv2, n1, NONE)); out[n++] = k3(92, at(cv2, s0, NONE), n0p, d); out[n++] = k3(93, s0p, at(cv2, n0, NONE), d);
  // Punctuation between s0 and n0 (clause and coordination boundaries).
  const pb = s0 > 0 && n0 > 0 ? Math.min(st.pp[n0 - 1] - st.pp[s0], 3) : -1;
  out[n++] = k3(94, s0p, n0p, pb); out[n++] = k3(95, s0u, n0u, pb * 8 + d);
  out[n++] = k2(96, n0 >= 0 ? st.sv[n0] : NONE, s0p);
  return n;
}

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
  out[Move.Shift] = out[Move.Reduce] = out[Move.Left] = out[Move.Right] = Infinity;
  if (st.valid(Move.Shift)) {
    let c = 0;
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (gh[b] === k) c++;
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
    if (gh[s0] > b) c++;
    for (let k = b; k <= n; k++) if (gh[k] === s0) c++;
    out[Move.Left] = c;
  }
  if (st.valid(Move.Right)) {
    let c = 0;
    const g = gh[b];
    if (g !== s0 && (g > b || (g >= 0 && onStack[g] === 1))) c++;
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
  ) {
    this.lscores = new Float32Array(labels.length);
    this.rootLabel = labels.indexOf('root');
  }

  /** Best label for the arc h → d in the current state. */
  label(h: number, d: number): number {
    if (h === 0) return this.rootLabel;
    const st = this.state;
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
   * `heads[0..n)` and label ids to `labs[0..n)`.
   */
  parse(lex: readonly Int32Array[], tags: Int32Array, heads: Int32Array, labs: Int32Array): void {
    const st = this.state;
    st.init(lex, tags, this.coarse);
    const sc = this.mscores;
    while (st.b <= st.n) {
      let best = -1, nValid = 0;
      for (let m = 0; m < N_MOVES; m++) if (st.valid(m)) { nValid++; best = m; }
      // Score only when there is a choice (e.g. ROOT alone on the stack with its root taken: SHIFT).
      if (nValid > 1) {
        const n = parseFeatures(st, this.feats);
        sc.fill(0);
        this.moves.score(this.feats, n, sc);
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
