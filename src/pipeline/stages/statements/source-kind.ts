/**
 * What kind of source speaks: a named person, an organisation, a government (including
 * metonymic capitals and countries: "Moscow accuses …"), a vague group ("historians",
 * "officials"), an anonymous source ("a source familiar with …"), or the outlet itself
 * ("The Post has learned"). Uses the `mentions` entity type when present, else the
 * word lists below (data, hand-written).
 * @module
 */

export type SourceKind = 'person' | 'organisation' | 'government' | 'vague' | 'anonymous' | 'outlet' | 'unknown';

/** Countries and capitals commonly used metonymically for governments. */
const GOVERNMENT_NAMES = new Set(('russia moscow kremlin ukraine kiev kyiv china beijing america washington britain london ' +
  'france paris germany berlin iran tehran israel jerusalem japan tokyo india delhi pyongyang seoul korea ' +
  'syria damascus turkey ankara brussels nato pentagon whitehall canada ottawa mexico brazil italy rome spain madrid ' +
  'poland warsaw egypt cairo pakistan islamabad afghanistan kabul iraq baghdad saudi riyadh cuba havana venezuela caracas ' +
  'taiwan taipei australia canberra brasilia tokyo nairobi pretoria abuja ankara').split(' '));
const GOVERNMENT_NOUNS = new Set(('government administration ministry kremlin cabinet state department pentagon ' +
  'white house embassy authorities regime parliament congress senate kremlin').split(' '));
const ORG_NOUNS = new Set(('military army navy forces troops police agency committee council court campaign party company ' +
  'corporation firm group union association commission board bank office department institute foundation network ' +
  'organization organisation team newspaper paper magazine network channel station service fund coalition alliance ' +
  'university college school hospital club league movement poll survey study report').split(' '));
const PERSON_NOUNS = new Set(('president minister leader spokesman spokeswoman spokesperson secretary chairman chairwoman ' +
  'director governor mayor senator lawmaker ambassador general commander chief ceo king queen prince judge lawyer ' +
  'professor author candidate nominee').split(' '));
const VAGUE_HEADS = new Set(('historians officials experts analysts critics observers people residents some many others ' +
  'scientists economists researchers supporters opponents voters democrats republicans conservatives liberals ' +
  'lawmakers politicians diplomats activists advocates witnesses reports media commentators pundits insiders ' +
  'aides allies leaders members staff employees investigators prosecutors doctors scholars polls studies surveys').split(' '));
const ANON = /\b(sources?|insiders?|persons?|people|officials?|aides?)\b.*\b(familiar|anonymity|anonymous|not authori[sz]ed|declined to be (named|identified)|requested anonymity|briefed)\b|^(an?|one|another|the) (source|official|aide|insider|person)\b|\bsources?\b/i;
const PRONOUN_PERSON = new Set(['he', 'she', 'him', 'her', 'i', 'me', 'his']);
const OUTLET = /^(the )?(post|times|journal|newspaper|paper|this (newspaper|paper|website|publication|outlet)|we|our (reporters?|correspondents?))$/i;

/** Maps an entity type label (CoNLL / OntoNotes / GUM) to a source kind. */
export function kindFromEntityType(type: string, text: string): SourceKind {
  const t = type.toUpperCase();
  if (t === 'PER' || t === 'PERSON') return 'person';
  if (t === 'GPE' || t === 'LOC' || t === 'PLACE' || t === 'NORP') return 'government';
  if (t === 'ORG' || t === 'ORGANIZATION' || t === 'ORGANISATION') return GOVERNMENT_NOUNS.has(text.toLowerCase()) ? 'government' : 'organisation';
  return 'unknown';
}

/**
 * Source kind from the source text and its tokens' UPOS tags, without entities.
 * @param words lower-cased words of the source span; `pos` their tags.
 */
export function kindFromText(text: string, words: string[], pos: string[], outlet?: string): SourceKind {
  const t = text.trim().replace(/[,;]+$/, '');
  const lowered = t.toLowerCase();
  if (outlet && lowered.includes(outlet.toLowerCase())) return 'outlet';
  if (OUTLET.test(t)) return 'outlet';
  if (words.length === 1 && PRONOUN_PERSON.has(words[0])) return 'person';
  if (ANON.test(t) && !words.some((w, i) => pos[i] === 'PROPN')) {
    if (/^(an?|one|another|the) /i.test(t) || /familiar|anonym|not authori|declined to be|briefed/i.test(t) || /^sources?$/i.test(t)) return 'anonymous';
  }
  // Head: the last noun before any comma/preposition.
  let head = words.length - 1;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === ',' || pos[i] === 'ADP' || words[i] === 'who') { head = Math.max(0, i - 1); break; }
  }
  const h = words[head] ?? '';
  // Sentence-initial plurals ("Historians note …") are often tagged PROPN: a known vague head wins.
  if (VAGUE_HEADS.has(h) && words.length <= 3) return 'vague';
  if (PERSON_NOUNS.has(h) || words.some((w) => PERSON_NOUNS.has(w)) && pos[head] === 'PROPN') return 'person';
  const allProper = words.some((_, i) => pos[i] === 'PROPN');
  if (GOVERNMENT_NAMES.has(h) || (words.length <= 2 && words.some((w) => GOVERNMENT_NAMES.has(w)) && !words.some((w) => ORG_NOUNS.has(w)))) return 'government';
  if (GOVERNMENT_NOUNS.has(h) || lowered.includes('white house') || lowered.includes('state department')) return 'government';
  if (ORG_NOUNS.has(h)) return 'organisation';
  if (VAGUE_HEADS.has(h) && !allProper) return 'vague';
  if (pos[head] === 'PROPN' || allProper) {
    // "Apple Inc", "the Democratic Party" … end in an organisation word; the rest are people.
    return /\b(inc|corp|llc|ltd|co|party|group|institute|foundation|association|news|times|post|journal|cnn|bbc|reuters)\.?$/i.test(t) ? 'organisation' : 'person';
  }
  if (pos[head] === 'PRON') return words[head] === 'they' || words[head] === 'we' ? 'vague' : 'person';
  if (pos[head] === 'NOUN') return words[head].endsWith('s') ? 'vague' : 'person';
  return 'unknown';
}
