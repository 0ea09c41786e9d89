/**
 * Where a statement's content begins and ends, beyond what the role tagger marks: rules that
 * follow English news syntax and the attribution guidelines (content is the reported clause;
 * the listener of "told X …", the setting of the sentence and a following attribution by
 * someone else are not part of it).
 *
 * Reads the statements stage's {@link TokView} (`head`/`deprel` when the syntax layer is
 * present). Ranges are inclusive token index pairs [a, b].
 * @module
 */
import type { TokView } from './tokview.js';
import { hasQuoted, hasVerb, isRelativePronoun, SUBTREE_DEPTH } from './ranges.js';

type Range = [number, number];


/**
 * Drops a content run before the cue that is the sentence's setting or a relative link, not
 * what was said: it opens with a preposition, a subordinator or a relative pronoun, holds no
 * verb and no quoted words, and content follows the cue ("After the vote, Ms Lane said …";
 * "…, which he said was …"). A run that goes on past a comma ("Despite the fall, prices, he
 * said, …") is kept: its last phrase may be the reported clause's subject.
 */
export function dropSettingRuns(v: TokView, cue: Range, content: Range[]): Range[] {
  if (!content.some(([a]) => a > cue[1])) return content;
  return content.filter(([a, b]) => {
    if (b >= cue[0]) return true;
    if (!(v.pos[a] === 'ADP' || v.pos[a] === 'SCONJ' || isRelativePronoun(v, a))) return true;
    if (hasVerb(v, a, b) || hasQuoted(v, a, b)) return true;
    let e = b;
    while (e > a && v.shape[e] === 'p') e--;
    for (let i = a + 1; i < e; i++) if (v.word[i] === ',') return true;
    return false;
  });
}

/** Words that open a clause of its own after a comma ("…, while others predict …"). */
const CLAUSE_LINK = new Set(['while', 'whereas', 'but', 'although', 'though', 'which', 'who', 'yet']);
const NOMINAL_START = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

/**
 * Cuts an unquoted content run before a comma that opens another attribution with a subject of
 * its own: ", while others predict …", ", but analysts say …", ", which he said was …". That
 * clause is a second statement (the cue tagger marks its cue), so it is not part of this one's
 * content. `cueTok[i]` is 1 where a found cue covers token i. With `bareComma`, for a question
 * that opens the sentence ("Asked whether …, he told the BBC: …"), the comma alone suffices: the
 * answer that follows is another statement.
 */
export function cutAtNextAttribution(v: TokView, cueTok: Uint8Array, run: Range, bareComma = false): Range {
  const [a, b] = run;
  for (let i = a + 1; i + 2 <= b; i++) {
    if (v.word[i] !== ',' || v.quote[i] >= 0) continue;
    const linked = CLAUSE_LINK.has(v.lower[i + 1]);
    // The subject: up to four nominal words, then the cue; or an appositive noun phrase with a
    // relative clause of its own (", a pattern that analysts say …").
    let j = linked ? i + 2 : i + 1, words = 0, relative = false;
    // (After the relative pronoun any word may be the subject: the tagger can call "analysts" a verb there.)
    while (j <= b && words < 8 && !cueTok[j] && (NOMINAL_START.has(v.pos[j]) || v.lower[j] === 'that' || v.lower[j] === 'which' || (relative && v.shape[j] !== 'p'))) {
      if (v.lower[j] === 'that' || v.lower[j] === 'which') { if (relative || words === 0) break; relative = true; words = 0; }
      else words++;
      j++;
    }
    if (!linked && !bareComma && !relative) continue;
    if (words === 0 || words > 4 || j > b || !cueTok[j]) continue;
    let e = i - 1;
    while (e > a && v.shape[e] === 'p' && v.mark[e] !== 2) e--;
    return [a, e];
  }
  return run;
}

/** Verbs whose object is the listener, with the reported clause after it ("told reporters the plan …"). */
const LISTENER_VERBS = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'notify', 'convince', 'promise', 'advise', 'caution']);

/**
 * For "told X Y" without "that": the content starts after the listener X when a clause with a
 * subject of its own follows it ("told the BBC's Sunday programme there was no place …"). X is
 * the cue head's object (with any prepositional phrases of the head between it and the clause:
 * "told BBC Two's Monday with Rees programme there was …"). Needs the parse; returns the content
 * unchanged without one, for a passive cue, when "that" or an infinitive follows the listener
 * ("told staff to leave"), or when no object stands before the clause.
 */
export function skipListener(v: TokView, cueHeadIndex: number, lemma: string, content: Range[]): Range[] {
  if (!LISTENER_VERBS.has(lemma) || !v.head || !v.deprel || content.length === 0) return content;
  const [a, b] = content[0];
  if (a !== cueHeadIndex + 1) return content;
  const kids = v.dv.children(cueHeadIndex);
  // A passive cue's object is what was promised or told ("are being promised lower bills by …").
  for (const o of kids) if (v.deprel[o] === 'aux:pass' || v.deprel[o] === 'nsubj:pass') return content;
  // The listener phrases: the head's objects and obliques that follow it, contiguous from `a`.
  let k = a, object = false;
  for (const o of kids) {
    const rel = v.deprel[o];
    // A proper or common noun the parser calls a clausal complement is an object ("told BBC One's
    // Breakfast with Frost programme there was …" parsed Breakfast/ccomp).
    const nominal = (v.pos[o] === 'PROPN' || v.pos[o] === 'NOUN') && rel === 'ccomp';
    if (o < a || !(rel === 'obj' || rel === 'iobj' || rel === 'obl' || nominal)) continue;
    const [lo, hi] = v.dv.subtreeRange(o, SUBTREE_DEPTH);
    if (lo !== k || hi >= b || (nominal && hasVerb(v, lo, hi))) break;
    if (rel !== 'obl') object = true;
    k = hi + 1;
  }
  if (!object || k > b) return content;
  while (k < b && v.word[k] === ',') k++;
  if (v.lower[k] === 'that' || v.lower[k] === 'to' || v.quote[k] >= 0) return content;
  for (let i = k; i <= Math.min(b, k + 6); i++) {
    const r = v.deprel[i];
    // The clause opens right after the listener: its subject's phrase starts there.
    if ((r === 'nsubj' || r === 'nsubj:pass' || r === 'expl') && v.head[i] > i && v.head[i] <= b) {
      return v.dv.subtreeRange(i, SUBTREE_DEPTH)[0] === k ? [[k, b], ...content.slice(1)] : content;
    }
  }
  return content;
}
