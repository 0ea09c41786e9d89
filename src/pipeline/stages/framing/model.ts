/**
 * Inference with the framing models (models/framing.bin, a src/ml bundle rebuilt by
 * `npm run train -- framing` from ../shared/data/ptc train articles): the sentence
 * detector scores each sentence, the SI tagger (reading that score) proposes technique
 * spans, the TC classifier names each span's technique. All are {@link SparseLinear}
 * scorers from src/ml.
 * @module
 */
import type { SparseLinear } from '../../../ml/linear.js';
import { linearFromBundle, loadBundle } from '../../../ml/bundle.js';
import { B, I, O, SI_CLASSES, SI_MAX, siFeatures, tcFeatures, type DocText, type FrameView } from './features.js';

/** The loaded framing models. */
export interface FramingModel {
  /** Sentence detector (./sentence.ts) and the cut points that bucket its margins. */
  sent: SparseLinear;
  sentCuts: number[];
  si: SparseLinear;
  tc: SparseLinear;
  /** TC class names, index = class. */
  techniques: string[];
  /** Loaded-language lexicon: lower-cased word → bucket 1..5. */
  lexicon: Map<string, number>;
  /** Added to the O score before the argmax, in real weight units (the model's config). */
  oBias: number;
  /** Tagged spans of a sentence at most this many tokens apart are joined (the model's config). */
  gap: number;
  header: Record<string, unknown>;
}

/** A proposed technique span: token range [a, b) and its mean B/I margin over O. */
export interface SiSpan { a: number; b: number; margin: number }

/**
 * Version of the feature set in ./features.ts and ./sentence.ts; bump it when features
 * change (old bundles are then refused). 2: sentence detector, AFINN valence.
 */
export const FRAMING_FEATURE_VERSION = 2;
export const FRAMING_MODEL_URL = new URL('../../../../models/framing.bin', import.meta.url);
let loaded: FramingModel | undefined;

/** Loads models/framing.bin once per process. */
export function loadFramingModel(): FramingModel {
  if (loaded) return loaded;
  const b = loadBundle(FRAMING_MODEL_URL, 'framing', FRAMING_FEATURE_VERSION);
  const cfg = b.header.config as { oBias?: number; gap?: number };
  loaded = {
    sent: linearFromBundle(b, 'sent'), sentCuts: b.header.meta.sentenceCuts as number[],
    si: linearFromBundle(b, 'si'), tc: linearFromBundle(b, 'tc'), techniques: b.header.labels.techniques,
    lexicon: new Map(b.header.meta.lexicon as [string, number][]), oBias: cfg.oBias ?? 0, gap: cfg.gap ?? 0, header: b.header as unknown as Record<string, unknown>,
  };
  return loaded;
}

/**
 * Greedy left-to-right B/I/O tagging of every sentence; returns the spans (an I after O
 * opens a span, as a B would). `score(feats, n, out)` is the SI scorer (the trained
 * model, or the perceptron during training); `oBias` is added to the O score, in the
 * scorer's units. Spans of one sentence separated by at most `gap` tokens are joined:
 * the tagger often breaks one technique span at a function word.
 */
export function tagSpans(f: FrameView, score: (feats: Int32Array, n: number, out: Float32Array) => void, oBias: number, gap = 0): SiSpan[] {
  const feats = new Int32Array(SI_MAX), out = new Float32Array(SI_CLASSES);
  const spans: SiSpan[] = [];
  for (let s = 0; s + 1 < f.sentStart.length; s++) {
    const first = spans.length;
    let cur: SiSpan | null = null;
    let prev = O;
    for (let i = f.sentStart[s]; i < f.sentStart[s + 1]; i++) {
      const n = siFeatures(f, i, prev, feats);
      out.fill(0);
      score(feats, n, out);
      out[O] += oBias;
      let t = out[B] > out[O] ? B : O;
      if (out[I] > out[t]) t = I;
      if (t === I && prev === O) t = B;
      const m = Math.max(out[B], out[I]) - out[O];
      if (t === B || t === O) { if (cur) spans.push(cur); cur = null; }
      if (t === B) cur = { a: i, b: i + 1, margin: m };
      else if (t === I && cur) { cur.margin += m; cur.b = i + 1; }
      prev = t;
    }
    if (cur) spans.push(cur);
    // Join close spans of this sentence; margins are summed, then averaged per token.
    let w = first;
    for (let r = first; r < spans.length; r++) {
      const x = spans[r];
      if (w > first && x.a - spans[w - 1].b <= gap) { const y = spans[w - 1]; y.margin += x.margin; y.b = x.b; }
      else spans[w++] = x;
    }
    spans.length = w;
  }
  for (const x of spans) x.margin /= x.b - x.a;
  return spans;
}

/** Technique scores of one span: class index order of `model.techniques`. */
export function classifySpan(tc: SparseLinear, f: FrameView, doc: DocText, start: number, end: number): Float32Array {
  const keys = tcFeatures(f, doc, start, end);
  const out = new Float32Array(tc.nClasses);
  tc.score(keys, keys.length, out);
  return out;
}

/** Logistic squashing of a score margin into a (0, 1) confidence; `scale` sets the slope. */
export function confidence(margin: number, scale: number): number {
  return 1 / (1 + Math.exp(-margin / scale));
}
