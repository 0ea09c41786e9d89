/**
 * Hashed features of the framing models, shared by inference and training:
 * - span identification (SI): a B/I/O token tagger over words, POS, dependency
 *   relations, a loaded-language lexicon (count-derived in training/framing/learn.ts),
 *   AFINN-165 valence, repetition in the document, the sentence detector's bucket
 *   (./sentence.ts) and the previous tag;
 * - technique classification (TC): one decision per span from its words, head word,
 *   context, length, punctuation, capitalisation, quotation marks, repetition in the
 *   document and lexicon cues.
 * Keys come from src/ml/hash.ts (k1/k2/k3 over template ids and word hashes).
 * @module
 */
import { hashString, k1, k2, k3 } from '../../../ml/hash.js';
import type { TokView } from '../statements/tokview.js';
import { valence } from './tone.js';

/** SI classes: outside, begins a span, inside a span. */
export const O = 0, B = 1, I = 2;
export const SI_CLASSES = 3;

/** Per-document arrays the features read (hashes computed once per token). */
export interface FrameView {
  v: TokView;
  hw: Int32Array;
  hp: Int32Array;
  hsuf: Int32Array;
  hshape: Int32Array;
  hdep: Int32Array;
  /** Loaded-language bucket of each token's lower-cased form (0 unknown, 1..5). */
  lex: Uint8Array;
  /** How often the token's lower-cased form (content words only) occurs in the document, bucketed 0..3. */
  rep: Uint8Array;
  /** Per sentence: the highest lexicon bucket in it, and 1/2 for a sentence ending in '?' / '!'. */
  sentLex: Uint8Array;
  sentEnd: Uint8Array;
  /** 1 when a content token's lower-cased form also occurs in the first sentence (the headline, in news files), outside it. */
  inTitle: Uint8Array;
  /** Tokens to the nearest strongly loaded word (bucket ≥ 3) of the sentence on the left / right, capped at 7 (7 = none). */
  nearL: Uint8Array;
  nearR: Uint8Array;
  /** Per sentence: hash of its root word (dependency root, else its first word). */
  sentRoot: Int32Array;
  /** AFINN-165 valence of each token's lower-cased form (−5..5, 0 unlisted): emotive strength the lexicon of PTC counts misses for rare words. */
  afinn: Int8Array;
  /**
   * Per sentence: bucket of the sentence detector's score (./sentence.ts), 1 = least
   * likely to hold a technique; 0 until {@link sentenceBuckets} (or training) fills it.
   */
  sentBucket: Uint8Array;
  /** Sentence index → first token; `sentStart[s+1]` ends it. */
  sentStart: number[];
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADV']);
const BOS = hashString('<s>'), EOS = hashString('</s>');

/** Builds the {@link FrameView} of a token view; `lexicon` maps lower-cased words to buckets 1..5. */
export function frameView(v: TokView, lexicon: ReadonlyMap<string, number>): FrameView {
  const n = v.n;
  const hw = new Int32Array(n), hp = new Int32Array(n), hsuf = new Int32Array(n), hshape = new Int32Array(n), hdep = new Int32Array(n);
  const lex = new Uint8Array(n), rep = new Uint8Array(n), afinn = new Int8Array(n);
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const w = v.lower[i];
    hw[i] = hashString(w);
    hp[i] = hashString(v.pos[i]);
    hsuf[i] = hashString(w.length > 3 ? w.slice(-3) : w);
    hshape[i] = hashString(v.shape[i]);
    hdep[i] = hashString(v.deprel ? v.deprel[i] : '');
    lex[i] = lexicon.get(w) ?? 0;
    afinn[i] = valence(w);
    if (CONTENT.has(v.pos[i])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (let i = 0; i < n; i++) {
    const c = CONTENT.has(v.pos[i]) ? counts.get(v.lower[i]) ?? 0 : 0;
    rep[i] = c <= 1 ? 0 : c === 2 ? 1 : c <= 4 ? 2 : 3;
  }
  const ns = v.sentStart.length - 1;
  const sentLex = new Uint8Array(Math.max(ns, 0)), sentEnd = new Uint8Array(Math.max(ns, 0));
  for (let s = 0; s < ns; s++) {
    let m = 0;
    for (let i = v.sentStart[s]; i < v.sentStart[s + 1]; i++) if (lex[i] > m) m = lex[i];
    sentLex[s] = m;
    for (let i = v.sentStart[s + 1] - 1; i >= v.sentStart[s]; i--) {
      const w = v.word[i];
      if (w === '?' ) { sentEnd[s] = 1; break; }
      if (w === '!') { sentEnd[s] = 2; break; }
      if (v.shape[i] !== 'p') break;
    }
  }
  const inTitle = new Uint8Array(n);
  if (ns > 1) {
    const title = new Set<string>();
    for (let i = v.sentStart[0]; i < v.sentStart[1]; i++) if (CONTENT.has(v.pos[i])) title.add(v.lower[i]);
    for (let i = v.sentStart[1]; i < n; i++) if (CONTENT.has(v.pos[i]) && title.has(v.lower[i])) inTitle[i] = 1;
  }
  const nearL = new Uint8Array(n).fill(7), nearR = new Uint8Array(n).fill(7);
  const sentRoot = new Int32Array(Math.max(ns, 0));
  for (let s = 0; s < ns; s++) {
    const a = v.sentStart[s], b = v.sentStart[s + 1];
    let d = 7;
    for (let i = a; i < b; i++) { nearL[i] = d; d = lex[i] >= 3 ? 1 : Math.min(7, d + 1); }
    d = 7;
    for (let i = b - 1; i >= a; i--) { nearR[i] = d; d = lex[i] >= 3 ? 1 : Math.min(7, d + 1); }
    let root = a;
    if (v.head) for (let i = a; i < b; i++) if (v.head[i] < 0 && v.shape[i] !== 'p') { root = i; break; }
    sentRoot[s] = b > a ? hw[root] : BOS;
  }
  return { v, hw, hp, hsuf, hshape, hdep, lex, rep, sentLex, sentEnd, inTitle, nearL, nearR, sentRoot, afinn, sentBucket: new Uint8Array(Math.max(ns, 0)), sentStart: v.sentStart };
}

/**
 * Writes the SI features of token `i` (previous tag `prev`) into `out`; returns the count.
 * `out` must hold at least {@link SI_MAX} keys.
 */
export function siFeatures(f: FrameView, i: number, prev: number, out: Int32Array): number {
  const v = f.v, s = v.sent[i];
  const s0 = f.sentStart[s], s1 = f.sentStart[s + 1];
  const w = (j: number) => (j < s0 ? BOS : j >= s1 ? EOS : f.hw[j]);
  const p = (j: number) => (j < s0 ? BOS : j >= s1 ? EOS : f.hp[j]);
  const l = (j: number) => (j < s0 || j >= s1 ? 7 : f.lex[j]);
  let n = 0;
  out[n++] = k1(0, 1);
  out[n++] = k1(1, w(i));
  out[n++] = k1(2, w(i - 1));
  out[n++] = k1(3, w(i + 1));
  out[n++] = k1(4, w(i - 2));
  out[n++] = k1(5, w(i + 2));
  out[n++] = k2(6, w(i - 1), w(i));
  out[n++] = k2(7, w(i), w(i + 1));
  out[n++] = k1(8, p(i));
  out[n++] = k2(9, p(i - 1), p(i));
  out[n++] = k2(10, p(i), p(i + 1));
  out[n++] = k3(11, p(i - 1), p(i), p(i + 1));
  out[n++] = k1(12, f.hsuf[i]);
  out[n++] = k2(13, f.hshape[i], p(i));
  out[n++] = k1(14, l(i));
  out[n++] = k2(15, l(i - 1), l(i));
  out[n++] = k2(16, l(i), l(i + 1));
  out[n++] = k2(17, l(i), p(i));
  out[n++] = k2(18, f.sentLex[s], l(i));
  out[n++] = k2(19, v.quote[i] >= 0 ? 1 : 0, v.mark[i]);
  out[n++] = k2(20, f.sentEnd[s], p(i));
  out[n++] = k1(21, f.hdep[i]);
  const h = v.head ? v.head[i] : -1;
  out[n++] = k2(22, f.hdep[i], h >= 0 ? f.hw[h] : BOS);
  out[n++] = k2(23, h >= 0 ? f.hp[h] : BOS, p(i));
  out[n++] = k2(24, f.rep[i], p(i));
  out[n++] = k1(25, prev);
  out[n++] = k2(26, prev, w(i));
  out[n++] = k2(27, prev, p(i));
  out[n++] = k2(28, prev, l(i));
  const pos = i - s0;
  out[n++] = k2(29, pos > 5 ? 5 : pos, prev);
  const rest = s1 - i;
  out[n++] = k2(30, rest > 5 ? 5 : rest, prev);
  out[n++] = k3(31, prev, p(i), p(i + 1));
  out[n++] = k2(32, f.sentLex[s], prev);
  out[n++] = k3(33, f.nearL[i], f.nearR[i], prev);
  out[n++] = k2(34, f.sentRoot[s], prev);
  out[n++] = k2(35, w(s0), prev);
  out[n++] = k3(36, f.nearL[i] < f.nearR[i] ? f.nearL[i] : f.nearR[i], l(i), p(i));
  // The sentence detector's verdict, alone and with what the tagger weighs most locally.
  const sb = f.sentBucket[s];
  out[n++] = k2(37, sb, prev);
  out[n++] = k3(38, sb, prev, l(i));
  out[n++] = k3(39, sb, prev, p(i));
  out[n++] = k2(40, f.afinn[i], p(i));
  out[n++] = k3(41, f.afinn[i] < 0 ? -1 : f.afinn[i] > 0 ? 1 : 0, prev, sb);
  return n;
}
/** Upper bound on the keys {@link siFeatures} writes. */
export const SI_MAX = 44;

/** Bucket of a count or length on a rough log scale. */
function bucket(x: number): number {
  return x <= 2 ? x : x <= 4 ? 3 : x <= 8 ? 4 : x <= 16 ? 5 : x <= 32 ? 6 : 7;
}

/** Index of the first token ending after `start` (binary search over token ends). */
export function tokenAt(v: TokView, start: number): number {
  let lo = 0, hi = v.n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (v.end[m] <= start) lo = m + 1; else hi = m; }
  return lo;
}

/** Occurrence counts of lower-cased strings in a document, found lazily (shared by a document's spans). */
export class DocText {
  private lowerText: string | undefined;
  private cache = new Map<string, number>();
  constructor(readonly text: string) {}
  /** Occurrences of `s` (lower-cased) in the document text, capped at 8. Linear in the text per distinct string, and only span texts ≤ 60 chars are asked. */
  count(s: string): number {
    const k = s.toLowerCase();
    let c = this.cache.get(k);
    if (c !== undefined) return c;
    this.lowerText ??= this.text.toLowerCase();
    c = 0;
    for (let at = this.lowerText.indexOf(k); at >= 0 && c < 8; at = this.lowerText.indexOf(k, at + k.length)) c++;
    this.cache.set(k, c);
    return c;
  }
}

/**
 * Writes the TC features of the span `[start, end)` (UTF-16) into a new key list.
 * Token range: tokens overlapping the span.
 */
export function tcFeatures(f: FrameView, doc: DocText, start: number, end: number): Int32Array {
  const v = f.v;
  const a = tokenAt(v, start);
  let b = a;
  while (b < v.n && v.start[b] < end) b++;
  const keys: number[] = [k1(40, 1)];
  const len = b - a;
  keys.push(k1(41, bucket(len)));
  keys.push(k1(42, bucket(Math.ceil((end - start) / 8))));
  let q = 0, ex = 0, caps = 0, marks = 0, maxLex = 0, rep = 0, content = 0, title = 0;
  for (let i = a; i < b; i++) {
    keys.push(k1(43, f.hw[i]));
    if (i + 1 < b) keys.push(k2(44, f.hw[i], f.hw[i + 1]));
    const w = v.word[i];
    if (w === '?') q++;
    else if (w === '!') ex++;
    if (v.shape[i] === 'XX' && w.length > 1) caps++;
    if (v.mark[i]) marks++;
    if (f.lex[i] > maxLex) maxLex = f.lex[i];
    if (f.rep[i] > 0) rep++;
    title += f.inTitle[i];
    if (f.rep[i] > 0 || f.lex[i] > 0 || v.pos[i] === 'NOUN' || v.pos[i] === 'ADJ' || v.pos[i] === 'VERB') content++;
    if (f.lex[i] >= 3) keys.push(k2(45, f.lex[i], f.hw[i]));
  }
  if (len > 0) {
    keys.push(k1(46, f.hw[a]));
    keys.push(k1(47, f.hw[b - 1]));
    keys.push(k2(48, f.hp[a], f.hp[b - 1]));
    if (len <= 4) { let h = 7; for (let i = a; i < b; i++) h = k2(49, h, f.hp[i]); keys.push(h); }
    // Head word: the token whose head lies outside the span.
    if (v.head) for (let i = a; i < b; i++) { const h = v.head[i]; if (h < a || h >= b) { keys.push(k1(50, f.hw[i]), k2(51, f.hp[i], f.hdep[i])); break; } }
    const s = v.sent[a], s0 = f.sentStart[s], s1 = f.sentStart[s + 1];
    keys.push(k1(52, a > s0 ? f.hw[a - 1] : BOS));
    keys.push(k1(53, a - 1 > s0 ? f.hw[a - 2] : BOS));
    keys.push(k1(54, b < s1 ? f.hw[b] : EOS));
    keys.push(k2(55, a === s0 ? 1 : 0, b >= s1 - 1 ? 1 : 0));
    keys.push(k1(56, f.sentEnd[s]));
    keys.push(k2(57, v.quote[a] >= 0 ? 1 : 0, marks > 0 ? 1 : 0));
    // Context words of the sentence outside the span (a weaker signal, their own template).
    for (let i = s0; i < s1; i++) if (i < a || i >= b) keys.push(k1(58, f.hw[i]));
  }
  keys.push(k2(59, q > 0 ? 1 : 0, ex > 0 ? 1 : 0));
  keys.push(k1(60, caps > 2 ? 2 : caps));
  keys.push(k1(61, maxLex));
  keys.push(k2(62, bucket(rep), len > 0 ? Math.min(4, Math.round((4 * rep) / len)) : 0));
  const txt = doc.text.slice(start, end);
  const times = txt.length <= 60 ? doc.count(txt) : 1;
  keys.push(k1(63, times));
  keys.push(k2(64, times > 1 ? 1 : 0, bucket(len)));
  keys.push(k1(65, content > 0 ? Math.min(3, Math.round((3 * rep) / content)) : 0));
  keys.push(k2(66, title > 2 ? 2 : title, bucket(len)));
  if (len > 0) { const si = v.sent[a]; keys.push(k1(68, si === 0 ? 0 : si < 3 ? 1 : 2)); }
  // The whole span's words, for short spans: slogans and repeated phrases recur verbatim.
  if (len > 0 && len <= 6) { let h = 11; for (let i = a; i < b; i++) h = k2(67, h, f.hw[i]); keys.push(h); }
  return Int32Array.from(keys);
}
