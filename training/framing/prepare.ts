/**
 * Turns PTC articles into what the framing learners read: the document analysed by the
 * upstream stages (paragraphs … syntax), its framing view, and the gold B/I/O tag of
 * every token (over the union of the article's technique spans).
 * @module
 */
import { createDoc } from '../../src/model/doc.js';
import type { Doc } from '../../src/model/types.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline/runner.js';
import { paragraphsStage } from '../../src/pipeline/stages/paragraphs.js';
import { boilerplateStage } from '../../src/pipeline/stages/boilerplate.js';
import { tokenizeStage } from '../../src/pipeline/stages/tokenize.js';
import { syntaxStage } from '../../src/pipeline/stages/syntax.js';
import { buildTokView, type TokView } from '../../src/pipeline/stages/statements/tokview.js';
import { B, I, O } from '../../src/pipeline/stages/framing/features.js';
import type { PtcArticle } from '../corpora/ptc.js';

/** One article ready for training: the analysed document, its token view and gold tags. */
export interface PreparedArticle {
  art: PtcArticle;
  doc: Doc;
  v: TokView;
  /** Gold B/I/O per token. */
  gold: Uint8Array;
}

/** The stages whose layers the framing features read. */
export function upstreamPipeline(): Promise<Pipeline> {
  return buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage]);
}

/** Analyses one article and derives its gold token tags. */
export function prepareArticle(pipe: Pipeline, art: PtcArticle): PreparedArticle {
  const doc = pipe.run(createDoc(art.text));
  const v = buildTokView(doc);
  return { art, doc, v, gold: goldTags(v, art.spans) };
}

/**
 * B/I/O tags of the tokens: a token overlapping a span is inside; it begins a span when
 * the previous token is outside, shares no span with it, or is in another sentence.
 * Spans are sorted by start; linear in tokens + spans (a window of open spans).
 */
export function goldTags(v: TokView, spans: readonly { start: number; end: number }[]): Uint8Array {
  const tags = new Uint8Array(v.n);
  let lo = 0;
  let prevSet: number[] = [];
  for (let i = 0; i < v.n; i++) {
    while (lo < spans.length && spans[lo].end <= v.start[i] && lo < spans.length) lo++;
    const set: number[] = [];
    for (let k = lo; k < spans.length && spans[k].start < v.end[i]; k++) if (spans[k].end > v.start[i]) set.push(k);
    if (!set.length) tags[i] = O;
    else tags[i] = i > 0 && v.sent[i] === v.sent[i - 1] && set.some((k) => prevSet.includes(k)) ? I : B;
    prevSet = set;
  }
  return tags;
}
