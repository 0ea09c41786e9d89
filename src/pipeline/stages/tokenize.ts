import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from '../../model/types.js';
import { layer } from '../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../stage.js';

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

/**
 * Sentences and tokens, with wink-nlp's tokenizer and sentence splitter run per
 * paragraph segment: paragraphs, line breaks (unless the paragraph is hard-wrapped)
 * and boilerplate spans bound sentences, since wink would otherwise merge a line
 * without a full stop into the next sentence.
 *
 * Writes layers `sentences` (ids `s…`, attrs `paragraph`) and `tokens` (ids `t…`,
 * attrs `sentence`). Text inside `boilerplate` spans gets no sentences or tokens.
 * Offsets: half-open UTF-16 into `doc.text`.
 */
export const tokenizeStage: Stage = {
  name: 'tokenize',
  version: '1',
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

function tokenizeSegment(text: string, start: number, end: number, paraId: string,
  ctx: StageContext, out: AnnotationDraft[]): void {
  const seg = text.slice(start, end);
  const wdoc = nlp.readDoc(seg);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  // Token offsets: wink is lossless (preceding spaces + value reproduce the text);
  // fall back to searching forward where it is not.
  const starts = new Array<number>(values.length);
  let cur = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = cur + spaces[i].length;
    if (!seg.startsWith(v, at)) at = seg.indexOf(v, cur);
    starts[i] = at;
    if (at >= 0) cur = at + v.length;
  }
  // wink's sentence spans are inclusive token-index ranges.
  const sentSpans = wdoc.sentences().out(its.span) as [number, number][];
  for (const [ti, tj] of sentSpans) {
    let a = ti, b = tj;
    while (a <= b && starts[a] < 0) a++;
    while (b >= a && starts[b] < 0) b--;
    if (a > b) continue;
    const sStart = start + starts[a];
    const sEnd = start + starts[b] + values[b].length;
    const sid = ctx.newId('s');
    out.push({ id: sid, layer: 'sentences', start: sStart, end: sEnd, text: text.slice(sStart, sEnd), attrs: { paragraph: paraId } });
    for (let k = a; k <= b; k++) {
      if (starts[k] < 0) continue;
      const ts = start + starts[k];
      out.push({ id: ctx.newId('t'), layer: 'tokens', start: ts, end: ts + values[k].length, text: values[k], attrs: { sentence: sid } });
    }
  }
}
