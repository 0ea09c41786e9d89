/**
 * Training side of the learning layer: the averaged perceptron, its training loop
 * (seeded shuffled epochs, predict/learn steps) and the one seeded PRNG. Inference
 * never imports this file (it is left out of the published package); trained weights
 * become a {@link SparseLinear} via {@link AveragedPerceptron.finish} and are stored
 * with ./bundle.ts. Model averaging is {@link SparseLinear.mean}.
 * @module
 */
import { SparseLinear } from './linear.js';

/**
 * A deterministic PRNG (mulberry32) in [0, 1): every random choice in training comes
 * from one of these, seeded from the committed config, so runs are repeatable.
 */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `a` in place, drawing from `random` (see {@link rng}); returns `a`. */
export function shuffle<T>(a: T[], random: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

/** One training epoch as yielded by {@link shuffledEpochs}. */
export interface Epoch<T> {
  /** 0-based epoch number. */
  epoch: number;
  /** The items in this epoch's order (the previous epoch's order, shuffled again). */
  order: readonly T[];
  /** The PRNG that shuffled `order`; draw further random choices (exploration) from it so one seed fixes the run. */
  random: () => number;
}

/**
 * The epochs of a perceptron training run: `epochs` passes over `items`, each in a new
 * order drawn from one PRNG seeded with `seed` (the same seed gives the same orders).
 */
export function* shuffledEpochs<T>(items: readonly T[], epochs: number, seed: number): Generator<Epoch<T>> {
  const order = items.slice();
  const random = rng(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    yield { epoch, order, random };
  }
}

/** Index of the highest of `scores[0..n)` (the first on ties); `allowed(k)` false skips class k. */
export function argmax(scores: ArrayLike<number>, n: number = scores.length, allowed?: (k: number) => boolean): number {
  let best = -1;
  for (let k = 0; k < n; k++) {
    if (allowed && !allowed(k)) continue;
    if (best < 0 || scores[k] > scores[best]) best = k;
  }
  return best;
}

/**
 * Training-time averaged perceptron (Collins 2002) with dense rows allocated on a
 * feature's first update; averaging by the w − u/c trick, so an update costs O(features)
 * and averaging nothing until {@link finish}.
 *
 * The clock {@link c} counts training instances: call {@link learn} once per instance
 * (it updates on a mistake and advances the clock), or {@link update} then `c++`.
 */
export class AveragedPerceptron {
  private rowOf = new Map<number, number>();
  private w: Float32Array;
  private u: Float32Array;
  private nRows = 0;
  /** Number of training instances seen (the averaging clock). */
  c = 1;

  /**
   * @param nClasses number of classes.
   * @param allowed optional filter: a feature gets a row only when `allowed(key)` is true
   *   (used to prune features seen once in a counting pass).
   */
  constructor(readonly nClasses: number, private readonly allowed: ((key: number) => boolean) | null = null) {
    this.w = new Float32Array(1024 * nClasses);
    this.u = new Float32Array(1024 * nClasses);
  }

  /** Number of feature rows allocated so far. */
  get rows(): number { return this.nRows; }

  /** Adds the current (not averaged) weights of features `feats[0..n)` into `out`. */
  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.nClasses, w = this.w;
    for (let f = 0; f < n; f++) {
      const r = this.rowOf.get(feats[f]);
      if (r === undefined) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) out[c] += w[base + c];
    }
  }

  /**
   * The current best class for `feats[0..n)`: zeroes `scores` (length ≥ nClasses), scores
   * into it and returns its {@link argmax} over the classes `allowed` admits.
   */
  predict(feats: Int32Array, n: number, scores: Float32Array, allowed?: (k: number) => boolean): number {
    scores.fill(0, 0, this.nClasses);
    this.score(feats, n, scores);
    return argmax(scores, this.nClasses, allowed);
  }

  private rowFor(key: number): number {
    let r = this.rowOf.get(key);
    if (r !== undefined) return r;
    if (this.allowed && !this.allowed(key)) return -1;
    r = this.nRows++;
    if (this.nRows * this.nClasses > this.w.length) {
      const nw = new Float32Array(this.w.length * 2); nw.set(this.w); this.w = nw;
      const nu = new Float32Array(this.u.length * 2); nu.set(this.u); this.u = nu;
    }
    this.rowOf.set(key, r);
    return r;
  }

  /** Perceptron update: +1 for class `good`, −1 for class `bad`, on every feature (no-op when equal). Does not advance the clock. */
  update(feats: Int32Array, n: number, good: number, bad: number): void {
    if (good === bad) return;
    const C = this.nClasses, c = this.c;
    for (let f = 0; f < n; f++) {
      const r = this.rowFor(feats[f]);
      if (r < 0) continue;
      const base = r * C;
      this.w[base + good] += 1; this.u[base + good] += c;
      this.w[base + bad] -= 1; this.u[base + bad] -= c;
    }
  }

  /** One training instance: updates towards `gold` when `pred` differs, advances the clock; returns whether `pred` was right. */
  learn(feats: Int32Array, n: number, gold: number, pred: number): boolean {
    this.update(feats, n, gold, pred);
    this.c++;
    return gold === pred;
  }

  /** The averaged weights as a compact {@link SparseLinear}; weights with |w| < `minAbs` are dropped. */
  finish(minAbs = 1e-3): SparseLinear {
    const C = this.nClasses, c = this.c;
    const rows: { key: number; cls: number[]; w: number[] }[] = [];
    for (const [key, r] of this.rowOf) {
      const cls: number[] = [], ws: number[] = [];
      for (let k = 0; k < C; k++) {
        const v = this.w[r * C + k] - this.u[r * C + k] / c;
        if (Math.abs(v) >= minAbs) { cls.push(k); ws.push(v); }
      }
      if (cls.length) rows.push({ key, cls, w: ws });
    }
    return SparseLinear.build(C, rows);
  }
}

/** Error counts of one epoch, for the training log. */
export class EpochErrors {
  errors = 0;
  total = 0;
  private readonly t0 = performance.now();
  /** Counts one prediction. */
  add(correct: boolean): void { this.total++; if (!correct) this.errors++; }
  /** `"<what> epoch 3/10: error 0.0421 (1.2 s)"`. */
  line(what: string, epoch: number, epochs: number): string {
    return `${what} epoch ${epoch + 1}/${epochs}: error ${(this.errors / Math.max(1, this.total)).toFixed(4)} (${((performance.now() - this.t0) / 1000).toFixed(1)} s)`;
  }
}
