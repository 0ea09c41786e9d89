import type { Annotation, Doc, SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../../stage.js';
import { headsByToken } from './dep.js';

/**
 * Time links: each timex is attached to the statement(s) and event(s) of its clause, ready
 * for a timeline.
 *
 * - A timex inside a statement's content dates what the content reports ("… the expulsion of
 *   troops in April" → the content); a timex in the statement's sentence but outside the content
 *   dates the act of saying ("Kim said on Wednesday" → the cue). Role `content` or `cue`.
 * - A timex and an event in the same clause: the event of the timex's governing verb when a `dep`
 *   layer is present, else the nearest event in the sentence not separated by a clause break.
 * - The relation comes from the type and the signal word before the timex: `since`, `until`,
 *   `before`, `after`, `for` (durations), `every` (sets), `during` (periods coarser than a day,
 *   or "during"/"throughout"), otherwise `at`.
 *
 * Requires `timexes`, `sentences`; reads `statements` (attrs `cue`, `content`: SpanRef),
 * `events` and `dep` when present. Writes layer `timelinks` (ids `tl…`; span = the timex's;
 * attrs `timex`, `target` (annotation id), `targetLayer`, `role`, `relation`, `signal`?).
 * Offsets: half-open UTF-16 into `doc.text`.
 */
export const timelinksStage: Stage = {
  name: 'timelinks',
  version: '1',
  requires: ['timexes', 'sentences'],
  optional: ['statements', 'events', 'dep', 'tokens'],
  assigns: ['timelinks'],
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    return linkTimes(doc, ctx);
  },
};

const SIGNAL = /(?:^|\s)(since|until|till|through|before|after|by|during|throughout|from|in|on|at|within|for|over)\s+(?:the\s+)?$/i;
const CLAUSE_BREAK = /[;:—–]|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b|\bwho\b/i;

function spanOf(v: unknown): SpanRef | null {
  return v && typeof v === 'object' && typeof (v as SpanRef).start === 'number' ? (v as SpanRef) : null;
}

/** The relation of a timex to what it dates, from its type, value and the signal before it. */
export function relationFor(tx: Annotation, textBefore: string): { relation: string; signal?: string } {
  const m = SIGNAL.exec(textBefore);
  const signal = m ? m[1].toLowerCase() : undefined;
  if (tx.label === 'SET') return { relation: 'every', signal };
  if (tx.label === 'DURATION') return { relation: signal === 'within' ? 'within' : 'for', signal };
  switch (signal) {
    case 'since': case 'from': return { relation: 'since', signal };
    case 'until': case 'till': case 'through': return { relation: 'until', signal };
    case 'by': return { relation: 'by', signal };
    case 'before': return { relation: 'before', signal };
    case 'after': return { relation: 'after', signal };
    case 'during': case 'throughout': case 'over': return { relation: 'during', signal };
    default: break;
  }
  const value = String(tx.attrs.value ?? '');
  // A day or a clock time is a point for news purposes; months, years, periods contain the event.
  const dayOrFiner = /^\d{4}-\d{2}-\d{2}/.test(value);
  return { relation: dayOrFiner ? 'at' : 'during', signal };
}

function linkTimes(doc: Doc, ctx: StageContext): AnnotationDraft[] {
  const text = doc.text;
  const sentences = layer(doc, 'sentences');
  const statements = layer(doc, 'statements');
  const events = layer(doc, 'events');
  const tokens = layer(doc, 'tokens');
  const headOf = headsByToken(doc);
  const tokenById = new Map<string, Annotation>();
  for (const t of tokens) tokenById.set(t.id, t);
  const out: AnnotationDraft[] = [];
  let si = 0;
  for (const tx of layer(doc, 'timexes')) {
    while (si < sentences.length && sentences[si].end <= tx.start) si++;
    const sent = sentences[si];
    if (!sent || sent.start > tx.start) continue;
    const before = text.slice(Math.max(sent.start, tx.start - 25), tx.start);
    const { relation, signal } = relationFor(tx, before);
    const push = (target: Annotation, targetLayer: string, role: string) => {
      const attrs: Record<string, string> = { timex: tx.id, target: target.id, targetLayer, role, relation };
      if (signal) attrs.signal = signal;
      out.push({ id: ctx.newId('tl'), layer: 'timelinks', start: tx.start, end: tx.end, text: tx.text, attrs });
    };

    // Statements: content containing the timex, else the nearest cue in the same sentence.
    let cueBest: Annotation | null = null, cueDist = Infinity;
    for (const st of statements) {
      const content = spanOf(st.attrs.content);
      const cue = spanOf(st.attrs.cue);
      if (content && content.start <= tx.start && tx.end <= content.end) { push(st, 'statements', 'content'); cueBest = null; cueDist = -1; continue; }
      if (cueDist < 0 || !cue) continue;
      if (cue.start >= sent.end || cue.end <= sent.start) continue;
      if (content && content.start <= tx.start && tx.end <= content.end) continue;
      const d = cue.end <= tx.start ? tx.start - cue.end : cue.start - tx.end;
      if (d < cueDist && !CLAUSE_BREAK.test(text.slice(Math.min(cue.end, tx.end), Math.max(cue.start, tx.start)))) { cueDist = d; cueBest = st; }
    }
    if (cueBest) push(cueBest, 'statements', 'cue');

    // Events: through the dependency head when present, else the nearest in the clause.
    const inSentence = events.filter((e) => e.start >= sent.start && e.end <= sent.end);
    if (!inSentence.length) continue;
    let chosen: Annotation | null = null;
    if (headOf.size) {
      const txTok = tokens.find((t) => t.start >= tx.start && t.end <= tx.end);
      let h = txTok ? headOf.get(txTok.id) ?? null : null;
      for (let guard = 0; h && guard < 6 && !chosen; guard++) {
        const ht = tokenById.get(h);
        if (!ht) break;
        chosen = inSentence.find((e) => e.start <= ht.start && ht.end <= e.end) ?? null;
        h = headOf.get(h) ?? null;
      }
    }
    if (!chosen) {
      let best = Infinity;
      for (const e of inSentence) {
        const d = e.end <= tx.start ? tx.start - e.end : e.start >= tx.end ? e.start - tx.end : 0;
        const gap = text.slice(Math.min(e.end, tx.end), Math.max(e.start, tx.start));
        const cost = d + (CLAUSE_BREAK.test(gap) ? 1000 : 0);
        if (cost < best) { best = cost; chosen = e; }
      }
    }
    if (chosen) push(chosen, 'events', 'event');
  }
  return out;
}
