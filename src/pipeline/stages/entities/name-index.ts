/**
 * Indexes that answer the entity rules' "which earlier (or later) name …" questions without
 * scanning every name of the document per name, so canonicalisation stays linear in the
 * document's length. Each answers exactly what the scan it replaces answered.
 * @module
 */

/** Names with more distinct words than this are not indexed by word subset but scanned (rare). */
const MAX_SUBSET_WORDS = 6;

const keyOf = (words: readonly string[]): string => [...new Set(words)].sort().join('\u0000');

/**
 * Persons seen so far, for "the latest earlier person whose name contains all of these words
 * and has more words" (a short form joining a full name).
 */
export class PersonIndex {
  /** Word-subset key → by word count of the person's name, the latest person with that subset. */
  private readonly bySubset = new Map<string, number[]>();
  private readonly long: number[] = [];
  private readonly words: (readonly string[])[] = [];

  /** Records person `p` (indices must be added in increasing order) with the words of its name. */
  add(p: number, words: readonly string[]): void {
    this.words[p] = words;
    const unique = [...new Set(words)].sort();
    if (unique.length > MAX_SUBSET_WORDS) { this.long.push(p); return; }
    for (let mask = 1; mask < 1 << unique.length; mask++) {
      const sub: string[] = [];
      for (let b = 0; b < unique.length; b++) if (mask & (1 << b)) sub.push(unique[b]);
      const k = sub.join('\u0000');
      let byLen = this.bySubset.get(k);
      if (!byLen) this.bySubset.set(k, (byLen = []));
      byLen[words.length] = p;
    }
  }

  /** The latest person whose words include every one of `words` and who has more words than `words.length`; −1 when none. */
  latestContaining(words: readonly string[]): number {
    let best = -1;
    const byLen = this.bySubset.get(keyOf(words));
    if (byLen) for (let len = words.length + 1; len < byLen.length; len++) if (byLen[len] !== undefined && byLen[len] > best) best = byLen[len];
    for (const p of this.long) {
      if (p > best && words.length < this.words[p].length && words.every((w) => this.words[p].includes(w))) best = p;
    }
    return best;
  }
}

/**
 * Index positions of the items of a list sorted by `start`, per word, for "the first item
 * after offset x whose words include w".
 */
export class WordPositions<T extends { start: number }> {
  private readonly byWord = new Map<string, number[]>();
  private readonly sorted: boolean;

  constructor(private readonly items: readonly T[], wordsOf: (item: T) => readonly string[] | null) {
    let sorted = true;
    for (let i = 1; i < items.length; i++) if (items[i].start < items[i - 1].start) { sorted = false; break; }
    this.sorted = sorted;
    items.forEach((it, i) => {
      const words = wordsOf(it);
      if (!words) return;
      for (const w of new Set(words)) {
        let list = this.byWord.get(w);
        if (!list) this.byWord.set(w, (list = []));
        list.push(i);
      }
    });
  }

  /** The first item (in list order) holding `word` whose start is after `offset`, or undefined. */
  firstAfter(word: string, offset: number): T | undefined {
    const list = this.byWord.get(word);
    if (!list) return undefined;
    if (!this.sorted) { for (const i of list) if (this.items[i].start > offset) return this.items[i]; return undefined; }
    let lo = 0, hi = list.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (this.items[list[m]].start <= offset) lo = m + 1; else hi = m; }
    return lo < list.length ? this.items[list[lo]] : undefined;
  }
}

/**
 * Cluster keys `TYPE:normalised name` in insertion order, for "the first key of this type whose
 * name ends with ' ' + this name, or whose acronym is this one".
 */
export class KeyIndex {
  private readonly order = new Map<string, number>();
  private readonly bySuffix = new Map<string, string>();
  private readonly byAcronym = new Map<string, string>();

  constructor(private readonly acronym: (name: string) => string) {}

  /** Records a key the first time it is inserted into the cluster map. */
  add(key: string): void {
    if (this.order.has(key)) return;
    this.order.set(key, this.order.size);
    const colon = key.indexOf(':');
    if (colon < 0) return;
    const type = key.slice(0, colon), name = key.slice(colon + 1);
    for (let i = 0; i < name.length; i++) {
      if (name.charCodeAt(i) !== 32) continue;
      const k = `${type}:${name.slice(i + 1)}`;
      if (!this.bySuffix.has(k)) this.bySuffix.set(k, key);
    }
    const a = `${type}:${this.acronym(name)}`;
    if (!this.byAcronym.has(a)) this.byAcronym.set(a, key);
  }

  /** The earliest key of `type` whose name ends with `' ' + tail` or whose acronym is `acr`, or undefined. */
  first(type: string, tail: string, acr: string): string | undefined {
    const s = this.bySuffix.get(`${type}:${tail}`), a = this.byAcronym.get(`${type}:${acr}`);
    if (s === undefined) return a;
    if (a === undefined) return s;
    return this.order.get(s)! <= this.order.get(a)! ? s : a;
  }
}
