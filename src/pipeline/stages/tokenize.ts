import type { Doc } from '../../model/types.js';
import { layer } from '../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext, StageOutput } from '../stage.js';
import { tokenize, TokenBuffer } from '../../text/tokenizer.js';
import { splitSentences } from '../../text/sentence-splitter.js';

/**
 * Sentences and tokens, from the project's tokenizer and sentence splitter
 * (src/text; Penn Treebank / UD conventions) run per paragraph segment: paragraphs,
 * line breaks (unless the paragraph is hard-wrapped) and boilerplate spans bound
 * sentences, so a headline or a line without a full stop never merges into the next.
 *
 * A run longer than {@link MAX_SENTENCE_TOKENS} tokens without a sentence end (a table, a
 * list page, text without punctuation) is cut into sentences of at most that many tokens,
 * after the last comma, semicolon, colon, dash, closing bracket or line break in the second
 * half of each piece when there is one, with an info message `tokenize/long-sentence` on its span: no
 * later stage sees an unbounded sentence, so per-sentence work stays linear in the text.
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
  run(doc: Doc, ctx: StageContext): StageOutput {
    const text = doc.text;
    const out: AnnotationDraft[] = [];
    const messages: NonNullable<StageOutput['messages']> = [];
    const boiler = layer(doc, 'boilerplate');
    for (const para of layer(doc, 'paragraphs')) {
      for (const [s, e] of segments(text, para.start, para.end, para.attrs.hardWrapped === true, boiler)) {
        tokenizeSegment(text, s, e, para.id, ctx, out, messages);
      }
    }
    return { annotations: out, messages };
  },
};

/** The most tokens a sentence may have; longer runs are cut (see {@link tokenizeStage}). */
export const MAX_SENTENCE_TOKENS = 250;

/** Tokens a cut piece may give up to end at a soft break rather than mid-phrase. */
const SOFT_WINDOW = MAX_SENTENCE_TOKENS >> 1;

/** A line break between two tokens (a hard-wrapped list item ends there). */
function lineBreakAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** A comma, semicolon, colon, dash or closing bracket: a place to cut a run-on sentence. */
function softBreak(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const c = text.charCodeAt(s);
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x29 || c === 0x5d;
}

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
  ctx: StageContext, out: AnnotationDraft[], messages: NonNullable<StageOutput['messages']>): void {
  buffer.clear();
  tokenize(text, start, end, buffer);
  const starts = buffer.starts, ends = buffer.ends;
  const emit = (first: number, last: number) => {
    const sStart = starts[first], sEnd = ends[last];
    const sid = ctx.newId('s');
    out.push({ id: sid, layer: 'sentences', start: sStart, end: sEnd, text: text.slice(sStart, sEnd), attrs: { paragraph: paraId } });
    for (let k = first; k <= last; k++) {
      const ts = starts[k], te = ends[k];
      out.push({ id: ctx.newId('t'), layer: 'tokens', start: ts, end: te, text: text.slice(ts, te), attrs: { sentence: sid } });
    }
  };
  splitSentences(text, buffer, (first, last) => {
    if (last - first < MAX_SENTENCE_TOKENS) { emit(first, last); return; }
    let a = first, pieces = 0;
    while (a <= last) {
      let b = Math.min(last, a + MAX_SENTENCE_TOKENS - 1);
      if (b < last) {
        let k = b;
        while (k > b - SOFT_WINDOW && !softBreak(text, starts[k], ends[k]) && !lineBreakAfter(text, ends[k], starts[k + 1])) k--;
        if (k > b - SOFT_WINDOW) b = k;
      }
      emit(a, b);
      pieces++;
      a = b + 1;
    }
    messages.push({ rule: 'tokenize/long-sentence', severity: 'info', start: starts[first], end: ends[last],
      message: `a run of ${last - first + 1} tokens without a sentence end was cut into ${pieces} sentences of at most ${MAX_SENTENCE_TOKENS} tokens` });
  });
}
