/**
 * Trains the named-entity recogniser: an averaged perceptron over BILOU labels with
 * greedy left-to-right decoding (features in ./features.ts), on CoNLL-2003 train from
 * `<dataDir>/conll2003/eng.train.txt`. Writes models/ner.bin (weights), models/ner-case.txt (casing lexicon) and
 * models/ner-clusters.txt (word clusters), and prints CoNLL valid F1.
 *
 * Run: `npm run train -- ner` (a few minutes on one core). Env: NER_EPOCHS (default 12),
 * NER_RUNS (perceptrons mixed, default 3).
 *
 * @module
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, type GoldDoc, type TokSpan } from './conll.js';
import { decodeSentence, History, label, MAX_FEATURES, NLABELS, SentenceFeatures, TYPES, type Scorer } from './features.js';
import { getGazetteer } from './gazetteer.js';
import { deserialize, MODEL_URL, serialize } from './model.js';
import { NerTagger } from './tagger.js';
import { buildCaseLexicon, CASELEX_URL, parseCaseLexicon } from './caselex.js';
import { buildClusters, CLUSTERS_URL, parseClusters } from './clusters.js';
import { countSpans, overallF1, type Counts } from './score.js';
import { rng } from '../corpus-files.js';

/** Gold BILOU labels of a sentence's spans. */
export function goldLabels(n: number, spans: readonly TokSpan[]): Int32Array {
  const out = new Int32Array(n);
  for (const s of spans) {
    const t = (TYPES as readonly string[]).indexOf(s.type);
    if (t < 0) continue;
    if (s.end - s.start === 1) out[s.start] = label(t, 3);
    else {
      out[s.start] = label(t, 0);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = label(t, 1);
      out[s.end - 1] = label(t, 2);
    }
  }
  return out;
}

/** Perceptron weights during training: hash → row map, lazy averaging. */
class TrainWeights implements Scorer {
  readonly index = new Map<number, number>();
  w: Float32Array; tot: Float64Array; ts: Int32Array;
  rows = 0; c = 1;
  constructor(cap: number) { this.w = new Float32Array(cap * NLABELS); this.tot = new Float64Array(cap * NLABELS); this.ts = new Int32Array(cap * NLABELS); }
  private rowFor(key: number): number {
    let r = this.index.get(key);
    if (r === undefined) {
      r = this.rows++;
      if (this.rows * NLABELS > this.w.length) {
        const grow = <T extends Float32Array | Float64Array | Int32Array>(a: T): T => { const b = new (a.constructor as new (n: number) => T)(a.length * 2); b.set(a); return b; };
        this.w = grow(this.w); this.tot = grow(this.tot); this.ts = grow(this.ts);
      }
      this.index.set(key, r);
    }
    return r;
  }
  score(feats: Int32Array, nf: number, out: Float64Array): void {
    out.fill(0, 0, NLABELS);
    for (let f = 0; f < nf; f++) {
      const r = this.index.get(feats[f]);
      if (r === undefined) continue;
      const b = r * NLABELS;
      for (let l = 0; l < NLABELS; l++) out[l] += this.w[b + l];
    }
  }
  update(feats: Int32Array, nf: number, gold: number, pred: number): void {
    for (let f = 0; f < nf; f++) {
      const b = this.rowFor(feats[f]) * NLABELS;
      this.bump(b + gold, 1); this.bump(b + pred, -1);
    }
  }
  private bump(i: number, d: number): void {
    this.tot[i] += (this.c - this.ts[i]) * this.w[i];
    this.ts[i] = this.c;
    this.w[i] += d;
  }
  averaged(): { keys: Int32Array; weights: Float32Array } {
    const keys = new Int32Array(this.rows);
    for (const [k, r] of this.index) keys[r] = k;
    const weights = new Float32Array(this.rows * NLABELS);
    for (let i = 0; i < weights.length; i++) weights[i] = (this.tot[i] + (this.c - this.ts[i]) * this.w[i]) / this.c;
    return { keys, weights };
  }
}

/** Seeded shuffle (mulberry32). */
function shuffle<T>(a: T[], seed: number): T[] {
  const rnd = rng(seed >>> 0);
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

/** Scores a scorer on documents with the CoNLL types. */
export function evaluateDocs(docs: GoldDoc[], tagger: NerTagger): Counts {
  const counts: Counts = new Map();
  for (const d of docs) {
    const pred = tagger.tagDocument(d.sentences.map((s) => s.tokens));
    d.sentences.forEach((s, i) => countSpans(s.spans, pred[i], counts));
  }
  return counts;
}

/** Trains and writes models/ner.bin. */
export async function train(dataDir: string): Promise<void> {
  const trainPath = join(dataDir, 'conll2003', 'eng.train.txt');
  const validPath = join(dataDir, 'conll2003', 'eng.valid.txt');
  if (!existsSync(trainPath)) throw new Error(`ner train: ${trainPath} not found`);
  const docs = readConll(trainPath);
  const valid = existsSync(validPath) ? readConll(validPath) : [];
  const epochs = Number(process.env.NER_EPOCHS ?? 12);
  const gaz = getGazetteer();
  const lexText = buildCaseLexicon(dataDir);
  mkdirSync(dirname(fileURLToPath(CASELEX_URL)), { recursive: true });
  writeFileSync(CASELEX_URL, lexText);
  const caseLex = parseCaseLexicon(lexText);
  console.log(`casing lexicon: ${caseLex.size} words`);
  const unlabelled = docs.flatMap((d) => d.sentences.map((s) => s.tokens));
  const clusterText = buildClusters(dataDir, unlabelled);
  writeFileSync(CLUSTERS_URL, clusterText);
  const clusters = parseClusters(clusterText);
  console.log(`word clusters: ${clusters.size} words`);
  const sf = new SentenceFeatures(gaz, caseLex, clusters);
  const hist = new History();
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(NLABELS);
  let labels = new Int32Array(256);
  // Several perceptrons trained on different document orders, their averaged weights then
  // averaged again (parameter mixing): lower variance at no cost at inference.
  const runs = Number(process.env.NER_RUNS ?? 3);
  const mixed = new Map<number, Float64Array>();
  for (let run = 0; run < runs; run++) {
    const weights = new TrainWeights(1 << 19);
    const order = docs.slice();
    for (let ep = 0; ep < epochs; ep++) {
      const t0 = performance.now();
      let errors = 0, tokens = 0;
      for (const d of shuffle(order, 17 + ep + 1000 * run)) {
        hist.clear();
        sf.prepareDoc(d.sentences.map((s) => s.tokens));
        for (const s of d.sentences) {
          const n = s.tokens.length;
          if (n > labels.length) labels = new Int32Array(n * 2);
          sf.prepare(s.tokens, n);
          const gold = goldLabels(n, s.spans);
          decodeSentence(sf, weights, hist, labels, feats, scores, (i, f, nf, pred) => {
            tokens++;
            if (pred !== gold[i]) { weights.update(f, nf, gold[i], pred); errors++; }
            weights.c++;
            return pred;
          });
        }
      }
      console.log(`run ${run + 1}/${runs} epoch ${ep + 1}/${epochs}: token errors ${(100 * errors / tokens).toFixed(2)}%, rows ${weights.rows}, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const { keys: k, weights: w } = weights.averaged();
    for (let r = 0; r < k.length; r++) {
      let row = mixed.get(k[r]);
      if (!row) { row = new Float64Array(NLABELS); mixed.set(k[r], row); }
      for (let l = 0; l < NLABELS; l++) row[l] += w[r * NLABELS + l] / runs;
    }
  }
  const keys = new Int32Array(mixed.size);
  const avg = new Float32Array(mixed.size * NLABELS);
  let r = 0;
  for (const [k, row] of mixed) { keys[r] = k; avg.set(row, r * NLABELS); r++; }
  const bin = serialize(keys, avg, 0.01);
  const out = fileURLToPath(MODEL_URL);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bin);
  console.log(`wrote ${out} (${(bin.length / 1e6).toFixed(2)} MB)`);
  if (valid.length) {
    const counts = evaluateDocs(valid, new NerTagger(deserialize(bin), gaz, caseLex, clusters));
    for (const [t, c] of counts) {
      const p = c.tp / Math.max(1, c.tp + c.fp), r = c.tp / Math.max(1, c.tp + c.fn);
      console.log(`${t.padEnd(5)} P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${(p + r ? 2 * p * r / (p + r) : 0).toFixed(4)}`);
    }
    console.log(`CoNLL valid F1 ${overallF1(counts).toFixed(4)}`);
  }
}
