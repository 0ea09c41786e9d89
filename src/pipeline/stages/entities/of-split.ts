/**
 * "<Person> of [the] <Name>" taken as one name where the document names the second part on its
 * own: a person and their party or club ("Lena Marsh of the Harbour Party"). The first part
 * must read as a person's name (tagged PERSON, a given name first, or a hyphenated given name
 * as in "Wu Chi-wai"). The span splits into the two names: a PERSON, and a name with the type
 * and KB entry the second part has where it stands alone.
 * Institution names stay whole ("Bank of Marlow", "University of Tessa", "Duke of York"):
 * the part before "of" must not end with an institution, office or title word.
 * Runs over the document's names once (linear); mutates and re-sorts `names`.
 *
 * @module
 */
import type { NameSpan } from './recognise.js';
import { givenNameFirst, isHonorific, isOfficeWord, orgByLastWord } from './evidence.js';
import { getKb } from '../../../kb/index.js';

/** Words before "of" that make one name of the whole ("Battle of …", "University of …", "Prince of …"). */
const HEAD = new Set(['University', 'College', 'School', 'Institute', 'Academy', 'Bank', 'Church', 'Society', 'Council', 'Committee', 'Commission', 'Ministry',
  'Department', 'Office', 'Museum', 'Gallery', 'House', 'Hall', 'Court', 'Association', 'Federation', 'Union', 'League', 'Party', 'Board', 'Agency', 'Foundation',
  'Order', 'Knights', 'Sisters', 'Brothers', 'Friends', 'Daughters', 'Sons', 'Bay', 'Gulf', 'Sea', 'Isle', 'Isles', 'Lake', 'Strait', 'Cape', 'Mount', 'Port',
  'Battle', 'Siege', 'Treaty', 'Congress', 'Duke', 'Duchess', 'Earl', 'Count', 'Countess', 'Prince', 'Princess', 'King', 'Queen', 'Emperor', 'Archbishop',
  'Bishop', 'Lord', 'Lady', 'Marquis', 'Baron', 'Mayor', 'Governor', 'State', 'Republic', 'Kingdom', 'Principality', 'Province', 'City', 'Town', 'District',
  'County', 'Municipality', 'Diocese', 'Gospel', 'Book', 'Letter', 'Epistle', 'Acts', 'Statue', 'Tower', 'Palace', 'Cathedral', 'Centre', 'Center', 'Institution',
  'Corps', 'Army', 'Navy', 'Regiment', 'Division', 'Brigade', 'Secretary', 'Minister', 'Chief', 'Chamber', 'Assembly', 'Parliament', 'Senate', 'Company',
  'Corporation', 'Bureau', 'Service', 'Authority', 'Conference', 'Festival', 'Prize', 'Award', 'Cup', 'Games', 'Hospital', 'Library', 'Archive', 'Archives']);

const OF = /^(.*\S)\s+of\s+(?:the\s+)?(\S.*)$/;

/** Splits "<Name> of [the] <Name>" (see the module comment). A name the KB knows whole is left alone. */
export function splitNameOfName(text: string, names: NameSpan[]): void {
  const alone = new Map<string, NameSpan>();
  for (const nm of names) {
    const s = text.slice(nm.start, nm.end);
    if (!s.includes(' of ') && !alone.has(s)) alone.set(s, nm);
  }
  const added: NameSpan[] = [];
  for (const nm of names) {
    const s = text.slice(nm.start, nm.end);
    const m = OF.exec(s);
    if (!m || nm.kb || m[1].includes(' of ')) continue;
    const first = m[1].split(/\s+/), second = m[2];
    const last = first[first.length - 1];
    if (HEAD.has(last) || isOfficeWord(last) || isHonorific(last) || !first.every((w) => /^\p{Lu}/u.test(w))) continue;
    const person = nm.type === 'PERSON' || givenNameFirst(first) || (first.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(first[1]));
    const other = person ? alone.get(second) : undefined;
    if (!other) continue;
    const secondStart = nm.start + s.lastIndexOf(second);
    added.push({ start: secondStart, end: nm.end, type: other.type, sentence: nm.sentence, kb: other.kb });
    nm.end = nm.start + m[1].length;
    nm.type = 'PERSON';
  }
  if (added.length) { names.push(...added); names.sort((a, b) => a.start - b.start); }
}

const TRAILING_COUNTRY = /^(.*\S)\s+of\s+the\s+(\S.*)$/;

/**
 * "<Institution> of the <Country>" where the institution's name is complete without it
 * ("Colorado State University of the US", "University of Sheffield of the UK": a name that ends
 * in an organisation word or already holds "of") is the institution and, after it, the country
 * it is in: the span splits into an ORG and a mention of the KB country. Mutates and re-sorts `names`.
 */
export function splitTrailingCountry(text: string, names: NameSpan[]): void {
  const kb = getKb();
  const added: NameSpan[] = [];
  for (const nm of names) {
    if (nm.kb || nm.type === 'PERSON') continue;
    const s = text.slice(nm.start, nm.end);
    const m = TRAILING_COUNTRY.exec(s);
    if (!m) continue;
    const first = m[1].split(/\s+/);
    if (!(orgByLastWord(first) || / of /.test(m[1]))) continue;
    const country = kb.lookup(m[2]).find((e) => e.kind === 'country');
    if (!country) continue;
    added.push({ start: nm.start + s.lastIndexOf(m[2]), end: nm.end, type: 'GPE', sentence: nm.sentence, kb: country });
    nm.end = nm.start + m[1].length;
    nm.type = 'ORG';
  }
  if (added.length) { names.push(...added); names.sort((a, b) => a.start - b.start); }
}
