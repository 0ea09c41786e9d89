/**
 * The framing learners: a count-derived loaded-language lexicon, the SI B/I/O tagger and
 * the TC span classifier, each trained on a list of prepared PTC articles with the
 * AveragedPerceptron of src/ml. Used by `npm run train -- framing` (all train articles)
 * and by `npm run eval -- propaganda` (each cross-validation fold).
 * @module
 */
import { SparseLinear } from '../../src/ml/linear.js';
import { AveragedPerceptron, shuffledEpochs } from '../../src/ml/train.js';
import { B, I, O, SI_CLASSES, SI_MAX, DocText, frameView, siFeatures, tcFeatures, type FrameView } from '../../src/pipeline/stages/framing/features.js';
import { TECHNIQUES } from '../../src/pipeline/stages/framing/techniques.js';
import { SENT_NO, SENT_YES, marginBucket, sentenceBuckets, sentenceFeatures, sentenceMargin } from '../../src/pipeline/stages/framing/sentence.js';
import type { PreparedArticle } from './prepare.js';

/** Settings of the learners (training/framing/config.json). */
export interface FramingConfig {
  siEpochs: number;
  tcEpochs: number;
  /** SI ensemble size (different article orders, averaged); 1 when absent. */
  siModels?: number;
  /** TC ensemble size (different example orders, averaged). */
  tcModels?: number;
  oBias: number;
  /** Spans of a sentence at most this many tokens apart are joined (see tagSpans). */
  gap: number;
  lexicon: { techniques: string[]; minCount: number; cuts: number[] };
  minWeight: number;
  /** Seed of the example orders (src/ml/train.ts shuffledEpochs); TC ensemble member k uses seed + 1 + k. */
  seed: number;
  /** The sentence detector (src/pipeline/stages/framing/sentence.ts) whose bucketed score the SI tagger reads. */
  sentence: {
    epochs: number;
    /** Cross-fitting folds: the tagger trains on scores of sentences the detector did not see. */
    folds: number;
    /** Quantiles of the held-out scores that cut them into buckets. */
    quantiles: number[];
    /** Seed of inner model k's example order: seed + k. */
    seed: number;
  };
}

/**
 * Loaded-language lexicon: for each lower-cased alphabetic word seen at least `minCount`
 * times, the share of its occurrences inside spans of the lexicon's techniques, cut into
 * buckets 1..5 (words under the first cut are left out). Counts only, no text.
 */
export function buildLexicon(arts: readonly PreparedArticle[], cfg: FramingConfig['lexicon']): Map<string, number> {
  const total = new Map<string, number>(), inside = new Map<string, number>();
  const want = new Set(cfg.techniques);
  for (const p of arts) {
    const spans = p.art.spans.filter((s) => want.has(s.technique));
    const v = p.v;
    let lo = 0;
    for (let i = 0; i < v.n; i++) {
      const w = v.lower[i];
      if (!/^\p{L}[\p{L}'-]*$/u.test(w)) continue;
      total.set(w, (total.get(w) ?? 0) + 1);
      while (lo < spans.length && spans[lo].end <= v.start[i]) lo++;
      let hit = false;
      for (let k = lo; k < spans.length && spans[k].start < v.end[i]; k++) if (spans[k].end > v.start[i]) { hit = true; break; }
      if (hit) inside.set(w, (inside.get(w) ?? 0) + 1);
    }
  }
  const lex = new Map<string, number>();
  for (const [w, c] of [...total].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c < cfg.minCount) continue;
    const r = (inside.get(w) ?? 0) / (c + 1);
    let b = 0;
    for (let k = 0; k < cfg.cuts.length; k++) if (r >= cfg.cuts[k]) b = k + 1;
    if (b > 0) lex.set(w, b);
  }
  return lex;
}

/**
 * Trains the SI tagger (greedy, on its own predicted history): `cfg.siModels` perceptrons
 * over different (seeded) article orders, averaged into one table like TC's ensemble.
 */
export function trainSi(arts: readonly PreparedArticle[], views: readonly FrameView[], cfg: FramingConfig): SparseLinear {
  const n = Math.max(1, cfg.siModels ?? 1);
  // Member 0 keeps the single model's seed, so siModels 1 trains the model it always did.
  const models = Array.from({ length: n }, (_, k) => trainSiOne(arts, views, cfg, k === 0 ? cfg.seed : cfg.seed + 100 + k));
  return n === 1 ? models[0] : SparseLinear.mean(models);
}

function trainSiOne(arts: readonly PreparedArticle[], views: readonly FrameView[], cfg: FramingConfig, seed: number): SparseLinear {
  const ap = new AveragedPerceptron(SI_CLASSES);
  const feats = new Int32Array(SI_MAX), out = new Float32Array(SI_CLASSES);
  const idx = arts.map((_, i) => i);
  for (const { order } of shuffledEpochs(idx, cfg.siEpochs, seed)) {
    for (const d of order) {
      const f = views[d], gold = arts[d].gold;
      for (let s = 0; s + 1 < f.sentStart.length; s++) {
        let prev = O;
        for (let i = f.sentStart[s]; i < f.sentStart[s + 1]; i++) {
          const n = siFeatures(f, i, prev, feats);
          out.fill(0);
          ap.score(feats, n, out);
          let t = out[B] > out[O] ? B : O;
          if (out[I] > out[t]) t = I;
          const g = gold[i];
          if (t !== g) ap.update(feats, n, g, t);
          ap.c++;
          prev = t === I && prev === O ? B : t;
        }
      }
    }
  }
  return ap.finish(cfg.minWeight);
}

/** One TC training/eval instance: the span's features and its gold technique indices. */
export interface TcInstance { keys: Int32Array; gold: number[]; art: number; start: number; end: number }

/** TC instances of the articles: one per distinct span (a span with two techniques has both as gold). */
export function tcInstances(arts: readonly PreparedArticle[], views: readonly FrameView[]): TcInstance[] {
  const out: TcInstance[] = [];
  arts.forEach((p, a) => {
    const dt = new DocText(p.art.text);
    const bySpan = new Map<string, TcInstance>();
    for (const s of p.art.spans) {
      const key = `${s.start}:${s.end}`;
      const t = TECHNIQUES.indexOf(s.technique as (typeof TECHNIQUES)[number]);
      if (t < 0) continue;
      let inst = bySpan.get(key);
      if (!inst) { inst = { keys: tcFeatures(views[a], dt, s.start, s.end), gold: [], art: a, start: s.start, end: s.end }; bySpan.set(key, inst); out.push(inst); }
      inst.gold.push(t);
    }
  });
  return out;
}

/**
 * Trains the TC classifier: `cfg.tcModels` perceptrons over different (seeded) example orders,
 * averaged into one table (for linear scorers the mean equals summing their scores).
 */
export function trainTc(insts: readonly TcInstance[], cfg: FramingConfig): SparseLinear {
  const n = Math.max(1, cfg.tcModels ?? 1);
  const models = Array.from({ length: n }, (_, k) => trainTcOne(insts, cfg, k));
  return n === 1 ? models[0] : SparseLinear.mean(models);
}

/** One TC perceptron: each instance is updated toward its best-scoring gold technique. */
function trainTcOne(insts: readonly TcInstance[], cfg: FramingConfig, variant: number): SparseLinear {
  const C = TECHNIQUES.length;
  const ap = new AveragedPerceptron(C);
  const out = new Float32Array(C);
  for (const { order } of shuffledEpochs(insts, cfg.tcEpochs, cfg.seed + 1 + variant)) {
    for (const x of order) {
      out.fill(0);
      ap.score(x.keys, x.keys.length, out);
      let best = 0;
      for (let c = 1; c < C; c++) if (out[c] > out[best]) best = c;
      if (!x.gold.includes(best)) {
        let g = x.gold[0];
        for (const c of x.gold) if (out[c] > out[g]) g = c;
        ap.update(x.keys, x.keys.length, g, best);
      }
      ap.c++;
    }
  }
  return ap.finish(cfg.minWeight);
}

/** Framing views of prepared articles under a lexicon. */
export function viewsOf(arts: readonly PreparedArticle[], lex: ReadonlyMap<string, number>): FrameView[] {
  return arts.map((p) => frameView(p.v, lex));
}

/** Sentence detector instances of one article: each sentence's gold (whether any token of it is inside a span). */
function sentenceGold(p: PreparedArticle, f: FrameView): Uint8Array {
  const ns = f.sentStart.length - 1;
  const out = new Uint8Array(Math.max(ns, 0));
  for (let s = 0; s < ns; s++) for (let i = f.sentStart[s]; i < f.sentStart[s + 1]; i++) if (p.gold[i] !== O) { out[s] = SENT_YES; break; }
  return out;
}

/** Trains one sentence detector (binary averaged perceptron) on the sentences of `arts`. */
export function trainSentence(arts: readonly PreparedArticle[], views: readonly FrameView[], cfg: FramingConfig['sentence'], seed: number): SparseLinear {
  const items: { keys: Int32Array; gold: number }[] = [];
  const scratch: number[] = [];
  arts.forEach((p, a) => {
    const f = views[a], gold = sentenceGold(p, f);
    for (let s = 0; s < gold.length; s++) items.push({ keys: Int32Array.from(sentenceFeatures(f, s, scratch)), gold: gold[s] });
  });
  const ap = new AveragedPerceptron(2);
  const out = new Float32Array(2);
  for (const { order } of shuffledEpochs(items, cfg.epochs, seed)) {
    for (const x of order) {
      const pred = ap.predict(x.keys, x.keys.length, out) === SENT_YES ? SENT_YES : SENT_NO;
      ap.learn(x.keys, x.keys.length, x.gold, pred);
    }
  }
  return ap.finish(1e-6);
}

/** The trained detector: the mean of the cross-fitted models, and the bucket cut points. */
export interface SentenceDetector { model: SparseLinear; cuts: number[] }

/**
 * Cross-fits the sentence detector over `arts` (article k in inner fold k mod folds):
 * each inner model scores the articles it was not trained on, those held-out scores set
 * `sentBucket` of `views` (so the tagger trains on scores as it will meet them on new
 * text) and give the quantile cut points. The detector returned for new text is the mean
 * of the inner models: each was trained on the same share of the data as the scores
 * the cuts came from, so its scores are on the same scale (a model trained on all of it
 * would score more confidently than the tagger learnt to expect).
 */
export function crossFitSentence(arts: readonly PreparedArticle[], views: readonly FrameView[], cfg: FramingConfig['sentence']): SentenceDetector {
  const K = cfg.folds;
  const models: SparseLinear[] = [];
  const margins: number[][] = arts.map(() => []);
  for (let k = 0; k < K; k++) {
    const tr = arts.filter((_, i) => i % K !== k), trv = views.filter((_, i) => i % K !== k);
    const m = trainSentence(tr, trv, cfg, cfg.seed + k);
    models.push(m);
    arts.forEach((_, i) => {
      if (i % K !== k) return;
      const f = views[i];
      for (let s = 0; s + 1 < f.sentStart.length; s++) margins[i].push(sentenceMargin(m, f, s));
    });
  }
  const all = margins.flat().sort((x, y) => x - y);
  const cuts = cfg.quantiles.map((q) => (all.length ? all[Math.min(all.length - 1, Math.floor(q * all.length))] : 0));
  views.forEach((f, i) => margins[i].forEach((m, s) => { f.sentBucket[s] = marginBucket(m, cuts); }));
  return { model: SparseLinear.mean(models), cuts };
}

/** Fills the sentence buckets of `views` (new text) with a trained detector. */
export function applySentence(views: readonly FrameView[], det: SentenceDetector): void {
  for (const f of views) sentenceBuckets(f, det.model, det.cuts);
}
