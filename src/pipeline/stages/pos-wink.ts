import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from '../../model/types.js';
import { layer } from '../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../stage.js';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/**
 * Universal part-of-speech tags from wink-nlp's tagger, run per sentence and aligned
 * to the `tokens` layer by offset. (A fallback tagger; the trained syntax stage
 * replaces it when its model is present.)
 *
 * Writes layer `pos` (ids `p…`; label = UPOS; attrs `token` = token id).
 * Offsets: half-open UTF-16 into `doc.text`, identical to the token's.
 */
export const winkPosStage: Stage = {
  name: 'pos-wink',
  version: '1',
  requires: ['sentences', 'tokens'],
  assigns: ['pos'],
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    const text = doc.text;
    const tokens = layer(doc, 'tokens');
    const out: AnnotationDraft[] = [];
    let ti = 0;
    for (const sent of layer(doc, 'sentences')) {
      const seg = text.slice(sent.start, sent.end);
      const wdoc = nlp.readDoc(seg);
      const values = wdoc.tokens().out(its.value) as string[];
      const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
      const tags = wdoc.tokens().out(its.pos) as string[];
      const tagAt = new Map<number, string>();
      let cur = 0;
      for (let i = 0; i < values.length; i++) {
        let at = cur + spaces[i].length;
        if (!seg.startsWith(values[i], at)) at = seg.indexOf(values[i], cur);
        if (at < 0) continue;
        tagAt.set(sent.start + at, tags[i]);
        cur = at + values[i].length;
      }
      while (ti < tokens.length && tokens[ti].start < sent.start) ti++;
      for (; ti < tokens.length && tokens[ti].start < sent.end; ti++) {
        const t = tokens[ti];
        out.push({ id: ctx.newId('p'), layer: 'pos', start: t.start, end: t.end, text: t.text, label: tagAt.get(t.start) ?? 'X', attrs: { token: t.id } });
      }
    }
    return out;
  },
};
