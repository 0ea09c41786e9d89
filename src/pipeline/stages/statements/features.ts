/**
 * Feature templates of the two attribution models, shared by training
 * (src/models/attribution/train.ts) and inference (./model.ts) so they cannot drift.
 *
 * 1. Cue tagger: B/I/O over every token (a reporting cue such as `said`, `according to`,
 *    `has long maintained`), from form, light lemma, lexicon kind, UPOS, neighbours,
 *    quotation marks nearby and the previous tag.
 * 2. Role tagger: given one cue, B/I/O for source (S) and content (C) over the tokens of
 *    the cue's paragraph window, from each token's position relative to the cue,
 *    quotation membership, punctuation/verbs/cues in between, and the previous label —
 *    a semantic-role labeller without a parser; with a `dep` layer it adds the token's
 *    path relation to the cue's head.
 * @module
 */
import type { TokView } from './tokview.js';
import { cueKindOf, lemmaOf } from './lexicon.js';

export const CUE_LABELS = ['O', 'B', 'I'];
export const ROLE_LABELS = ['O', 'S', 'C'];

/** Per-document arrays derived once from a {@link TokView}. */
export interface Derived {
  lemma: string[];
  kind: string[];
}

export function derive(v: TokView): Derived {
  const lemma = new Array<string>(v.n), kind = new Array<string>(v.n);
  for (let i = 0; i < v.n; i++) {
    lemma[i] = lemmaOf(v.lower[i]);
    kind[i] = cueKindOf(lemma[i]) ?? (v.lower[i] === 'according' ? 'assertion' : '-');
  }
  return { lemma, kind };
}


/** Features of token `i` for the cue tagger; `prev` is the previous token's tag. */
export function cueFeatures(v: TokView, d: Derived, i: number, prev: string, out: string[]): string[] {
  out.length = 0;
  const w = v.lower[i], p = v.pos[i], l = d.lemma[i];
  const sameSent = (j: number) => j >= 0 && j < v.n && v.sent[j] === v.sent[i];
  const wm1 = sameSent(i - 1) ? v.lower[i - 1] : '<s>', wp1 = sameSent(i + 1) ? v.lower[i + 1] : '</s>';
  const pm1 = sameSent(i - 1) ? v.pos[i - 1] : '<s>', pp1 = sameSent(i + 1) ? v.pos[i + 1] : '</s>';
  const wm2 = sameSent(i - 2) ? v.lower[i - 2] : '<s>', wp2 = sameSent(i + 2) ? v.lower[i + 2] : '</s>';
  const pm2 = sameSent(i - 2) ? v.pos[i - 2] : '<s>', pp2 = sameSent(i + 2) ? v.pos[i + 2] : '</s>';
  const k = d.kind[i];
  out.push('b', 'w=' + w, 'l=' + l, 'p=' + p, 'k=' + k, 'kp=' + k + p, 'sh=' + v.shape[i] + p,
    'w-1=' + wm1, 'w+1=' + wp1, 'p-1=' + pm1, 'p+1=' + pp1, 'p-2=' + pm2, 'p+2=' + pp2,
    'w-2=' + wm2, 'w+2=' + wp2, 'p-1p=' + pm1 + p, 'pp+1=' + p + pp1, 'p-2p-1p=' + pm2 + pm1 + p,
    'w-1w=' + wm1 + '_' + w, 'ww+1=' + w + '_' + wp1, 'lp+1=' + l + '_' + pp1, 'p-1l=' + pm1 + '_' + l,
    'k-1=' + (sameSent(i - 1) ? d.kind[i - 1] : '<s>') + k, 'k+1=' + k + (sameSent(i + 1) ? d.kind[i + 1] : '</s>'),
    't-1=' + prev, 't-1w=' + prev + w, 't-1p=' + prev + p, 'suf=' + w.slice(-3),
  );
  // Quotation context: inside a quote, and quote marks within two tokens either side
  // ("…,” Kim said" / said: “…").
  const q = v.quote[i] >= 0 ? 1 : 0;
  let left = 0, right = 0;
  for (let j = i - 1; j >= i - 3 && j >= 0; j--) if (v.mark[j] === 2) { left = i - j; break; }
  for (let j = i + 1; j <= i + 3 && j < v.n; j++) if (v.mark[j] === 1) { right = j - i; break; }
  out.push('q=' + q, 'ql=' + left, 'qr=' + right, 'qlk=' + left + k, 'qrk=' + right + k, 'qp=' + q + p);
  if (i === v.sentStart[bsearch(v.sentStart, i)]) out.push('first');
  return out;
}

function bsearch(a: number[], x: number): number {
  let lo = 0, hi = a.length - 1;
  while (lo < hi) { const m = (lo + hi + 1) >> 1; if (a[m] <= x) lo = m; else hi = m - 1; }
  return lo;
}

function bucket(n: number): string {
  return n <= 3 ? String(n) : n <= 5 ? '4' : n <= 10 ? '6' : n <= 20 ? '11' : '21';
}

/** Context of one cue for the role tagger, computed once per cue. */
export interface CueCtx {
  c0: number;
  c1: number;
  /** Lemma of the cue's main word. */
  lemma: string;
  /** Window [lo, hi) of tokens labelled. */
  lo: number;
  hi: number;
  /** Other cues' tokens (1) in the window, to block crossing. */
  otherCue: Uint8Array;
  /** Per window token: counts between it and the cue. */
  commas: Int32Array;
  verbs: Int32Array;
  cues: Int32Array;
  sents: Int32Array;
  /** Dependency path relation to the cue head, when `dep` is present. */
  path?: string[];
}

/** Builds the {@link CueCtx} for cue tokens [c0, c1] (inclusive). `isCue[i]` marks every cue token in the document. */
export function cueContext(v: TokView, d: Derived, c0: number, c1: number, isCue: Uint8Array): CueCtx {
  // The window: 70 tokens before and after, within the paragraph and its neighbours
  // ("He said:" ¶ “…” puts the content in the next paragraph).
  const para = v.para[c0];
  let lo = c0, hi = c1 + 1;
  while (lo > 0 && para - v.para[lo - 1] <= 1 && c0 - lo < 70) lo--;
  while (hi < v.n && v.para[hi] - para <= 1 && hi - c1 < 70) hi++;
  const W = hi - lo;
  const commas = new Int32Array(W), verbs = new Int32Array(W), cues = new Int32Array(W), sents = new Int32Array(W);
  const otherCue = new Uint8Array(W);
  for (let i = lo; i < hi; i++) if (isCue[i] && (i < c0 || i > c1)) otherCue[i - lo] = 1;
  // Running counts outward from the cue.
  let cm = 0, vb = 0, cu = 0;
  for (let i = c0 - 1; i >= lo; i--) {
    commas[i - lo] = cm; verbs[i - lo] = vb; cues[i - lo] = cu; sents[i - lo] = v.sent[c0] - v.sent[i];
    const w = v.word[i];
    if (w === ',' || w === ';' || w === '—' || w === '--' || w === ':') cm++;
    if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') vb++;
    if (otherCue[i - lo]) cu++;
  }
  cm = 0; vb = 0; cu = 0;
  for (let i = c1 + 1; i < hi; i++) {
    commas[i - lo] = cm; verbs[i - lo] = vb; cues[i - lo] = cu; sents[i - lo] = v.sent[i] - v.sent[c1];
    const w = v.word[i];
    if (w === ',' || w === ';' || w === '—' || w === '--' || w === ':') cm++;
    if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') vb++;
    if (otherCue[i - lo]) cu++;
  }
  // Main word of the cue: the last verb, else "according", else the last token.
  let m = c1;
  for (let i = c1; i >= c0; i--) if (v.pos[i] === 'VERB') { m = i; break; }
  if (v.lower[c0] === 'according') m = c0;
  const ctx: CueCtx = { c0, c1, lemma: d.lemma[m], lo, hi, otherCue, commas, verbs, cues, sents };
  if (v.head && v.deprel) {
    // The cue head: a cue token whose head lies outside the cue.
    let h = m;
    for (let i = c0; i <= c1; i++) if (v.head[i] < c0 || v.head[i] > c1) { h = i; break; }
    const path = new Array<string>(W).fill('-');
    for (let i = lo; i < hi; i++) {
      let j = i, rel = '-', steps = 0;
      while (j >= 0 && j !== h && steps < 12) { rel = v.deprel[j]; j = v.head[j]; steps++; }
      path[i - lo] = j === h ? rel.split(':')[0] : 'x';
    }
    ctx.path = path;
  }
  return ctx;
}

/**
 * Features of token `i` (in the window) for the role tagger. Decoding runs outward from
 * the cue on each side, so `prev` is the label of the neighbour nearer the cue and
 * `far` the token beyond `i` (away from the cue).
 */
export function roleFeatures(v: TokView, c: CueCtx, i: number, prev: string, out: string[]): string[] {
  out.length = 0;
  const k = i - c.lo;
  const rel = i < c.c0 ? 'L' : i > c.c1 ? 'R' : 'C';
  const dist = i < c.c0 ? c.c0 - i : i > c.c1 ? i - c.c1 : 0;
  const db = bucket(dist);
  const p = v.pos[i], w = v.lower[i];
  const pm1 = i > c.lo ? v.pos[i - 1] : '<w>', pp1 = i + 1 < c.hi ? v.pos[i + 1] : '</w>';
  const far = i < c.c0 ? (i > c.lo ? v.lower[i - 1] : '<w>') : (i + 1 < c.hi ? v.lower[i + 1] : '</w>');
  const rd = rel + db;
  const cueQ = v.quote[c.c0], tq = v.quote[i];
  const qrel = tq < 0 ? 'n' : tq === cueQ ? 's' : 'q';
  const cm = rel === 'C' ? '0' : String(Math.min(3, c.commas[k]));
  const vb = rel === 'C' ? '0' : String(Math.min(2, c.verbs[k]));
  const cu = rel === 'C' ? '0' : String(Math.min(2, c.cues[k]));
  const sn = String(Math.min(2, c.sents[k])) + (v.para[i] !== v.para[c.c0] ? 'P' : '');
  out.push('b' + rel, 'rd=' + rd, 'rdp=' + rd + p, 'rp=' + rel + p, 'rw=' + rel + w, 'rt=' + rel + prev,
    'tp=' + prev + p, 'trd=' + prev + rd, 'rq=' + rel + qrel, 'rqt=' + rel + qrel + prev, 'rqm=' + rel + qrel + v.mark[i],
    'rc=' + rel + cm, 'rv=' + rel + vb, 'ru=' + rel + cu, 'rs=' + rel + sn, 'rcv=' + rel + cm + vb + prev,
    'cl=' + c.lemma + rel, 'clp=' + c.lemma + rel + p, 'cld=' + c.lemma + rd,
    'ppp=' + rel + pm1 + p, 'pp1=' + rel + p + pp1, 'tpp1=' + prev + p + pp1, 'sh=' + rel + v.shape[i] + prev,
    'oc=' + c.otherCue[k] + prev, 'rsq=' + rel + sn + qrel);
  if (dist === 1) out.push('adj=' + rel + w, 'adjc=' + c.lemma + rel + w);
  out.push('far=' + rel + far + prev, 'farw=' + rel + far + w);
  if (c.path) out.push('dp=' + c.path[k], 'dpr=' + c.path[k] + rel, 'dpt=' + c.path[k] + prev);
  return out;
}
