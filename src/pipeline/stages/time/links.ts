import type { Annotation, Doc, SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../../stage.js';
import { docView } from '../../../model/view.js';

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
  languages: ['en'],
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

/**
 * Whether [a, b) holds a clause break, answered from the break positions found once in the
 * whole text (one regex pass, not one per timex × cue).
 */
function clauseBreaks(text: string): (a: number, b: number) => boolean {
  const starts: number[] = [], ends: number[] = [];
  const re = new RegExp(CLAUSE_BREAK.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) { starts.push(m.index); ends.push(m.index + m[0].length); }
  return (a, b) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < a) lo = mid + 1; else hi = mid; }
    return lo < starts.length && ends[lo] <= b;
  };
}

/** Index of the sentence holding offset `at` (the last one starting at or before it), −1 when none. */
function sentenceAt(sentences: readonly Annotation[], at: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (sentences[m].start <= at) lo = m + 1; else hi = m; }
  return lo - 1;
}

function linkTimes(doc: Doc, ctx: StageContext): AnnotationDraft[] {
  const text = doc.text;
  const v = docView(doc);
  const sentences = layer(doc, 'sentences');
  const statements = layer(doc, 'statements');
  const events = layer(doc, 'events');
  const breakIn = clauseBreaks(text);
  // Per sentence: the statements whose cue overlaps it and the events inside it, in layer order.
  const cuesIn = new Map<number, number[]>();
  const contents: { start: number; end: number; i: number }[] = [];
  statements.forEach((st, i) => {
    const content = spanOf(st.attrs.content);
    if (content) contents.push({ start: content.start, end: content.end, i });
    const cue = spanOf(st.attrs.cue);
    if (!cue) return;
    for (let k = Math.max(0, sentenceAt(sentences, cue.start)); k < sentences.length && sentences[k].start < cue.end; k++) {
      if (sentences[k].end <= cue.start) continue;
      let list = cuesIn.get(k);
      if (!list) cuesIn.set(k, (list = []));
      list.push(i);
    }
  });
  contents.sort((a, b) => a.start - b.start || a.i - b.i);
  const contentMaxEnd: number[] = [];
  for (const c of contents) contentMaxEnd.push(Math.max(contentMaxEnd.length ? contentMaxEnd[contentMaxEnd.length - 1] : -Infinity, c.end));
  const eventsIn = new Map<number, Annotation[]>();
  for (const e of events) {
    const k = sentenceAt(sentences, e.start);
    if (k < 0 || e.end > sentences[k].end) continue;
    let list = eventsIn.get(k);
    if (!list) eventsIn.set(k, (list = []));
    list.push(e);
  }
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

    // Statements: every content containing the timex, else the nearest cue in the same sentence.
    const holding: number[] = [];
    {
      let lo = 0, hi = contents.length;
      while (lo < hi) { const m = (lo + hi) >> 1; if (contents[m].start <= tx.start) lo = m + 1; else hi = m; }
      for (let k = lo - 1; k >= 0 && contentMaxEnd[k] >= tx.end; k--) if (contents[k].end >= tx.end) holding.push(contents[k].i);
    }
    if (holding.length) {
      holding.sort((a, b) => a - b);
      for (const i of holding) push(statements[i], 'statements', 'content');
    } else {
      let cueBest: Annotation | null = null, cueDist = Infinity;
      for (const i of cuesIn.get(si) ?? []) {
        const st = statements[i];
        const cue = spanOf(st.attrs.cue)!;
        const d = cue.end <= tx.start ? tx.start - cue.end : cue.start - tx.end;
        if (d < cueDist && !breakIn(Math.min(cue.end, tx.end), Math.max(cue.start, tx.start))) { cueDist = d; cueBest = st; }
      }
      if (cueBest) push(cueBest, 'statements', 'cue');
    }

    // Events: through the dependency head when present, else the nearest in the clause.
    const inSentence = eventsIn.get(si) ?? [];
    if (!inSentence.length) continue;
    let chosen: Annotation | null = null;
    if (v.hasDep) {
      const k = v.firstTokenFrom(tx.start);
      let h = k < v.n && v.end[k] <= tx.end ? v.head[k] : -1;
      for (let guard = 0; h >= 0 && guard < 6 && !chosen; guard++) {
        const hs = v.start[h], he = v.end[h];
        chosen = inSentence.find((e) => e.start <= hs && he <= e.end) ?? null;
        h = v.head[h];
      }
    }
    if (!chosen) {
      let best = Infinity;
      for (const e of inSentence) {
        const d = e.end <= tx.start ? tx.start - e.end : e.start >= tx.end ? e.start - tx.end : 0;
        const cost = d + (breakIn(Math.min(e.end, tx.end), Math.max(e.start, tx.start)) ? 1000 : 0);
        if (cost < best) { best = cost; chosen = e; }
      }
    }
    if (chosen) push(chosen, 'events', 'event');
  }
  return out;
}
