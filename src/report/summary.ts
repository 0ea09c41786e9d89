import type { Annotation, Doc, SpanRef } from '../model/types.js';
import { layer } from '../model/doc.js';
import { framingSummary, type FramingSummary } from '../pipeline/stages/framing/summary.js';

/** One statement as reports show it. */
export interface StatementSummary {
  kind: string;
  /** The speaker's canonical name; for a vague or unresolved source, its words in quotes; else "(unknown)". */
  speaker: string;
  /** The source words when they differ from the speaker's name ("he", "the company", "Labour MP X"). */
  source?: string;
  sourceKind: string;
  cue: string;
  content: string;
  target?: string;
  /** True only where a resolution was made (a pronoun or description resolved to a named speaker). */
  inferred: boolean;
  /** How an inferred speaker was found. */
  evidence: string[];
  /** The sentence(s) the statement lies in, and the statement's offsets (UTF-16) to check against. */
  sentence: string;
  start: number;
  end: number;
}

/** A person-readable digest of an analysed document, shared by the text and HTML reports. */
export interface DocSummary {
  title: string;
  meta: { label: string; value: string }[];
  counts: { paragraphs: number; sentences: number; tokens: number };
  boilerplate: string[];
  entities: { name: string; type: string; kb?: string; mentions: string[] }[];
  statements: StatementSummary[];
  times: { text: string; type: string; value: string; reason?: string }[];
  /** What happened: one line per event of the `events` layer. */
  events: EventLine[];
  voice: { outlet: number; attributed: number } | null;
  messages: { severity: string; rule: string; message: string }[];
  /** Framing summary and its spans (text, label, voice, speaker), when the document has a framing layer. */
  framing: (FramingSummary & { spans: { text: string; label: string; voice: string; speaker: string; confidence: number }[] }) | null;
}

/** An event as a report shows it. */
export interface EventLine { category: string; cameo: string; status: string; negated: boolean; source: string; target: string; speaker?: string; place?: string; time?: string; evidence: string; trigger: string; confidence: number }

/** The events layer as report lines ("Russia —ASSAULT→ Ukraine"), with status and the speaker when attributed. */
export function eventLines(doc: Doc): EventLine[] {
  const entitiesById = new Map(layer(doc, 'entities').map((a) => [a.id, a] as const));
  const names = (v: unknown) => (Array.isArray(v) ? v : []).map((p: { name?: string; code?: string | null }) => `${p.name ?? '?'}${p.code ? ` (${p.code})` : ''}`).join(' & ');
  return layer(doc, 'events').map((e) => {
    const sp = typeof e.attrs.speaker === 'string' ? entitiesById.get(e.attrs.speaker) : undefined;
    const place = e.attrs.place as { name?: string; lat?: number | null; lon?: number | null } | null;
    const time = e.attrs.time as { value?: string } | null;
    return {
      category: e.label ?? '', cameo: String(e.attrs.cameo ?? ''), status: String(e.attrs.status ?? ''), negated: e.attrs.negated === true,
      source: names(e.attrs.source) || '—', target: names(e.attrs.target) || '—',
      speaker: sp ? String(sp.attrs.name ?? sp.text) : undefined,
      place: place?.name ? `${place.name}${typeof place.lat === 'number' && typeof place.lon === 'number' ? ` (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})` : ''}` : undefined,
      time: time?.value, evidence: e.text, trigger: ref(e.attrs.trigger)?.text ?? '', confidence: Number(e.attrs.confidence ?? 0),
    };
  });
}

function ref(v: unknown): SpanRef | undefined {
  return v && typeof v === 'object' && 'start' in (v as object) ? (v as SpanRef) : undefined;
}

/** Builds the {@link DocSummary} from whatever layers the document has. */
export function summarize(doc: Doc): DocSummary {
  const m = doc.meta;
  const meta = ([['outlet', m.outlet], ['published', m.publishedAt && `${m.publishedAt}${m.publishedAtSource ? ` (${m.publishedAtSource})` : ''}`],
    ['authors', m.authors?.join(', ')], ['url', m.url], ['language', m.language], ['source', m.origin]] as const)
    .filter(([, v]) => v).map(([label, value]) => ({ label, value: String(value) }));
  const mentionsById = new Map(layer(doc, 'mentions').map((a) => [a.id, a] as const));
  const entitiesById = new Map(layer(doc, 'entities').map((a) => [a.id, a] as const));
  const entities = layer(doc, 'entities').map((e) => {
    const ids = Array.isArray(e.attrs.mentions) ? (e.attrs.mentions as string[]) : [];
    const forms = [...new Set(ids.map((id) => mentionsById.get(id)?.text).filter((t): t is string => !!t))];
    return { name: String(e.attrs.name ?? e.text), type: e.label ?? '', kb: e.attrs.kb ? String(e.attrs.kb) : undefined, mentions: forms };
  });
  const sentences = layer(doc, 'sentences');
  const statements = layer(doc, 'statements').map((s): StatementSummary => {
    const speakerId = typeof s.attrs.speaker === 'string' ? s.attrs.speaker : undefined;
    const ent = speakerId ? entitiesById.get(speakerId) : undefined;
    const source = ref(s.attrs.source);
    const named = typeof s.attrs.speakerName === 'string' && s.attrs.speakerName ? s.attrs.speakerName : ent ? String(ent.attrs.name ?? ent.text) : null;
    const speaker = named ?? (source ? `“${source.text}”` : '(unknown)');
    const sameWords = !source || !named || norm(source.text) === norm(named);
    return {
      kind: s.label ?? '',
      speaker,
      source: sameWords ? undefined : source!.text,
      sourceKind: String(s.attrs.sourceKind ?? ''),
      cue: ref(s.attrs.cue)?.text ?? '',
      content: ref(s.attrs.content)?.text ?? '',
      target: ref(s.attrs.target)?.text,
      inferred: s.attrs.speakerInferred === true && named !== null && !sameWords,
      evidence: Array.isArray(s.attrs.speakerEvidence) ? s.attrs.speakerEvidence.map(String) : [],
      sentence: sentenceOf(doc.text, sentences, s.start, s.end),
      start: s.start,
      end: s.end,
    };
  });
  const times = layer(doc, 'timexes').map((t) => ({ text: t.text, type: t.label ?? '', value: String(t.attrs.value ?? ''), reason: t.attrs.reason ? String(t.attrs.reason) : undefined }));
  return {
    title: m.title ?? firstLine(doc),
    meta,
    counts: { paragraphs: layer(doc, 'paragraphs').length, sentences: layer(doc, 'sentences').length, tokens: layer(doc, 'tokens').length },
    boilerplate: layer(doc, 'boilerplate').map((b) => b.text),
    entities,
    statements,
    times,
    events: eventLines(doc),
    voice: voiceShare(layer(doc, 'voice')),
    framing: framingWithSpans(doc, entitiesById),
    messages: doc.messages.filter((x) => x.severity !== 'info').map((x) => ({ severity: x.severity, rule: x.rule, message: x.message })),
  };
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The text of the sentences overlapping `[start, end)` (sentences are sorted; binary search for the first). */
function sentenceOf(text: string, sentences: readonly Annotation[], start: number, end: number): string {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (sentences[m].end <= start) lo = m + 1; else hi = m; }
  if (lo >= sentences.length) return text.slice(start, end);
  let last = lo;
  while (last + 1 < sentences.length && sentences[last + 1].start < end) last++;
  return text.slice(Math.min(sentences[lo].start, start), Math.max(sentences[last].end, end)).replace(/\s+/g, ' ').trim();
}

function firstLine(doc: Doc): string {
  const t = doc.text.trim();
  const nl = t.indexOf('\n');
  const line = nl < 0 ? t : t.slice(0, nl);
  return line.length > 90 ? line.slice(0, 87) + '…' : line || '(empty)';
}

/** Share of characters in the outlet's voice vs attributed, from the `voice` layer (labels `outlet` / `attributed`). */
export function voiceShare(voice: readonly Annotation[]): { outlet: number; attributed: number } | null {
  if (!voice.length) return null;
  let o = 0, a = 0;
  for (const v of voice) {
    const n = v.end - v.start;
    if (v.label === 'outlet') o += n; else if (v.label === 'attributed') a += n;
  }
  const total = o + a || 1;
  return { outlet: o / total, attributed: a / total };
}

/** The framing summary plus its spans, most confident first, for the reports. */
function framingWithSpans(doc: Doc, entitiesById: Map<string, Annotation>): DocSummary['framing'] {
  const f = framingSummary(doc);
  if (!f) return null;
  const spans = layer(doc, 'framing').map((a) => {
    const id = typeof a.attrs.speaker === 'string' ? a.attrs.speaker : undefined;
    const e = id ? entitiesById.get(id) : undefined;
    const speaker = e ? String(e.attrs.name ?? e.text) : typeof a.attrs.speakerName === 'string' ? a.attrs.speakerName : '';
    return { text: a.text, label: a.label ?? '', voice: String(a.attrs.voice ?? ''), speaker, confidence: typeof a.attrs.confidence === 'number' ? a.attrs.confidence : 0 };
  });
  return { ...f, spans };
}
