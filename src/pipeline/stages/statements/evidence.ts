/**
 * Is a found cue a report of a proposition? The cue tagger also fires on actions ("filed for
 * Chapter 11", "ordered 30 planes"), on speech without content ("will publish his budget",
 * "commenting on speculation"), on intentions ("is planning to revisit") and on headlines
 * ("Cairn shares up on new oil find"). A statement is kept when it carries evidence of a
 * reported proposition: quoted words, a clausal content (a subject and its verb, or "that"),
 * or a cue whose kind reports a fact with a noun object (announce, reveal, forecast, promise …).
 *
 * Reads the statements stage's {@link TokView} (with `dep` when present). Token indices.
 * @module
 */
import type { TokView } from './tokview.js';
import { hasVerb, isRelativePronoun } from './ranges.js';

/** Speech verbs that report no proposition without a clause or quoted words. */
// Thanks and praise keep their reason ("thanked Kim for …"): they are not listed.
const NEEDS_CLAUSE = new Set(['publish', 'comment', 'talk', 'speak', 'post', 'brief', 'respond', 'reply', 'answer', 'continue',
  'interview', 'statement', 'remarks', 'tweet', 'mention', 'cite', 'hear', 'learn', 'signal', 'address', 'debate', 'discuss',
  'agree', 'know', 'see', 'understand', 'view', 'regard', 'seem', 'appear', 'realize', 'realise', 'imagine',
  'endorse', 'support', 'back', 'welcome', 'defend', 'champion', 'criticize', 'criticise', 'condemn', 'attack', 'slam', 'denounce',
  'fault', 'lambaste', 'blast', 'decry', 'mock', 'ridicule',
  'ask', 'question', 'wonder', 'inquire', 'query', 'share', 'agrees',
  // Denying or rejecting a noun phrase ("denied the claims", "rejected the move") states no proposition.
  'deny', 'reject', 'dismiss', 'dispute', 'rebuff', 'refute']);
/** Wanting or intending one's own action ("wanted to use the money") is no report. */
const INTENTION = new Set(['want', 'plan', 'intend', 'aim', 'seek', 'try', 'decline', 'refuse', 'wish', 'hope to']);

export interface EvidenceInput {
  cue: [number, number];
  content: [number, number][];
  cueLemma: string;
  cueKind: string;
  /** Tokens of the content inside speech quotations. */
  quoted: number;
  hasSource: boolean;
}

/** Whether the statement reports a proposition (see the module comment). */
export function reportsProposition(v: TokView, s: EvidenceInput): boolean {
  // The headline repeats the body in headline grammar ("Ex-aide says rule 'intact'"); the body's
  // statement is the one to cite, as the annotation guidelines have it (the cue stays a reporting cue).
  if (inHeadline(v, s.cue[0])) return false;
  // A short quotation after an action verb names a thing ("signed a “letter of intent”"), it reports no speech.
  if (s.quoted > 0 && !(s.cueKind === 'other' && s.quoted <= 3)) return true;
  // A question asks; it reports no proposition ("was asked if he would stand").
  if (s.cueKind === 'question') return false;
  // "could not say whether …", "refused to say when …": an open question left unanswered.
  if (withheld(v, s)) return false;
  const clausal = isClausal(v, s);
  if (INTENTION.has(s.cueLemma) && startsWithTo(v, s) && !objectThenTo(v, s)) return false;
  if (s.cueKind === 'other') return clausal || (v.lower[s.cue[0]] === 'according');
  if (NEEDS_CLAUSE.has(s.cueLemma)) return clausal;
  return true;
}

/** The content is a clause: it opens with "that"/"whether"/"if", or a subject of a verb inside it comes first. */
function isClausal(v: TokView, s: EvidenceInput): boolean {
  const [a, b] = s.content[0];
  const before = a > 0 ? v.lower[a - 1] : '';
  // "that" as a relative pronoun ("talks that ran through the night") opens no reported clause.
  if ((COMP.has(v.lower[a]) && !isRelativePronoun(v, a)) || (COMP.has(before) && !isRelativePronoun(v, a - 1))) return true;
  // Content before the cue or around it ("X, he said, Y") is a clause when it holds a verb; a
  // bare noun phrase there is the cue's subject or a relative pronoun ("Mrs Howard has also
  // appeared …", "… which she supports"), not what was said.
  if (s.content.length > 1 || a < s.cue[0]) return s.content.some(([x, y]) => hasVerb(v, x, y));
  // "criticised the deal as a way to …": the object and its predicate state a proposition.
  // Only "as" after the object, not one inside a later clause ("…, a partnership that both describe as strategic").
  for (let i = a + 1; i < b && i <= a + 8; i++) {
    if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX' || v.word[i] === ',') break;
    if (v.lower[i] === 'as') return true;
  }
  if (!v.deprel || !v.head) return false;
  for (let i = a; i <= Math.min(b, a + 6); i++) {
    // A subject after a conjunction opens a coordinated clause, not the content ("voted against
    // him and he intended …").
    if (v.pos[i] === 'CCONJ') break;
    const r = v.deprel[i];
    // A relative pronoun as the subject ("talks that ran through the night") opens no reported clause.
    if ((r === 'nsubj' || r === 'nsubj:pass' || r === 'expl') && v.head[i] > i && v.head[i] <= b && !isRelativePronoun(v, i)) return true;
  }
  return false;
}
const COMP = new Set(['that', 'whether', 'if', 'how', 'why', 'what']);

const OPEN_QUESTION = new Set(['whether', 'if', 'when', 'how', 'why', 'what', 'who', 'where']);
const WITHHOLDING = new Set(['not', "n't", 'never', 'refuse', 'refused', 'refuses', 'refusing', 'decline', 'declined', 'declines', 'declining', 'unable']);

/** A negated or refused speech act whose content is an embedded question ("would not say if …"). */
function withheld(v: TokView, s: EvidenceInput): boolean {
  const a = s.content[0][0];
  if (s.content.length > 1 || a < s.cue[0] || !OPEN_QUESTION.has(v.lower[a])) return false;
  for (let i = Math.max(0, s.cue[0] - 2); i <= s.cue[1]; i++) if (WITHHOLDING.has(v.lower[i])) return true;
  return false;
}


function startsWithTo(v: TokView, s: EvidenceInput): boolean {
  let a = s.content[0][0];
  if (a <= s.cue[1]) return false;
  return v.lower[a] === 'to' || (a === s.cue[1] + 1 && v.lower[s.cue[1] + 1] === 'to');
}
/** "wants Congress to act": an object before "to" makes it a directive, not an intention. */
function objectThenTo(v: TokView, s: EvidenceInput): boolean {
  const a = s.content[0][0];
  return v.lower[a] !== 'to';
}

/** The cue lies in the first paragraph and that paragraph reads as a headline (short, no final stop). */
export function inHeadline(v: TokView, i: number): boolean {
  if (v.para[i] !== 0 || v.paraStart.length < 3) return false;
  const e = v.paraStart[1] - 1;
  return e - v.paraStart[0] < 20 && !['.', '?', '!', '"', '”', ':'].includes(v.word[e]);
}
