/**
 * Event coding of one predicate: a verb (PETRARCH2 CAMEO verb dictionary + its patterns over the
 * verb's clause) or an event noun ("an attack on", "talks with"), giving a CAMEO code.
 * @module
 */
import type { SyntaxSentence } from './sentence-view.js';
import type { Petrarch, PetrarchVerb } from '../../../kb/petrarch.js';
import { matchPattern, stem } from './patterns.js';
import { ASPECTUAL, EVENT_NOUNS, HALTED, HALT_VERBS, LIGHT_VERBS, PROPOSAL_NOUNS, VERB_CODES, WRAPPERS, strikeCode, type Wrapper } from './lexicon.js';

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
  const v = pet.verb(form);
  return v ? { v } : undefined;
}

/** Crude lemma for wrapper lookup when PETRARCH lacks the verb. */
function lemmaOf(form: string): string {
  const f = form.toLowerCase();
  if (WRAPPERS[f]) return f;
  for (const [suf, rep] of [['ied', 'y'], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e']] as const) {
    if (f.endsWith(suf) && WRAPPERS[f.slice(0, -suf.length) + rep]) return f.slice(0, -suf.length) + rep;
  }
  return f;
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

/** Codes predicate token `i` when it is a verb PETRARCH knows or a wrapper verb; undefined otherwise. */
export function codeVerb(pet: Petrarch, s: SyntaxSentence, i: number): Predicate | undefined {
  const e = verbEntry(pet, s, i);
  const lemma = e?.v.lemma ?? lemmaOf(s.tokens[i].text);
  const wrapper = WRAPPERS[lemma] ?? WRAPPERS[lemma.split(' ')[0]];
  if (!e && !wrapper) return undefined;
  let code = VERB_CODES[lemma] ?? e?.v.code ?? '---';
  let refined = false;
  const { pre, post } = clauseStems(s, i);
  if (e) {
    const p = matchPattern(pet, e.v.block, pre, post);
    if (p && p.code !== '---') { code = p.code; refined = true; }
    else if (p) { code = '---'; refined = true; }
  }
  // "dismissed an appeal", "rejected calls for …": rejecting a proposal.
  if (/^(reject|dismiss|rebuff|spurn|turn down|brush aside)$/.test(lemma)) {
    for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
      const c = s.children[k];
      if (s.labels[c] === 'obj' && PROPOSAL_NOUNS.has(s.tokens[c].text.toLowerCase())) { code = '120'; refined = true; }
    }
  }
  // "ended mediation efforts", "suspended talks with …": halting negotiations or mediation (SANCTION).
  if (HALT_VERBS.has(lemma)) {
    for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
      const c = s.children[k];
      if (s.labels[c] !== 'obj') continue;
      for (const w of [c, ...compoundsOf(s, c)]) { const h = HALTED[s.tokens[w].text.toLowerCase()]; if (h) { code = h; refined = true; break; } }
    }
  }
  const pred: Predicate = { i, lemma, kind: 'verb', code, refined, ...(wrapper ? { wrapper } : {}), ...(e?.prt !== undefined ? { j: e.prt } : {}) };
  // An aspectual verb is what its event noun does ("riots are continuing"), whatever a pattern
  // reads off the rest of the clause ("&MILITARY … continue" matched "military policies").
  if (ASPECTUAL.has(lemma)) {
    for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
      const c = s.children[k];
      const rel = s.labels[c];
      if (rel !== 'nsubj' && rel !== 'obj') continue;
      const nc = nounCode(s, c);
      if (nc) { pred.code = nc; pred.noun = c; pred.refined = true; pred.aspectual = rel === 'nsubj'; return pred; }
    }
  }
  // A light verb takes its event from its object noun ("launched an attack", "held talks").
  const head = lemma.split(' ')[0];
  if ((!refined || code === '---') && (code === '---' || code.startsWith('01') || LIGHT_VERBS.has(head) || ASPECTUAL.has(lemma))) {
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
  if (w === 'strike' || w === 'strikes') {
    const prev = i > 0 ? s.tokens[i - 1].text : '';
    return strikeCode(prev);
  }
  return EVENT_NOUNS[w];
}

/** The compound modifiers of noun `c` ("mediation" in "mediation efforts"). */
function compoundsOf(s: SyntaxSentence, c: number): number[] {
  const out: number[] = [];
  for (let j = s.childStart[c]; j < s.childStart[c + 1]; j++) if (s.labels[s.children[j]] === 'compound') out.push(s.children[j]);
  return out;
}
