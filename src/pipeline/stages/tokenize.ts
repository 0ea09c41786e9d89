import type { Doc } from '../../model/types.js';
import { layer } from '../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../stage.js';
import { tokenize, TokenBuffer } from '../../text/tokenizer.js';
import { splitSentences } from '../../text/sentence-splitter.js';

/**
 * Sentences and tokens, from the project's tokenizer and sentence splitter
 * (src/text; Penn Treebank / UD conventions) run per paragraph segment: paragraphs,
 * line breaks (unless the paragraph is hard-wrapped) and boilerplate spans bound
 * sentences, so a headline or a line without a full stop never merges into the next.
 *
 * Writes layers `sentences` (ids `s…`, attrs `paragraph`) and `tokens` (ids `t…`,
 * attrs `sentence`). Text inside `boilerplate` spans gets no sentences or tokens.
 * Offsets: half-open UTF-16 into `doc.text`.
 */
export const tokenizeStage: Stage = {
  name: 'tokenize',
  version: '2',
  requires: ['paragraphs', 'boilerplate'],
  assigns: ['sentences', 'tokens'],
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    const text = doc.text;
    const out: AnnotationDraft[] = [];
    const boiler = layer(doc, 'boilerplate');
    for (const para of layer(doc, 'paragraphs')) {
      for (const [s, e] of segments(text, para.start, para.end, para.attrs.hardWrapped === true, boiler)) {
        tokenizeSegment(text, s, e, para.id, ctx, out);
      }
    }
    return out;
  },
};

/** Splits [start, end) at line breaks (unless hard-wrapped) and removes boilerplate spans. */
function segments(text: string, start: number, end: number, hardWrapped: boolean,
  boiler: readonly { start: number; end: number }[]): [number, number][] {
  let parts: [number, number][] = [[start, end]];
  if (!hardWrapped) {
    parts = [];
    let s = start;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) === 10) { parts.push([s, i]); s = i + 1; }
    }
    parts.push([s, end]);
  }
  for (const b of boiler) {
    if (b.end <= start || b.start >= end) continue;
    const next: [number, number][] = [];
    for (const [s, e] of parts) {
      if (b.end <= s || b.start >= e) { next.push([s, e]); continue; }
      if (b.start > s) next.push([s, b.start]);
      if (b.end < e) next.push([b.end, e]);
    }
    parts = next;
  }
  return parts.filter(([s, e]) => /\S/.test(text.slice(s, e)));
}

/** Reused across segments and documents: the stage runs synchronously, one document at a time. */
const buffer = new TokenBuffer();

function tokenizeSegment(text: string, start: number, end: number, paraId: string,
  ctx: StageContext, out: AnnotationDraft[]): void {
  buffer.clear();
  tokenize(text, start, end, buffer);
  const starts = buffer.starts, ends = buffer.ends;
  splitSentences(text, buffer, (first, last) => {
    const sStart = starts[first], sEnd = ends[last];
    const sid = ctx.newId('s');
    out.push({ id: sid, layer: 'sentences', start: sStart, end: sEnd, text: text.slice(sStart, sEnd), attrs: { paragraph: paraId } });
    for (let k = first; k <= last; k++) {
      const ts = starts[k], te = ends[k];
      out.push({ id: ctx.newId('t'), layer: 'tokens', start: ts, end: te, text: text.slice(ts, te), attrs: { sentence: sid } });
    }
  });
}
