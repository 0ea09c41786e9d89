/**
 * Distributional word clusters from unlabelled news (BBC News, PolNeAR train texts,
 * PTC train articles, CoNLL-2003 train words) plus the GUM train words: each word is
 * a vector of (√count) left- and right-neighbour frequencies over the most frequent
 * words, clustered by spherical k-means into `k` fine clusters, whose centroids are
 * clustered again into `k2` coarse ones. Lower-case, normalised forms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForm } from '../../src/syntax/lexical.js';
import { rng } from '../../src/ml/train.js';
import { textFiles } from '../corpora/text-files.js';

const TOKEN = /\p{L}+(?:['’]\p{L}+)?|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

/** Splits unlabelled text roughly the way the tokens stage does (contractions split off). */
function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = normalizeForm(m[0]).toLowerCase();
    const ap = w.indexOf("'");
    if (ap > 0) {
      if (w.endsWith("n't")) { out.push(w.slice(0, -3), "n't"); continue; }
      out.push(w.slice(0, ap), w.slice(ap));
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Token sequences (sentences or lines) of the unlabelled corpora under `dataDir`. */
export function unlabelledText(dataDir: string): string[][] {
  const seqs: string[][] = [];
  const addText = (t: string): void => { for (const line of t.split('\n')) { const toks = tokenize(line); if (toks.length) seqs.push(toks); } };
  for (const f of textFiles(join(dataDir, 'bbc-news'))) addText(readFileSync(f, 'latin1'));
  for (const f of textFiles(join(dataDir, 'polnear', 'train', 'text'))) addText(readFileSync(f, 'utf8'));
  for (const f of textFiles(join(dataDir, 'ptc', 'train-articles'))) addText(readFileSync(f, 'utf8'));
  const conll = join(dataDir, 'conll2003', 'eng.train.txt');
  if (existsSync(conll)) {
    let cur: string[] = [];
    for (const line of readFileSync(conll, 'utf8').split('\n')) {
      const w = line.split(' ')[0];
      if (!w || w === '-DOCSTART-') { if (cur.length) seqs.push(cur); cur = []; } else cur.push(normalizeForm(w).toLowerCase());
    }
  }
  return seqs;
}


/** Spherical k-means over sparse rows (idx/val, L2-normalised); returns assignments and centroids. */
function kmeans(rows: { idx: Int32Array; val: Float32Array }[], dim: number, k: number, iters: number, seed: number,
  initFrom: number): { assign: Int32Array; cent: Float32Array } {
  const r = rng(seed);
  const cent = new Float32Array(k * dim);
  const used = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i: number;
    do { i = Math.floor(r() * Math.min(initFrom, rows.length)); } while (used.has(i) && used.size < rows.length);
    used.add(i);
    const row = rows[i];
    for (let j = 0; j < row.idx.length; j++) cent[c * dim + row.idx[j]] = row.val[j];
  }
  const assign = new Int32Array(rows.length);
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let i = 0; i < rows.length; i++) {
      const { idx, val } = rows[i];
      let best = 0, bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dim;
        let s = 0;
        for (let j = 0; j < idx.length; j++) s += cent[base + idx[j]] * val[j];
        if (s > bestS) { bestS = s; best = c; }
      }
      if (assign[i] !== best || it === 0) changed++;
      assign[i] = best;
    }
    cent.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const { idx, val } = rows[i];
      const base = assign[i] * dim;
      for (let j = 0; j < idx.length; j++) cent[base + idx[j]] += val[j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += cent[c * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) cent[c * dim + d] /= norm;
    }
    if (changed < rows.length * 0.002) break;
  }
  return { assign, cent };
}

/**
 * Builds clusters: lower-case form → `(coarse + 1) << 10 | (fine + 1)`.
 * @param extra further token sequences (e.g. the GUM train sentences).
 */
export function buildClusters(dataDir: string, extra: string[][], opts: { k?: number; k2?: number; vocab?: number; ctx?: number; minCount?: number } = {}): Map<string, number> {
  const k = opts.k ?? 256, k2 = opts.k2 ?? 32, vocabMax = opts.vocab ?? 30000, nCtx = opts.ctx ?? 600, minCount = opts.minCount ?? 4;
  const seqs = unlabelledText(dataDir).concat(extra.map((s) => s.map((w) => normalizeForm(w).toLowerCase())));
  const freq = new Map<string, number>();
  for (const s of seqs) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq.entries()].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.slice(0, vocabMax).map(([w]) => w);
  const vIndex = new Map(vocab.map((w, i) => [w, i]));
  const dim = 2 * (nCtx + 2);
  // Context ids: 0..nCtx-1 frequent words, nCtx = other, nCtx+1 = sentence boundary.
  const ctxOf = (w: string | undefined): number => (w === undefined ? nCtx + 1 : Math.min(vIndex.get(w) ?? nCtx, nCtx));
  const counts = new Map<number, number>();
  for (const s of seqs) {
    for (let i = 0; i < s.length; i++) {
      const v = vIndex.get(s[i]);
      if (v === undefined) continue;
      const l = ctxOf(s[i - 1]), r = nCtx + 2 + ctxOf(s[i + 1]);
      counts.set(v * dim + l, (counts.get(v * dim + l) ?? 0) + 1);
      counts.set(v * dim + r, (counts.get(v * dim + r) ?? 0) + 1);
    }
  }
  const perWord: [number, number][][] = vocab.map(() => []);
  for (const [key, c] of counts) perWord[Math.floor(key / dim)].push([key % dim, Math.sqrt(c)]);
  const rows = perWord.map((pairs) => {
    pairs.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, v] of pairs) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return { idx: Int32Array.from(pairs.map((p) => p[0])), val: Float32Array.from(pairs.map((p) => p[1] / norm)) };
  });
  console.log(`  clusters: ${seqs.length} sequences, vocab ${vocab.length}`);
  const fine = kmeans(rows, dim, k, 20, 17, 5000);
  // Coarse level: cluster the fine centroids.
  const centRows = Array.from({ length: k }, (_, c) => {
    const idx: number[] = [], val: number[] = [];
    for (let d = 0; d < dim; d++) { const v = fine.cent[c * dim + d]; if (v !== 0) { idx.push(d); val.push(v); } }
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  });
  const coarse = kmeans(centRows, dim, k2, 30, 23, k);
  const out = new Map<string, number>();
  vocab.forEach((w, i) => { const f = fine.assign[i]; out.set(w, ((coarse.assign[f] + 1) << 10) | (f + 1)); });
  return out;
}
