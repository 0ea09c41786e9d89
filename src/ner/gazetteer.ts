/**
 * Gazetteer membership for the recogniser's features: multi-token names from the
 * knowledge base (countries, demonyms, cities, regions, organisations, events, people)
 * in a token trie keyed by the lower-case token hash. Training and inference build it
 * from the same KB, so the features agree.
 *
 * @module
 */
import { getKb, type KbEntry } from '../kb/index.js';
import { hashLower } from '../ml/hash.js';

/** Gazetteer categories; the index is part of the feature hash. */
export const GAZ_CATS = ['country', 'demonym', 'city', 'region', 'org', 'event', 'person', 'firstname'] as const;

interface Node { next: Map<number, Node>; cats: number }

function catOf(e: KbEntry): number {
  switch (e.kind) {
    case 'country': case 'historical': return 0;
    case 'capital': case 'city': return 2;
    case 'region': case 'continent': case 'sea': return 3;
    case 'org': return 4;
    case 'event': return 5;
    case 'person': return 6;
  }
}

/** Splits a name into CoNLL-like tokens: whitespace, with commas and a possessive split off. */
export function nameTokens(name: string): string[] {
  return name.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
}

/** A token trie over KB names. */
export class Gazetteer {
  private readonly root: Node = { next: new Map(), cats: 0 };

  constructor(entries: Iterable<[string, number]>) {
    for (const [name, cat] of entries) {
      const toks = nameTokens(name);
      if (!toks.length) continue;
      // Single short lower-case-ambiguous words ("US" is fine, "IS" and "Fed" are not worth it).
      if (toks.length === 1 && toks[0].length < 3 && cat !== 0) continue;
      let n = this.root;
      for (const t of toks) {
        const h = hashLower(t, 0, t.length);
        let c = n.next.get(h);
        if (!c) { c = { next: new Map(), cats: 0 }; n.next.set(h, c); }
        n = c;
      }
      n.cats |= 1 << cat;
    }
  }

  /**
   * Marks gazetteer matches over a sentence of lower-case token hashes. For each token,
   * `out[i]` receives bit flags: bits 0–7 = category of a match covering the token,
   * shifted by 8 × position code (0 = B, 1 = I, 2 = L, 3 = U). Longest match first, left to right.
   */
  match(lower: Int32Array, n: number, out: Int32Array): void {
    out.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      let node: Node | undefined = this.root;
      let bestEnd = -1, bestCats = 0;
      for (let j = i; j < n && node; j++) {
        node = node.next.get(lower[j]);
        if (node && node.cats) { bestEnd = j; bestCats = node.cats; }
      }
      if (bestEnd < 0) continue;
      if (bestEnd === i) out[i] |= bestCats << 24;
      else {
        out[i] |= bestCats;
        for (let k = i + 1; k < bestEnd; k++) out[k] |= bestCats << 8;
        out[bestEnd] |= bestCats << 16;
      }
    }
  }
}

let gaz: Gazetteer | undefined;

/** The gazetteer built from the process-wide KB. */
export function getGazetteer(): Gazetteer {
  if (gaz) return gaz;
  const kb = getKb();
  const list: [string, number][] = [];
  for (const [name, e] of kb.names()) list.push([name, catOf(e)]);
  for (const [d] of kb.demonyms()) list.push([d, 1]);
  for (const n of kb.firstNames.keys()) if (n.length >= 3) list.push([n, 7]);
  gaz = new Gazetteer(list);
  return gaz;
}
