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
import type { PreparedArticle } from './prepare.js';

/** Settings of the learners (training/framing/config.json). */
export interface FramingConfig {
  siEpochs: number;
  tcEpochs: number;
  /** TC ensemble size (different example orders, averaged). */
  tcModels?: number;
  oBias: number;
  /** Spans of a sentence at most this many tokens apart are joined (see tagSpans). */
  gap: number;
  lexicon: { techniques: string[]; minCount: number; cuts: number[] };
  minWeight: number;
  /** Seed of the example orders (src/ml/train.ts shuffledEpochs); TC ensemble member k uses seed + 1 + k. */
  seed: number;
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

/** Trains the SI tagger (greedy, on its own predicted history). */
export function trainSi(arts: readonly PreparedArticle[], views: readonly FrameView[], cfg: FramingConfig): SparseLinear {
  const ap = new AveragedPerceptron(SI_CLASSES);
  const feats = new Int32Array(SI_MAX), out = new Float32Array(SI_CLASSES);
  const idx = arts.map((_, i) => i);
  for (const { order } of shuffledEpochs(idx, cfg.siEpochs, cfg.seed)) {
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
