/**
 * Event coding of one predicate: a verb (PETRARCH2 CAMEO verb dictionary + its patterns over the
 * verb's clause) or an event noun ("an attack on", "talks with"), giving a CAMEO code.
 * @module
 */
import type { SyntaxSentence } from './sentence-view.js';
import type { Petrarch, PetrarchVerb } from '../../../kb/petrarch.js';
import { matchPattern, stem, type CompiledPattern } from './patterns.js';
import { AID_KINDS, ASPECTUAL, EVENT_NOUNS, LIGHT_VERBS, OBJECT_ACT_CODES, OBJECT_ACT_VERBS, PROPOSAL_NOUNS, VERB_CODES, WRAPPERS, strikeCode, type Wrapper } from './lexicon.js';

/** Relations that open a separate clause: its words do not count for the patterns of the verb above. */
export const CLAUSE_RELS = new Set(['ccomp', 'xcomp', 'advcl', 'parataxis', 'csubj', 'csubj:pass', 'acl', 'acl:relcl', 'conj', 'list', 'discourse', 'vocative', 'dislocated']);

/** What a predicate token is, before its arguments are read. */
export interface Predicate {
  /** Token index of the trigger. */
  i: number;
  /** Extra trigger token (a particle "call *on*", or the event noun of a light verb). */
  j?: number;
  lemma: string;
  kind: 'verb' | 'noun';
  /** CAMEO code of the event itself ('---' when the word alone codes none). */
  code: string;
  /** Whether a pattern (or a light verb + event noun) refined the code. */
  refined: boolean;
  /** The verb's role as a wrapper of another event, if it is one. */
  wrapper?: Wrapper;
  /** For a light verb: the event noun carrying the event (targets hang off it). */
  noun?: number;
  /** The event noun is the verb's subject ("riots continued"): its own modifiers name the source. */
  aspectual?: boolean;
}

/** The verb entry of token `i`, trying "verb particle" first ("carry out", "call on"). */
export function verbEntry(pet: Petrarch, s: SyntaxSentence, i: number): { v: PetrarchVerb; prt?: number } | undefined {
  const form = s.tokens[i].text.toLowerCase();
  for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
    const c = s.children[k];
    if (s.labels[c] === 'compound:prt') {
      const v = pet.verb(`${form} ${s.tokens[c].text.toLowerCase()}`);
      if (v) return { v, prt: c };
    }
  }
  // A particle the parser took for a preposition ("pulled *out* of Somalia", "turned *down* a request").
  if (i + 1 < s.tokens.length && PARTICLES.has(s.tokens[i + 1].text.toLowerCase())) {
    const v = pet.verb(`${form} ${s.tokens[i + 1].text.toLowerCase()}`);
    if (v) return { v, prt: i + 1 };
  }
  const v = pet.verb(form);
  return v ? { v } : undefined;
}

/** Verb blocks whose verbs hand something over (send, dispatch, deliver, ship). */
const PROVIDING_BLOCKS = new Set(['SEND', 'BRING']);
/** Intent to provide aid (CAMEO 033x) → providing it (07x). */
const PROVIDED: Readonly<Record<string, string>> = { '033': '070', '0331': '071', '0332': '072', '0333': '073', '0334': '074' };

/** Words that can be a phrasal verb's particle. */
const PARTICLES = new Set(['out', 'off', 'down', 'up', 'back', 'in', 'over', 'away']);

/** Whether the stage's own lists know a lemma PETRARCH2 lacks. */
const known = (l: string) => WRAPPERS[l] !== undefined || VERB_CODES[l] !== undefined || OBJECT_ACT_VERBS[l] !== undefined;

/** Crude lemma for the stage's own verb lists when PETRARCH lacks the verb. */
function lemmaOf(form: string): string {
  const f = form.toLowerCase();
  if (known(f)) return f;
  for (const [suf, rep] of [['ied', 'y'], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e'], ['ged', 'g'], ['red', 'r'], ['ring', 'r']] as const) {
    if (f.endsWith(suf) && known(f.slice(0, -suf.length) + rep)) return f.slice(0, -suf.length) + rep;
  }
  return f;
}

/** The particle of verb `i` ("off" in "broke off"), lower case, or ''. */
function particleOf(s: SyntaxSentence, i: number): string {
  for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) if (s.labels[s.children[k]] === 'compound:prt') return s.tokens[s.children[k]].text.toLowerCase();
  return '';
}

/** Verbs of state or motion whose "on" phrase names the event ("went on strike"). */
const ON_EVENT_VERBS = new Set(['go', 'remain', 'stay']);

/** Partitive heads whose "of" phrase names the thing itself ("part of a military aid program"). */
const PARTITIVES = new Set(['part', 'some', 'all', 'most', 'much', 'portion', 'half', 'rest', 'bulk', 'share']);

/**
 * The CAMEO code an object act gives verb `i` (see OBJECT_ACT_CODES): its object's head, or a
 * compound or "of" noun of it ("development assistance", "the state of emergency", "aid agencies"),
 * read with its modifiers for the kind of aid stopped.
 */
function objectActCode(s: SyntaxSentence, i: number, lemma: string): string | undefined {
  const prt = particleOf(s, i);
  const acts = (prt && OBJECT_ACT_VERBS[`${lemma} ${prt}`]) || OBJECT_ACT_VERBS[lemma];
  if (!acts) return undefined;
  for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
    let c = s.children[k];
    const rel = s.labels[c];
    if (rel !== 'obj' && rel !== 'nsubj:pass' && !(rel === 'obl' && /^(to|on)$/.test(caseOfToken(s, c)))) continue;
    if (PARTITIVES.has(s.tokens[c].text.toLowerCase())) { const of = childWithCase(s, c, 'of'); if (of >= 0) c = of; }
    const words = [c, ...modifiersOf(s, c)];
    const of = childWithCase(s, c, 'of');
    if (of >= 0) words.push(of, ...modifiersOf(s, of));
    for (const act of acts) {
      const table = OBJECT_ACT_CODES[act];
      for (const w of words) {
        const t = s.tokens[w].text.toLowerCase();
        const code = table[t] ?? (t === 'law' && w > 0 && s.tokens[w - 1].text.toLowerCase() === 'martial' ? table['martial law'] : undefined);
        if (!code) continue;
        if (code === '162') for (const m of words) { const kind = AID_KINDS[s.tokens[m].text.toLowerCase()]; if (kind) return kind; }
        return code;
      }
    }
  }
  return undefined;
}

function caseOfToken(s: SyntaxSentence, k: number): string {
  for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) if (s.labels[s.children[j]] === 'case') return s.tokens[s.children[j]].text.toLowerCase();
  return '';
}

function childWithCase(s: SyntaxSentence, k: number, prep: string): number {
  for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) { const c = s.children[j]; if (s.labels[c] === 'nmod' && caseOfToken(s, c) === prep) return c; }
  return -1;
}

/** The compound and adjective modifiers of noun `c`. */
function modifiersOf(s: SyntaxSentence, c: number): number[] {
  const out: number[] = [];
  for (let j = s.childStart[c]; j < s.childStart[c + 1]; j++) if (s.labels[s.children[j]] === 'compound' || s.labels[s.children[j]] === 'amod') out.push(s.children[j]);
  return out;
}

/** Stems of the clause words of predicate `i` before and after it (nested clauses excluded). */
export function clauseStems(s: SyntaxSentence, i: number): { pre: string[]; post: string[] } {
  const inClause: number[] = [];
  const stack = [i];
  while (stack.length) {
    const k = stack.pop()!;
    inClause.push(k);
    for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
      const c = s.children[j];
      if (k === i && CLAUSE_RELS.has(s.labels[c])) continue;
      if (k !== i && (s.labels[c] === 'acl:relcl' || s.labels[c] === 'ccomp' || s.labels[c] === 'parataxis')) continue;
      stack.push(c);
    }
  }
  inClause.sort((a, b) => a - b);
  const pre: string[] = [], post: string[] = [];
  for (const k of inClause) if (k !== i) (k < i ? pre : post).push(stem(s.tokens[k].text));
  return { pre, post };
}

/** Whether token `i` has a child with relation `rel`. */
function hasChild(s: SyntaxSentence, i: number, rel: string): boolean {
  for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) if (s.labels[s.children[k]] === rel) return true;
  return false;
}

/** Codes predicate token `i` when it is a verb PETRARCH knows or a wrapper verb; undefined otherwise. */
export function codeVerb(pet: Petrarch, s: SyntaxSentence, i: number): Predicate | undefined {
  const e = verbEntry(pet, s, i);
  let lemma = e?.v.lemma ?? lemmaOf(s.tokens[i].text);
  if (e?.prt === undefined) {
    // A particle verb only the stage's lists know ("stepped down").
    const prt = particleOf(s, i) || (i + 1 < s.tokens.length && PARTICLES.has(s.tokens[i + 1].text.toLowerCase()) ? s.tokens[i + 1].text.toLowerCase() : '');
    if (prt && known(`${lemma} ${prt}`)) lemma = `${lemma} ${prt}`;
  }
  let wrapper = WRAPPERS[lemma] ?? WRAPPERS[lemma.split(' ')[0]];
  // "told troops to withdraw" is a demand; "told reporters the deal would hold" reports speech.
  if (lemma === 'tell' && !hasChild(s, i, 'xcomp')) wrapper = 'say';
  if (!e && !wrapper && !known(lemma)) return undefined;
  let code = VERB_CODES[lemma] ?? e?.v.code ?? '---';
  let refined = false;
  const { pre, post } = clauseStems(s, i);
  let matched: CompiledPattern | null = null;
  if (e) {
    const p = matchPattern(pet, e.v.block, pre, post);
    matched = p;
    if (p && p.code !== '---') { code = p.code; refined = true; }
    else if (p) { code = '---'; refined = true; }
    // Sending or delivering aid, arms or peacekeepers is providing them (CAMEO 07x); PETRARCH2's
    // SEND patterns code the intent (033x), which here comes from wrappers and modals instead.
    if (PROVIDING_BLOCKS.has(e.v.block) && code.startsWith('033')) code = PROVIDED[code] ?? '070';
  }
  // "dismissed an appeal", "rejected calls for …": rejecting a proposal.
  if (/^(reject|dismiss|rebuff|spurn|turn down|brush aside)$/.test(lemma)) {
    for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
      const c = s.children[k];
      if (s.labels[c] === 'obj' && PROPOSAL_NOUNS.has(s.tokens[c].text.toLowerCase())) { code = '120'; refined = true; }
    }
  }
  // "ended mediation efforts", "severed ties", "lifted the curfew", "expelled the inspectors":
  // what the codebook codes for the verb's act on that object, over the verb block's reading.
  const oc = objectActCode(s, i, lemma);
  if (oc) { code = oc; refined = true; }
  const objectAct = oc !== undefined;
  const pred: Predicate = { i, lemma, kind: 'verb', code, refined, ...(wrapper ? { wrapper } : {}), ...(e?.prt !== undefined ? { j: e.prt } : {}) };
  // An aspectual verb is what its event noun does ("riots are continuing"), whatever a pattern
  // reads off the rest of the clause ("&MILITARY … continue" matched "military policies").
  const prt = particleOf(s, i) || (e?.prt !== undefined ? s.tokens[e.prt].text.toLowerCase() : '');
  if ((ASPECTUAL.has(lemma) || (prt && ASPECTUAL.has(`${lemma.split(' ')[0]} ${prt}`))) && !objectAct) {
    for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
      const c = s.children[k];
      const rel = s.labels[c];
      if (rel !== 'nsubj' && rel !== 'obj') continue;
      const nc = nounCode(s, c);
      if (nc) { pred.code = nc; pred.noun = c; pred.refined = true; pred.aspectual = rel === 'nsubj'; return pred; }
    }
  }
  // "went on strike", "remained on hunger strike": the event noun after "on" is the event.
  if (ON_EVENT_VERBS.has(lemma)) {
    for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
      const c = s.children[k];
      if (s.labels[c] !== 'obl' || caseOfToken(s, c) !== 'on') continue;
      const nc = nounCode(s, c);
      if (nc) { pred.code = nc; pred.noun = c; pred.refined = true; return pred; }
    }
  }
  // A light verb takes its event from its object noun ("launched an attack", "held talks").
  const head = lemma.split(' ')[0];
  // A pattern that matched other words of the clause ("* OIL" on "oil workers launched a strike")
  // does not outrank the light verb's own event-noun object.
  const patternOwnsObject = (c: number) => matched !== null && matched.post.some((slot) => slot.includes(stem(s.tokens[c].text)));
  const lightObject = LIGHT_VERBS.has(head) && [...s.children.slice(s.childStart[i], s.childStart[i + 1])].some((c) => s.labels[c] === 'obj' && nounCode(s, c) !== undefined && !patternOwnsObject(c));
  if (!objectAct && (!refined || code === '---' || lightObject) && (code === '---' || code.startsWith('01') || LIGHT_VERBS.has(head) || ASPECTUAL.has(lemma))) {
    for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
      const c = s.children[k];
      const rel = s.labels[c];
      if (ASPECTUAL.has(lemma) && (rel === 'nsubj' || rel === 'obj')) {
        const nc = nounCode(s, c);
        if (nc) { pred.code = nc; pred.noun = c; pred.refined = true; pred.aspectual = rel === 'nsubj'; }
        continue;
      }
      if (rel !== 'obj') continue;
      const nc = nounCode(s, c);
      if (nc && LIGHT_VERBS.has(head)) { pred.code = nc; pred.noun = c; pred.refined = true; }
    }
  }
  return pred;
}

/** Codes an event noun token ("incursion", "talks"); undefined when the word is not one. */
export function codeNoun(s: SyntaxSentence, i: number): Predicate | undefined {
  const w = s.tokens[i].text.toLowerCase();
  const code = nounCode(s, i);
  if (!code) return undefined;
  return { i, lemma: w, kind: 'noun', code, refined: false };
}

/** CAMEO code of an event noun, reading a "strike"'s modifier (hunger, air, general). */
export function nounCode(s: SyntaxSentence, i: number): string | undefined {
  const w = s.tokens[i].text.toLowerCase();
  if ((w === 'games' || w === 'game') && i > 0 && s.tokens[i - 1].text.toLowerCase() === 'war') return '150';
  if (w === 'strike' || w === 'strikes') {
    const prev = i > 0 ? s.tokens[i - 1].text : '';
    return strikeCode(prev);
  }
  return EVENT_NOUNS[w];
}
