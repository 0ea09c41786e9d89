/**
 * The recogniser's weights: an open-addressing table from 32-bit feature hashes to rows
 * of {@link NLABELS} float weights, and the (de)serialisation of the committed model
 * file `models/ner.bin` (gzip of: magic `NER1`, uint32 row count, float32 scale, then
 * per row int32 key, uint8 count, count × (uint8 label, int16 quantised weight)).
 *
 * Rebuild the model file with `npm run train -- ner`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NLABELS, type Scorer } from './features.js';

/** Where the committed model lives (works from src/models/ner and dist/models/ner). */
export const MODEL_URL = new URL('../../../models/ner.bin', import.meta.url);

/**
 * Inference weights: an open-addressing table of feature keys (small enough to stay in
 * cache, so features absent from the model cost no memory miss) pointing at rows of
 * {@link NLABELS} int16 weights that share one scale.
 */
export class NerWeights implements Scorer {
  /** Interleaved (key, row) pairs: one cache line serves both. */
  private readonly slots: Int32Array;
  private readonly w: Int16Array;
  private readonly mask: number;
  readonly rows: number;

  /** `weights` are int16 quantised rows; real weight = value × `scale`. */
  constructor(keyList: Int32Array, weights: Int16Array, readonly scale: number) {
    let size = 1;
    while (size < keyList.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.w = weights;
    this.rows = keyList.length;
    for (let r = 0; r < keyList.length; r++) {
      let h = keyList[r] & this.mask;
      while (this.slots[h * 2] !== 0) h = (h + 1) & this.mask;
      this.slots[h * 2] = keyList[r];
      this.slots[h * 2 + 1] = r * NLABELS;
    }
  }

  score(feats: Int32Array, nf: number, out: Float64Array): void {
    out.fill(0, 0, NLABELS);
    const slots = this.slots, w = this.w, mask = this.mask;
    for (let f = 0; f < nf; f++) {
      const key = feats[f];
      let h = key & mask;
      for (;;) {
        const k = slots[h * 2];
        if (k === key) {
          const base = slots[h * 2 + 1];
          for (let l = 0; l < NLABELS; l++) out[l] += w[base + l];
          break;
        }
        if (k === 0) break;
        h = (h + 1) & mask;
      }
    }
    // Scores are compared only with each other, so the common scale need not be applied.
  }
}

/** Serialises sparse rows (keys, dense weights) into the gzip model format. Weights with |w| < `minAbs` are dropped. */
export function serialize(keys: Int32Array, weights: Float32Array, minAbs: number): Buffer {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs / 32767 || 1;
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.write('NER1', 0, 'latin1');
  let kept = 0;
  const body: number[] = [];
  const buf = Buffer.alloc(5 + NLABELS * 3);
  for (let r = 0; r < keys.length; r++) {
    let cnt = 0, o = 5;
    for (let l = 0; l < NLABELS; l++) {
      const w = weights[r * NLABELS + l];
      const q = Math.round(w / scale);
      if (Math.abs(w) < minAbs || q === 0) continue;
      buf.writeUInt8(l, o); buf.writeInt16LE(q, o + 1); o += 3; cnt++;
    }
    if (!cnt) continue;
    buf.writeInt32LE(keys[r], 0); buf.writeUInt8(cnt, 4);
    parts.push(Buffer.from(buf.subarray(0, o)));
    kept++;
  }
  void body;
  head.writeUInt32LE(kept, 4);
  head.writeFloatLE(scale, 8);
  return gzipSync(Buffer.concat([head, ...parts]), { level: 9 });
}

/** Parses a model file into inference weights. */
export function deserialize(file: Buffer): NerWeights {
  const b = gunzipSync(file);
  if (b.toString('latin1', 0, 4) !== 'NER1') throw new Error('ner model: bad magic');
  const n = b.readUInt32LE(4);
  const scale = b.readFloatLE(8);
  const keys = new Int32Array(n);
  const weights = new Int16Array(n * NLABELS);
  let o = 12;
  for (let r = 0; r < n; r++) {
    keys[r] = b.readInt32LE(o); const cnt = b.readUInt8(o + 4); o += 5;
    for (let c = 0; c < cnt; c++) { weights[r * NLABELS + b.readUInt8(o)] = b.readInt16LE(o + 1); o += 3; }
  }
  return new NerWeights(keys, weights, scale);
}

let cached: NerWeights | undefined;

/** Loads the committed model once per process. */
export function loadWeights(url: URL = MODEL_URL): NerWeights {
  if (!cached || url !== MODEL_URL) {
    const w = deserialize(readFileSync(url));
    if (url !== MODEL_URL) return w;
    cached = w;
  }
  return cached;
}
