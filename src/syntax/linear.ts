/**
 * Linear multi-class scorers over hashed feature keys: {@link SparseLinear} is the
 * compact inference form (open-addressing key table + sparse rows of quantised
 * weights), {@link AveragedPerceptron} the training form (dense rows, averaged by the
 * w − u/c trick so averaging costs O(1) per update).
 * @module
 */

/** Inference-time weights: feature key → sparse row of (class, weight). */
export class SparseLinear {
  private readonly mask: number;
  constructor(
    readonly nClasses: number,
    /** Open-addressing table of feature keys (0 = empty); length is a power of two. */
    readonly keys: Int32Array,
    /** Row index for each slot of `keys`. */
    readonly slotRow: Int32Array,
    /** Row r's entries are [rowPtr[r], rowPtr[r+1]). */
    readonly rowPtr: Int32Array,
    readonly cls: Uint8Array,
    /** Quantised weights; real weight = val × scale. */
    readonly val: Int16Array,
    readonly scale: number,
  ) {
    this.mask = keys.length - 1;
  }

  /** Row of a feature key, or −1 when the model has no weights for it. */
  row(key: number): number {
    const keys = this.keys;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.slotRow[i];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds the weights of features `feats[0..n)` into `out` (length ≥ nClasses, zeroed by the caller). */
  score(feats: Int32Array, n: number, out: Float32Array): void {
    const { rowPtr, cls, val } = this;
    for (let f = 0; f < n; f++) {
      const r = this.row(feats[f]);
      if (r < 0) continue;
      for (let j = rowPtr[r], e = rowPtr[r + 1]; j < e; j++) out[cls[j]] += val[j];
    }
  }

  /** Builds the table from (key, sparse row) lists. */
  static build(nClasses: number, rows: { key: number; cls: number[]; w: number[] }[]): SparseLinear {
    let cap = 1;
    while (cap < rows.length * 2) cap <<= 1;
    const keys = new Int32Array(cap);
    const slotRow = new Int32Array(cap);
    const mask = cap - 1;
    let nnz = 0;
    let maxAbs = 1e-9;
    for (const r of rows) { nnz += r.cls.length; for (const w of r.w) maxAbs = Math.max(maxAbs, Math.abs(w)); }
    const scale = maxAbs / 32767;
    const rowPtr = new Int32Array(rows.length + 1);
    const cls = new Uint8Array(nnz);
    const val = new Int16Array(nnz);
    let j = 0;
    rows.forEach((r, ri) => {
      let i = (r.key ^ (r.key >>> 15)) & mask;
      while (keys[i] !== 0) i = (i + 1) & mask;
      keys[i] = r.key;
      slotRow[i] = ri;
      rowPtr[ri] = j;
      for (let t = 0; t < r.cls.length; t++) { cls[j] = r.cls[t]; val[j] = Math.round(r.w[t] / scale); j++; }
    });
    rowPtr[rows.length] = j;
    return new SparseLinear(nClasses, keys, slotRow, rowPtr, cls, val, scale);
  }
}

/** Training-time averaged perceptron with dense rows allocated on first update. */
export class AveragedPerceptron {
  private rowOf = new Map<number, number>();
  private w: Float32Array;
  private u: Float32Array;
  private nRows = 0;
  /** Number of training instances seen (the averaging clock). */
  c = 1;

  /**
   * @param allowed optional filter: a feature gets a row only when `allowed(key)` is true
   *   (used to prune features seen once in a counting pass).
   */
  constructor(readonly nClasses: number, private readonly allowed: ((key: number) => boolean) | null = null) {
    this.w = new Float32Array(1024 * nClasses);
    this.u = new Float32Array(1024 * nClasses);
  }

  get rows(): number { return this.nRows; }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.nClasses, w = this.w;
    for (let f = 0; f < n; f++) {
      const r = this.rowOf.get(feats[f]);
      if (r === undefined) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) out[c] += w[base + c];
    }
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

  /** Perceptron update: +1 for class `good`, −1 for class `bad`, on every feature. */
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
