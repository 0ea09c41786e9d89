import type { Doc } from '../../model/types.js';
import type { AnnotationDraft, Stage, StageContext } from '../stage.js';

/**
 * Splits the text into paragraphs: blocks separated by blank lines; when the text has
 * no blank line at all, every non-empty line is a paragraph (the usual shape of pasted
 * news text). Spans exclude surrounding white space.
 *
 * Writes layer `paragraphs` (ids `para0…`); attrs `hardWrapped: true` when the block's
 * inner line breaks look like hard wrapping rather than separate lines.
 * Offsets: half-open UTF-16 into `doc.text`.
 */
export const paragraphsStage: Stage = {
  name: 'paragraphs',
  version: '1',
  requires: [],
  assigns: ['paragraphs'],
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    return findParagraphs(doc.text).map(([start, end, hardWrapped]) => ({
      id: ctx.newId('para'),
      layer: 'paragraphs',
      start,
      end,
      text: doc.text.slice(start, end),
      attrs: (hardWrapped ? { hardWrapped: true } : {}) as Record<string, boolean>,
    }));
  },
};

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;

/** Paragraph spans `[start, end, hardWrapped]` of `text` (UTF-16 offsets). */
export function findParagraphs(text: string): [number, number, boolean][] {
  const byBlank = BLANK_LINE.test(text);
  const sep = byBlank ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\r?\n\s*/g;
  const out: [number, number, boolean][] = [];
  let last = 0;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e, byBlank && looksHardWrapped(text, s, e)]);
  };
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;
}

/** A block of ≥ 3 lines of similar length, most of which do not end a sentence. */
function looksHardWrapped(text: string, start: number, end: number): boolean {
  const lines = text.slice(start, end).split('\n');
  if (lines.length < 3) return false;
  let open = 0, mid = 0;
  for (const l of lines.slice(0, -1)) {
    const t = l.trimEnd();
    if (!/[.!?:"”’)]$/.test(t)) open++;
    if (t.length >= 40 && t.length <= 110) mid++;
  }
  const n = lines.length - 1;
  return open / n >= 0.5 && mid / n >= 0.7;
}
