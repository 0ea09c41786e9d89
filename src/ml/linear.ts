/**
 * Linear multi-class scorers over hashed feature keys: {@link SparseLinear} is the
 * compact inference form (open-addressing key table + sparse rows of quantised
 * weights) used at inference; its training counterpart, the averaged perceptron, lives in
 * ./train.ts (training code, not part of the published package).
 * @module
 */

/**
 * Inference-time weights: feature key → sparse row of (class, weight), laid out for few
 * cache misses (the hot path is memory-bound). `slots` is an open-addressing table with
 * stride 3: [key, first entry, end entry]; `entries` packs (class << 16 | int16 weight).
 * Models with ≤ 4 classes store their weights inline instead (stride 3: key + four int16),
 * so a lookup is one cache miss.
 */
export class SparseLinear {
  private readonly mask: number;
  readonly inline: boolean;
  /** Scratch: slot offsets of the features found by {@link score}. */
  private found = new Int32Array(64);

  constructor(
    readonly nClasses: number,
    /** Open-addressing table, stride 3 (key 0 = empty); slot count is a power of two. */
    readonly slots: Int32Array,
    /** Sparse entries (class << 16 | weight & 0xffff); empty for inline models. */
    readonly entries: Int32Array,
    /** Quantised weights; real weight = stored × scale. */
    readonly scale: number,
  ) {
    this.mask = slots.length / 3 - 1;
    this.inline = nClasses <= 4;
  }

  /** Slot offset of a feature key in `slots`, or −1 when the model has no weights for it. */
  slot(key: number): number {
    const slots = this.slots, mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = slots[i * 3];
      if (k === key) return i * 3;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Adds the weights of features `feats[0..n)` into `out` (length ≥ nClasses, zeroed by the caller). */
  score(feats: Int32Array, n: number, out: Float32Array): void {
    const slots = this.slots, mask = this.mask;
    if (this.inline) {
      // Sums in local integers: adding into `out` in the loop chains every feature
      // through a store and a reload of the same four floats.
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let f = 0; f < n; f++) {
        const key = feats[f];
        let i = (key ^ (key >>> 15)) & mask;
        let k: number;
        while ((k = slots[i * 3]) !== key && k !== 0) i = (i + 1) & mask;
        if (k === 0) continue;
        const a = slots[i * 3 + 1], b = slots[i * 3 + 2];
        s0 += (a << 16) >> 16; s1 += a >> 16; s2 += (b << 16) >> 16; s3 += b >> 16;
      }
      out[0] += s0; out[1] += s1; out[2] += s2; out[3] += s3;
      return;
    }
    // Two passes: all key probes first (independent loads the CPU overlaps), then the
    // rows, whose entries are by then being fetched.
    if (this.found.length < n) this.found = new Int32Array(n * 2);
    const found = this.found;
    let m = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      let i = (key ^ (key >>> 15)) & mask;
      let k: number;
      while ((k = slots[i * 3]) !== key && k !== 0) i = (i + 1) & mask;
      if (k !== 0) found[m++] = i * 3;
    }
    const entries = this.entries;
    for (let q = 0; q < m; q++) {
      const s = found[q];
      for (let j = slots[s + 1], e = slots[s + 2]; j < e; j++) {
        const v = entries[j];
        out[v >>> 16] += (v << 16) >> 16;
      }
    }
  }

  /** Builds the table from (key, sparse row) lists. */
  static build(nClasses: number, rows: { key: number; cls: number[]; w: number[] }[]): SparseLinear {
    let cap = 1;
    // Load ≤ 0.8: linear probing stays within a cache line or two, and a smaller table misses the cache less.
    while (cap < rows.length / 0.8) cap <<= 1;
    const slots = new Int32Array(cap * 3);
    const mask = cap - 1;
    let nnz = 0;
    let maxAbs = 1e-9;
    for (const r of rows) { nnz += r.cls.length; for (const w of r.w) maxAbs = Math.max(maxAbs, Math.abs(w)); }
    const scale = maxAbs / 32767;
    const inline = nClasses <= 4;
    const entries = new Int32Array(inline ? 0 : nnz);
    let j = 0;
    for (const r of rows) {
      let i = (r.key ^ (r.key >>> 15)) & mask;
      while (slots[i * 3] !== 0) i = (i + 1) & mask;
      slots[i * 3] = r.key;
      if (inline) {
        const q = [0, 0, 0, 0];
        for (let t = 0; t < r.cls.length; t++) q[r.cls[t]] = Math.round(r.w[t] / scale);
        slots[i * 3 + 1] = (q[0] & 0xffff) | (q[1] << 16);
        slots[i * 3 + 2] = (q[2] & 0xffff) | (q[3] << 16);
      } else {
        slots[i * 3 + 1] = j;
        for (let t = 0; t < r.cls.length; t++) entries[j++] = (r.cls[t] << 16) | (Math.round(r.w[t] / scale) & 0xffff);
        slots[i * 3 + 2] = j;
      }
    }
    return new SparseLinear(nClasses, slots, entries, scale);
  }

  /**
   * A copy without the rows whose largest |weight| is below `minRowAbs` (in real
   * weight units): rare features with tiny averaged weights cost a cache miss each and
   * barely move a decision. Entries of multi-class rows below `minEntryAbs` are dropped too.
   */
  pruned(minRowAbs: number, minEntryAbs = 0): SparseLinear {
    const rows: { key: number; cls: number[]; w: number[] }[] = [];
    this.forEachRow((key, cls, w) => {
      let max = 0;
      for (const x of w) max = Math.max(max, Math.abs(x));
      if (max < minRowAbs) return;
      if (minEntryAbs > 0 && !this.inline) {
        const kc: number[] = [], kw: number[] = [];
        for (let t = 0; t < w.length; t++) if (Math.abs(w[t]) >= minEntryAbs) { kc.push(cls[t]); kw.push(w[t]); }
        if (kc.length) rows.push({ key, cls: kc, w: kw });
      } else rows.push({ key, cls, w });
    });
    return SparseLinear.build(this.nClasses, rows);
  }

  /**
   * The mean of several models over the same classes and feature keys (rows missing from
   * a model count as zero): for linear scorers this equals summing their scores, so an
   * ensemble of parsers trained on different example orders costs one model's lookups.
   */
  static mean(models: readonly SparseLinear[]): SparseLinear {
    const C = models[0].nClasses;
    const acc = new Map<number, Float64Array>();
    for (const m of models) {
      if (m.nClasses !== C) throw new Error('SparseLinear.mean: models differ in their classes');
      m.forEachRow((key, cls, w) => {
        let row = acc.get(key);
        if (!row) acc.set(key, (row = new Float64Array(C)));
        for (let t = 0; t < cls.length; t++) row[cls[t]] += w[t] / models.length;
      });
    }
    const rows: { key: number; cls: number[]; w: number[] }[] = [];
    for (const [key, row] of acc) {
      const cls: number[] = [], w: number[] = [];
      for (let c = 0; c < C; c++) if (row[c] !== 0) { cls.push(c); w.push(row[c]); }
      if (cls.length) rows.push({ key, cls, w });
    }
    return SparseLinear.build(C, rows);
  }

  /** Calls `f` with each row's key, classes and real weights. */
  forEachRow(f: (key: number, cls: number[], w: number[]) => void): void {
    const slots = this.slots;
    for (let s = 0; s < slots.length; s += 3) {
      const key = slots[s];
      if (key === 0) continue;
      const cls: number[] = [], w: number[] = [];
      if (this.inline) {
        const q = [(slots[s + 1] << 16) >> 16, slots[s + 1] >> 16, (slots[s + 2] << 16) >> 16, slots[s + 2] >> 16];
        for (let c = 0; c < this.nClasses; c++) if (q[c] !== 0) { cls.push(c); w.push(q[c] * this.scale); }
      } else {
        for (let j = slots[s + 1]; j < slots[s + 2]; j++) { const v = this.entries[j]; cls.push(v >>> 16); w.push(((v << 16) >> 16) * this.scale); }
      }
      f(key, cls, w);
    }
  }

  /** Number of feature rows. */
  get size(): number {
    let n = 0;
    for (let s = 0; s < this.slots.length; s += 3) if (this.slots[s] !== 0) n++;
    return n;
  }

  /** Converts the first file layout (keys / slotRow / rowPtr / cls / val arrays). */
  static fromLegacy(nClasses: number, scale: number, keys: Int32Array, slotRow: Int32Array, rowPtr: Int32Array, cls: Uint8Array, val: Int16Array): SparseLinear {
    const rows: { key: number; cls: number[]; w: number[] }[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const r = slotRow[i];
      const c: number[] = [], w: number[] = [];
      for (let j = rowPtr[r]; j < rowPtr[r + 1]; j++) { c.push(cls[j]); w.push(val[j] * scale); }
      rows.push({ key: keys[i], cls: c, w });
    }
    return SparseLinear.build(nClasses, rows);
  }
}
