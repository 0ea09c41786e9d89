/**
 * Sources after the content, the commonest shape of a news lead: "Y, the FSA added.",
 * "Y, says a race group.", "Y, union officers told the AP news agency.", "Y, says the party -
 * and Z." The learned role tagger often loses these (the content becomes the listener, or the
 * cue finds no content); this rule reads them from the sentence shape:
 *   content , source [aux] cue [listener or time] .     (a subject before the cue)
 *   content , cue source .                                (inverted)
 * The content is the clause before the comma (and, after a dash, the clause that goes on);
 * a statement the tagger made with this cue is corrected, and statements whose content ran
 * over this source or cue are dropped.
 *
 * Token indices into the statements stage's {@link TokView}.
 * @module
 */
import type { TokView } from './tokview.js';
import { cueKindOf, lemmaOf } from './lexicon.js';
import { hasVerb } from './ranges.js';

/** The parts of a statement this rule writes (a subset of index.ts's Statement). */
export interface Postposed {
  cue: [number, number];
  source: [number, number];
  content: [number, number][];
  cueLemma: string;
}

const KINDS = new Set(['assertion', 'warning', 'denial', 'acknowledgement', 'promise', 'accusation']);
const EXTRA = new Set(['rule', 'stress', 'show', 'indicate', 'suggest', 'insist', 'warn', 'say', 'add', 'tell', 'claim']);
const SOURCE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const SOURCE_ADP = new Set(['of', 'from', 'within', 'at', 'for', 'in']);
const DASH = new Set(['-', '–', '—', '--']);
const CLAIM_NOUN = new Set(['claim', 'charge', 'allegation', 'accusation', 'view', 'argument', 'assertion', 'suggestion', 'position', 'stance', 'figure', 'estimate', 'assessment', 'finding', 'conclusion']);
/** Verbs a tagger calls nouns at a sentence end ("figures show."). */
const NOUN_TAGGED = new Set(['show', 'suggest', 'indicate', 'say', 'claim', 'warn', 'report']);
/** Cues that invert after the content ("…, says the party", "…, claimed the union"). */
const INVERTS = new Set(['say', 'add', 'claim', 'warn', 'insist', 'argue', 'write', 'explain', 'tell', 'report', 'note', 'state', 'conclude', 'continue']);
const TAIL_START = new Set(['on', 'in', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'at', 'during', 'after', 'before', 'when', 'while']);

function isCue(v: TokView, i: number): string | null {
  if (v.pos[i] !== 'VERB' && v.pos[i] !== 'AUX' && v.pos[i] !== 'NOUN') return null;
  let lemma = lemmaOf(v.lower[i]);
  if (EXTRA.has(lemma + 'e')) lemma += 'e'; // rul-ed → rule
  const kind = cueKindOf(lemma);
  return (kind && KINDS.has(kind)) || EXTRA.has(lemma) ? lemma : null;
}

/** A noun phrase that can name a source: nominal words, "of"-phrases, a possessive. */
function nominal(v: TokView, a: number, b: number): boolean {
  if (b < a || b - a > 10) return false;
  let head = false;
  for (let i = a; i <= b; i++) {
    const p = v.pos[i];
    // A determiner right after a noun starts a reduced relative clause ("a claim the engineers
    // have rejected"): no plain noun phrase.
    if ((p === 'DET' || (p === 'PRON' && i > a)) && i > a && (v.pos[i - 1] === 'NOUN' || v.pos[i - 1] === 'PROPN')) return false;
    // "a charge Belarus rejects", "a claim the council denies": a claim noun and its clause.
    if (p === 'NOUN' && !head && CLAIM_NOUN.has(v.lower[i])) return false;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') head = true;
    else if (SOURCE_POS.has(p)) continue;
    // A participle used as an adjective ("leading economists").
    else if (p === 'VERB' && i === a && i < b && v.lower[i].endsWith('ing') && (v.pos[i + 1] === 'NOUN' || v.pos[i + 1] === 'ADJ')) continue;
    else if (p === 'ADP' && SOURCE_ADP.has(v.lower[i]) && i > a && i < b) continue;
    else if (v.word[i] === '(' || v.word[i] === ')' || v.lower[i] === "'s" || v.lower[i] === '’s') continue;
    else return false;
  }
  return head;
}

/** A conjunction and then, past adverbs, a verb with no subject of its own ("but warned", "and then added"). */
function sharedSubjectPredicate(v: TokView, i: number): boolean {
  if (v.pos[i] !== 'CCONJ') return false;
  let j = i + 1;
  while (v.pos[j] === 'ADV') j++;
  return v.pos[j] === 'VERB';
}

/** Trailing words after the cue that leave it at the sentence end: a listener ("the BBC"), a time or "in a statement". */
function tailOk(v: TokView, a: number, b: number, lemma: string): boolean {
  if (a > b) return true;
  if (b - a > 7 || hasVerb(v, a, b)) return false;
  const w = v.lower[a];
  const time = TAIL_START.has(w);
  return lemma === 'tell' ? nominal(v, a, b) || time : time;
}

/** Finds postposed-source attributions, one per sentence at most. */
export function findPostposed(v: TokView): Postposed[] {
  const out: Postposed[] = [];
  for (let si = 0; si + 1 < v.sentStart.length; si++) {
    const s0 = v.sentStart[si];
    let e = v.sentStart[si + 1] - 1;
    while (e > s0 && v.shape[e] === 'p' && !DASH.has(v.word[e])) e--;
    if (e - s0 < 5) continue;
    // Quoted content is the tagger's strength; this rule reads unquoted clauses.
    if (v.mark[s0] === 1 || (v.shape[s0] === 'p' && v.mark[s0 + 1] === 1)) continue;
    for (let c = s0 + 3; c <= e; c++) {
      if (v.word[c] !== ',') continue;
      if (v.quote[c] >= 0) continue;
      if (!hasVerb(v, s0, c - 1)) continue;
      // "… and, for the first time, acknowledged …": a conjunction or preposition before the comma opens no content.
      if (v.pos[c - 1] === 'CCONJ' || v.pos[c - 1] === 'ADP' || v.pos[c - 1] === 'SCONJ') continue;
      const found = after(v, c + 1, e);
      if (!found) continue;
      const content: [number, number][] = [[s0, c - 1]];
      if (found.more) content.push(found.more);
      out.push({ cue: found.cue, source: found.source, content, cueLemma: found.lemma });
      break;
    }
  }
  return out;
}

/** After the comma at `a - 1`: "source [aux] cue [tail]" or "cue source", to the sentence end `e` (or a dash and more content). */
function after(v: TokView, a: number, e: number): { cue: [number, number]; source: [number, number]; lemma: string; more?: [number, number] } | null {
  // Where the attribution ends: the sentence end, or a dash followed by a clause ("says the party - and …").
  let end = e, more: [number, number] | undefined;
  for (let i = a; i < e; i++) {
    if (DASH.has(v.word[i]) || (v.word[i] === ',' && i > a)) {
      if (hasVerb(v, i + 1, e)) {
        end = i - 1;
        // "…, Eurotunnel said, but warned that …": a predicate coordinated with the cue shares its
        // subject and is the source's next act (a statement of its own), not more content.
        if (!sharedSubjectPredicate(v, i + 1)) more = [i + 1, e];
      }
      break;
    }
  }
  if (end < a + 1) return null;
  // Inverted: "says a race group", "claimed the union organisation".
  const inv = isCue(v, a);
  if (inv && INVERTS.has(inv) && v.pos[a] !== 'NOUN' && nominal(v, a + 1, end) && v.pos[a + 1] !== 'PRON') return { cue: [a, a], source: [a + 1, end], lemma: inv, more };
  // Subject first: "the Lib Dems say", "its co-chairman has said", "he added", "party sources told the BBC".
  for (let k = a + 1; k <= end; k++) {
    const lemma = isCue(v, k);
    // A sentence-final cue after its subject may be mis-tagged a noun ("figures … show.").
    if (!lemma || (v.pos[k] === 'NOUN' && (k !== end || !NOUN_TAGGED.has(lemma)))) continue;
    let s1 = k - 1;
    while (s1 >= a && (v.pos[s1] === 'AUX' || v.pos[s1] === 'ADV' || v.pos[s1] === 'PART' && v.lower[s1] === 'not')) s1--;
    if (!nominal(v, a, s1)) return null;
    if (!tailOk(v, k + 1, end, lemma)) return null;
    return { cue: [s1 + 1 < k ? s1 + 1 : k, k], source: [a, s1], lemma, more };
  }
  return null;
}
