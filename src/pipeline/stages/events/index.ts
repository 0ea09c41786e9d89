/**
 * What happened: the events stage. Codes actor–action–target events from the dependency parse
 * with the PETRARCH2 CAMEO verb dictionary and patterns (src/kb/petrarch.ts), event nouns and light
 * verbs; resolves actors to canonical entities with an ISO 3166 alpha-3 country and a CAMEO sector;
 * maps the CAMEO code to PLOVER 2021's 16 categories; reads negation and the epistemic status
 * (outlet's voice, attributed, planned, demanded, denied, hypothetical) from the verbs and modals
 * above the event and from the statements layer; attaches a KB place with coordinates and a timex;
 * merges mentions of the same event within the document.
 *
 * Requires `sentences`, `tokens`, `pos`, `dep`; reads `mentions`, `entities`, `statements`,
 * `timexes`, `boilerplate` when present.
 * Writes layer `events` (ids `ev…`): span = the evidence (the clause stretch from the first to the
 * last participant or trigger); label = PLOVER category; attrs { cameo, mode, trigger (span),
 * source / target (lists of { entity, name, code, country, sector, span }), negated, status,
 * speaker (entity id) and statement (id) when inside someone's statement, place { entity, name,
 * kb, lat, lon, span } | null, time { timex, value } | null, confidence (0–1, a heuristic score),
 * mentions (evidence spans of merged repeats) }.
 * Offsets: half-open UTF-16 code units into `doc.text`.
 * @module
 */
import type { Annotation, AttrValue, Doc } from '../../../model/types.js';
import { layer, spanRef } from '../../../model/doc.js';
import type { AnnotationDraft, Stage, StageContext } from '../../stage.js';
import { sentenceViews, type SyntaxSentence } from './sentence-view.js';
import { getKb } from '../../../kb/index.js';
import { getPetrarch, type PloverCategory } from '../../../kb/petrarch.js';
import { CLAUSE_RELS, codeNoun, codeVerb, type Predicate } from './code.js';
import { applyWrapper, auxOf, isConditional, nounNegated, ploverOf, type EventStatus } from './modality.js';
import { caseOf, kbCountry, resolveActor, type Actor, type ActorContext } from './actors.js';
import { inheritPlaces, mergeEvents, type EventDraft } from './merge.js';
import { WRAPPER_ADJECTIVES } from './lexicon.js';
import { fallbackTargetHeads, isOwnForce } from './targets.js';

export type { EventStatus } from './modality.js';
export type { Actor } from './actors.js';

/** The events stage (see the module TSDoc for the layer it writes). */
export const eventsStage: Stage = {
  name: 'events',
  version: '1',
  languages: ['en'],
  requires: ['sentences', 'tokens', 'pos', 'dep'],
  optional: ['mentions', 'entities', 'statements', 'timexes', 'boilerplate'],
  assigns: ['events'],
  init() { getPetrarch(); getKb(); },
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    return findEvents(doc).map((e) => toDraft(doc, e, ctx.newId('ev')));
  },
};

const SUBJ = new Set(['nsubj', 'csubj']);
/** Categories that happen somewhere physical, whose sub-national target is also their place. */
const PHYSICAL = new Set<PloverCategory>(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'AID', 'RETREAT']);
/** Armed sectors: their withdrawal is a military retreat. */
const ARMED = new Set(['MIL', 'REB', 'UAF', 'INS', 'IMG']);
/** Reporting cues whose content is presupposed true (the outlet reports it, not the speaker). */
const FACTIVE_CUES = new Set(['thank', 'praise', 'acknowledge', 'welcome', 'condemn', 'regret', 'applaud', 'commend', 'hail', 'mourn', 'celebrate', 'denounce', 'lament']);
const PASS_SUBJ = new Set(['nsubj:pass', 'csubj:pass']);
/** Prepositions that introduce the target of an action ("attack on", "talks with", "aid to"). */
const TARGET_CASES = new Set(['with', 'against', 'on', 'to', 'into', 'at', 'toward', 'towards', 'upon', 'of', 'from', 'between', 'by', 'over']);
/** Prepositions that put a named place where the event happens (not where it goes or comes from). */
const LOCATIVE_CASES = new Set(['in', 'at', 'near', 'inside', 'throughout', 'across', 'around', 'within']);
const PLACE_CASES = new Set(['in', 'at', 'near', 'into', 'inside', 'outside', 'across', 'around', 'throughout', 'on', 'from']);

interface DocIndex {
  actx: ActorContext;
  /** Actors resolved so far, by sentence and head token (several events of a sentence ask for the same phrases). */
  actorCache: Map<number, Actor | null>;
  /** The first statement (in layer order) with a content part holding [start, end), or null. */
  statementHolding: (start: number, end: number) => Annotation | null;
  timexByToken: Map<string, Annotation>;
  boiler: readonly Annotation[];
}

function indexDoc(doc: Doc): DocIndex {
  const tokens = layer(doc, 'tokens');
  const mentions = layer(doc, 'mentions');
  const entities = new Map<string, Annotation>();
  for (const e of layer(doc, 'entities')) entities.set(e.id, e);
  // Token → covering mention; names beat titles, nominals and pronouns; shorter beats longer.
  const rank = (m: Annotation) => (m.attrs.kind === 'name' ? 0 : m.attrs.kind === 'demonym' ? 1 : 2) * 1e6 + (m.end - m.start);
  const mentionOfToken = new Map<string, Annotation>();
  const timexByToken = new Map<string, Annotation>();
  let ti = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    while (ti < tokens.length && tokens[ti].end <= m.start) ti++;
    for (let k = ti; k < tokens.length && tokens[k].start < m.end; k++) {
      const cur = mentionOfToken.get(tokens[k].id);
      if (!cur || rank(m) < rank(cur)) mentionOfToken.set(tokens[k].id, m);
    }
  }
  ti = 0;
  for (const t of layer(doc, 'timexes')) {
    while (ti < tokens.length && tokens[ti].end <= t.start) ti++;
    for (let k = ti; k < tokens.length && tokens[k].start < t.end; k++) timexByToken.set(tokens[k].id, t);
  }
  const date = typeof doc.meta.publishedAt === 'string' ? doc.meta.publishedAt.slice(0, 10) : undefined;
  return { actx: { pet: getPetrarch(), kb: getKb(), mentionOfToken, entities, date }, actorCache: new Map(), statementHolding: statementIndex(doc), timexByToken, boiler: layer(doc, 'boilerplate') };
}

/**
 * "Which statement's content holds this span?" without a scan of every statement per event
 * (quadratic on a long document): content parts are listed under each sentence they touch, and a
 * span is looked up under the sentence it starts in.
 */
function statementIndex(doc: Doc): (start: number, end: number) => Annotation | null {
  const sentStart = layer(doc, 'sentences').map((x) => x.start);
  const sentenceAt = (pos: number) => { let lo = 0, hi = sentStart.length - 1, r = 0; while (lo <= hi) { const mid = (lo + hi) >> 1; if (sentStart[mid] <= pos) { r = mid; lo = mid + 1; } else hi = mid - 1; } return r; };
  const statements = layer(doc, 'statements');
  const bySentence = new Map<number, { order: number; a: number; b: number }[]>();
  statements.forEach((st, order) => {
    const content = st.attrs.content as { start: number; end: number } | null | undefined;
    const parts = Array.isArray(st.attrs.contentParts) ? (st.attrs.contentParts as { start: number; end: number }[]) : content ? [content] : [];
    for (const p of parts) {
      const first = sentenceAt(p.start);
      for (let si = first; si < sentStart.length && (si === first || sentStart[si] < p.end); si++) {
        let list = bySentence.get(si);
        if (!list) bySentence.set(si, (list = []));
        list.push({ order, a: p.start, b: p.end });
      }
    }
  });
  return (start: number, end: number) => {
    let best = -1;
    for (const p of bySentence.get(sentenceAt(start)) ?? []) if (p.a <= start && end <= p.b && (best < 0 || p.order < best)) best = p.order;
    return best < 0 ? null : statements[best];
  };
}

/**
 * An event inside what a speech act says, when that speech act is itself an event
 * ("demanded that the US cancel the sale", "threatened to break relations"), is the content
 * of that act, not a second occurrence: the act is what happened (PLOVER and CAMEO code the
 * demand or the threat). Its confidence drops below the act's, its status stays.
 */
function demoteReportedContent(doc: Doc, events: EventDraft[]): void {
  const cues = new Map<string, [number, number]>();
  for (const st of layer(doc, 'statements')) {
    const c = st.attrs.cue as { start?: number; end?: number } | undefined;
    if (c && typeof c.start === 'number' && typeof c.end === 'number') cues.set(st.id, [c.start, c.end]);
  }
  const bySentence = new Map<number, EventDraft[]>();
  for (const e of events) {
    let list = bySentence.get(e.sentence);
    if (!list) bySentence.set(e.sentence, (list = []));
    list.push(e);
  }
  for (const e of events) {
    const cue = e.statement ? cues.get(e.statement) : undefined;
    if (!cue) continue;
    const act = bySentence.get(e.sentence)!.find((f) => f !== e && f.trigger[0] < cue[1] && cue[0] < f.trigger[1]);
    if (act && e.confidence >= act.confidence) e.confidence = Math.max(0.1, Math.round((act.confidence - 0.05) * 100) / 100);
  }
}

/** Finds, codes and merges the events of a document. */
export function findEvents(doc: Doc): EventDraft[] {
  if (!layer(doc, 'dep').length) return [];
  const sentences = sentenceViews(doc);
  const ix = indexDoc(doc);
  const out: EventDraft[] = [];
  // Sentences and boilerplate in text order, swept together (not every boilerplate span per sentence).
  const boiler = [...ix.boiler].sort((a, b) => a.start - b.start);
  let bi = 0;
  for (const s of sentences) {
    const { start, end } = s.sentence;
    while (bi < boiler.length && boiler[bi].end <= start) bi++;
    let inBoiler = false;
    for (let k = bi; k < boiler.length && boiler[k].start < end; k++) if (boiler[k].end > start) { inBoiler = true; break; }
    if (inBoiler) continue;
    sentenceEvents(doc, s, ix, out);
  }
  out.sort((a, b) => a.sentence - b.sentence || a.trigger[0] - b.trigger[0]);
  demoteReportedContent(doc, out);
  inheritPlaces(out);
  return mergeEvents(out);
}

function sentenceEvents(doc: Doc, s: SyntaxSentence, ix: DocIndex, out: EventDraft[]): void {
  const pet = ix.actx.pet;
  const n = s.tokens.length;
  const preds: (Predicate | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (s.upos[i] === 'VERB' || (s.upos[i] === 'AUX' && s.labels[i] === 'root')) preds[i] = codeVerb(pet, s, i);
  }
  for (let i = 0; i < n; i++) {
    const w = WRAPPER_ADJECTIVES[s.tokens[i].text.toLowerCase()];
    if (!preds[i] && w && s.upos[i] === 'ADJ') preds[i] = { i, lemma: s.tokens[i].text.toLowerCase(), kind: 'verb', code: '---', refined: false, wrapper: w };
  }
  const before = out.length;
  const tried: [Predicate, string][] = [];
  const consumed = new Set<number>();
  for (const p of preds) if (p?.noun !== undefined) consumed.add(p.noun);
  for (let i = 0; i < n; i++) {
    if (preds[i] || consumed.has(i) || (s.upos[i] !== 'NOUN' && s.upos[i] !== 'PROPN')) continue;
    const h = s.heads[i];
    // An event noun whose verb already codes through a pattern is part of that event.
    if (h >= 0 && preds[h]?.refined && preds[h]!.code !== '---' && (s.labels[i] === 'obj' || s.labels[i] === 'obl')) continue;
    preds[i] = codeNoun(s, i);
  }
  // Which verbs carry a coded event below them (their wrapper role then applies to it, not to themselves).
  const hasCodedBelow = new Set<number>();
  for (let i = 0; i < n; i++) {
    const p = preds[i];
    if (!p || p.kind !== 'verb' || p.wrapper) continue;
    if (isEventCode(p.code)) markUp(s, preds, i, hasCodedBelow);
  }
  for (let i = 0; i < n; i++) {
    const p = preds[i];
    if (!p) continue;
    if (p.wrapper && hasCodedBelow.has(i)) continue; // the wrapped event carries it
    if (p.wrapper === 'say' && !p.refined) continue;
    let code = p.code;
    let pp = p;
    if (p.wrapper && p.wrapper !== 'say' && (!isEventCode(code) || !p.refined) && wrapperOwnCode(p.wrapper) !== '---' && hasComplement(s, i, p.wrapper)) {
      // A demand, refusal, threat or promise whose content codes nothing is itself the event.
      code = wrapperOwnCode(p.wrapper);
      pp = { ...p, refined: true };
    }
    if (!isEventCode(code)) continue;
    const ev = buildEvent(doc, s, ix, preds, pp, code);
    if (ev) out.push(ev);
    else tried.push([pp, code]);
  }
  if (out.length === before && tried.length) rescue(doc, s, ix, preds, tried, out);
}

/**
 * A sentence whose coded predicates all lost their parties (the parse linked no subject or
 * object to them: "{The Council today agreed …", a subject hung on a later verb) still says who
 * happened: when the sentence names a party outside a place phrase, its most specific coded
 * predicate is kept as an event without a source, at a lower confidence. Only for sentences with
 * no event at all, so it never competes with an event the parse supports.
 */
function rescue(doc: Doc, s: SyntaxSentence, ix: DocIndex, preds: (Predicate | undefined)[], tried: [Predicate, string][], out: EventDraft[]): void {
  let head = -1;
  for (let k = 0; k < s.tokens.length && head < 0; k++) {
    if (s.upos[k] !== 'PROPN' && s.upos[k] !== 'NOUN' && s.upos[k] !== 'ADJ') continue;
    if (PLACE_CASES.has(caseOf(s, k)) || (s.heads[k] >= 0 && PLACE_CASES.has(caseOf(s, s.heads[k])) && s.labels[k] !== 'nsubj')) continue;
    if (!ix.actx.mentionOfToken.get(s.tokens[k].id)) continue;
    const a = actorAt(ix, s, k);
    if (a && (a.country || a.org)) head = a.head >= 0 ? a.head : k;
  }
  if (head < 0) return;
  // The predicate nearest the sentence's root first: the main clause's act, not a purpose or a relative clause.
  const depth = (i: number) => { let d = 0; for (let q = i; s.heads[q] >= 0 && d < 20; q = s.heads[q]) d++; return d; };
  const order = [...tried].sort((a, b) => depth(a[0].i) - depth(b[0].i) || Number(b[0].refined) - Number(a[0].refined) || a[0].i - b[0].i);
  for (const [p, code] of order) {
    if (p.i === head) continue;
    const ev = buildEvent(doc, s, ix, preds, p, code, head);
    if (!ev) continue;
    ev.confidence = Math.max(0.1, Math.round((ev.confidence - 0.2) * 100) / 100);
    // The party only shows that the sentence is about actors; whether it is the one who acted the
    // parse cannot say (taken as the source it was wrong more often than right on the PLOVER records), so
    // the source stays unknown and the evidence is the trigger and the target.
    ev.source = [];
    ev.start = ev.trigger[0]; ev.end = ev.trigger[1];
    for (const a of ev.target) if (a.head >= 0) { ev.start = Math.min(ev.start, a.start); ev.end = Math.max(ev.end, a.end); }
    out.push(ev);
    return;
  }
}

/** The code a wrapper verb has when nothing coded sits under it ("refused", "demanded the release", "agreed to an extension"). */
function wrapperOwnCode(w: string): string {
  return w === 'demand' ? '100' : w === 'refuse' ? '120' : w === 'threaten' ? '130' : w === 'intent' ? '030' : '---';
}

/** Whether noun `k` is modified by "joint" or "combined". */
function hasJoint(s: SyntaxSentence, k: number): boolean {
  for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) if (/^(joint|combined)$/i.test(s.tokens[s.children[j]].text)) return true;
  return false;
}

/** Whether wrapper `i` has what it wraps: a clause, (demands, refusals, threats) an object, or (demands) a "for" phrase ("appealed for calm"). */
function hasComplement(s: SyntaxSentence, i: number, w: string): boolean {
  for (let j = s.childStart[i]; j < s.childStart[i + 1]; j++) {
    const rel = s.labels[s.children[j]];
    if (rel === 'xcomp' || rel === 'ccomp') return true;
    if (w !== 'intent' && rel === 'obj') return true;
    if (w === 'intent' && rel === 'obl' && caseOf(s, s.children[j]) === 'to') return true;
    if (w === 'demand' && rel === 'obl' && caseOf(s, s.children[j]) === 'for') return true;
  }
  return false;
}

function isEventCode(code: string): boolean {
  return code !== '---' && /^\d{3,4}$/.test(code) && !code.startsWith('01') && !code.startsWith('00');
}

/** Marks the wrapper verbs above event `i` (through xcomp/ccomp links). */
function markUp(s: SyntaxSentence, preds: (Predicate | undefined)[], i: number, marks: Set<number>): void {
  for (const w of wrappersAbove(s, preds, i)) marks.add(w);
}

/** Relations through which a wrapper's scope reaches an event below it. */
const SCOPE_RELS = new Set(['xcomp', 'ccomp', 'obj', 'advcl', 'acl', 'nmod', 'obl']);
/** Subordinators of conditions and circumstances, whose clause is outside a wrapper's content. */
const CIRCUMSTANCE_MARKS = /^(if|unless|until|before|after|when|whenever|while|because|since|although|though|once|as)$/i;

/**
 * The wrapper predicates whose scope holds event `i`, nearest first: climbing complement,
 * object and attachment links ("demanded that the US cancel plans to sell …"), stopping at
 * relative clauses and at coded predicates that are not wrappers.
 */
function wrappersAbove(s: SyntaxSentence, preds: (Predicate | undefined)[], i: number): number[] {
  const out: number[] = [];
  let k = i;
  for (let depth = 0; depth < 5; depth++) {
    const rel = s.labels[k];
    const h = s.heads[k];
    if (h < 0 || !SCOPE_RELS.has(rel)) break;
    // A condition or a time clause is not what the verb above asks, threatens or promises
    // ("threatened to stop talks *if the US goes ahead*").
    if (rel === 'advcl' && hasMark(s, k, CIRCUMSTANCE_MARKS)) break;
    const hp = preds[h];
    if (hp?.wrapper) {
      if (rel === 'advcl' && hp.wrapper !== 'say' && !hasMark(s, k, /^that$/i)) break;
      if ((rel === 'nmod' || rel === 'obl') && out.length === 0 && hp.wrapper !== 'say') { k = h; continue; }
      out.push(h);
    } else if (hp && isEventCode(hp.code) && hp.refined) break;
    k = h;
  }
  return out;
}

/** Subject token(s) of predicate `i`, climbing control and coordination links when it has none. */
function subjectOf(s: SyntaxSentence, i: number, kind: 'verb' | 'noun'): { head: number; passive: boolean } | null {
  let k = i;
  for (let depth = 0; depth < 5 && k >= 0; depth++) {
    for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
      const c = s.children[j];
      if (SUBJ.has(s.labels[c])) return { head: relativeAntecedent(s, c), passive: false };
      // A passive subject without a passive auxiliary is the parser's slip for an active one.
      if (PASS_SUBJ.has(s.labels[c])) return { head: relativeAntecedent(s, c), passive: hasPassiveAux(s, k) };
      if (kind === 'noun' && k === i && s.labels[c] === 'nmod:poss') return { head: c, passive: false };
    }
    // A misparsed subject: a bare nominal before the verb, attached without a preposition.
    if (kind === 'verb' || k !== i) {
      for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
        const c = s.children[j];
        if (c < k && (s.labels[c] === 'obl' || s.labels[c] === 'dep' || s.labels[c] === 'nmod') && (s.upos[c] === 'NOUN' || s.upos[c] === 'PROPN') && !caseOf(s, c)) return { head: c, passive: false };
      }
    }
    const rel = s.labels[k];
    const h = s.heads[k];
    if (h < 0) return null;
    if (rel === 'xcomp') {
      // Object control: "helped Russian forces repel …" — the controller is the head's object.
      for (let j = s.childStart[h]; j < s.childStart[h + 1]; j++) if (s.labels[s.children[j]] === 'obj' && s.children[j] < k) return { head: s.children[j], passive: false };
    }
    if (rel === 'acl:relcl') return { head: h, passive: false };
    // "Thousands of farmers protested": a finite verb the parser hung on the noun as a modifier.
    if (rel === 'acl' && k === i && (s.xpos[k] === 'VBD' || s.xpos[k] === 'VBZ' || s.xpos[k] === 'VBP' || s.heads[h] < 0)) return { head: h, passive: false };
    if (rel === 'acl' && k === i && (hasMark(s, k, /^(of|for)$/i) || /^(of|for)$/.test(caseOf(s, k))) && (s.upos[h] === 'PROPN' || s.upos[h] === 'NOUN')) return { head: h, passive: false };
    if ((rel === 'advcl' || rel === 'acl' || rel === 'obl') && k === i && (hasMark(s, k, /^(of|for)$/i) || /^(of|for)$/.test(caseOf(s, k)))) {
      // "accused Kyiv of shelling", "blamed X for attacking": the accused is the agent.
      for (let j = s.childStart[h]; j < s.childStart[h + 1]; j++) if (s.labels[s.children[j]] === 'obj') return { head: s.children[j], passive: false };
    }
    if (rel === 'advcl' && k === i) {
      // "North Korea's support in helping …": the possessor of the noun just before "in V-ing".
      const poss = possessorBefore(s, i);
      if (poss >= 0) return { head: poss, passive: false };
    }
    if (rel === 'acl' || rel === 'nmod') {
      // "North Korea's support in helping …": the noun's possessor.
      for (let j = s.childStart[h]; j < s.childStart[h + 1]; j++) if (s.labels[s.children[j]] === 'nmod:poss') return { head: s.children[j], passive: false };
    }
    if (!(rel === 'xcomp' || rel === 'conj' || rel === 'advcl' || rel === 'acl' || rel === 'obl' || rel === 'nmod' || rel === 'obj')) return null;
    if (kind === 'noun' && rel === 'obj' && k === i) { k = h; continue; }
    k = h;
  }
  return null;
}

/** A clause opened by a relative pronoun the parser did not label as one (", whom they had taken hostage"). */
function opensWithRelative(s: SyntaxSentence, k: number): boolean {
  if (s.upos[k] !== 'VERB') return false;
  for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
    const c = s.children[j];
    if (c < k && /^(who|whom|whose|which)$/i.test(s.tokens[c].text) && c > 0 && s.tokens[c - 1].text === ',') return true;
  }
  return false;
}

function hasMark(s: SyntaxSentence, k: number, re: RegExp): boolean {
  for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) if (s.labels[s.children[j]] === 'mark' && re.test(s.tokens[s.children[j]].text)) return true;
  return false;
}

function possessorBefore(s: SyntaxSentence, i: number): number {
  let mark = -1;
  for (let j = s.childStart[i]; j < s.childStart[i + 1]; j++) if (s.labels[s.children[j]] === 'mark' && /^(in|by)$/i.test(s.tokens[s.children[j]].text)) mark = s.children[j];
  const noun = mark - 1;
  if (mark < 1 || s.upos[noun] !== 'NOUN') return -1;
  for (let j = s.childStart[noun]; j < s.childStart[noun + 1]; j++) if (s.labels[s.children[j]] === 'nmod:poss') return s.children[j];
  return -1;
}

function hasPassiveAux(s: SyntaxSentence, k: number): boolean {
  if (s.xpos[k] !== 'VBN' && s.xpos[k] !== '') return false;
  for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) if (s.labels[s.children[j]] === 'aux:pass') return true;
  return s.labels[k] === 'acl' || s.labels[k] === 'xcomp';
}

/** A relative pronoun subject ("troops who were killed") stands for the noun the clause modifies. */
function relativeAntecedent(s: SyntaxSentence, c: number): number {
  const w = s.tokens[c].text.toLowerCase();
  if ((w === 'who' || w === 'which' || w === 'that') && s.labels[s.heads[c]] === 'acl:relcl') return s.heads[s.heads[c]];
  return c;
}

/** Heads of the conjuncts of nominal `h` ("Moscow and Pyongyang"). */
function conjuncts(s: SyntaxSentence, h: number): number[] {
  const out = [h];
  for (let j = s.childStart[h]; j < s.childStart[h + 1]; j++) {
    const c = s.children[j];
    if (s.labels[c] === 'conj' && (s.upos[c] === 'PROPN' || s.upos[c] === 'NOUN' || s.upos[c] === 'PRON')) out.push(c);
  }
  return out;
}

/** `resolveActor`, once per phrase; a copy each time, as events adjust their actors (inferred countries). */
function actorAt(ix: DocIndex, s: SyntaxSentence, h: number): Actor | null {
  const key = s.tokens[h].start;
  let a = ix.actorCache.get(key);
  if (a === undefined) { a = resolveActor(ix.actx, s, h); ix.actorCache.set(key, a); }
  return a && { ...a };
}

function actorsAt(s: SyntaxSentence, ix: DocIndex, h: number | null): Actor[] {
  if (h === null || h < 0) return [];
  const out: Actor[] = [];
  for (const c of conjuncts(s, h)) {
    const a = actorAt(ix, s, c);
    if (!a) continue;
    out.push(a);
    if (a.country) out.push(...sharedHeadActors(s, ix, c, a));
  }
  return out;
}

/**
 * "French and Egyptian warships", "Hungarian and Romanian officials": coordinated nationality
 * modifiers of one head are as many actors, each with the head's sector; the phrase's resolver
 * reads only the first. The extra actors span their own modifier word.
 */
function sharedHeadActors(s: SyntaxSentence, ix: DocIndex, h: number, first: Actor): Actor[] {
  const out: Actor[] = [];
  for (let j = s.childStart[h]; j < s.childStart[h + 1]; j++) {
    const m = s.children[j];
    if (s.labels[m] !== 'amod' && s.labels[m] !== 'compound') continue;
    for (let q = s.childStart[m]; q < s.childStart[m + 1]; q++) {
      const k = s.children[q];
      if (s.labels[k] !== 'conj') continue;
      const iso = ix.actx.kb.demonym(s.tokens[k].text)?.iso3;
      if (!iso || iso === first.country || out.some((a) => a.country === iso)) continue;
      const mention = ix.actx.mentionOfToken.get(s.tokens[k].id);
      out.push({ ...first, start: s.tokens[k].start, end: s.tokens[k].end, head: k, entity: mention && typeof mention.attrs.entity === 'string' ? mention.attrs.entity : null, name: s.tokens[k].text, country: iso, countryInferred: false, code: iso + (first.sector ?? '') });
    }
  }
  return out;
}

/**
 * Target candidates of predicate `p`, best first: a passive subject, the object (or indirect
 * object), nominals under the object with a target preposition ("relations *with Russia*",
 * "the removal *of the president*"), then the predicate's own prepositional attachments.
 */
function targetCandidates(s: SyntaxSentence, p: Predicate, passiveSubj: number | null): number[] {
  const out: number[] = [];
  if (passiveSubj !== null) out.push(passiveSubj);
  const hosts = p.noun !== undefined ? [p.noun, p.i] : [p.i];
  const later: number[] = [];
  for (const host of hosts) {
    for (let j = s.childStart[host]; j < s.childStart[host + 1]; j++) {
      const c = s.children[j];
      const rel = s.labels[c];
      if ((rel === 'obj' || rel === 'iobj') && c !== p.noun) {
        out.push(c);
        for (let q = s.childStart[c]; q < s.childStart[c + 1]; q++) {
          const g = s.children[q];
          if ((s.labels[g] === 'nmod' || s.labels[g] === 'acl') && TARGET_CASES.has(caseOf(s, g))) later.push(g);
        }
      } else if ((rel === 'obl' || rel === 'nmod' || rel === 'obl:agent') && TARGET_CASES.has(caseOf(s, c))) later.push(c);
    }
  }
  if (p.kind === 'noun') {
    // "a meeting with X" even when the parser hangs "with X" lower in the phrase.
    const stack: [number, number][] = [[p.i, 0]];
    while (stack.length) {
      const [k, d] = stack.pop()!;
      for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
        const c = s.children[j];
        if (d > 0 && /^(with|between)$/.test(caseOf(s, c))) later.push(c);
        if (d < 3 && !CLAUSE_RELS.has(s.labels[c])) stack.push([c, d + 1]);
      }
      if (d === 0) for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) if (/^(with|between)$/.test(caseOf(s, s.children[j]))) later.push(s.children[j]);
    }
    // The surface order when the parse lost the phrase: "meeting with President X".
    const w = p.i + 1;
    if (w + 1 < s.tokens.length && /^(with|between)$/i.test(s.tokens[w].text)) {
      let k = w + 1;
      while (k < s.tokens.length && s.upos[k] === 'DET') k++;
      if (k < s.tokens.length && (s.upos[k] === 'PROPN' || s.upos[k] === 'NOUN')) {
        while (s.heads[k] > k && s.heads[k] <= k + 4 && (s.upos[s.heads[k]] === 'PROPN' || s.upos[s.heads[k]] === 'NOUN')) k = s.heads[k];
        later.push(k);
      }
    }
  }
  return [...out, ...later];
}

/** The first target candidate that names an actor (with a country or organisation when one does). */
function pickTarget(s: SyntaxSentence, ix: DocIndex, cands: number[], source: Actor[]): Actor[] {
  let fallback: Actor[] = [];
  for (const c of cands) {
    if (source.some((a) => a.head === c)) continue;
    const acts = actorsAt(s, ix, c);
    if (acts.some((a) => a.country || a.org)) return acts;
    if (!fallback.length && acts.length) fallback = acts;
  }
  return fallback;
}

function buildEvent(doc: Doc, s: SyntaxSentence, ix: DocIndex, preds: (Predicate | undefined)[], p: Predicate, code0: string, fallbackSource?: number): EventDraft | null {
  const pet = ix.actx.pet;
  let code = code0;
  let category = ploverOf(pet, code);
  if (!category) return null;
  const subj = subjectOf(s, p.i, p.kind);
  let sourceHead = subj && !subj.passive ? subj.head : null;
  if (sourceHead === null && fallbackSource !== undefined) sourceHead = fallbackSource;
  const passiveSubj = subj?.passive ? subj.head : null;
  if (subj?.passive) {
    // "was attacked by rebels": the agent is the source.
    for (let j = s.childStart[p.i]; j < s.childStart[p.i + 1]; j++) {
      const c = s.children[j];
      if ((s.labels[c] === 'obl:agent' || (s.labels[c] === 'obl' && caseOf(s, c) === 'by'))) sourceHead = c;
    }
  }
  let source = actorsAt(s, ix, sourceHead);
  let target = pickTarget(s, ix, targetCandidates(s, p, passiveSubj), source);
  const eventNoun = p.kind === 'noun' ? p.i : p.aspectual ? p.noun : undefined;
  if (eventNoun !== undefined && !source.some((a) => a.country || a.org)) {
    // A noun's own modifiers: "a Ukrainian incursion", "Palestinian riots" (source demonym), "Israel's attack".
    for (let j = s.childStart[eventNoun]; j < s.childStart[eventNoun + 1]; j++) {
      const c = s.children[j];
      if ((s.labels[c] === 'amod' || s.labels[c] === 'compound' || s.labels[c] === 'nmod:poss') && c < eventNoun) { const a = actorAt(ix, s, c); if (a?.country || a?.org) { source = [a]; break; } }
    }
  }
  // Expelling armed forces from a territory is fighting (CAMEO 190), not deporting people (174).
  if (code.startsWith('174') && target.some((a) => a.sector === 'MIL')) { code = '190'; category = 'ASSAULT'; }
  // Mobilising or deploying the military is CAMEO 154, not the verb's protest reading.
  if (/^(mobili[sz]e|deploy|mass)$/.test(p.lemma) && target.some((a) => a.sector === 'MIL')) { code = '154'; category = 'MOBILIZE'; target = target.filter((a) => a.sector !== 'MIL' || !source.some((x) => x.country === a.country)); }
  // Deploying police is CAMEO 153 (mobilize or increase police power), not repression.
  else if (/^(mobili[sz]e|deploy|mass)$/.test(p.lemma) && target.some((a) => a.sector === 'COP')) { code = '153'; category = 'MOBILIZE'; target = target.filter((a) => a.sector !== 'COP'); }
  // Armed men withdrawing retreat militarily (CAMEO 0874), not the generic yield (080) of "withdraw".
  if (code === '080' && /^(withdraw|retreat|pull out|pull back|fall back)$/.test(p.lemma) && source.some((a) => a.sector && ARMED.has(a.sector))) { code = '0874'; category = 'RETREAT'; }
  // Military exercises held together are military cooperation (CAMEO 062), alone a show of force (150).
  if (code === '150' && eventNoun !== undefined && (hasJoint(s, eventNoun) || new Set([...source, ...target].map((a) => a.country).filter(Boolean)).size >= 2)) { code = '062'; category = 'COOPERATE'; }
  // Civilians blocking roads or bridges protest (CAMEO 144); a state blocking them coerces.
  if (category === 'COERCE' && /^(block|blockade|barricade)$/.test(p.lemma) && source.length && source.every((a) => a.sector && ['LAB', 'CVL', 'EDU', 'AGR', 'OPP', 'REF'].includes(a.sector))) { code = '144'; category = 'PROTEST'; }

  // Status: wrappers and modals above the event, conditions, statements.
  let status: EventStatus = 'reported';
  let negated = false;
  const aux = auxOf(s, p.i);
  negated = aux.negated || (p.kind === 'noun' && nounNegated(s, p.i));
  let insideSay = false;
  let wrapperSubj: number | null = null;
  // The outermost wrapper that decides the category, and its subject.
  let outerWrapper: string | null = null, outerSubj: number | null = null, outerIdx: number | undefined;
  const chain: string[] = [];
  for (const h of wrappersAbove(s, preds, p.i)) {
    const hp = preds[h]!;
    chain.push(hp.wrapper!);
    if (hp.wrapper === 'say') insideSay = true;
    const hs = subjectOf(s, h, 'verb');
    if (hs && !hs.passive && wrapperSubj === null) wrapperSubj = hs.head;
    if (hp.wrapper !== 'say' && hp.wrapper !== 'attempt') { outerWrapper = hp.wrapper!; outerSubj = hs && !hs.passive ? hs.head : null; outerIdx = h; }
    if (auxOf(s, h).negated && hp.wrapper !== 'say') negated = true;
  }
  if (p.wrapper && !chain.length) chain.push(p.wrapper);
  // Wrappers apply from the innermost out: the outermost act is what happened ("demanded that
  // its partners refuse to recognise …" is a demand, PLOVER REQUEST, whose content is a refusal).
  for (const w of chain) {
    if (w === 'say' || w === 'attempt') continue;
    ({ code, category, status } = applyWrapper(pet, code, category, w as never, status));
  }
  if (status === 'reported' || status === 'attributed') {
    const modal = aux.goingTo ? 'future' : aux.modal;
    if (modal === 'future' || (modal === 'possible' && insideSay)) ({ code, category, status } = applyWrapper(pet, code, category, 'future', status));
    else if (modal === 'obligation') ({ code, category, status } = applyWrapper(pet, code, category, 'obligation', status));
    else if (modal === 'possible') status = 'hypothetical';
  }
  if (isConditional(s, p.i)) status = 'hypothetical';
  // The subject of a promise or demand inside reported speech is often a pronoun for the speaker.
  if (!source.length && wrapperSubj !== null) source = actorsAt(s, ix, wrapperSubj);
  if (p.wrapper && p.wrapper !== 'say' && !chain.slice(1).length) {
    // "demanded that the US cancel …", "urged X to …": the one asked is the complement's subject.
    for (let j = s.childStart[p.i]; j < s.childStart[p.i + 1]; j++) {
      const c = s.children[j];
      if (s.labels[c] !== 'ccomp' && s.labels[c] !== 'xcomp') continue;
      const cs = subjectOf(s, c, 'verb');
      if (cs && cs.head !== sourceHead && !source.some((a) => a.head === cs.head)) {
        const t = actorsAt(s, ix, cs.head);
        if (t.length && !target.some((x) => x.country)) target = t;
      }
    }
  }
  const demander = outerWrapper === 'demand' ? outerSubj : null;
  if (category === 'REQUEST' && demander !== null) {
    // "demanded that X withdraw", "demanded that its partners refuse to …": the one asked is the
    // subject of the content, the one asking the subject of the demand.
    const inner = subjectOf(s, p.i, p.kind);
    if (inner && inner.head !== demander) { const asked = actorsAt(s, ix, inner.head); if (asked.length) target = asked; source = actorsAt(s, ix, demander); }
  } else if (outerWrapper && outerWrapper !== 'demand' && outerSubj !== null && !source.some((a) => a.head === outerSubj)) {
    // A refusal, threat or promise is its speaker's act ("Bangladesh rejected an Indian proposal
    // for signing …"): the wrapper's subject is the source; the content's own party, when the
    // event has no target, is whom the act concerns.
    const actor = actorsAt(s, ix, outerSubj);
    if (actor.some((a) => a.country || a.org)) {
      if (!target.some((a) => a.country || a.org)) target = source.filter((a) => !actor.some((x) => x.country === a.country && x.sector === a.sector));
      source = actor;
    }
  }

  const trigStart = s.tokens[p.i].start;
  const trigEnd = s.tokens[p.j !== undefined && p.j > p.i ? p.j : p.i].end;
  const statement = ix.statementHolding(trigStart, trigEnd);
  // Thanking, praising or acknowledging presupposes the content: it stays the outlet's report.
  const factive = statement !== null && FACTIVE_CUES.has(String(statement.attrs.cueLemma ?? '').toLowerCase());
  if (statement && status === 'reported' && !factive) status = 'attributed';
  if (!statement && insideSay && status === 'reported') status = 'attributed';
  if (!source.length && statement && typeof statement.attrs.speaker === 'string') {
    // "The Russian military reported the expulsion of Ukrainian troops": the speaker did it, as far as it says.
    const sp = ix.actx.entities.get(statement.attrs.speaker);
    if (sp && (p.kind === 'noun' || insideSay)) {
      const m = (sp.attrs.mentions as string[] | undefined)?.[0];
      void m;
      source = [{ start: sp.start, end: sp.end, head: -1, entity: sp.id, name: String(sp.attrs.name ?? sp.text), code: null, country: kbCountry(ix.actx.kb, typeof sp.attrs.kb === 'string' ? sp.attrs.kb : undefined), sector: null, org: null }];
      if (sp.label === 'ORG' && /milit|army|forces/i.test(String(sp.attrs.name))) source[0].sector = 'MIL';
      source[0].code = (source[0].country ?? '') + (source[0].sector ?? '') || null;
    }
  }
  if (!source.length && !target.length) return null;
  // One actor on both sides is a reflexive mention, not an event between two parties.
  target = target.filter((t) => !source.some((a) => a.entity && a.entity === t.entity));

  let place = findPlace(s, ix, p, [...source, ...target]);
  if (!place) place = soleSentencePlace(s, ix, [...source, ...target]);
  // "an attack on Russia's Kursk Region": a sub-national target is also where it happened.
  if (!place && PHYSICAL.has(category)) {
    for (const t of target) {
      const pl = t.head >= 0 ? placeAt(s, ix, t.head, []) : null;
      const entry = pl?.kb ? ix.actx.kb.entries.get(pl.kb) : undefined;
      // Capitals usually stand for their governments ("Moscow accused Kyiv"), not for places.
      if (pl && entry && pl.lat !== null && !entry.iso3 && entry.kind !== 'capital') { place = pl; break; }
    }
  }
  // A domestic actor named only by its role ("police", "the government") belongs to the country
  // where the event happened, else to the one country the other side names.
  const placeCountry = place?.kb ? kbCountry(ix.actx.kb, place.kb) : null;
  const inferCountries = () => {
    for (const [side, other] of [[source, target], [target, source]] as const) {
      const others = [...new Set(other.map((a) => a.country).filter((c): c is string => !!c))];
      for (const a of side) {
        if (a.country || a.org || !a.sector) continue;
        const c = placeCountry ?? (others.length === 1 ? others[0] : null);
        if (c) { a.country = c; a.countryInferred = true; a.code = c + a.sector; }
      }
    }
  };
  inferCountries();
  const hadTarget = target.length > 0;
  let targetFromClause = false;
  target = target.filter((a) => !isOwnForce(a, source));
  if (!target.some((a) => a.country || a.org)) {
    // No party named where the predicate's arguments are: the nearest one in its clause.
    const more = pickTarget(s, ix, fallbackTargetHeads(s, p.i, p.noun), source).filter((t) => !source.some((a) => (a.entity && a.entity === t.entity) || a.head === t.head));
    if (more.some((a) => a.country || a.org)) {
      target = more.map((t) => placeAsPeople(s, ix, t));
      targetFromClause = true;
      inferCountries();
      target = target.filter((a) => !isOwnForce(a, source));
    }
  }
  const time = findTime(s, ix, p, preds);
  let lo = trigStart, hi = trigEnd;
  for (const a of [...source, ...target]) if (a.head >= 0) { lo = Math.min(lo, a.start); hi = Math.max(hi, a.end); }
  let conf = 0.45 + (p.refined ? 0.2 : 0) + (source.some((a) => a.country || a.org) ? 0.15 : 0) + (hadTarget ? 0.1 : 0) - (p.kind === 'noun' ? 0.1 : 0);
  if (!source.length) conf -= 0.15;
  // Events deep in the sentence (relative clauses, purposes) are less often the point of it.
  let depth = 0;
  let relative = false;
  // A wrapped event is the wrapper's act ("refused to deploy" is the refusal): its depth is the wrapper's.
  for (let q = outerIdx ?? p.i; s.heads[q] >= 0 && depth < 6; q = s.heads[q]) {
    if (CLAUSE_RELS.has(s.labels[q])) depth++;
    if (s.labels[q] === 'acl:relcl' || opensWithRelative(s, q)) relative = true;
  }
  conf -= 0.07 * depth + (relative ? 0.2 : 0);
  // A verb coordinated after another is news added to the sentence's first clause, not its point.
  if (p.kind === 'verb' && s.labels[outerIdx ?? p.i] === 'conj' && s.upos[s.heads[outerIdx ?? p.i]] === 'VERB') conf -= 0.15;
  conf = Math.round(Math.min(0.95, Math.max(0.1, conf)) * 100) / 100;
  const speaker = statement && typeof statement.attrs.speaker === 'string' ? statement.attrs.speaker : null;
  return {
    start: lo, end: hi, trigger: [trigStart, trigEnd], category: category as PloverCategory, cameo: code, mode: pet.plover(code)?.mode ?? '',
    source, target, targetFromClause, negated, status, speaker, statement: statement?.id ?? null, place, time, confidence: conf, mentions: [], sentence: s.index,
  };
}

/**
 * A place named where the event happens and taken as its target ("a curfew *in Algiers*") stands
 * for the people there (CAMEO/PLOVER civilians), not for the government a capital otherwise names.
 */
function placeAsPeople(s: SyntaxSentence, ix: DocIndex, t: Actor): Actor {
  if (!t.country || !isLocativePlace(s, ix, t)) return t;
  return { ...t, sector: 'CVL', code: t.country + 'CVL' };
}

/** Whether actor `t` is a named place after a locative preposition ("in Algiers"). */
function isLocativePlace(s: SyntaxSentence, ix: DocIndex, t: Actor): boolean {
  if (t.head < 0 || !LOCATIVE_CASES.has(caseOf(s, t.head))) return false;
  const m = ix.actx.mentionOfToken.get(s.tokens[t.head].id);
  return !!m && (m.label === 'GPE' || m.label === 'LOC') && m.attrs.kind === 'name';
}

function findPlace(s: SyntaxSentence, ix: DocIndex, p: Predicate, actors: Actor[]): EventDraft['place'] {
  const hosts = [p.i, ...(p.noun !== undefined ? [p.noun] : [])];
  // Also the places of the nouns the predicate governs ("an incursion into the Kursk Region").
  const frontier = [...hosts];
  for (let d = 0; d < 3 && frontier.length; d++) {
    const next: number[] = [];
    for (const h of frontier) {
      for (let j = s.childStart[h]; j < s.childStart[h + 1]; j++) {
        const c = s.children[j];
        const rel = s.labels[c];
        if (rel === 'obl' || rel === 'nmod' || rel === 'obj' || rel === 'advcl' || rel === 'xcomp') next.push(c);
        if ((rel === 'obl' || rel === 'nmod') && PLACE_CASES.has(caseOf(s, c))) {
          const pl = placeAt(s, ix, c, actors);
          if (pl) return pl;
        }
      }
    }
    frontier.splice(0, frontier.length, ...next);
  }
  return null;
}

/** The one sub-national place the sentence names after a locative preposition, if there is exactly one (marked inferred). */
function soleSentencePlace(s: SyntaxSentence, ix: DocIndex, actors: Actor[]): EventDraft['place'] {
  let found: EventDraft['place'] = null;
  for (let c = 0; c < s.tokens.length; c++) {
    if (!PLACE_CASES.has(caseOf(s, c))) continue;
    const pl = placeAt(s, ix, c, actors);
    if (!pl || !pl.kb || ix.actx.kb.entries.get(pl.kb)?.iso3) continue;
    if (found && found.entity !== pl.entity) return null;
    found = pl;
  }
  return found ? { ...found, inferred: true } : null;
}

function placeAt(s: SyntaxSentence, ix: DocIndex, c: number, actors: Actor[]): EventDraft['place'] {
  const m = ix.actx.mentionOfToken.get(s.tokens[c].id);
  if (!m || (m.label !== 'GPE' && m.label !== 'LOC') || typeof m.attrs.entity !== 'string') return null;
  if (actors.some((a) => a.entity === m.attrs.entity)) return null;
  const e = ix.actx.entities.get(m.attrs.entity);
  if (!e) return null;
  const kbId = typeof e.attrs.kb === 'string' ? e.attrs.kb : null;
  const entry = kbId ? ix.actx.kb.entries.get(kbId) : undefined;
  const lat = typeof e.attrs.lat === 'number' ? e.attrs.lat : entry?.lat ?? null;
  const lon = typeof e.attrs.lon === 'number' ? e.attrs.lon : entry?.lon ?? null;
  return { entity: e.id, name: String(e.attrs.name ?? e.text), kb: kbId, lat, lon, span: [m.start, m.end] };
}

function findTime(s: SyntaxSentence, ix: DocIndex, p: Predicate, preds: readonly (Predicate | undefined)[]): EventDraft['time'] {
  // A timex attached (through its nominal) to the predicate, or to the verbs above it.
  const hosts: number[] = [p.i];
  if (p.noun !== undefined) hosts.push(p.noun);
  for (let k = p.i, d = 0; d < 3; d++) { const h = s.heads[k]; if (h < 0) break; hosts.push(h); k = h; }
  for (const host of hosts) {
    for (let j = s.childStart[host]; j < s.childStart[host + 1]; j++) {
      const c = s.children[j];
      const rel = s.labels[c];
      if (!(rel.startsWith('obl') || rel.startsWith('nmod') || rel === 'advmod' || rel === 'obj')) continue;
      const t = ix.timexByToken.get(s.tokens[c].id);
      if (t && t.label !== 'DURATION' && t.label !== 'SET') return { timex: t.id, value: String(t.attrs.value ?? '') };
    }
  }
  // When the parse attached it elsewhere: the nearest date with no other event trigger between
  // (looking right first: "a meeting with X in Beijing on Wednesday").
  let best: Annotation | null = null, bestD = Infinity;
  for (let k = 0; k < s.tokens.length; k++) {
    const t = ix.timexByToken.get(s.tokens[k].id);
    if (!t || t.label === 'DURATION' || t.label === 'SET') continue;
    const lo = Math.min(k, p.i), hi = Math.max(k, p.i);
    let blocked = false;
    for (let q = lo + 1; q < hi && !blocked; q++) if (q !== p.noun && preds[q] && isEventCode(preds[q]!.code)) blocked = true;
    if (blocked) continue;
    const d = (k > p.i ? 1 : 1.5) * Math.abs(k - p.i);
    if (d < bestD) { best = t; bestD = d; }
  }
  return best ? { timex: best.id, value: String(best.attrs.value ?? '') } : null;
}

function actorAttr(doc: Doc, a: Actor): AttrValue {
  return { entity: a.entity, name: a.name, code: a.code, country: a.country, countryInferred: a.countryInferred ?? false, sector: a.sector, org: a.org, span: spanRef(doc.text, a.start, a.end) };
}

function toDraft(doc: Doc, e: EventDraft, id: string): AnnotationDraft {
  return {
    id, layer: 'events', start: e.start, end: e.end, text: doc.text.slice(e.start, e.end), label: e.category,
    attrs: {
      cameo: e.cameo, mode: e.mode, trigger: spanRef(doc.text, e.trigger[0], e.trigger[1]),
      source: e.source.map((a) => actorAttr(doc, a)), target: e.target.map((a) => actorAttr(doc, a)),
      negated: e.negated, status: e.status, speaker: e.speaker, statement: e.statement,
      place: e.place ? { entity: e.place.entity, name: e.place.name, kb: e.place.kb, lat: e.place.lat, lon: e.place.lon, span: spanRef(doc.text, e.place.span[0], e.place.span[1]), inferred: e.place.inferred ?? false } : null,
      time: e.time, confidence: e.confidence,
      mentions: e.mentions.map(([a, b]) => spanRef(doc.text, a, b)),
    },
  };
}
