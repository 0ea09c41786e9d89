/**
 * Builds the recogniser's two lexicons from unlabelled news (see src/ner/lexicons.ts for
 * what they are and how inference reads them): the casing lexicon and the word
 * clusters. Both are returned as `word<TAB>value` lines sorted as built, which
 * {@link lexiconColumns} turns into the word list and value array stored in the bundle.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textFiles } from '../corpora/text-files.js';

/** The words and values of `word<TAB>value` lines (values parsed by `value`). */
export function lexiconColumns(text: string, value: (v: string) => number): { words: string[]; values: number[] } {
  const words: string[] = [], values: number[] = [];
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    words.push(line.slice(0, tab));
    values.push(value(line.slice(tab + 1)));
  }
  return { words, values };
}

/** Builds the lexicon file text from unlabelled news under `dataDir`. */
export function buildCaseLexicon(dataDir: string, minCount = 3): string {
  const lower = new Map<string, number>(), cap = new Map<string, number>();
  const dirs = [join(dataDir, 'bbc-news'), join(dataDir, 'polnear', 'train', 'text')];
  const word = /[A-Za-z][A-Za-z'’-]*/g;
  for (const d of dirs) {
    for (const f of textFiles(d)) {
      let text: string;
      try { text = readFileSync(f, 'latin1'); } catch { continue; }
      for (const line of text.split('\n')) {
        let m: RegExpExecArray | null;
        let first = true;
        word.lastIndex = 0;
        while ((m = word.exec(line))) {
          const w = m[0];
          const before = line.slice(Math.max(0, m.index - 3), m.index);
          const initial = first || /[.!?:"“‘'(]\s*$/.test(before);
          first = false;
          if (initial) continue;
          const k = w.toLowerCase();
          const c0 = w.charCodeAt(0);
          if (c0 >= 65 && c0 <= 90) cap.set(k, (cap.get(k) ?? 0) + 1); else lower.set(k, (lower.get(k) ?? 0) + 1);
        }
      }
    }
  }
  const out: string[] = [];
  const keys = new Set([...lower.keys(), ...cap.keys()]);
  for (const k of [...keys].sort()) {
    const c = cap.get(k) ?? 0, l = lower.get(k) ?? 0;
    if (c + l < minCount) continue;
    const p = c / (c + l);
    out.push(`${k}\t${p < 0.1 ? 0 : p < 0.5 ? 1 : p < 0.9 ? 2 : 3}`);
  }
  return out.join('\n') + '\n';
}

const TOKEN = /[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*|'s|[^\sA-Za-z0-9]/g;

/** Sentences (token arrays, lower-cased, digits → 0) of the unlabelled corpus. */
function corpus(dataDir: string, extra: string[][]): string[][] {
  const out: string[][] = [];
  const norm = (t: string) => t.toLowerCase().replace(/[0-9]/g, '0');
  for (const d of [join(dataDir, 'bbc-news'), join(dataDir, 'polnear', 'train', 'text')]) {
    for (const f of textFiles(d)) {
      let text: string;
      try { text = readFileSync(f, 'latin1'); } catch { continue; }
      for (const line of text.replace(/[’‘]/g, "'").split('\n')) {
        const toks = line.match(TOKEN);
        if (toks && toks.length > 1) out.push(toks.map(norm));
      }
    }
  }
  for (const s of extra) out.push(s.map(norm));
  return out;
}

/**
 * Builds the cluster file text. `extra` are further tokenised sentences (CoNLL train).
 * `depth` = tree depth (leaves ≤ 2^depth), `minCount` = vocabulary cut-off, `contexts` = context words.
 */
export function buildClusters(dataDir: string, extra: string[][], depth = 10, minCount = 3, contexts = 600): string {
  const sents = corpus(dataDir, extra);
  const freq = new Map<string, number>();
  for (const s of sents) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map(byFreq.slice(0, contexts).map(([w], i) => [w, i] as const));
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const vIndex = new Map(vocab.map((w, i) => [w, i] as const));
  const D = contexts * 2;
  // Sparse co-occurrence counts per word: Map<dim, count>.
  const co: Map<number, number>[] = vocab.map(() => new Map());
  const colSum = new Float64Array(D);
  let total = 0;
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const v = vIndex.get(s[i]);
      if (v === undefined) continue;
      const l = i > 0 ? ctxIndex.get(s[i - 1]) : undefined, r = i + 1 < s.length ? ctxIndex.get(s[i + 1]) : undefined;
      if (l !== undefined) { co[v].set(l, (co[v].get(l) ?? 0) + 1); colSum[l]++; total++; }
      if (r !== undefined) { const d = contexts + r; co[v].set(d, (co[v].get(d) ?? 0) + 1); colSum[d]++; total++; }
    }
  }
  // PPMI, L2-normalised sparse vectors.
  const idx: Int32Array[] = [], val: Float32Array[] = [];
  for (let v = 0; v < vocab.length; v++) {
    let rowSum = 0;
    for (const c of co[v].values()) rowSum += c;
    const ks: number[] = [], vs: number[] = [];
    for (const [d, c] of co[v]) {
      const pmi = Math.log((c * total) / (rowSum * colSum[d]));
      if (pmi > 0) { ks.push(d); vs.push(pmi); }
    }
    let norm = 0;
    for (const x of vs) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    idx.push(Int32Array.from(ks)); val.push(Float32Array.from(vs.map((x) => x / norm)));
  }
  const paths = new Array<string>(vocab.length).fill('');
  // Bisecting spherical 2-means, breadth first; seeds are deterministic (the two most frequent members).
  let groups: number[][] = [vocab.map((_, i) => i)];
  for (let level = 0; level < depth; level++) {
    const next: number[][] = [];
    for (const g of groups) {
      if (g.length < 4) { next.push(g); continue; }
      const c = [new Float64Array(D), new Float64Array(D)];
      const seed = (k: number, m: number) => { for (let j = 0; j < idx[m].length; j++) c[k][idx[m][j]] = val[m][j]; };
      seed(0, g[0]);
      // Second seed: the member least similar to the first among the 200 most frequent.
      let far = g[1], farSim = Infinity;
      for (const m of g.slice(1, 200)) { let s = 0; for (let j = 0; j < idx[m].length; j++) s += c[0][idx[m][j]] * val[m][j]; if (s < farSim) { farSim = s; far = m; } }
      seed(1, far);
      let assign = new Uint8Array(g.length);
      for (let it = 0; it < 6; it++) {
        for (let a = 0; a < g.length; a++) {
          const m = g[a];
          let s0 = 0, s1 = 0;
          for (let j = 0; j < idx[m].length; j++) { s0 += c[0][idx[m][j]] * val[m][j]; s1 += c[1][idx[m][j]] * val[m][j]; }
          assign[a] = s1 > s0 ? 1 : 0;
        }
        c[0].fill(0); c[1].fill(0);
        for (let a = 0; a < g.length; a++) { const m = g[a], k = assign[a]; for (let j = 0; j < idx[m].length; j++) c[k][idx[m][j]] += val[m][j]; }
        for (const k of [0, 1]) { let n = 0; for (let d = 0; d < D; d++) n += c[k][d] * c[k][d]; n = Math.sqrt(n) || 1; for (let d = 0; d < D; d++) c[k][d] /= n; }
      }
      const parts: number[][] = [[], []];
      for (let a = 0; a < g.length; a++) { parts[assign[a]].push(g[a]); paths[g[a]] += String(assign[a]); }
      if (!parts[0].length || !parts[1].length) { next.push(g); continue; }
      next.push(parts[0], parts[1]);
      assign = new Uint8Array(0);
    }
    groups = next;
  }
  return vocab.map((w, i) => `${w}\t${paths[i]}`).join('\n') + '\n';
}
