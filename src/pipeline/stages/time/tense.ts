/**
 * The tense around a temporal expression, from the sentence's tokens and UPOS tags
 * (and the dependency head when a `dep` layer is present): future when the governing
 * verb group has "will"/"shall"/"going to"/"'ll", past for past forms and perfects,
 * present otherwise. Used to pick past or future readings of "in April", "on Friday".
 * @module
 */

/** Past, present or future reading; `null` when no verb is found. */
export type Tense = 'PAST' | 'PRESENT' | 'FUTURE' | null;

/** A token as the tense finder needs it. */
export interface TTok { start: number; end: number; text: string; pos: string; head?: number }

const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
/** "would": future in the past; it decides for weekdays ("said he would travel Thursday"). */
const WOULD = 'would';
const PAST_FORMS = new Set(['was', 'were', 'had', 'did', 'said', 'met', 'went', 'came', 'took', 'made', 'gave', 'told', 'found', 'saw',
  'began', 'held', 'left', 'led', 'won', 'lost', 'fell', 'rose', 'got', 'sold', 'bought', 'paid', 'thought', 'brought', 'sent',
  'spent', 'built', 'kept', 'meant', 'ran', 'became', 'wrote', 'spoke', 'stood', 'broke', 'struck', 'fought', 'hit', 'put', 'set',
  'cut', 'let', 'ate', 'drove', 'flew', 'grew', 'knew', 'threw', 'shot', 'hung', 'chose', 'rode', 'sank', 'sang', 'woke', 'wore',
  'withdrew', 'underwent', 'fled', 'sought', 'taught', 'caught', 'bore', 'dealt', 'felt', 'heard', 'laid', 'lay', 'lit', 'sat',
  'slept', 'swept', 'rang', 'stole', 'swore', 'tore', 'understood', 'upheld', 'killed', 'overtook', 'forgot', 'shook', 'drew',
  'slid', 'spread', 'quit', 'beat', 'bid', 'froze', 'arose', 'awoke', 'dug', 'fed', 'forbade', 'hid', 'meant', 'mistook', 'wound']);
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', 'does', 'do', 'says']);
const FUTURE_LEX = /^(?:plans?|planned|planning|scheduled|expected|expects|expect|due|intends?|hopes?|aims?|set|going|would|could|might|may|should|must|wants?|proposed|proposes|pledged|promised|vowed|threatened)$/i;

/** The tense of the verb group governing (or nearest to) the expression at [start, end). */
export function tenseAt(toks: readonly TTok[], start: number, end: number): Tense {
  // Tokens inside the same clause: stop at clause punctuation (; or a quotation boundary) but not at commas for short spans.
  let left = -1, right = toks.length;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].end <= start && /^[;:“”"]$/.test(toks[i].text)) left = i;
    if (toks[i].start >= end && /^[;:“”"]$/.test(toks[i].text)) { right = i; break; }
  }
  // Governing verb through the dependency tree when available.
  let at = -1;
  for (let i = 0; i < toks.length; i++) if (toks[i].start >= start && toks[i].end <= end) { at = i; break; }
  if (at >= 0 && toks[at].head !== undefined) {
    let h = at, guard = 0;
    while (h >= 0 && guard++ < 8 && toks[h].pos !== 'VERB' && toks[h].pos !== 'AUX') h = toks[h].head ?? -1;
    if (h >= 0 && h !== at) {
      const t = groupTense(toks, h);
      if (t) return t;
    }
  }
  // Otherwise the nearest verb group in the clause that shows a tense, to the left first (news: "X said
  // on Friday"), then right; a bare participle ("growth seen between July and September") shows none.
  const verbs: [number, number][] = [];
  for (let i = left + 1; i < right; i++) {
    const p = toks[i].pos;
    if (p !== 'VERB' && p !== 'AUX') continue;
    if (toks[i].start >= start && toks[i].end <= end) continue;
    verbs.push([toks[i].end <= start ? (start - toks[i].end) : (toks[i].start - end) * 1.5, i]);
  }
  verbs.sort((a, b) => a[0] - b[0]);
  for (const [, i] of verbs) {
    const t = groupTense(toks, i);
    if (t) return t;
  }
  return null;
}

const PARTICIPLES = new Set(['seen', 'done', 'taken', 'given', 'known', 'shown', 'grown', 'been', 'gone', 'written', 'spoken',
  'broken', 'chosen', 'driven', 'eaten', 'fallen', 'forgotten', 'hidden', 'ridden', 'risen', 'stolen', 'sworn', 'thrown', 'worn',
  'born', 'drawn', 'flown', 'frozen', 'beaten', 'bitten', 'proven', 'undertaken', 'overseen', 'withdrawn']);

/** Tense of the verb group around token `i` (auxiliaries to its left included). */
function groupTense(toks: readonly TTok[], i: number): Tense {
  let a = i;
  while (a > 0 && (toks[a - 1].pos === 'AUX' || toks[a - 1].pos === 'PART' || toks[a - 1].pos === 'ADV' || toks[a - 1].pos === 'VERB') && i - a < 4) a--;
  let b = i;
  while (b + 1 < toks.length && (toks[b + 1].pos === 'AUX' || toks[b + 1].pos === 'VERB' || toks[b + 1].pos === 'PART') && b - i < 3) b++;
  let hasPerfect = false, hasPast = false, hasFuture = false, hasPresent = false;
  let hasPastPerfect = false;
  for (let k = a; k <= b; k++) if (toks[k].text.toLowerCase() === 'had') hasPastPerfect = true;
  for (let k = a; k <= b; k++) {
    const w = toks[k].text.toLowerCase();
    if (FUTURE_AUX.has(w) || w === WOULD) hasFuture = true;
    else if (w === 'going' && toks[k + 1]?.text.toLowerCase() === 'to') hasFuture = true;
    else if (FUTURE_LEX.test(w) && toks[k + 1]?.text.toLowerCase() === 'to') hasFuture = true;
    else if (/^(?:is|are|am)$/.test(w) && toks[k + 1]?.text.toLowerCase() === 'to') hasFuture = true; // "is to resume"
    else if (w === 'has' || w === 'have' || w === "'ve") hasPerfect = true;
    else if (PAST_FORMS.has(w)) hasPast = true;
    else if (PRESENT_FORMS.has(w)) hasPresent = true;
    else if ((toks[k].pos === 'VERB' || toks[k].pos === 'AUX') && /[^e]ed$|[^aeiou]ed$|ied$/.test(w) && k === a) hasPast = true;
    else if ((toks[k].pos === 'VERB') && /ed$/.test(w)) hasPast = hasPast || k === a || hasPerfect;
  }
  // "had been scheduled to expire": a plan in the past perfect is past for the reader.
  if (hasFuture && hasPastPerfect) return 'PAST';
  if (hasFuture) return 'FUTURE';
  if (hasPast || hasPerfect) return 'PAST';
  if (hasPresent) return 'PRESENT';
  const w = toks[i].text.toLowerCase();
  if (a === b && PARTICIPLES.has(w)) return null;
  if (/ed$/.test(w)) return 'PAST';
  return 'PRESENT';
}
