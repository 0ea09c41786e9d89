/**
 * Type evidence from the words of a name and the words right before it: honorifics and
 * office titles make a person ("Mr Blunkett", "Trade Secretary Patricia Hewitt"), a known
 * given name in front of a short name makes a person ("Paris Hilton" is not an organisation),
 * an institution word at the end makes an organisation ("Kyoto University" is not a place),
 * and personal pronouns are never names ("I", "We" in an interview).
 *
 * Pure functions over words; the recogniser and the canonicaliser apply them.
 *
 * @module
 */
import { getKb } from '../../../kb/index.js';

/** Honorifics and peers' titles: a person's title that is not an office (gender where it says one). */
const HONORIFIC: Record<string, 'm' | 'f' | undefined> = {
  mr: 'm', 'mr.': 'm', sir: 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dame: 'f',
  lord: 'm', lady: 'f', baroness: 'f', baron: 'm',
  dr: undefined, 'dr.': undefined, prof: undefined, 'prof.': undefined, mx: undefined, 'mx.': undefined,
};

/** Is `w` an honorific ("Mr", "Ms.", "Dr")? Case-sensitive on the capital: "miss" the verb is not one. */
export function isHonorific(w: string): boolean {
  return /^[A-Z]/.test(w) && Object.hasOwn(HONORIFIC, w.toLowerCase());
}

/** The gender an honorific states ("Mr" → m, "Ms" → f), if any. */
export function honorificGender(w: string): 'm' | 'f' | undefined {
  return isHonorific(w) ? HONORIFIC[w.toLowerCase()] : undefined;
}

/** Capitalised office words that, right before a name, make it a person ("Secretary", "Minister"). */
const OFFICE_WORD = new Set(['President', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Mayor', 'Chairman', 'Chairwoman', 'Spokesman', 'Spokeswoman', 'Ambassador', 'Premier', 'Judge', 'Justice', 'Commissioner', 'Councillor', 'Councilor', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'MP', 'MEP', 'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Imam', 'Reverend', 'Rev.', 'Professor', 'General', 'Gen.', 'Colonel', 'Col.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Admiral', 'Inspector', 'Detective', 'Superintendent', 'Constable', 'Director', 'Coach', 'Manager', 'Chief', 'Executive']);

/** Is `w` an office word that titles a person right before a name? */
export function isOfficeWord(w: string): boolean {
  return OFFICE_WORD.has(w);
}

/** Last words of organisation names ("… University", "… Corporation"). */
const ORG_LAST = new Set(['University', 'College', 'School', 'Institute', 'Academy', 'Company', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'Group', 'Party', 'Association', 'Society', 'Foundation', 'Council', 'Committee', 'Commission', 'Agency', 'Ministry', 'Department', 'Bank', 'Federation', 'Union', 'League', 'Organisation', 'Organization', 'Conservatoire', 'Conservatory', 'Laboratory', 'Laboratories', 'Times', 'Post', 'Press', 'News', 'Network', 'Records', 'Studios', 'Airlines', 'Airways']);

/** Words that end place names ("… Valley", "… Street") and so are never a person's surname here. */
const PLACE_LAST = new Set(['Valley', 'River', 'Street', 'Road', 'Avenue', 'Square', 'Park', 'Station', 'Bridge', 'Island', 'Islands', 'Bay', 'Lake', 'Mountain', 'Mountains', 'Hill', 'Hills', 'Sea', 'Ocean', 'Airport', 'Stadium', 'Hall', 'Palace', 'Cathedral', 'Church', 'Castle', 'Tower', 'Centre', 'Center', 'County', 'City', 'Province', 'Region', 'State', 'Desert', 'Forest', 'Coast', 'Cemetery', 'Museum', 'Gallery', 'Hospital', 'Prison', 'Hotel', 'Theatre', 'Theater']);

/** Does the last word make the name an organisation? */
export function orgByLastWord(words: readonly string[]): boolean {
  return words.length > 1 && ORG_LAST.has(words[words.length - 1]);
}

/** Does a word of the name say place or organisation, so that a given name in front proves nothing? */
export function institutionWord(words: readonly string[]): boolean {
  return words.some((w) => ORG_LAST.has(w) || PLACE_LAST.has(w));
}

const PRONOUN = /^(i|me|my|mine|we|us|our|ours|you|your|yours|he|him|his|she|her|hers|it|its|they|them|their|theirs)$/i;

/** Is the name's text a personal pronoun ("I", "We")? */
export function isPronoun(surface: string): boolean {
  return PRONOUN.test(surface);
}

/**
 * A short name that reads as a person's: two or three capitalised words, the first a given
 * name of known gender (not one used for both, like "Jordan"), no institution or place word.
 */
export function givenNameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  if (institutionWord(words)) return false;
  const g = getKb().firstName(words[0]);
  return g === 'm' || g === 'f';
}

/** Capitalised words that qualify an office inside a title ("Prime", "Shadow", "Home"). */
const TITLE_MOD = new Set(['Prime', 'Foreign', 'Home', 'Shadow', 'Deputy', 'Vice', 'Acting', 'Interim', 'Former', 'First', 'Supreme', 'Crown', 'Trade', 'Industry', 'Defence', 'Defense', 'Finance', 'Health', 'Education', 'Justice', 'Culture', 'Interior', 'Economy', 'Energy', 'Environment', 'Transport', 'Work', 'Works', 'Pensions', 'Treasury', 'State', 'Attorney', 'Solicitor', 'Major', 'Major-General', 'Lieutenant-General', 'Brigadier', 'Field', 'Marshal', 'Police', 'Army', 'Labour', 'Conservative', 'Democratic', 'Republican', 'Opposition', 'Party', 'Senior', 'Junior', 'Assistant', 'Associate', 'Managing', 'General', 'Executive', 'Officer', 'Leader', 'Head', 'Chief', 'Saint', 'St.', 'St']);
const TITLE_JOIN = new Set(['and', 'of', '&', 'for']);
/**
 * Sovereigns' titles that are no one's given name: a title, not part of the name ("Tsar Peter the
 * Great" is Peter the Great). "King"/"Queen" are given names too and stay; "Emperor"/"Empress"
 * stay because they are part of the name Japanese emperors and some others are known by
 * ("Emperor Meiji"); popes are named "Pope X" by convention, which the canonical name restores.
 */
const SOVEREIGN_TITLE = new Set(['Tsar', 'Czar', 'Tsarina', 'Czarina', 'Tsarevna', 'Tsarevich', 'Kaiser', 'Sultan', 'Shah', 'Emir', 'Pharaoh', 'Caliph']);
const PARTICLE = new Set(['da', 'de', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'ten']);

/**
 * Splits the title words off the front of a person's name: honorifics, office words and
 * their qualifiers, and (by `common`) words news mostly writes in lower case
 * ("Mathematician Hermann Weyl"). A given name is never taken for a title; at least one word
 * stays. Returns the title words, the name words and the gender an honorific states.
 */
export function splitPersonTitle(words: readonly string[], common: (w: string) => boolean = () => false): { title: string[]; name: string[]; gender?: 'm' | 'f' } {
  let i = 0, gender: 'm' | 'f' | undefined;
  const kb = getKb();
  while (i < words.length - 1) {
    const w = words[i];
    if (isHonorific(w)) { gender ??= honorificGender(w); i++; continue; }
    if (TITLE_JOIN.has(w) && i > 0) { i++; continue; }
    if (SOVEREIGN_TITLE.has(w) && /^\p{Lu}/u.test(words[i + 1])) { i++; continue; }
    const titleLike = (x: string | undefined) => !!x && (OFFICE_WORD.has(x) || TITLE_MOD.has(x));
    // A given name stays a name unless a title word follows it ("Shadow Health Secretary …").
    const given = kb.firstName(w) !== undefined && !titleLike(words[i + 1]);
    if (!given && (titleLike(w) || (common(w) && /^\p{Lu}/u.test(w)))) { i++; continue; }
    // A lower-case word before the name is part of the title ("Chief executive …"), not a particle ("de Gaulle").
    if (/^\p{Ll}/u.test(w) && !PARTICLE.has(w)) { i++; continue; }
    break;
  }
  return { title: words.slice(0, i), name: words.slice(i), gender };
}

/** Political parties news names by a short form a tagger takes for a person or a place ("Labour", "Lib Dems"). */
const PARTY = /^(Labour|Labour Party|Tories|Tory Party|Conservatives|Conservative Party|Lib Dems?|Liberal Democrats?|Liberal Party|SNP|Plaid Cymru|UKIP|BNP|Sinn Fein|Sinn Féin|DUP|SDLP|Greens|Green Party|Democrats|Republicans|Democratic Party|Republican Party|GOP)$/;

/** Is the name a political party's (see {@link PARTY})? */
export function isPartyName(surface: string): boolean {
  return PARTY.test(surface);
}
