/**
 * A multi-class averaged perceptron over integer feature keys (Collins 2002; the lazy
 * averaging bookkeeping of Honnibal's tagger). Inference uses an open-addressing table
 * (Int32Array keys → row of a Float32Array), so scoring allocates nothing. The model
 * file is gzipped JSON `{ header, labels, keys, weights }`, weights quantised to
 * thousandths after rescaling the largest to ±10.
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * A trained, averaged model for inference. Keys and their quantised weights sit side by
 * side in one Int32Array (stride 1 + labels), so a lookup touches one cache line.
 */
export class PerceptronModel {
  private readonly mask: number;
  private readonly table: Int32Array;
  private readonly stride: number;
  readonly size: number;

  /** `weights`: row-major, `labels.length` per key, in thousandths. */
  constructor(readonly labels: string[], keys: ArrayLike<number>, weights: ArrayLike<number>) {
    const n = keys.length, L = labels.length;
    let cap = 1;
    while (cap < n * 1.5) cap <<= 1;
    this.mask = cap - 1;
    this.stride = L + 1;
    this.table = new Int32Array(cap * this.stride).fill(-1);
    for (let r = 0; r < n; r++) {
      let s = keys[r] & this.mask;
      while (this.table[s * this.stride] !== -1) s = (s + 1) & this.mask;
      const o = s * this.stride;
      this.table[o] = keys[r];
      for (let j = 0; j < L; j++) this.table[o + 1 + j] = weights[r * L + j];
    }
    this.size = n;
  }

  /** Adds the weights (in thousandths) of `feats` into `scores` (length = labels.length, zeroed by the caller). */
  score(feats: readonly number[], scores: Float64Array): Float64Array {
    const L = this.labels.length, table = this.table, mask = this.mask, st = this.stride;
    for (let f = 0; f < feats.length; f++) {
      const k = feats[f];
      let s = k & mask;
      for (;;) {
        const o = s * st;
        const t = table[o];
        if (t === k) {
          for (let j = 0; j < L; j++) scores[j] += table[o + 1 + j];
          break;
        }
        if (t === -1) break;
        s = (s + 1) & mask;
      }
    }
    return scores;
  }

  /**
   * Serialises to gzipped JSON (`header` is stored verbatim, e.g. the rebuild command).
   * Features whose largest weight is below 0.4 (on the ±10 scale) are dropped: on PolNeAR
   * dev that halves the model with no loss, and a smaller table means fewer cache misses.
   */
  static toBuffer(labels: string[], weights: Map<number, Float32Array>, header: Record<string, unknown>): Buffer {
    const keys: number[] = [], ws: number[] = [];
    for (const [k, w] of weights) {
      const q = Array.from(w, (x) => Math.round(x * 1000));
      if (!q.some((x) => Math.abs(x) >= PRUNE_BELOW)) continue;
      keys.push(k);
      for (const x of q) ws.push(x);
    }
    return gzipSync(JSON.stringify({ header, labels, keys, weights: ws }), { level: 9 });
  }

  /** The header stored with a model file. */
  static header(buf: Buffer): Record<string, unknown> {
    return (JSON.parse(gunzipSync(buf).toString('utf8')) as { header: Record<string, unknown> }).header;
  }

  /** Re-serialises a model file with pruning applied (weights are already in thousandths). */
  static prune(buf: Buffer): Buffer {
    const o = JSON.parse(gunzipSync(buf).toString('utf8')) as { header: Record<string, unknown>; labels: string[]; keys: number[]; weights: number[] };
    const L = o.labels.length, m = new Map<number, Float32Array>();
    o.keys.forEach((k, r) => m.set(k, Float32Array.from(o.weights.slice(r * L, r * L + L), (x) => x / 1000)));
    return PerceptronModel.toBuffer(o.labels, m, o.header);
  }

  static fromBuffer(buf: Buffer): PerceptronModel {
    const o = JSON.parse(gunzipSync(buf).toString('utf8')) as { labels: string[]; keys: number[]; weights: number[] };
    return new PerceptronModel(o.labels, o.keys, o.weights);
  }
}

/** Pruning threshold in thousandths (see {@link PerceptronModel.toBuffer}). */
const PRUNE_BELOW = 400;

/** The trainer: current weights, accumulated totals and last-update timestamps per weight. */
export class PerceptronTrainer {
  private w = new Map<number, Float64Array>();
  private tot = new Map<number, Float64Array>();
  private ts = new Map<number, Float64Array>();
  private t = 0;
  constructor(readonly labels: string[]) {}

  score(feats: readonly number[], scores: Float64Array): Float64Array {
    for (const f of feats) {
      const w = this.w.get(f);
      if (!w) continue;
      for (let k = 0; k < w.length; k++) scores[k] += w[k];
    }
    return scores;
  }

  /** One training step: when `pred !== gold`, moves weights towards gold. Counts one instance. */
  update(feats: readonly number[], gold: number, pred: number): void {
    this.t++;
    if (gold === pred) return;
    const L = this.labels.length;
    for (const f of feats) {
      let w = this.w.get(f);
      if (!w) {
        w = new Float64Array(L); this.w.set(f, w);
        this.tot.set(f, new Float64Array(L)); this.ts.set(f, new Float64Array(L));
      }
      const tot = this.tot.get(f)!, ts = this.ts.get(f)!;
      tot[gold] += (this.t - ts[gold]) * w[gold]; ts[gold] = this.t; w[gold] += 1;
      tot[pred] += (this.t - ts[pred]) * w[pred]; ts[pred] = this.t; w[pred] -= 1;
    }
  }

  /** The averaged weights, rescaled so the largest is ±10 (argmax is scale-invariant; quantisation is not). */
  averaged(): Map<number, Float32Array> {
    const L = this.labels.length;
    const avg = new Map<number, Float64Array>();
    let max = 1e-12;
    for (const [f, w] of this.w) {
      const tot = this.tot.get(f)!, ts = this.ts.get(f)!;
      const a = new Float64Array(L);
      for (let k = 0; k < L; k++) {
        a[k] = tot[k] + (this.t - ts[k]) * w[k];
        if (Math.abs(a[k]) > max) max = Math.abs(a[k]);
      }
      avg.set(f, a);
    }
    const out = new Map<number, Float32Array>();
    const scale = 10 / max;
    for (const [f, a] of avg) {
      const b = new Float32Array(L);
      let any = false;
      for (let k = 0; k < L; k++) { b[k] = a[k] * scale; if (Math.abs(b[k]) >= 0.0005) any = true; }
      if (any) out.set(f, b);
    }
    return out;
  }

  /** The averaged model, ready for inference. */
  average(): PerceptronModel {
    const m = this.averaged();
    const keys = [...m.keys()];
    const w = new Int32Array(keys.length * this.labels.length);
    keys.forEach((k, r) => m.get(k)!.forEach((x, j) => { w[r * this.labels.length + j] = Math.round(x * 1000); }));
    return new PerceptronModel(this.labels, keys, w);
  }
}
