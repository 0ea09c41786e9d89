/**
 * A multi-class averaged perceptron over string features (Collins 2002; the
 * "lazy averaging" bookkeeping of Honnibal's tagger). Training and inference share
 * the scoring code; the trained model is a table feature → weights per label, stored
 * gzipped as JSON with weights quantised to thousandths.
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** A trained, averaged model for inference. */
export class PerceptronModel {
  constructor(readonly labels: string[], readonly weights: Map<string, Float32Array>) {}

  /** Adds the weights of `feats` into `scores` (length = labels.length, zeroed by the caller). */
  score(feats: readonly string[], scores: Float64Array): Float64Array {
    for (let f = 0; f < feats.length; f++) {
      const w = this.weights.get(feats[f]);
      if (!w) continue;
      for (let k = 0; k < w.length; k++) scores[k] += w[k];
    }
    return scores;
  }

  /** Serialises to gzipped JSON (`header` is stored verbatim, e.g. the rebuild command). */
  toBuffer(header: Record<string, unknown>): Buffer {
    const w: Record<string, number[]> = {};
    for (const [f, ws] of this.weights) {
      const q = Array.from(ws, (x) => Math.round(x * 1000));
      if (q.some((x) => x !== 0)) w[f] = q;
    }
    return gzipSync(JSON.stringify({ header, labels: this.labels, weights: w }), { level: 9 });
  }

  static fromBuffer(buf: Buffer): PerceptronModel {
    const o = JSON.parse(gunzipSync(buf).toString('utf8')) as { labels: string[]; weights: Record<string, number[]> };
    const m = new Map<string, Float32Array>();
    for (const f in o.weights) {
      const q = o.weights[f];
      const a = new Float32Array(q.length);
      for (let k = 0; k < q.length; k++) a[k] = q[k] / 1000;
      m.set(f, a);
    }
    return new PerceptronModel(o.labels, m);
  }
}

/** The trainer: current weights, accumulated totals and last-update timestamps per weight. */
export class PerceptronTrainer {
  private w = new Map<string, Float64Array>();
  private tot = new Map<string, Float64Array>();
  private ts = new Map<string, Float64Array>();
  private t = 0;
  constructor(readonly labels: string[]) {}

  score(feats: readonly string[], scores: Float64Array): Float64Array {
    scores.fill(0);
    for (const f of feats) {
      const w = this.w.get(f);
      if (!w) continue;
      for (let k = 0; k < w.length; k++) scores[k] += w[k];
    }
    return scores;
  }

  /** One training step: when `pred !== gold`, moves weights towards gold. Counts one instance. */
  update(feats: readonly string[], gold: number, pred: number): void {
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

  /** The averaged model, rescaled so the largest weight is ±10 (argmax is scale-invariant; quantisation is not). */
  average(): PerceptronModel {
    const L = this.labels.length;
    const avg = new Map<string, Float64Array>();
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
    const out = new Map<string, Float32Array>();
    const scale = 10 / max;
    for (const [f, a] of avg) {
      const b = new Float32Array(L);
      let any = false;
      for (let k = 0; k < L; k++) { b[k] = a[k] * scale; if (Math.abs(b[k]) >= 0.0005) any = true; }
      if (any) out.set(f, b);
    }
    return new PerceptronModel(this.labels, out);
  }
}
