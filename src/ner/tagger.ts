/**
 * The recogniser over token strings: prepares features, decodes greedily with BILOU
 * constraints, and turns labels into token spans. Document-level: the extended
 * prediction history carries across the sentences given to one {@link NerTagger.tagDocument} call.
 *
 * @module
 */
import { decodeSentence, History, MAX_FEATURES, NLABELS, posOf, SentenceFeatures, TYPES, typeOf, type Scorer } from './features.js';
import { getGazetteer, type Gazetteer } from './gazetteer.js';
import { loadNerModel, type NerModel } from './model.js';

/** A predicted span over token indices [start, end) with a CoNLL type (PER, ORG, LOC, MISC). */
export interface NerSpan { start: number; end: number; type: string }

/** Token spans from a BILOU label sequence (lenient: an unfinished B/I run is closed at a type change or O). */
export function labelsToSpans(labels: Int32Array, n: number): NerSpan[] {
  const out: NerSpan[] = [];
  let start = -1, type = -1;
  for (let i = 0; i < n; i++) {
    const l = labels[i], p = posOf(l), t = typeOf(l);
    if (start >= 0 && (p === -1 || p === 0 || p === 3 || t !== type)) { out.push({ start, end: i, type: TYPES[type] }); start = -1; }
    if (p === 0) { start = i; type = t; } else if (p === 3) out.push({ start: i, end: i + 1, type: TYPES[t] });
    else if ((p === 1 || p === 2) && start < 0) { start = i; type = t; }
    if (p === 2 && start >= 0) { out.push({ start, end: i + 1, type: TYPES[type] }); start = -1; }
  }
  if (start >= 0) out.push({ start, end: n, type: TYPES[type] });
  return out;
}

/** Tags documents given as sentences of token strings. */
export class NerTagger {
  private readonly sf: SentenceFeatures;
  private readonly hist = new History();
  private labels = new Int32Array(256);
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(NLABELS);
  private readonly scorer: Scorer;

  /**
   * @param model weights and lexicons (default: the committed `models/ner.bin`); training
   *   passes a scorer under training with its own lexicons.
   * @param gaz the KB gazetteer (null: no gazetteer features).
   */
  constructor(model: Pick<NerModel, 'caseLex' | 'clusters'> & { weights: Scorer } = loadNerModel(), gaz: Gazetteer | null = getGazetteer()) {
    this.scorer = model.weights;
    this.sf = new SentenceFeatures(gaz, model.caseLex, model.clusters);
  }

  /** Tags the sentences of one document; returns spans per sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): NerSpan[][] {
    this.hist.clear();
    this.sf.prepareDoc(sentences);
    const out: NerSpan[][] = [];
    for (const toks of sentences) {
      const n = toks.length;
      if (!n) { out.push([]); continue; }
      if (n > this.labels.length) this.labels = new Int32Array(n * 2);
      this.sf.prepare(toks, n);
      decodeSentence(this.sf, this.scorer, this.hist, this.labels, this.feats, this.scores);
      out.push(labelsToSpans(this.labels, n));
    }
    return out;
  }
}
