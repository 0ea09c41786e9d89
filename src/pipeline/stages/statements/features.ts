/**
 * Feature templates of the two attribution models, shared by training
 * (training/attribution/train.ts) and inference (./model.ts) so they cannot drift.
 * Features are integer keys (src/ml/hash.ts k1/k2/k3): template number + parts.
 *
 * 1. Cue tagger: B/I/O over every token (a reporting cue such as `said`, `according to`,
 *    `has long maintained`), from form, light lemma, lexicon kind, UPOS, neighbours,
 *    quotation marks nearby, sentence context and the previous tag.
 * 2. Role tagger: given one cue, O/S/C (source, content) over the tokens of a window
 *    around it, decoded outward from the cue, from each token's position relative to the
 *    cue, quotation membership, punctuation/verbs/cues in between, and the label of the
 *    neighbour nearer the cue — a semantic-role labeller without a parser; with a `dep`
 *    layer it adds the token's path relation to the cue's head.
 * @module
 */
import type { TokView } from './tokview.js';
import { cueKindOf, lemmaOf } from './lexicon.js';
import { hashString, k1, k2, k3 } from '../../../ml/hash.js';

export const CUE_LABELS = ['O', 'B', 'I'];
export const ROLE_LABELS = ['O', 'S', 'C'];

/** Per-document arrays derived once from a {@link TokView}: lemmas, cue kinds and string hashes. */
export interface Derived {
  lemma: string[];
  kind: string[];
  hw: Int32Array; hp: Int32Array; hl: Int32Array; hk: Int32Array; hs: Int32Array; hsuf: Int32Array;
  /**
   * With a `dep` layer (else all 0): the token's relation (hashed, subtype dropped), its
   * head's lemma (hashed), and a bit set of its dependents ({@link DEP_CHILD}).
   */
  hrel: Int32Array; hhead: Int32Array; dch: Int32Array;
}

/** Bits of {@link Derived.dch}: which relations the token's dependents bear. */
export const DEP_CHILD = { ccomp: 1, xcomp: 2, nsubj: 4, obj: 8, that: 16, parataxis: 32, quote: 64, person: 128 } as const;

const BOS = 1, EOS = 2;

interface WordInfo { lemma: string; kind: string; hw: number; hl: number; hk: number; hsuf: number }
/** Per-process cache of word-level values by lower-cased form (bounded: cleared past 200k forms). */
const WORDS = new Map<string, WordInfo>();
const TAGS = new Map<string, number>();

function wordInfo(lower: string): WordInfo {
  let w = WORDS.get(lower);
  if (w) return w;
  const lemma = lemmaOf(lower);
  const kind = cueKindOf(lemma) ?? (lower === 'according' ? 'assertion' : '-');
  w = { lemma, kind, hw: hashString(lower), hl: hashString(lemma), hk: hashString(kind), hsuf: hashString(lower.slice(-3)) };
  if (WORDS.size > 200_000) WORDS.clear();
  WORDS.set(lower, w);
  return w;
}

function tagHash(t: string): number {
  let h = TAGS.get(t);
  if (h === undefined) { h = hashString(t); TAGS.set(t, h); }
  return h;
}

export function derive(v: TokView): Derived {
  const n = v.n;
  const lemma = new Array<string>(n), kind = new Array<string>(n);
  const hw = new Int32Array(n), hp = new Int32Array(n), hl = new Int32Array(n), hk = new Int32Array(n), hs = new Int32Array(n), hsuf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const w = wordInfo(v.lower[i]);
    lemma[i] = w.lemma; kind[i] = w.kind;
    hw[i] = w.hw; hl[i] = w.hl; hk[i] = w.hk; hsuf[i] = w.hsuf;
    hp[i] = tagHash(v.pos[i]); hs[i] = tagHash(v.shape[i]);
  }
  const hrel = new Int32Array(n), hhead = new Int32Array(n), dch = new Int32Array(n);
  if (v.head && v.deprel) {
    const head = v.head, rel = v.deprel;
    for (let i = 0; i < n; i++) {
      const r = rel[i], c = r.indexOf(':'), base = c < 0 ? r : r.slice(0, c);
      hrel[i] = tagHash(base);
      const h = head[i];
      if (h < 0) continue;
      hhead[i] = hl[h];
      let bit = 0;
      if (base === 'ccomp') bit = DEP_CHILD.ccomp;
      else if (base === 'xcomp') bit = DEP_CHILD.xcomp;
      else if (base === 'nsubj') bit = DEP_CHILD.nsubj | (v.pos[i] === 'PROPN' || v.pos[i] === 'PRON' ? DEP_CHILD.person : 0);
      else if (base === 'obj') bit = DEP_CHILD.obj;
      else if (base === 'parataxis') bit = DEP_CHILD.parataxis;
      else if (base === 'mark' && v.lower[i] === 'that' && rel[h] === 'ccomp' && head[h] >= 0) dch[head[h]] |= DEP_CHILD.that;
      // A quotation mark under the token's direct dependent ("said: “…”").
      if ((bit & (DEP_CHILD.ccomp | DEP_CHILD.parataxis)) && v.quote[i] >= 0) bit |= DEP_CHILD.quote;
      dch[h] |= bit;
    }
  }
  return { lemma, kind, hw, hp, hl, hk, hs, hsuf, hrel, hhead, dch };
}

function bsearch(a: number[], x: number): number {
  let lo = 0, hi = a.length - 1;
  while (lo < hi) { const m = (lo + hi + 1) >> 1; if (a[m] <= x) lo = m; else hi = m - 1; }
  return lo;
}

/** Features of token `i` for the cue tagger; `prev` is the previous token's tag index. */
export function cueFeatures(v: TokView, d: Derived, i: number, prev: number, out: number[]): number[] {
  out.length = 0;
  const si = bsearch(v.sentStart, i), s0 = v.sentStart[si], s1 = v.sentStart[si + 1];
  const w = d.hw[i], p = d.hp[i], l = d.hl[i], k = d.hk[i];
  const wm1 = i - 1 >= s0 ? d.hw[i - 1] : BOS, wp1 = i + 1 < s1 ? d.hw[i + 1] : EOS;
  const pm1 = i - 1 >= s0 ? d.hp[i - 1] : BOS, pp1 = i + 1 < s1 ? d.hp[i + 1] : EOS;
  const wm2 = i - 2 >= s0 ? d.hw[i - 2] : BOS, wp2 = i + 2 < s1 ? d.hw[i + 2] : EOS;
  const pm2 = i - 2 >= s0 ? d.hp[i - 2] : BOS, pp2 = i + 2 < s1 ? d.hp[i + 2] : EOS;
  const km1 = i - 1 >= s0 ? d.hk[i - 1] : BOS, kp1 = i + 1 < s1 ? d.hk[i + 1] : EOS;
  out.push(k1(1, 0), k1(2, w), k1(3, l), k1(4, p), k1(5, k), k2(6, k, p), k2(7, d.hs[i], p),
    k1(8, wm1), k1(9, wp1), k1(10, pm1), k1(11, pp1),
    k1(14, wm2), k1(15, wp2), k2(16, pm1, p), k2(17, p, pp1), k3(18, pm2, pm1, p),
    k2(19, wm1, w), k2(20, w, wp1), k2(21, l, pp1),
    k2(23, km1, k), k2(24, k, kp1), k1(25, prev), k2(26, prev, w), k1(28, d.hsuf[i]));
  // Quotation context: inside a quote, and quote marks within three tokens either side
  // ("…,” Kim said" / said: “…").
  const q = v.quote[i] >= 0 ? 1 : 0;
  let left = 0, right = 0;
  for (let j = i - 1; j >= i - 3 && j >= 0; j--) if (v.mark[j] === 2) { left = i - j; break; }
  for (let j = i + 1; j <= i + 3 && j < v.n; j++) if (v.mark[j] === 1) { right = j - i; break; }
  out.push(k1(29, q), k1(30, left), k1(31, right), k2(32, left, k), k2(33, right, k));
  // Sentence context: quotation marks before/after in the sentence, the distance to the
  // sentence end (", he said."), the next verb's lemma ("plans to", "expected to").
  if (i === s0) out.push(k1(35, 0));
  const qb = v.firstMark[si] >= 0 && v.firstMark[si] < i ? 1 : 0;
  const qa = v.lastMark[si] > i ? 1 : 0;
  let nv = 0;
  for (let j = i + 1; j < s1 && j <= i + 4; j++) if (v.pos[j] === 'VERB') { nv = d.hl[j]; break; }
  const toEnd = s1 - 1 - i;
  out.push(k2(36, qb * 2 + qa, k), k2(37, toEnd > 3 ? 4 : toEnd, p), k2(38, l, nv));
  // Syntax (0s without a `dep` layer): a verb with a clausal complement or a quoted
  // parataxis is a reporting verb whatever its lemma ("argued that", "wants to", "wrote: “…”").
  const ch = d.dch[i], rl = d.hrel[i];
  out.push(k1(40, rl), k1(41, ch), k2(42, ch, p), k2(43, ch & 0x73, l), k2(44, rl, p), k2(45, rl, d.hhead[i]), k2(46, l, rl));
  // Inside or outside a quotation, per lemma and frame: a quoted "I think" is the speaker's
  // words (PolNeAR rarely marks it; inference skips it), an unquoted one is a cue.
  out.push(k2(47, q, l), k2(48, q, ch), k2(49, q, w));
  return out;
}

function bucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 10 ? 6 : n <= 20 ? 11 : 21;
}

/** Context of one cue for the role tagger, computed once per cue. */
export interface CueCtx {
  c0: number;
  c1: number;
  /** Lemma of the cue's main word, and its hash. */
  lemma: string;
  hl: number;
  /** Window [lo, hi) of tokens labelled. */
  lo: number;
  hi: number;
  /** Cue tokens of the document (1), this cue's included. */
  isCue: Uint8Array;
  /** Set by the decoder for the current token: commas, verbs, other cues and sentence breaks between it and the cue. */
  cm: number;
  vb: number;
  cu: number;
  sn: number;
  /** While decoding the right side: 2 when the left side got a source, 1 if not; 0 on the left side. */
  leftS: number;
  /** Dependency path relation to the cue head (hashed), when `dep` is present. */
  path?: Int32Array;
  /**
   * The same relative to the cue head's governor when the cue is a participle, conjunct or
   * complement ("Kim said …, adding …": the source hangs from "said"); 0 otherwise.
   */
  path2?: Int32Array;
}

/** Builds the {@link CueCtx} for cue tokens [c0, c1] (inclusive). `isCue[i]` marks every cue token in the document. */
export function cueContext(v: TokView, d: Derived, c0: number, c1: number, isCue: Uint8Array): CueCtx {
  // The window: 60 tokens before and after, within the paragraph and its neighbours
  // ("He said:" ¶ “…” puts the content in the next paragraph).
  const para = v.para[c0];
  let lo = c0, hi = c1 + 1;
  while (lo > 0 && para - v.para[lo - 1] <= 1 && c0 - lo < 60) lo--;
  while (hi < v.n && v.para[hi] - para <= 1 && hi - c1 < 60) hi++;
  const W = hi - lo;
  // Main word of the cue: the last verb, else "according", else the last token.
  let m = c1;
  for (let i = c1; i >= c0; i--) if (v.pos[i] === 'VERB') { m = i; break; }
  if (v.lower[c0] === 'according') m = c0;
  const ctx: CueCtx = { c0, c1, lemma: d.lemma[m], hl: d.hl[m], lo, hi, isCue, cm: 0, vb: 0, cu: 0, sn: 0, leftS: 0 };
  if (v.head && v.deprel) {
    let h = m;
    for (let i = c0; i <= c1; i++) if (v.head[i] < c0 || v.head[i] > c1) { h = i; break; }
    const path = new Int32Array(W);
    for (let i = lo; i < hi; i++) {
      let j = i, rel = '-', steps = 0;
      while (j >= 0 && j !== h && steps < 12) { rel = v.deprel[j]; j = v.head[j]; steps++; }
      path[i - lo] = hashString(j === h ? rel.split(':')[0] : 'x');
    }
    ctx.path = path;
    const hr = v.deprel[h].split(':')[0], g = v.head[h];
    if (g >= 0 && (hr === 'conj' || hr === 'advcl' || hr === 'xcomp' || hr === 'ccomp' || hr === 'parataxis' || hr === 'acl')) {
      const path2 = new Int32Array(W);
      for (let i = lo; i < hi; i++) {
        let j = i, rel = '-', steps = 0;
        while (j >= 0 && j !== g && steps < 12) { rel = v.deprel[j]; j = v.head[j]; steps++; }
        path2[i - lo] = hashString(j === g ? `${hr}>${rel.split(':')[0]}` : 'x');
      }
      ctx.path2 = path2;
    }
  }
  return ctx;
}

/**
 * Features of token `i` (in the window) for the role tagger. Decoding runs outward from
 * the cue on each side, so `prev` is the label index of the neighbour nearer the cue.
 */
export function roleFeatures(v: TokView, d: Derived, c: CueCtx, i: number, prev: number, out: number[]): number[] {
  out.length = 0;
  const k = i - c.lo;
  const rel = i < c.c0 ? 1 : i > c.c1 ? 2 : 3;
  const dist = i < c.c0 ? c.c0 - i : i > c.c1 ? i - c.c1 : 0;
  const rd = rel * 32 + bucket(dist);
  const p = d.hp[i], w = d.hw[i];
  const pm1 = i > c.lo ? d.hp[i - 1] : BOS, pp1 = i + 1 < c.hi ? d.hp[i + 1] : EOS;
  const far = i < c.c0 ? (i > c.lo ? d.hw[i - 1] : BOS) : (i + 1 < c.hi ? d.hw[i + 1] : EOS);
  const cueQ = v.quote[c.c0], tq = v.quote[i];
  const qrel = tq < 0 ? 0 : tq === cueQ ? 1 : 2;
  const cm = Math.min(3, c.cm), vb = Math.min(2, c.vb), cu = Math.min(2, c.cu);
  const sn = Math.min(2, c.sn) + (v.para[i] !== v.para[c.c0] ? 4 : 0);
  const r8 = rel * 8;
  out.push(k1(101, rel), k1(102, rd), k2(103, rd, p), k2(105, rel, w),
    k2(107, prev, p), k2(108, prev, rd), k1(109, r8 + qrel), k2(110, r8 + qrel, prev), k2(111, r8 + qrel, v.mark[i]),
    k1(112, r8 + cm), k1(113, r8 + vb), k1(114, r8 + cu), k1(115, r8 + sn), k2(116, r8 + cm, vb * 4 + prev),
    k3(118, c.hl, rel, p), k2(119, c.hl, rd),
    k3(120, rel, pm1, p), k3(121, rel, p, pp1), k3(123, rel, d.hs[i], prev),
    k2(124, c.isCue[i], prev),
    k3(126, rel, far, prev), k2(128, c.leftS, rd), k3(130, c.leftS, c.hl, bucket(dist)));
  if (dist === 1) out.push(k2(131, rel, w), k3(132, c.hl, rel, w));
  if (c.path) {
    out.push(k1(133, c.path[k]), k2(134, c.path[k], rel), k2(135, c.path[k], prev),
      k2(136, c.path[k], d.hrel[i]), k2(137, c.path[k], r8 + qrel), k2(138, c.path[k], c.hl));
    if (c.path2) out.push(k2(139, c.path2[k], rel), k2(140, c.path2[k], prev));
  }
  return out;
}
