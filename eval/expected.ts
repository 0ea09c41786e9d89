/**
 * Scores an analysed document against an analyst's reading in the format of
 * ../shared/seed/expected.json (sections: boilerplate, entities, statements,
 * authorial_assertions, times, events, framing). Used by `npm run eval -- seed`
 * and by the golden tests over the project's own samples.
 *
 * Matching is by text, since the analyst's reading quotes the article verbatim:
 * a mention written `X (in 'context')` is the word X inside that context.
 */
import type { Annotation, Doc, SpanRef } from '../src/model/types.js';
import { layer } from '../src/model/doc.js';
import { scoreEvents } from './expected-events.js';

export interface ExpectedEntity { name: string; type: string; mentions: string[]; in?: string }
export interface ExpectedStatement { kind: string; source: string; cue: string; content: string; target?: string; sourceKind?: string }
export interface ExpectedTime { text: string; value: string }
export interface ExpectedEvent { actor?: string; actors?: string[]; action: string; target?: string; where?: string; when?: string; status?: string }
export interface ExpectedFraming { text: string; technique: string; voice: string }
export interface Expected {
  published?: string;
  boilerplate?: string[];
  entities?: ExpectedEntity[];
  statements?: ExpectedStatement[];
  authorial_assertions?: string[];
  times?: ExpectedTime[];
  events?: ExpectedEvent[];
  framing?: ExpectedFraming[];
}

/** One checked item: what was expected, whether it was found, and why not. */
export interface ItemResult { section: string; item: string; ok: boolean; why?: string }
export interface SectionScore { section: string; found: number; expected: number; extra?: number }

const norm = (s: string) => s.replace(/[“”„"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const stripPunct = (s: string) => norm(s).replace(/^[\s"'.,;:]+|[\s"'.,;:]+$/g, '');

function ref(v: unknown): SpanRef | undefined {
  return v && typeof v === 'object' && 'start' in (v as object) ? (v as SpanRef) : undefined;
}

/** Locates `X (in 'context')` or a plain mention in the text: all [start, end) places. */
export function locateMention(text: string, mention: string): [number, number][] {
  const m = /^(.*?) \(in '(.*)'\)$/.exec(mention);
  const word = m ? m[1] : mention;
  const out: [number, number][] = [];
  if (m) {
    const ctx = text.indexOf(m[2]);
    if (ctx >= 0) { const i = m[2].indexOf(word); if (i >= 0) out.push([ctx + i, ctx + i + word.length]); }
    return out;
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let x = re.exec(text); x; x = re.exec(text)) out.push([x.index, x.index + x[0].length]);
  return out;
}

/** Scores every section the expectation has; sections whose layer is missing score 0 found. */
export function scoreExpected(doc: Doc, exp: Expected): { sections: SectionScore[]; items: ItemResult[] } {
  const items: ItemResult[] = [];
  const text = doc.text;

  // Boilerplate: the exact line is marked.
  const bp = layer(doc, 'boilerplate');
  for (const b of exp.boilerplate ?? []) {
    // Marked in the text, or removed during extraction and recorded in a message's data.text.
    const ok = bp.some((a) => norm(a.text) === norm(b)) ||
      doc.messages.some((m) => typeof m.data?.text === 'string' && norm(m.data.text) === norm(b));
    items.push({ section: 'boilerplate', item: b, ok, why: ok ? undefined : 'not marked as boilerplate' });
  }

  // Entities: found = some mention of the expected name exists; canonical = every locatable mention maps to the same entity.
  const mentions = layer(doc, 'mentions');
  const entities = new Map(layer(doc, 'entities').map((e) => [e.id, e] as const));
  // The mention sharing the most characters with the expected span ("Belarusian President X" → "President X", not "Belarusian").
  const mentionAt = (s: number, e: number): Annotation | undefined => {
    let best: Annotation | undefined, bestOverlap = 0;
    for (const m of mentions) {
      const o = Math.min(e, m.end) - Math.max(s, m.start);
      if (o > bestOverlap) { best = m; bestOverlap = o; }
    }
    return best;
  };
  for (const ent of exp.entities ?? []) {
    if (ent.in === 'boilerplate only') {
      const spans = locateMention(text, ent.name);
      const leaked = spans.some(([s, e]) => mentions.some((m) => m.start < e && m.end > s));
      items.push({ section: 'entities', item: `${ent.name} (boilerplate only: not an article entity)`, ok: !leaked, why: leaked ? 'tagged inside boilerplate' : undefined });
      continue;
    }
    const ids = new Set<string>();
    const missing: string[] = [];
    for (const mtext of ent.mentions) {
      const places = locateMention(text, mtext);
      const hit = places.map(([s, e]) => mentionAt(s, e)).find((m) => m);
      if (hit && typeof hit.attrs.entity === 'string') ids.add(hit.attrs.entity); else missing.push(mtext);
    }
    const named = [...ids].map((id) => entities.get(id)).filter((e): e is Annotation => !!e);
    const canonical = named.find((e) => norm(String(e.attrs.name ?? e.text)).includes(norm(ent.name)) || norm(ent.name).includes(norm(String(e.attrs.name ?? e.text))));
    const ok = ids.size === 1 && missing.length === 0 && !!canonical;
    const why = ok ? undefined : [missing.length ? `mentions not linked: ${missing.join(' | ')}` : '', ids.size > 1 ? `split over ${ids.size} entities` : '', !canonical ? 'no entity with this canonical name' : ''].filter(Boolean).join('; ');
    items.push({ section: 'entities', item: `${ent.name} (${ent.type})`, ok, why });
  }

  // Statements: cue text, content overlap ≥ 0.6 of the expected content, speaker and kind.
  const stmts = layer(doc, 'statements');
  for (const st of exp.statements ?? []) {
    const cueNorm = stripPunct(st.cue);
    const cands = stmts.filter((s) => { const c = ref(s.attrs.cue); return c && (stripPunct(c.text).includes(cueNorm.split(' ').pop()!) ); });
    let why = cands.length ? '' : `no statement with cue "${st.cue}"`;
    let ok = false;
    for (const s of cands) {
      const content = ref(s.attrs.content);
      const expPlaces = locateMention(text, st.content.replace(/^[“"]|[”"]$/g, ''));
      const overlap = content && expPlaces.length ? overlapRatio(content.start, content.end, expPlaces[0][0], expPlaces[0][1]) : 0;
      const speakerId = typeof s.attrs.speaker === 'string' ? s.attrs.speaker : undefined;
      const ent = speakerId ? entities.get(speakerId) : undefined;
      const names = [ent && String(ent.attrs.name ?? ent.text), ref(s.attrs.source)?.text].filter((x): x is string => !!x).map(norm);
      const speakerOk = names.some((n) => n.includes(norm(st.source)) || norm(st.source).includes(n));
      const kindOk = normKind(s.label) === normKind(st.kind);
      if (overlap >= 0.6 && speakerOk && kindOk) { ok = true; break; }
      why = `content overlap ${overlap.toFixed(2)}, speaker ${speakerOk ? 'ok' : `"${names.join('/')}"`}, kind ${s.label}`;
    }
    items.push({ section: 'statements', item: `${st.source} ${st.cue}: ${st.content.slice(0, 50)}`, ok, why: ok ? undefined : why });
  }

  // Authorial assertions: covered by the outlet's voice and by no statement content.
  const voice = layer(doc, 'voice');
  for (const a of exp.authorial_assertions ?? []) {
    const [s, e] = locateMention(text, a)[0] ?? [-1, -1];
    const outlet = voice.filter((v) => v.label === 'outlet').reduce((n, v) => n + Math.max(0, Math.min(e, v.end) - Math.max(s, v.start)), 0);
    const ok = s >= 0 && outlet / (e - s) >= 0.9;
    items.push({ section: 'authorial', item: a.slice(0, 60), ok, why: ok ? undefined : `outlet voice covers ${s >= 0 ? Math.round((100 * outlet) / (e - s)) : 0}%` });
  }

  // Times: an expression overlapping the expected text with the expected value.
  const tx = layer(doc, 'timexes');
  for (const t of exp.times ?? []) {
    const places = locateMention(text, t.text);
    const hits = tx.filter((x) => places.some(([s, e]) => x.start < e && x.end > s));
    const ok = hits.some((h) => String(h.attrs.value) === t.value);
    items.push({ section: 'times', item: `${t.text} = ${t.value}`, ok, why: ok ? undefined : hits.length ? `value ${hits.map((h) => String(h.attrs.value)).join('/')}` : 'not found' });
  }

  // Events: class, parties, place, time and status (eval/expected-events.ts).
  items.push(...scoreEvents(doc, exp.events ?? []));
  // Framing: a span overlapping the expected text with an acceptable label and the expected voice (see framingLabels / voiceMatches).
  const fr = layer(doc, 'framing');
  for (const f of exp.framing ?? []) {
    const places = locateMention(text, f.text);
    const labels = framingLabels(f.technique);
    const near = fr.filter((x) => places.some(([s, e]) => x.start < e && x.end > s));
    const labelled = near.filter((x) => labels.includes(x.label ?? ''));
    const ok = labelled.some((x) => voiceMatches(x, f.voice, entities));
    const why = ok ? undefined : !fr.length ? 'no framing layer' : !near.length ? 'not flagged'
      : !labelled.length ? `labelled ${[...new Set(near.map((x) => x.label))].join('/')}, expected ${labels.join('/')}`
      : `voice ${labelled.map((x) => `${String(x.attrs.voice)}${x.attrs.speakerName ? ` (${String(x.attrs.speakerName)})` : ''}`).join('/')}`;
    items.push({ section: 'framing', item: `${f.text} (${f.technique.split(' ')[0]})`, ok, why });
  }

  const order = ['boilerplate', 'entities', 'statements', 'authorial', 'times', 'events', 'framing'];
  const sections: SectionScore[] = order
    .map((section) => { const its = items.filter((i) => i.section === section); return { section, found: its.filter((i) => i.ok).length, expected: its.length }; })
    .filter((s) => s.expected > 0);
  return { sections, items };
}

const TECHNIQUE_NAMES = ['Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Exaggeration,Minimisation', 'Doubt',
  'Appeal_to_fear-prejudice', 'Flag-Waving', 'Causal_Oversimplification', 'Slogans', 'Appeal_to_Authority',
  'Black-and-White_Fallacy', 'Thought-terminating_Cliches', 'Whataboutism,Straw_Men,Red_Herring', 'Bandwagon,Reductio_ad_hitlerum'];

/**
 * The framing labels an analyst's technique description accepts: alternatives are split
 * on " / "; a PTC technique name (or one of the names a merged class joins, e.g.
 * Reductio_ad_hitlerum) gives that class; "scare quote", "vague sourcing",
 * "exonym"/"contested" and "adoption" give the project's own labels.
 */
export function framingLabels(technique: string): string[] {
  const out = new Set<string>();
  for (const alt of technique.split(/\s+\/\s+/)) {
    const a = alt.toLowerCase();
    for (const t of TECHNIQUE_NAMES) if (t.toLowerCase().split(',').some((part) => a.includes(part)) || a.includes(t.toLowerCase())) out.add(t);
    if (a.includes('scare quote')) out.add('scare-quotes');
    if (a.includes('vague sourcing')) out.add('vague-sourcing');
    if (a.includes('exonym') || a.includes('contested')) out.add('contested-term');
    if (a.includes('adoption')) out.add('authorial-adoption');
  }
  return [...out];
}

/**
 * Whether a framing span's voice matches an analyst's "quoted (X)", "attributed (X)" or
 * "authorial": the voice kind (a direct quotation inside X's claim also counts as
 * attributed to X) and X as a part of the speaker entity's name or the source text.
 */
export function voiceMatches(a: Annotation, expected: string, entities: ReadonlyMap<string, Annotation>): boolean {
  const m = /^(quoted|attributed|authorial)(?:\s*\((.*)\))?$/i.exec(expected.trim());
  if (!m) return false;
  const kind = m[1].toLowerCase(), who = m[2] ? norm(m[2]) : '';
  const voice = String(a.attrs.voice ?? '');
  if (kind === 'authorial') return voice === 'outlet';
  if (!(voice === kind || (kind === 'attributed' && voice === 'quoted'))) return false;
  if (!who) return true;
  const id = typeof a.attrs.speaker === 'string' ? a.attrs.speaker : undefined;
  const ent = id ? entities.get(id) : undefined;
  const names = [ent && String(ent.attrs.name ?? ent.text), typeof a.attrs.speakerName === 'string' ? a.attrs.speakerName : undefined]
    .filter((x): x is string => !!x).map(norm);
  return names.some((n) => n.includes(who) || who.includes(n));
}

function overlapRatio(s1: number, e1: number, s2: number, e2: number): number {
  const inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  const union = Math.max(e1, e2) - Math.min(s1, s2);
  return union ? inter / union : 0;
}

function normKind(k: string | undefined): string {
  const x = (k ?? '').toLowerCase();
  return x === 'partial' || x === 'partial-direct' ? 'partial' : x;
}
