/**
 * The sentence detector of the framing models: does this sentence hold any propaganda
 * span? A two-class linear scorer over the whole sentence (its words and word pairs, the
 * loaded-language lexicon, AFINN-165 valence strength, punctuation, quotation marks,
 * position, repetition). The span tagger sees only a few tokens around each word; this
 * score gives it the sentence-wide evidence, as one bucketed feature (see
 * {@link sentenceBuckets}, read by `siFeatures` in ./features.ts).
 *
 * The bucket is the score's rank among held-out training scores: the quantile cut
 * points (`cuts`) are stored with the model, so the bucket means the same at inference
 * as in training, where the tagger read scores of sentences the detector had not seen.
 * @module
 */
import { k1, k2 } from '../../../ml/hash.js';
import type { SparseLinear } from '../../../ml/linear.js';
import type { FrameView } from './features.js';

/** Sentence detector classes: no technique span in the sentence / at least one. */
export const SENT_NO = 0, SENT_YES = 1;

/** Bucket of a count on a rough log scale (0, 1, 2, 3–4, 5–8, 9–16, 17+). */
function logBucket(x: number): number {
  return x <= 2 ? x : x <= 4 ? 3 : x <= 8 ? 4 : x <= 16 ? 5 : 6;
}

/**
 * The feature keys of sentence `s` of a framing view (appended to `out`, which is
 * cleared first). Templates 90–109; they never meet the tagger's templates (another model).
 */
export function sentenceFeatures(f: FrameView, s: number, out: number[]): number[] {
  out.length = 0;
  const v = f.v, a = f.sentStart[s], b = f.sentStart[s + 1];
  out.push(k1(90, 1));
  let strong = 0, veryStrong = 0, neg = 0, pos = 0, maxVal = 0, caps = 0, rep = 0, title = 0, adj = 0, bang = 0, marks = 0, quoted = 0;
  for (let i = a; i < b; i++) {
    out.push(k1(91, f.hw[i]));
    if (i + 1 < b) out.push(k2(92, f.hw[i], f.hw[i + 1]));
    if (f.lex[i] >= 3) strong++;
    if (f.lex[i] >= 4) veryStrong++;
    const val = f.afinn[i];
    if (val < 0) neg++; else if (val > 0) pos++;
    if (Math.abs(val) > maxVal) maxVal = Math.abs(val);
    if (v.shape[i] === 'XX' && v.word[i].length > 1) caps++;
    if (f.rep[i] > 0) rep++;
    title += f.inTitle[i];
    if (v.pos[i] === 'ADJ') adj++;
    if (v.word[i] === '!') bang++;
    if (v.mark[i]) marks++;
    if (v.quote[i] >= 0) quoted++;
  }
  const len = b - a;
  out.push(k1(93, f.sentLex[s]));
  out.push(k2(94, Math.min(strong, 4), Math.min(veryStrong, 3)));
  out.push(k1(95, maxVal));
  out.push(k2(96, Math.min(neg, 4), Math.min(pos, 4)));
  out.push(k1(97, f.sentEnd[s]));
  out.push(k1(98, logBucket(len)));
  out.push(k2(99, marks > 0 ? 1 : 0, quoted === 0 ? 0 : quoted === len ? 2 : 1));
  if (len > 0) out.push(k1(100, f.hw[a]), k1(101, f.sentRoot[s]));
  out.push(k1(102, s === 0 ? 0 : s < 3 ? 1 : 2));
  out.push(k1(103, Math.min(caps, 3)));
  out.push(k2(104, logBucket(rep), logBucket(len)));
  out.push(k1(105, Math.min(title, 3)));
  out.push(k2(106, logBucket(adj), logBucket(len)));
  out.push(k1(107, Math.min(bang, 2)));
  return out;
}

/** The detector's margin (YES − NO, real weight units) for sentence `s`. */
export function sentenceMargin(model: SparseLinear, f: FrameView, s: number, scratch: number[] = []): number {
  const keys = Int32Array.from(sentenceFeatures(f, s, scratch));
  const out = new Float32Array(model.nClasses);
  model.score(keys, keys.length, out);
  return (out[SENT_YES] - out[SENT_NO]) * model.scale;
}

/** Bucket 1..cuts.length+1 of a margin: 1 + the number of cut points at or below it (0 is left for "not scored"). */
export function marginBucket(margin: number, cuts: readonly number[]): number {
  let k = 0;
  while (k < cuts.length && margin >= cuts[k]) k++;
  return k + 1;
}

/** Scores every sentence of `f` with the detector and stores its bucket in `f.sentBucket`. */
export function sentenceBuckets(f: FrameView, model: SparseLinear, cuts: readonly number[]): void {
  const scratch: number[] = [];
  for (let s = 0; s < f.sentBucket.length; s++) f.sentBucket[s] = marginBucket(sentenceMargin(model, f, s, scratch), cuts);
}
