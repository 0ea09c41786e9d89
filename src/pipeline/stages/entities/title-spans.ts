/**
 * Repairs of tagger spans around personal titles, before typing:
 * - an honorific or peer title the tagger cut off as a name of its own ("Mr" + "McCartney",
 *   two spans) joins the name right after it; one with no name after it is no name at all;
 * - a span that is only office words ("MP", "Tory MP") names no one: the office words go,
 *   a party or place word before them stays ("Tory");
 * - a span running on over function words ("Tory MP Jonathan Sayeed is to") ends at its last
 *   capitalised word.
 *
 * Spans are token indices into one sentence's NER tokens (end exclusive); pure functions.
 * @module
 */
import type { NerToken } from './recognise.js';
import { isHonorific, isOfficeWord } from './evidence.js';

/** A tagger span over NER tokens: [start, end) and the CoNLL type. */
export interface TagSpan { start: number; end: number; type: string }

/** Function words a name never ends with; a tagger span ending in them ran on. */
const RUN_ON = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'to', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'and', 'or',
  'of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'that', 'who', 'which', 'as', 'but']);

/** Words that stand for an office when they name no one ("MP", "Tory MP"), besides the capitalised office words. */
const ROLE_ONLY = new Set(['MP', 'MPs', 'MEP', 'MSP', 'AM', 'QC', 'Minister', 'Secretary', 'Chancellor', 'Leader', 'Chairman', 'Spokesman', 'Spokeswoman', 'Peer', 'Senator', 'Governor', 'Mayor', 'President']);

const nameLike = (w: string) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !isHonorific(w) && !isOfficeWord(w);

/** Applies the repairs (see the module comment); returns new spans in text order. */
export function repairTitleSpans(toks: readonly NerToken[], spans: readonly TagSpan[]): TagSpan[] {
  const sorted = spans.map((s) => ({ ...s })).sort((a, b) => a.start - b.start);
  const out: TagSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    // Trailing function words leave the span ("… Sayeed is to" → "… Sayeed").
    while (s.end - s.start > 1 && RUN_ON.has(toks[s.end - 1].text)) s.end--;
    const words = toks.slice(s.start, s.end).map((t) => t.text);
    if (words.every(isHonorific)) {
      const next = sorted[i + 1];
      if (next && next.start === s.end) {
        // "Mr" + "McCartney": one person.
        next.start = s.start;
        next.type = 'PER';
        continue;
      }
      const nx = toks[s.end];
      if (nx && nameLike(nx.text)) { out.push({ start: s.start, end: s.end + 1, type: 'PER' }); continue; }
      // A title alone names no one.
      continue;
    }
    // Office words only ("MP", "Tory MP"): no name; the qualifier before them stays.
    // Only short qualifiers: "Office of the President" is an organisation's name.
    let e = s.end;
    while (e > s.start && ROLE_ONLY.has(toks[e - 1].text)) e--;
    if (e < s.end && e - s.start <= 2 && words.every((w) => /^\p{Lu}/u.test(w))) {
      if (e === s.start) continue;
      out.push({ start: s.start, end: e, type: s.type === 'PER' ? 'MISC' : s.type });
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Last words of organisation names after which a tagger often runs on into a person's name. */
const ORG_END = new Set(['University', 'College', 'School', 'Institute', 'Council', 'Museum', 'Association', 'Foundation', 'Society', 'Party',
  'Committee', 'Commission', 'Agency', 'Centre', 'Center', 'Hospital', 'Department', 'Ministry', 'Bank', 'Company', 'Group', 'Corporation', 'Union', 'Trust']);

/**
 * An organisation span that runs on into a person's name ("Refugee Council Enver Solomon",
 * "Washington State University Simon") splits after the organisation's last word when a given
 * name of known gender (`givenName`) follows it: an organisation, then a person.
 */
export function splitOrgPerson(toks: readonly NerToken[], spans: readonly TagSpan[], givenName: (w: string) => boolean): TagSpan[] {
  const out: TagSpan[] = [];
  for (const s of spans) {
    let cut = -1;
    if (s.type !== 'PER' && s.end - s.start >= 3) {
      for (let k = s.start + 1; k < s.end; k++) if (ORG_END.has(toks[k - 1].text) && /^\p{Lu}\p{Ll}/u.test(toks[k].text) && givenName(toks[k].text)) { cut = k; break; }
    }
    if (cut < 0) { out.push(s); continue; }
    out.push({ start: s.start, end: cut, type: s.type }, { start: cut, end: s.end, type: 'PER' });
  }
  return out;
}
