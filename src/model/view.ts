/**
 * Array views of a document: the token-level facts every stage reads (offsets, sentence
 * and paragraph of each token, the token range of each sentence, UPOS, head index,
 * relation, mention of each token), as typed arrays indexed by token position, built
 * lazily and once.
 *
 * The stand-off layers stay the public contract; a view is only a faster way to read
 * them. Each part is built on first use and cached by the layer arrays it was built from,
 * and the runner hands every later document the same layer arrays, so the parse read by
 * entities is not re-read by statements or timex.
 *
 * Token indices are positions in the `tokens` layer (0..n−1, text order); sentence indices
 * are positions in the `sentences` layer. Offsets are half-open UTF-16 offsets into `doc.text`.
 * @module
 */
import type { Annotation, Doc } from './types.js';

const EMPTY: readonly Annotation[] = Object.freeze([]);

/** Token positions, sentences and paragraphs (from `tokens`, `sentences`, `paragraphs`). */
interface TokenPart {
  sentences: readonly Annotation[];
  paragraphs: readonly Annotation[];
  start: Int32Array;
  end: Int32Array;
  sentOf: Int32Array;
  sentFirst: Int32Array;
  sentEnd: Int32Array;
  paraOf: Int32Array;
}

/** Tags and the dependency tree (from `pos` and `dep`). */
interface SyntaxPart {
  pos: readonly Annotation[];
  upos: string[];
  xpos: string[];
  head: Int32Array;
  deprel: string[];
  childStart: Int32Array;
  children: Int32Array;
}

const tokenParts = new WeakMap<readonly Annotation[], TokenPart>();
const syntaxParts = new WeakMap<readonly Annotation[], SyntaxPart>();
const idIndexes = new WeakMap<readonly Annotation[], Map<string, number>>();
const lowers = new WeakMap<readonly Annotation[], string[]>();
const mentionParts = new WeakMap<readonly Annotation[], Int32Array>();
const views = new WeakMap<Doc, DocView>();

/** The {@link DocView} of `doc` (one per document object; its parts are shared with later documents of the same run). */
export function docView(doc: Doc): DocView {
  let v = views.get(doc);
  if (!v) { v = new DocView(doc); views.set(doc, v); }
  return v;
}

const SUBJECT = ['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer', 'csubj:outer'];
const OBJECT = ['obj'];
const CLAUSAL_COMPLEMENT = ['ccomp', 'xcomp'];

/**
 * Read-only, index-based access to a document's tokens, sentences, paragraphs, tags,
 * dependency tree and mentions. Get it with {@link docView}; every array is shared: do not mutate.
 */
export class DocView {
  readonly text: string;
  /** The `tokens` layer. */
  readonly tokens: readonly Annotation[];
  /** Number of tokens. */
  readonly n: number;
  private tp?: TokenPart;
  private sp?: SyntaxPart;

  constructor(readonly doc: Doc) {
    this.text = doc.text;
    this.tokens = doc.layers.tokens ?? EMPTY;
    this.n = this.tokens.length;
  }

  private get tok(): TokenPart {
    if (this.tp) return this.tp;
    const sentences = this.doc.layers.sentences ?? EMPTY, paragraphs = this.doc.layers.paragraphs ?? EMPTY;
    let p = tokenParts.get(this.tokens);
    if (!p || p.sentences !== sentences || p.paragraphs !== paragraphs) {
      p = buildTokenPart(this.tokens, sentences, paragraphs);
      if (this.tokens !== EMPTY) tokenParts.set(this.tokens, p);
    }
    return (this.tp = p);
  }

  private get syn(): SyntaxPart {
    if (this.sp) return this.sp;
    const pos = this.doc.layers.pos ?? EMPTY, dep = this.doc.layers.dep ?? EMPTY;
    let p = syntaxParts.get(dep);
    if (!p || p.pos !== pos) {
      p = buildSyntaxPart(this, pos, dep);
      if (dep !== EMPTY) syntaxParts.set(dep, p);
    }
    return (this.sp = p);
  }

  /** The `sentences` layer. */
  get sentences(): readonly Annotation[] { return this.tok.sentences; }
  /** The `paragraphs` layer. */
  get paragraphs(): readonly Annotation[] { return this.tok.paragraphs; }
  /** Start offset of each token. */
  get start(): Int32Array { return this.tok.start; }
  /** End offset of each token. */
  get end(): Int32Array { return this.tok.end; }
  /**
   * Sentence index of each token: the first sentence that does not end before the token
   * (for tokenizer output, the sentence holding it); −1 when the document has no sentences.
   */
  get sentOf(): Int32Array { return this.tok.sentOf; }
  /** First token index of each sentence (its tokens are `sentFirst[s] .. sentEnd[s]−1`). */
  get sentFirst(): Int32Array { return this.tok.sentFirst; }
  /** One past the last token index of each sentence. */
  get sentEnd(): Int32Array { return this.tok.sentEnd; }
  /** Paragraph index of each token (as {@link sentOf}, over `paragraphs`); −1 without paragraphs. */
  get paraOf(): Int32Array { return this.tok.paraOf; }

  /** Lower-cased text of each token. */
  get lower(): readonly string[] {
    let l = lowers.get(this.tokens);
    if (!l) {
      l = new Array<string>(this.n);
      for (let i = 0; i < this.n; i++) l[i] = this.tokens[i].text.toLowerCase();
      lowers.set(this.tokens, l);
    }
    return l;
  }

  /** Index of the token with this id, or −1. */
  tokenIndex(id: string): number {
    return idIndex(this.tokens).get(id) ?? -1;
  }

  /** Index of the first token ending after `offset` (n when none): the token at or after it. Binary search. */
  tokenAfter(offset: number): number {
    const end = this.end;
    let lo = 0, hi = this.n;
    while (lo < hi) { const m = (lo + hi) >> 1; if (end[m] <= offset) lo = m + 1; else hi = m; }
    return lo;
  }

  /** Index of the first token starting at or after `offset` (n when none). Binary search. */
  firstTokenFrom(offset: number): number {
    const start = this.start;
    let lo = 0, hi = this.n;
    while (lo < hi) { const m = (lo + hi) >> 1; if (start[m] < offset) lo = m + 1; else hi = m; }
    return lo;
  }

  /** Index of the token ending exactly at `offset`, or −1. */
  tokenEndingAt(offset: number): number {
    const i = this.tokenAfter(offset - 1);
    return i < this.n && this.end[i] === offset ? i : -1;
  }

  /** Index of the token starting exactly at `offset`, or −1. */
  tokenStartingAt(offset: number): number {
    const i = this.tokenAfter(offset);
    return i < this.n && this.start[i] === offset ? i : -1;
  }

  /** Whether the document has a `pos` layer. */
  get hasPos(): boolean { return (this.doc.layers.pos?.length ?? 0) > 0; }
  /** Whether the document has a `dep` layer. */
  get hasDep(): boolean { return (this.doc.layers.dep?.length ?? 0) > 0; }
  /** UPOS of each token (`X` when the `pos` layer has none). */
  get upos(): readonly string[] { return this.syn.upos; }
  /** PTB tag of each token (empty when absent). */
  get xpos(): readonly string[] { return this.syn.xpos; }
  /** Head token index of each token; −1 for a root or without a `dep` layer. */
  get head(): Int32Array { return this.syn.head; }
  /** Dependency relation of each token (empty string without a `dep` layer). */
  get deprel(): readonly string[] { return this.syn.deprel; }

  /** Children of token `i` in text order (a subarray; do not mutate). */
  children(i: number): Int32Array {
    const s = this.syn;
    return s.children.subarray(s.childStart[i], s.childStart[i + 1]);
  }

  /** First child of `i` whose relation is one of `rels` (exact match), or −1. */
  childWith(i: number, rels: readonly string[]): number {
    const s = this.syn;
    for (let j = s.childStart[i]; j < s.childStart[i + 1]; j++) if (rels.includes(s.deprel[s.children[j]])) return s.children[j];
    return -1;
  }

  /** The subject (nsubj, nsubj:pass, csubj …) of predicate `i`, or −1. */
  subjectOf(i: number): number { return this.childWith(i, SUBJECT); }
  /** The direct object of `i`, or −1. */
  objectOf(i: number): number { return this.childWith(i, OBJECT); }
  /** The clausal complement (ccomp or xcomp) of `i`, or −1. */
  clausalComplementOf(i: number): number { return this.childWith(i, CLAUSAL_COMPLEMENT); }

  /** Token index of the root of sentence `s` (−1 for an empty sentence or without a parse). */
  rootOf(s: number): number {
    const head = this.head;
    for (let i = this.sentFirst[s]; i < this.sentEnd[s]; i++) if (head[i] < 0 && this.syn.deprel[i]) return i;
    return -1;
  }

  /**
   * The [first, last] token indices (inclusive) of the subtree under `i`. Projective trees
   * give contiguous spans; for others this is the covering range. Nodes more than `maxDepth`
   * arcs below `i` are left out. Cost: the subtree's size.
   */
  subtreeRange(i: number, maxDepth = Infinity): [number, number] {
    const s = this.syn;
    let lo = i, hi = i;
    // Breadth first, one level at a time, so that `maxDepth` counts arcs below `i`.
    let level = [i];
    for (let depth = 0; level.length && depth <= maxDepth; depth++) {
      const next: number[] = [];
      for (const k of level) {
        if (k < lo) lo = k;
        if (k > hi) hi = k;
        for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) next.push(s.children[j]);
      }
      level = next;
    }
    return [lo, hi];
  }

  /** Half-open UTF-16 offsets of the subtree under `i`. */
  subtreeSpan(i: number): { start: number; end: number } {
    const [lo, hi] = this.subtreeRange(i);
    return { start: this.start[lo], end: this.end[hi] };
  }

  /**
   * Index (in the `mentions` layer) of the first mention covering each token, −1 for none;
   * all −1 without a `mentions` layer.
   */
  get mentionOf(): Int32Array {
    const mentions = this.doc.layers.mentions ?? EMPTY;
    let m = mentionParts.get(mentions);
    if (!m || m.length !== this.n) {
      m = new Int32Array(this.n).fill(-1);
      const start = this.start, end = this.end;
      let lo = 0;
      for (let k = 0; k < mentions.length; k++) {
        const a = mentions[k];
        while (lo < this.n && end[lo] <= a.start) lo++;
        for (let i = lo; i < this.n && start[i] < a.end; i++) if (m[i] < 0) m[i] = k;
      }
      if (mentions !== EMPTY) mentionParts.set(mentions, m);
    }
    return m;
  }

  /** The entity id of token `i` (through its first mention), or null. */
  entityOf(i: number): string | null {
    const k = this.mentionOf[i];
    if (k < 0) return null;
    const e = this.doc.layers.mentions![k].attrs.entity;
    return typeof e === 'string' ? e : null;
  }
}

function idIndex(anns: readonly Annotation[]): Map<string, number> {
  let m = idIndexes.get(anns);
  if (!m) {
    m = new Map();
    for (let i = 0; i < anns.length; i++) m.set(anns[i].id, i);
    idIndexes.set(anns, m);
  }
  return m;
}

function buildTokenPart(tokens: readonly Annotation[], sentences: readonly Annotation[], paragraphs: readonly Annotation[]): TokenPart {
  const n = tokens.length;
  const start = new Int32Array(n), end = new Int32Array(n);
  const sentOf = new Int32Array(n).fill(-1), paraOf = new Int32Array(n).fill(-1);
  const ns = sentences.length;
  const sentFirst = new Int32Array(ns), sentEnd = new Int32Array(ns);
  let si = 0, pi = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    start[i] = t.start; end[i] = t.end;
    // Both layers are sorted by offset: advance to the first one not ending before the token.
    if (ns) {
      while (si + 1 < ns && sentences[si].end <= t.start) si++;
      sentOf[i] = si;
    }
    if (paragraphs.length) {
      while (pi + 1 < paragraphs.length && paragraphs[pi].end <= t.start) pi++;
      paraOf[i] = pi;
    }
  }
  // sentOf never decreases, so each sentence's tokens are one run.
  let i = 0;
  for (let s = 0; s < ns; s++) {
    sentFirst[s] = i;
    while (i < n && sentOf[i] === s) i++;
    sentEnd[s] = i;
  }
  return { sentences, paragraphs, start, end, sentOf, sentFirst, sentEnd, paraOf };
}

function buildSyntaxPart(v: DocView, pos: readonly Annotation[], dep: readonly Annotation[]): SyntaxPart {
  const n = v.n, tokens = v.tokens;
  const upos = new Array<string>(n).fill('X'), xpos = new Array<string>(n).fill('');
  const head = new Int32Array(n).fill(-1), deprel = new Array<string>(n).fill('');
  // Taggers write one annotation per token in token order: take that path, else map by token id.
  const fill = (anns: readonly Annotation[], set: (i: number, a: Annotation) => void) => {
    let aligned = anns.length === n;
    for (let i = 0; aligned && i < n; i++) if (anns[i].attrs.token !== tokens[i].id) aligned = false;
    if (aligned) { for (let i = 0; i < n; i++) set(i, anns[i]); return; }
    const ids = idIndex(tokens);
    for (const a of anns) {
      const i = ids.get(a.attrs.token as string);
      if (i !== undefined) set(i, a);
    }
  };
  fill(pos, (i, p) => {
    if (p.label) upos[i] = p.label;
    if (typeof p.attrs.xpos === 'string') xpos[i] = p.attrs.xpos;
  });
  if (dep.length) {
    const ids = idIndex(tokens);
    // A head may name the head's token or the head's `dep` annotation.
    let depIds: Map<string, number> | undefined;
    fill(dep, (i, d) => {
      deprel[i] = d.label ?? '';
      const h = d.attrs.head;
      if (typeof h !== 'string') return;
      let k = ids.get(h);
      if (k === undefined) {
        depIds ??= new Map(dep.map((x) => [x.id, ids.get(x.attrs.token as string) ?? -1]));
        k = depIds.get(h) ?? -1;
      }
      head[i] = k;
    });
  }
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (head[i] >= 0) childStart[head[i] + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const children = new Int32Array(childStart[n]);
  const at = childStart.slice(0, n);
  for (let i = 0; i < n; i++) if (head[i] >= 0) children[at[head[i]]++] = i;
  return { pos, upos, xpos, head, deprel, childStart, children };
}
