/**
 * The article-level framing summary (JSON export `framing`, text and HTML reports):
 * counts of framing spans by label and by voice, the share of the text in the outlet's
 * own voice, GDELT-style tone (./tone.ts) of the document, each statement and each
 * speaker, and the most loaded statements. A pure function of the document's layers,
 * linear in tokens + annotations.
 * @module
 */
import type { Annotation, Doc, SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { ToneCounter, type Tone } from './tone.js';

/** Tone of one statement. */
export interface StatementTone extends Tone { statement: string; speaker?: string; speakerName: string }
/** Tone over all statements of one speaker. */
export interface SpeakerTone extends Tone { speaker?: string; speakerName: string; statements: number }
/** A statement ranked by the framing inside it. */
export interface LoadedStatement { statement: string; speaker?: string; speakerName: string; spans: number; score: number; labels: string[]; tone: number; text: string }

export interface FramingSummary {
  /** Framing spans per label. */
  byLabel: Record<string, number>;
  /** Framing spans per voice ('outlet', 'attributed', 'quoted'). */
  byVoice: Record<string, number>;
  /** Share of the `voice` layer's characters in the outlet's own voice (null without that layer). */
  outletShare: number | null;
  tone: { document: Tone; statements: StatementTone[]; speakers: SpeakerTone[] };
  /** Up to five statements with the most framing (summed confidence), highest first. */
  mostLoaded: LoadedStatement[];
}

const ref = (v: unknown): SpanRef | undefined => (v && typeof v === 'object' && 'start' in (v as object) ? (v as SpanRef) : undefined);

/** Builds the {@link FramingSummary}; null when the document has no framing layer. */
export function framingSummary(doc: Doc): FramingSummary | null {
  if (!doc.layers.framing) return null;
  const fr = layer(doc, 'framing');
  const byLabel: Record<string, number> = {}, byVoice: Record<string, number> = {};
  for (const f of fr) {
    byLabel[f.label ?? ''] = (byLabel[f.label ?? ''] ?? 0) + 1;
    const v = String(f.attrs.voice ?? 'outlet');
    byVoice[v] = (byVoice[v] ?? 0) + 1;
  }
  let o = 0, a = 0;
  for (const v of layer(doc, 'voice')) { if (v.label === 'outlet') o += v.end - v.start; else a += v.end - v.start; }
  const outletShare = o + a ? Math.round((1000 * o) / (o + a)) / 1000 : null;

  // Tone: one pass over the tokens; each token counts for the document and for the statement whose content holds it.
  const toks = layer(doc, 'tokens');
  const stmts = layer(doc, 'statements');
  const entities = new Map(layer(doc, 'entities').map((e) => [e.id, e] as const));
  const docTone = new ToneCounter();
  const parts: { start: number; end: number; k: number }[] = [];
  stmts.forEach((s, k) => {
    const ps = Array.isArray(s.attrs.contentParts) ? s.attrs.contentParts.map(ref) : [ref(s.attrs.content)];
    for (const p of ps) if (p) parts.push({ start: p.start, end: p.end, k });
  });
  parts.sort((x, y) => x.start - y.start);
  const stTone = stmts.map(() => new ToneCounter());
  let lo = 0;
  for (const t of toks) {
    const w = t.text.toLowerCase();
    docTone.add(w);
    while (lo < parts.length && parts[lo].end <= t.start) lo++;
    for (let j = lo; j < parts.length && parts[j].start <= t.start; j++) if (parts[j].end >= t.end) stTone[parts[j].k].add(w);
  }
  const nameOf = (s: Annotation): { speaker?: string; speakerName: string } => {
    const id = typeof s.attrs.speaker === 'string' ? s.attrs.speaker : undefined;
    const e = id ? entities.get(id) : undefined;
    return { ...(id ? { speaker: id } : {}), speakerName: e ? String(e.attrs.name ?? e.text) : ref(s.attrs.source)?.text ?? '(unknown)' };
  };
  const statements: StatementTone[] = stmts.map((s, k) => ({ statement: s.id, ...nameOf(s), ...stTone[k].result() }));
  const bySpeaker = new Map<string, { who: { speaker?: string; speakerName: string }; c: ToneCounter; n: number }>();
  stmts.forEach((s, k) => {
    const who = nameOf(s);
    const key = who.speaker ?? `name:${who.speakerName.toLowerCase()}`;
    let e = bySpeaker.get(key);
    if (!e) bySpeaker.set(key, (e = { who, c: new ToneCounter(), n: 0 }));
    const r = stTone[k];
    e.c.words += r.words; e.c.positive += r.positive; e.c.negative += r.negative; e.n++;
  });
  const speakers: SpeakerTone[] = [...bySpeaker.values()].map((e) => ({ ...e.who, statements: e.n, ...e.c.result() }));

  // Most loaded statements: framing spans credited to a statement through their `statement` attr.
  const load = new Map<string, { spans: number; score: number; labels: Set<string> }>();
  for (const f of fr) {
    const id = typeof f.attrs.statement === 'string' ? f.attrs.statement : undefined;
    if (!id) continue;
    const e = load.get(id) ?? { spans: 0, score: 0, labels: new Set<string>() };
    e.spans++; e.score += typeof f.attrs.confidence === 'number' ? f.attrs.confidence : 0.5; e.labels.add(f.label ?? '');
    load.set(id, e);
  }
  const index = new Map(stmts.map((s, k) => [s.id, k] as const));
  const mostLoaded: LoadedStatement[] = [...load].map(([id, e]) => {
    const k = index.get(id)!;
    const s = stmts[k];
    return { statement: id, ...nameOf(s), spans: e.spans, score: Math.round(e.score * 1000) / 1000, labels: [...e.labels].sort(), tone: statements[k].tone, text: ref(s.attrs.content)?.text ?? s.text };
  }).sort((x, y) => y.score - x.score || (x.statement < y.statement ? -1 : 1)).slice(0, 5);

  return { byLabel, byVoice, outletShare, tone: { document: docTone.result(), statements, speakers }, mostLoaded };
}
