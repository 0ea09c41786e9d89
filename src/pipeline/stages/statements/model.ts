/**
 * Inference with the two trained attribution models (see ./features.ts): tags cues,
 * then labels each cue's source and content tokens. Returns token-level results; the
 * stage turns them into annotations and applies the rule refinements.
 *
 * Model: `models/attribution.bin`, one bundle (src/ml/bundle.ts) with the linear models
 * `cue` and `role`, rebuilt by `npm run train -- attribution` from PolNeAR train on the
 * parses of the shipped syntax model (whose SHA-256 it records).
 * @module
 */
import { linearFromBundle, loadBundle } from '../../../ml/bundle.js';
import type { SparseLinear } from '../../../ml/linear.js';
import { CUE_LABELS, ROLE_LABELS, cueContext, cueFeatures, roleFeatures, type CueCtx, type Derived } from './features.js';
import type { TokView } from './tokview.js';

/** Where the committed model lives (same depth under src/ and dist/). */
export const ATTRIBUTION_MODEL_URL = new URL('../../../../models/attribution.bin', import.meta.url);

/**
 * Version of the feature set in ./features.ts; bump it whenever a feature changes, so an
 * old model is refused instead of misread. 2: keys from src/ml/hash.ts.
 */
export const ATTRIBUTION_FEATURE_VERSION = 2;

/** What scores feature keys: the shipped {@link SparseLinear}, or the averaged perceptron in training. */
export interface Scorer {
  score(feats: Int32Array, n: number, out: Float32Array): void;
}

let keyBuf = new Int32Array(256);

/** Scores the features of `feats` (as built by ./features.ts) into the zeroed `scores`. */
export function scoreFeatures(model: Scorer, feats: readonly number[], scores: Float32Array): Int32Array {
  if (feats.length > keyBuf.length) keyBuf = new Int32Array(feats.length * 2);
  keyBuf.set(feats);
  scores.fill(0);
  model.score(keyBuf, feats.length, scores);
  return keyBuf;
}

/** A raw attribution over token indices (inclusive ranges). */
export interface RawAttribution {
  cue: [number, number];
  /** Lemma of the cue's main word. */
  cueLemma: string;
  source: [number, number] | null;
  /** Content runs in text order. */
  content: [number, number][];
}

/**
 * Added to the B score before the argmax, in tenths of the model's largest weight: the
 * greedy tagger under-predicts the long tail of cues (recall well below precision on
 * PolNeAR), so a small bias trades a little precision for recall. Chosen on 120 train
 * documents held out of training: cue F1 0.759/0.762/0.768/0.768/0.768 for bias
 * 0.5/1/2/3/4; 3 is the middle of the plateau. Set another with the statements stage's
 * `cueBias` option (createStatementsStage) for experiments.
 */
export const DEFAULT_CUE_BIAS = 3;
/** A cue bias in the quantised units of a {@link SparseLinear} (its largest weight is stored as 32767). */
const quantisedBias = (bias: number): number => (bias / 10) * 32767;

/** Reporting verbs whose verbal use is nearly always a cue (see ./lexicon.ts for kinds). */
const STRONG = new Set(('say tell claim report acknowledge warn deny insist maintain note pledge accuse describe thank ' +
  'announce add argue state confirm assert allege admit vow promise reiterate reaffirm stress explain declare').split(' '));


const NEVER_B = new Set(['PRON', 'NUM', 'CCONJ', 'SCONJ', 'SYM', 'X', 'INTJ', 'SPACE', 'PUNCT']);
const CUE_PUNCT = new Set([':', '―', '—', '--', '–']);

const cache = new Map<string, { cue: SparseLinear; role: SparseLinear }>();

/** Loads a model file (default: the committed one) once per process and path (synchronously; about a megabyte). */
export function loadModels(path: string | URL = ATTRIBUTION_MODEL_URL): { cue: SparseLinear; role: SparseLinear } {
  const key = String(path);
  let m = cache.get(key);
  if (!m) {
    const b = loadBundle(path, 'attribution', ATTRIBUTION_FEATURE_VERSION);
    m = { cue: linearFromBundle(b, 'cue'), role: linearFromBundle(b, 'role') };
    cache.set(key, m);
  }
  return m;
}

/**
 * Whether the cue tagger scores token `i` (else it is O). Word classes that almost never
 * begin a cue in PolNeAR train (< 0.3% of B tags) are skipped, and so are words inside
 * quotations (the speaker's; PolNeAR's few nested cues there are not worth the time).
 * Every other word is scored: a gate on word forms seen beginning cues in training cost
 * recall on the long tail of cues ("spelled out", "emphasizes") for little speed. Training
 * updates on the same tokens.
 */
export function scoredToken(v: TokView, i: number, prev: number): boolean {
  if (prev !== 0) return true;
  if (NEVER_B.has(v.pos[i]) && !CUE_PUNCT.has(v.word[i])) return false;
  return !(v.quote[i] >= 0 && v.mark[i] === 0);
}

/**
 * Cue spans as inclusive token ranges, greedy left to right with the previous tag as a
 * feature; `cueBias` (tenths of the largest weight) is added to the B score.
 */
export function tagCues(v: TokView, d: Derived, model: SparseLinear, cueBias = DEFAULT_CUE_BIAS): [number, number][] {
  const biasQ = quantisedBias(cueBias);
  const feats: number[] = [];
  const scores = new Float32Array(CUE_LABELS.length);
  const out: [number, number][] = [];
  let prev = 0;
  for (let i = 0; i < v.n; i++) {
    if (i > 0 && v.sent[i] !== v.sent[i - 1]) prev = 0;
    if (!scoredToken(v, i, prev)) continue;
    cueFeatures(v, d, i, prev, feats);
    scoreFeatures(model, feats, scores);
    scores[1] += biasQ;
    let best = 0;
    for (let k = 1; k < scores.length; k++) {
      if (k === 2 && prev === 0) continue;
      if (scores[k] > scores[best]) best = k;
    }
    // A core reporting verb the model passed over is still a cue ("later reported the full
    // expulsion", ", claiming the offensive …"): the lexicon backs off the learner.
    if (best === 0 && prev === 0 && v.quote[i] < 0 && STRONG.has(d.lemma[i]) && v.pos[i] === 'VERB' && (i === 0 || v.pos[i - 1] !== 'DET')) best = 1;
    if (best === 1) out.push([i, i]);
    else if (best === 2) out[out.length - 1][1] = i;
    prev = best;
  }
  return out;
}

/** Consecutive O labels after which decoding stops on a side (once at least this far from the cue). */
const STOP_AFTER_O = 10;
const STOP_OUTSIDE = 3;

/**
 * Role labels (indices into ROLE_LABELS) for the window of cue context `c`, decoded
 * greedily outward from the cue on each side, left side first. Training passes `choose`
 * (teacher forcing: it updates the model and returns the gold label) and `full` to visit
 * every window token; inference stops a side after {@link STOP_AFTER_O} O labels.
 */
export function decodeRoles(v: TokView, d: Derived, c: CueCtx, model: Scorer,
  feats: number[], scores: Float32Array, choose?: (i: number, best: number, keys: Int32Array) => number, full = false): Uint8Array {
  const labels = new Uint8Array(c.hi - c.lo);
  let hasS = false;
  for (const dir of [-1, 1]) {
    c.leftS = dir < 0 ? 0 : hasS ? 2 : 1;
    let prev = 0, run = 0, sDone = false;
    // Counts of commas, verbs and other cues between the token and the cue, kept while walking outward.
    c.cm = 0; c.vb = 0; c.cu = 0;
    const anchor = dir < 0 ? c.c0 : c.c1;
    for (let i = dir < 0 ? c.c0 - 1 : c.c1 + 1; i >= c.lo && i < c.hi; i += dir) {
      c.sn = dir < 0 ? v.sent[anchor] - v.sent[i] : v.sent[i] - v.sent[anchor];
      roleFeatures(v, d, c, i, prev, feats);
      const w = v.word[i];
      if (w === ',' || w === ';' || w === '—' || w === '--' || w === ':') c.cm++;
      if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') c.vb++;
      if (c.isCue[i]) c.cu++;
      const keys = scoreFeatures(model, feats, scores);
      let best = 0;
      for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
      const lab = choose ? choose(i, best, keys) : best;
      labels[i - c.lo] = lab;
      if (lab === 1 && v.sent[i] === v.sent[c.c0]) hasS = true;
      // A source that has ended is followed by content within a few tokens or not at all.
      if (lab === 0 && prev === 1) sDone = true;
      prev = lab;
      run = lab === 0 ? run + 1 : 0;
      // Stop after a run of O labels, or after a few once the run has left the cue's sentence.
      if (!full && (run >= STOP_AFTER_O || (run >= STOP_OUTSIDE && (sDone || v.sent[i] !== v.sent[c.c0])))) break;
    }
  }
  return labels;
}

/** Source and content for each cue. */
export function tagRoles(v: TokView, d: Derived, cues: [number, number][], model: SparseLinear): RawAttribution[] {
  const isCue = new Uint8Array(v.n);
  for (const [a, b] of cues) for (let i = a; i <= b; i++) isCue[i] = 1;
  const feats: number[] = [];
  const scores = new Float32Array(ROLE_LABELS.length);
  const out: RawAttribution[] = [];
  for (const [c0, c1] of cues) {
    const c = cueContext(v, d, c0, c1, isCue);
    const labels = decodeRoles(v, d, c, model, feats, scores);
    const sRuns: [number, number][] = [], cRuns: [number, number][] = [];
    for (let i = c.lo; i < c.hi; i++) {
      const lab = labels[i - c.lo];
      if (lab === 0) continue;
      const runs = lab === 1 ? sRuns : cRuns;
      const last = runs[runs.length - 1];
      if (last && last[1] === i - 1) last[1] = i; else runs.push([i, i]);
    }
    // The source is one span: the run nearest the cue.
    let source: [number, number] | null = null;
    for (const r of sRuns) {
      const dr = r[1] < c0 ? c0 - r[1] : r[0] - c1;
      const ds = source ? (source[1] < c0 ? c0 - source[1] : source[0] - c1) : Infinity;
      if (dr < ds) source = r;
    }
    // Content runs separated only by a quote mark or comma are one run.
    const content: [number, number][] = [];
    for (const r of cRuns) {
      const last = content[content.length - 1];
      if (last && r[0] - last[1] <= 2 && !(last[1] < c0 && r[0] > c1)) last[1] = r[1];
      else content.push([r[0], r[1]]);
    }
    out.push({ cue: [c0, c1], cueLemma: c.lemma, source, content });
  }
  return out;
}
