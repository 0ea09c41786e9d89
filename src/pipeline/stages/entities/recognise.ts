/**
 * Name recognition over a document's tokens: the trained tagger (src/ner) over
 * NER tokens, then KB-guided span repair and fine typing (PERSON, ORG, GPE, LOC, NORP,
 * EVENT, MISC).
 *
 * NER tokens are the `tokens` layer with pieces joined by a hyphen and no space merged
 * back ("Jong" "-" "un" → "Jong-un"), since the tagger was trained on CoNLL's tokens.
 * All offsets are half-open UTF-16 offsets into `doc.text`.
 *
 * @module
 */
import type { Annotation, Doc } from '../../../model/types.js';
import { docView } from '../../../model/view.js';
import { getKb, type KbEntry } from '../../../kb/index.js';
import { nameTokens } from '../../../ner/gazetteer.js';
import { NerTagger } from '../../../ner/tagger.js';
import { loadCaseLexicon, loadNerModel, NER_MODEL_URL } from '../../../ner/model.js';
import { hashLower } from '../../../ml/hash.js';
import { LINK_MIN, surfaceConfidence } from './confidence.js';
import { repairTitleSpans, splitOrgPerson } from './title-spans.js';
import { cutRunOnSpans } from './run-on.js';
import { splitNameOfName, splitTrailingCountry } from './of-split.js';
import { fullNamesOfSurnames } from './surnames.js';
import { extendPersonTails, type TailLexicon } from './person-tail.js';
import { repairRegionSpans } from './region-spans.js';
import { givenNameFirst, institutionWord, isHonorific, isOfficeWord, isPartyName, isPronoun, orgByLastWord } from './evidence.js';

/** A word news mostly writes in lower case (casing lexicon class 0–1: "island", "who"). */
export function commonWord(w: string): boolean {
  return (loadCaseLexicon().get(hashLower(w, 0, w.length)) ?? 3) <= 1;
}

/** Given names, common words and place words for {@link extendPersonTails}. */
const tailLexicon: TailLexicon = {
  givenName: (w) => getKb().firstName(w) !== undefined,
  common: (w) => commonWord(w),
  placeWord: (w) => !!getKb().demonym(w) || getKb().lookup(w).some((e) => e.kind === 'country'),
};

/** A recognised name: character span, fine type, and the CoNLL type the tagger gave. */
export interface NameSpan {
  start: number;
  end: number;
  type: string;
  /** Index of the sentence (in the `sentences` layer) holding the name. */
  sentence: number;
  /** The best KB entry for the surface form, when one exists. */
  kb?: KbEntry;
  /** For a person named after an office title ("Prime Minister X"): where the title starts (UTF-16 offset). */
  titleStart?: number;
  /** For a person named after "<demonym> <title>": the demonym's country. */
  country?: KbEntry;
}

/** One NER token: a character span and its text. */
export interface NerToken { start: number; end: number; text: string }

const isHyphen = (s: string) => s === '-' || s === '‐' || s === '‑';

/** Groups the `tokens` layer into NER tokens per sentence, merging hyphenated pieces. */
export function nerTokens(doc: Doc): { sentences: NerToken[][]; sentenceAnns: readonly Annotation[] } {
  const text = doc.text;
  const v = docView(doc);
  const toks = v.tokens;
  const out: NerToken[][] = [];
  for (let si = 0; si < v.sentences.length; si++) {
    const list: NerToken[] = [];
    const last = v.sentEnd[si];
    for (let ti = v.sentFirst[si]; ti < last; ti++) {
      const t = toks[ti];
      const prev = list[list.length - 1];
      const next = ti + 1 < last ? toks[ti + 1] : undefined;
      // "Jong" + "-" + "un" with no spaces → one token; also "Al-Qaeda", "Rolls-Royce".
      if (prev && isHyphen(t.text) && prev.end === t.start && next && next.start === t.end && /\w$/.test(prev.text) && /^\w/.test(next.text)) {
        prev.end = next.end; prev.text = text.slice(prev.start, prev.end); ti++;
        continue;
      }
      list.push({ start: t.start, end: t.end, text: t.text });
    }
    out.push(list);
  }
  return { sentences: out, sentenceAnns: v.sentences };
}

const taggers = new Map<string, NerTagger>();
/** The tagger of a model file (default: the committed models/ner.bin), built once per process and path. */
export function getTagger(modelPath: string | URL = NER_MODEL_URL): NerTagger {
  const key = String(modelPath);
  let t = taggers.get(key);
  if (!t) { t = new NerTagger(loadNerModel(modelPath)); taggers.set(key, t); }
  return t;
}

const EVENT_WORD = /\b(War|Wars|Olympics|Olympic Games|Games|Cup|Championships?|Summit|Revolution|Festival|Uprising|Crisis|Holocaust|Election|Conference)\b/;
const NORP_SUFFIX = /(?:an|ans|ian|ians|ese|ish|i|is|ic)$/;
const REGION_WORD = new Set(['Region', 'Oblast', 'Province', 'Krai', 'Territory', 'Governorate', 'Prefecture', 'County', 'State', 'District']);

/** The fine type of a tagged span from its CoNLL type and the KB. */
function fineType(conll: string, surface: string, kb: KbEntry | undefined, demonym: KbEntry | undefined): string {
  if (conll === 'PER') return kb && kb.type !== 'PERSON' && kb.kind === 'country' ? 'GPE' : 'PERSON';
  if (kb?.type === 'EVENT') return 'EVENT';
  if (conll === 'MISC') {
    if (kb && (kb.kind === 'historical' || kb.kind === 'country')) return 'GPE';
    if (demonym) return 'NORP';
    if (EVENT_WORD.test(surface)) return 'EVENT';
    if (!surface.includes(' ') && NORP_SUFFIX.test(surface)) return 'NORP';
    return 'MISC';
  }
  if (conll === 'ORG') {
    if (kb && (kb.kind === 'country' || kb.kind === 'historical' || kb.kind === 'capital')) return 'GPE';
    return 'ORG';
  }
  // LOC
  if (kb) return kb.type === 'ORG' && !kb.government ? 'ORG' : kb.type === 'ORG' || kb.type === 'PERSON' ? 'LOC' : kb.type;
  return 'LOC';
}

/**
 * Recognises names in a document: tagger spans, then (1) a title-cased region word
 * after a place extends it ("Kursk" + "Region"), and an organisation head word runs on
 * over "on/for/of" + capitalised words, (2) a longer KB name covering a
 * tagged span replaces it ("Imperial" + "Japan"), (3) KB names the tagger missed are
 * added when capitalised and not sentence-initial common words, (4) "[demonym] <office
 * title> <Name>" becomes a demonym plus a titled PERSON whatever the tagger said, (5) a
 * name spelled exactly like a KB country links to it whatever the tagger's type, and
 * (6) a capitalised word equal to the last name of a person named in full anywhere in the
 * document is that person. Returns names in text order.
 */
export function recogniseNames(doc: Doc, tagger: NerTagger = getTagger()): { names: NameSpan[]; tokens: NerToken[][] } {
  const kb = getKb();
  const { sentences } = nerTokens(doc);
  const tagged = tagger.tagDocument(sentences.map((s) => s.map((t) => t.text)));
  const names: NameSpan[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const toks = sentences[si];
    let spans = tagged[si].map((s) => ({ ...s }));
    if (isTitleCase(toks)) spans = splitTitleCase(toks, spans);
    spans = joinDashedSpans(toks, spans);
    spans = splitAtPunctuation(toks, spans);
    spans = cutRunOnSpans(toks, spans, commonWord);
    spans = repairTitleSpans(toks, spans);
    spans = splitOrgPerson(toks, spans, (w) => { const g = kb.firstName(w); return g === 'm' || g === 'f'; });
    // (1) place + region word.
    for (const s of spans) {
      const nx = toks[s.end];
      if (s.type === 'LOC' && nx && REGION_WORD.has(nx.text)) s.end++;
    }
    // (1b) an organisation's head word + "on/for/of" + capitalised words is one name
    // ("… Conference on Trade and Development", "… Commission for Human Rights").
    for (const s of spans) {
      if (s.type !== 'ORG') continue;
      const end = extendOrgName(toks, s.start, s.end);
      if (end === s.end) continue;
      s.end = end;
      spans = spans.filter((o) => o === s || o.end <= s.start || o.start >= end);
    }
    // (2)/(3) KB names over the tokens: longest match at each position.
    const kbSpans = kbMatches(toks);
    for (const m of kbSpans) {
      const over = spans.filter((s) => s.start < m.end && s.end > m.start);
      const kbType = m.entry.type === 'ORG' ? 'ORG' : m.entry.type === 'EVENT' ? 'MISC' : m.entry.type === 'PERSON' ? 'PER' : 'LOC';
      // A multi-word KB name the tagger found with the right extent keeps the KB's type
      // ("Vladimir Putin" is a person even where the tagger says ORG).
      if (over.length === 1 && over[0].start === m.start && over[0].end === m.end) {
        if (m.end - m.start > 1 && m.allCap) over[0].type = kbType;
        continue;
      }
      if (over.length === 0) {
        if (!m.allCap) continue;
        if (m.entry.kind === 'person' && m.end - m.start < 2) continue;
        // A lone capitalised sentence-initial word is weak evidence; keep multi-word or mid-sentence ones.
        if (m.start === 0 && m.end - m.start === 1 && m.entry.kind !== 'country' && m.entry.kind !== 'capital') continue;
        // The tail of a longer capitalised name is not the KB's name ("National" + "Security
        // Council" is no UN body); a country or demonym in front is only a qualifier.
        const prev = m.start > 0 ? toks[m.start - 1].text : '';
        if (m.entry.kind !== 'country' && m.entry.kind !== 'capital' && m.start > 1 && isCap(prev) && !kb.lookup(prev).length && !kb.demonym(prev)) continue;
        spans.push({ start: m.start, end: m.end, type: kbType });
      } else if (over.every((s) => s.start >= m.start && s.end <= m.end) && (m.end - m.start) > Math.max(...over.map((s) => s.end - s.start))) {
        for (const s of over) spans.splice(spans.indexOf(s), 1);
        spans.push({ start: m.start, end: m.end, type: kbType });
      }
    }
    spans = joinDemonymOrgs(toks, spans);
    spans = repairRegionSpans(toks, spans, (surface) => kb.lookup(surface).some((e) => e.kind === 'country'));
    extendPersonTails(toks, spans, tailLexicon);
    const titled = splitTitledPersons(toks, spans);
    spans.sort((a, b) => a.start - b.start);
    for (const s of spans) {
      const start = toks[s.start].start, end = toks[s.end - 1].end;
      const surface = doc.text.slice(start, end);
      const t = titled.get(s);
      // An organisation's name right after a capitalised word the KB does not know is the tail of
      // a longer name ("National" + "Security Council" is no UN body): no organisation link.
      const before = s.start > 1 ? toks[s.start - 1].text : '';
      const tail = isCap(before) && !kb.lookup(before).length && !kb.demonym(before) && !/^(The|A|An)$/.test(before);
      const candidates = lookupName(surface).filter((e) => surfaceConfidence(surface, e, commonWord) >= LINK_MIN && !(tail && e.kind === 'org'));
      const entry = t ? candidates.find((e) => e.kind === 'person') : pickEntry(candidates, s.type);
      const dem = s.type === 'MISC' ? kb.demonym(surface) : undefined;
      const nm: NameSpan = { start, end, type: t ? 'PERSON' : fineType(s.type, surface, entry, dem), sentence: si, kb: entry };
      if (t) {
        // A capitalised title runs back over capitalised words ("Trade and Industry Secretary").
        const k = !t.country && isCap(toks[t.title].text) ? titleRunStart(toks, t.title, t.title + 2) : t.title;
        nm.titleStart = toks[k].start;
        if (k < t.title) dropInside(names, si, nm.titleStart, toks[t.title].start);
        if (t.country) nm.country = t.country;
      }
      if (isPronoun(surface)) continue;
      if (!t) applyEvidence(toks, s, nm, names, si);
      names.push(nm);
    }
  }
  splitNameOfName(doc.text, names);
  splitTrailingCountry(doc.text, names);
  addLastNameMentions(doc.text, sentences, names);
  // Document consistency: a one-word name whose word is part of a person's name elsewhere
  // in the document is that person ("Musk" in a headline, "Elon Musk" in the text).
  const personWords = new Set<string>();
  for (const nm of names) if (nm.type === 'PERSON') { const w = doc.text.slice(nm.start, nm.end).split(/\s+/); if (w.length > 1) for (const x of w) if (!isPronoun(x)) personWords.add(x); }
  for (const nm of names) {
    const surface = doc.text.slice(nm.start, nm.end);
    if (nm.type !== 'PERSON' && !nm.kb && !surface.includes(' ') && personWords.has(surface)) nm.type = 'PERSON';
  }
  fullNamesOfSurnames(doc.text, names);
  return { names, tokens: sentences };
}

/**
 * KB entries for a name's surface; dotted initials written without their last dot ("the U.S
 * government") are looked up with it too.
 */
export function lookupName(surface: string): readonly KbEntry[] {
  const kb = getKb();
  const found = kb.lookup(surface);
  return found.length || !/^(?:\p{Lu}\.)+\p{Lu}$/u.test(surface) ? found : kb.lookup(`${surface}.`);
}

/** A headline-style sentence: at least four words, nearly all capitalised. */
function isTitleCase(toks: NerToken[]): boolean {
  let words = 0, caps = 0;
  for (const t of toks) {
    const c = t.text.charCodeAt(0);
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    if (!upper && !lower) continue;
    if (lower && /^(of|and|the|a|an|in|on|at|to|for|as|by|vs?\.?)$/.test(t.text)) continue;
    words++;
    if (upper) caps++;
  }
  return words >= 4 && caps / words >= 0.8;
}

/**
 * In a Title-Case headline the tagger tends to take the whole line as one name; cut spans
 * at words that news otherwise writes in lower case (casing lexicon class 0–1: "Shares",
 * "Warns"), keeping the capitalised runs between them.
 */
function splitTitleCase(toks: NerToken[], spans: { start: number; end: number; type: string }[]): { start: number; end: number; type: string }[] {
  const lex = loadCaseLexicon();
  const out: { start: number; end: number; type: string }[] = [];
  for (const s of spans) {
    let a = -1;
    for (let i = s.start; i <= s.end; i++) {
      const common = i < s.end && (lex.get(hashLower(toks[i].text, 0, toks[i].text.length)) ?? 3) <= 1;
      if (i === s.end || common) {
        if (a >= 0) out.push({ start: a, end: i, type: s.type });
        a = -1;
      } else if (a < 0) a = i;
    }
  }
  return out;
}

/** The KB entry that fits a tagged type best. */
function pickEntry(list: readonly KbEntry[], conll: string): KbEntry | undefined {
  if (!list.length) return undefined;
  // A name spelled exactly like a country is that country whatever the tagger said
  // (a person named like a country is caught later by the document's last names).
  if (conll === 'PER') return list.find((e) => e.kind === 'person') ?? list.find((e) => e.kind === 'country');
  // Places tagged ORG are usually places acting as institutions ("Pyongyang considers").
  if (conll === 'ORG') return list.find((e) => e.type === 'ORG') ?? list.find((e) => e.kind === 'country' || e.kind === 'historical' || e.kind === 'capital');
  // A company the tagger took for a place ("Facebook") is the company.
  if (conll === 'LOC') return list.find((e) => e.type === 'GPE' || e.type === 'LOC') ?? list.find((e) => e.kind === 'org' && !e.government);
  // A MISC name (a title, a product, a hero) is no city: "Batman".
  return list.find((e) => e.kind !== 'city');
}

interface KbMatch { start: number; end: number; entry: KbEntry; allCap: boolean }

const MAX_NAME_TOKENS = 6;

let firstWords: Set<string> | undefined;
/** Lower-case first words of every KB name (and "the"), to skip positions cheaply. */
function kbFirstWords(): Set<string> {
  if (firstWords) return firstWords;
  firstWords = new Set(['the']);
  for (const [name] of getKb().names()) firstWords.add(nameTokens(name)[0]?.toLowerCase().replace(/[’‘]/g, "'") ?? '');
  return firstWords;
}

/** Longest KB-name matches over a sentence's NER tokens (case-insensitive, quotes normalised). */
function kbMatches(toks: NerToken[]): KbMatch[] {
  const kb = getKb();
  const first = kbFirstWords();
  const out: KbMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!/^[A-Z]/.test(toks[i].text) || !first.has(toks[i].text.toLowerCase().replace(/[’‘]/g, "'"))) continue;
    for (let j = Math.min(toks.length, i + MAX_NAME_TOKENS); j > i; j--) {
      const surface = toks.slice(i, j).map((t) => t.text).join(' ');
      const list = kb.lookup(surface);
      if (!list.length) continue;
      const entry = list[0];
      if (surfaceConfidence(surface, entry, commonWord) < LINK_MIN) continue;
      // Names must match their KB token count exactly (no partial-token hits).
      if (nameTokens(entry.variants.find((v) => v.toLowerCase() === surface.toLowerCase()) ?? surface).length !== j - i) continue;
      const allCap = toks.slice(i, j).every((t) => /^[A-Z0-9]/.test(t.text) || /^(of|and|the|de|for|on)$/.test(t.text));
      out.push({ start: i, end: j, entry, allCap });
      i = j - 1;
      break;
    }
  }
  return out;
}

/** Office words that can end a title ("Minister", "leader"); compared lower-cased. */
const OFFICE_HEAD = new Set(['president', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'councillor', 'councilor', 'leader', 'spokesperson', 'spokesman', 'spokeswoman', 'governor', 'mayor', 'general', 'secretary-general', 'secretary', 'premier', 'ambassador', 'envoy', 'senator', 'emperor', 'sheikh', 'chairman', 'chairwoman', 'chair', 'speaker', 'commander', 'chief', 'vice-president', 'vice-chancellor', 'admiral', 'marshal', 'colonel', 'emir', 'sultan', 'president-elect', 'executive', 'officer', 'constable', 'inspector', 'superintendent', 'sergeant', 'commissioner', 'director', 'captain', 'judge', 'bishop', 'archbishop', 'cardinal', 'pope', 'professor']);
/** Words that can precede an office word inside a title ("Prime", "Foreign", "Council"). */
const OFFICE_MOD = new Set(['prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'economy', 'economic', 'trade', 'energy', 'health', 'education', 'justice', 'agriculture', 'transport', 'environment', 'culture', 'deputy', 'vice', 'supreme', 'council', 'crown', 'acting', 'interim', 'first', 'state', 'opposition', 'army', 'military', 'police', 'chief', 'general', 'attorney', 'lieutenant', 'major', 'secretary', 'cabinet', 'press', 'government', 'ministry', 'city', 'regional']);
/** Departments after "<office> of" in a title. */
const OFFICE_OF = new Set(['state', 'staff', 'defence', 'defense', 'justice', 'finance', 'health', 'education', 'commerce', 'agriculture', 'energy', 'labour', 'labor', 'transport', 'interior']);
const MAX_TITLE = 5, MAX_PERSON = 4;
const NAME_PARTICLE = new Set(['da', 'de', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el']);

interface TokSpan { start: number; end: number; type: string }

const isCap = (w: string) => { const c = w.charCodeAt(0); return (c >= 65 && c <= 90) || (c > 191 && w[0] !== w[0].toLowerCase()); };

/**
 * "[demonym] <office title> <Name …>" is a person with a role, whatever the tagger made of it
 * ("Bhutanese Prime Minister Dorji" as one place, "Chilean foreign minister" + nothing): the demonym
 * becomes its own name (a NORP mention of its country), the capitalised words after the title a
 * PERSON span. Spans are token indices; tagger spans overlapping the pattern are replaced in
 * place. A title alone ("General Motors") only counts when it has two words, follows a demonym,
 * or the tagger itself saw a person after it. Returns the new person spans with the token index
 * where their title starts and the demonym's country.
 */
function splitTitledPersons(toks: NerToken[], spans: TokSpan[]): Map<TokSpan, { title: number; country?: KbEntry }> {
  const kb = getKb();
  const lex = loadCaseLexicon();
  const out = new Map<TokSpan, { title: number; country?: KbEntry }>();
  for (let i = 0; i < toks.length; i++) {
    // Longest title starting at i: office modifiers then office heads, ending on a head.
    let j = i, lastHead = -1;
    while (j < toks.length && j - i < MAX_TITLE) {
      const w = toks[j].text.toLowerCase();
      // "Secretary of State", "Chief of Staff": "of" + a department word after an office word.
      if (w === 'of' && lastHead === j - 1 && toks[j + 1] && isCap(toks[j + 1].text) && OFFICE_OF.has(toks[j + 1].text.toLowerCase())) { lastHead = j + 1; j += 2; continue; }
      if (OFFICE_HEAD.has(w)) lastHead = j; else if (!OFFICE_MOD.has(w)) break;
      j++;
    }
    if (lastHead < 0) continue;
    const titleEnd = lastHead + 1;
    let k = titleEnd;
    // Words news mostly writes in lower case ("Executive", "Staff") are not names.
    const nameWord = (t: NerToken) => isCap(t.text) && (lex.get(hashLower(t.text, 0, t.text.length)) ?? 3) > 0 && !OFFICE_HEAD.has(t.text.toLowerCase()) && !OFFICE_MOD.has(t.text.toLowerCase()) && !kb.demonym(t.text) && /^[\p{L}][\p{L}.'’-]*$/u.test(t.text);
    while (k < toks.length && k - titleEnd < MAX_PERSON) {
      if (nameWord(toks[k])) { k++; continue; }
      // A surname particle inside the name ("da Silva", "van der Berg").
      let p = k;
      while (p < toks.length && p - k < 2 && NAME_PARTICLE.has(toks[p].text)) p++;
      if (p > k && k > titleEnd && p < toks.length && nameWord(toks[p])) { k = p + 1; continue; }
      break;
    }
    if (k === titleEnd) { i = titleEnd - 1; continue; }
    // A person span of the tagger's that runs on keeps its end ("Luiz Lula da Silva").
    for (const s of spans) if (s.type === 'PER' && s.start >= titleEnd && s.start < k && s.end > k && s.end - titleEnd <= MAX_PERSON + 2) k = s.end;
    // The demonym before the title (one or two words: "North Korean").
    let demStart = i, country: KbEntry | undefined;
    for (const n of [2, 1]) {
      if (i - n < 0) continue;
      const words = toks.slice(i - n, i);
      if (!words.every((t) => isCap(t.text))) continue;
      const c = kb.demonym(words.map((t) => t.text).join(' '));
      if (c) { country = c; demStart = i - n; break; }
    }
    // A title word inside a name the tagger found ("Conservative Party" + "leader") is that
    // name's, unless what comes before it is a demonym ("Bhutanese Prime Minister …" taken as one place).
    if (!country && spans.some((s) => s.type !== 'PER' && s.start < i && s.end > i)) continue;
    // A country's name used as a modifier ("U.S. Secretary of State X") also gives the country;
    // its own span stays as it is.
    let named: KbEntry | undefined;
    if (!country && i > 0 && isCap(toks[i - 1].text)) named = kb.lookup(toks[i - 1].text).find((e) => e.kind === 'country');
    const taggedPerson = spans.some((s) => s.type === 'PER' && s.start < k && s.end > titleEnd);
    const coversTitle = spans.some((s) => s.type !== 'PER' && s.start <= i && s.end > i && s.end >= k);
    if (!country && !named && !taggedPerson && (titleEnd - i < 2 || coversTitle)) { i = k - 1; continue; }
    // Replace overlapping tagger spans; keep a part before the pattern ("Labour" of "Labour leader X").
    for (let x = spans.length - 1; x >= 0; x--) {
      const s = spans[x];
      if (s.end <= demStart || s.start >= k) continue;
      if (s.start < demStart) s.end = demStart; else spans.splice(x, 1);
    }
    if (country) spans.push({ start: demStart, end: i, type: 'MISC' });
    const person = { start: titleEnd, end: k, type: 'PER' };
    spans.push(person);
    out.set(person, { title: i, country: country ?? named });
    i = k - 1;
  }
  return out;
}

/**
 * Document-level consistency: a capitalised word equal to the last name of a person named in
 * full anywhere in the document is a mention of that person ("Okafor said" at a sentence start
 * the tagger skipped, or tagged as a place). Names already linked to a KB place or person keep
 * their link. Mutates and re-sorts `names`.
 */
function addLastNameMentions(text: string, sentences: NerToken[][], names: NameSpan[]): void {
  const last = new Set<string>();
  for (const nm of names) {
    if (nm.type !== 'PERSON') continue;
    const w = text.slice(nm.start, nm.end).split(/\s+/);
    // Only proper names: every word capitalised, and the last one not a month or weekday ("May").
    if (w.length > 1 && w.every((x) => isCap(x) || NAME_PARTICLE.has(x)) && !CALENDAR.test(w[w.length - 1]) && !isPronoun(w[w.length - 1]) && w[w.length - 1].length > 1) last.add(w[w.length - 1]);
  }
  if (!last.size) return;
  for (const nm of names) {
    if (nm.type === 'PERSON' || nm.end - nm.start > 40) continue;
    const surface = text.slice(nm.start, nm.end);
    // A KB city of the same spelling yields to the person the document names ("Ibarra"); a country or capital does not.
    if (last.has(surface) && (!nm.kb || nm.kb.kind === 'city')) { nm.type = 'PERSON'; nm.kb = undefined; }
  }
  // Names are in text order: "does a name overlap [s, e)?" by binary search and a running maximum of ends.
  const maxEnd: number[] = [];
  for (const n of names) maxEnd.push(Math.max(maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity, n.end));
  const sorted = names.every((n, i) => i === 0 || names[i - 1].start <= n.start);
  const covered = (s: number, e: number) => {
    if (!sorted) return names.some((n) => n.start < e && n.end > s);
    let lo = 0, hi = names.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (names[m].start < e) lo = m + 1; else hi = m; }
    for (let k = lo - 1; k >= 0 && maxEnd[k] > s; k--) if (names[k].end > s) return true;
    return false;
  };
  const added: NameSpan[] = [];
  for (let si = 0; si < sentences.length; si++) {
    for (const t of sentences[si]) {
      if (!last.has(t.text) || covered(t.start, t.end)) continue;
      added.push({ start: t.start, end: t.end, type: 'PERSON', sentence: si });
    }
  }
  if (added.length) { names.push(...added); names.sort((a, b) => a.start - b.start); }
}

const ORG_HEAD = new Set(['Conference', 'Commission', 'Committee', 'Council', 'Organisation', 'Organization', 'Agency', 'Institute', 'Ministry', 'Department', 'Office', 'Bureau', 'Fund', 'Programme', 'Program', 'Association', 'Federation', 'Court', 'Bank', 'Board', 'Authority', 'Centre', 'Center', 'Foundation', 'Society', 'League', 'Tribunal', 'Union', 'Party', 'Front', 'Movement', 'Coalition', 'Alliance', 'Forum', 'School', 'University', 'College', 'Academy']);
const ORG_LINK = new Set(['on', 'for', 'of']);
const ORG_INNER = new Set(['and', 'of', 'for', 'the', '&', "'", '’', "'s", '’s']);
const CALENDAR = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The end (token index) of an ORG name extended over "on/for/of" + capitalised words after its head word. */
function extendOrgName(toks: NerToken[], start: number, end: number): number {
  if (!ORG_HEAD.has(toks[end - 1].text) || !toks[end] || !ORG_LINK.has(toks[end].text)) return end;
  let k = end + 1, lastCap = -1;
  while (k < toks.length && k - end <= 6) {
    const w = toks[k].text;
    if (isCap(w) && !CALENDAR.test(w) && /^[\p{L}]/u.test(w)) lastCap = k;
    else if (!ORG_INNER.has(w) && !gluedDash(toks, k)) break;
    k++;
  }
  // Only when a capitalised word follows the link word directly (not "… Council on the matter").
  return lastCap > end && isCap(toks[end + 1].text) && !CALENDAR.test(toks[end + 1].text) ? lastCap + 1 : end;
}

const TITLE_LINK = new Set(['and', 'of', '&']);

/**
 * Where a capitalised title ending at token `k` starts: back over capitalised words and
 * "and"/"of" between them ("Trade and Industry Secretary"), at most six tokens before `end`.
 */
function titleRunStart(toks: NerToken[], k: number, end: number): number {
  while (k - 1 >= 0 && end - k < 6) {
    const w = toks[k - 1].text;
    if (isCap(w) && !/^(The|A|An)$/.test(w) && !isPronoun(w)) { k--; continue; }
    if (TITLE_LINK.has(w) && k - 2 >= 0 && isCap(toks[k - 2].text)) { k -= 2; continue; }
    break;
  }
  return k;
}

/** Drops this sentence's names lying inside a title (`start`–`end`, UTF-16): "Shadow Health Secretary" is no one. */
function dropInside(names: NameSpan[], si: number, start: number, end: number): void {
  for (let x = names.length - 1; x >= 0 && names[x].sentence === si; x--) {
    const o = names[x];
    if (o.start >= start && o.end <= end) names.splice(x, 1);
  }
}

/**
 * Retypes a name from the words in and right before it (see evidence.ts): an honorific makes
 * a PERSON ("Mr Blunkett" is never a place); a capitalised office word right before a short
 * name makes a PERSON with that title ("Trade and Industry Secretary Patricia Hewitt": the
 * title runs back over capitalised words joined by "and"/"of", and a non-person name inside
 * it is dropped); a given name of known gender first makes a PERSON; an institution word last
 * makes an ORG ("Kyoto University"). A KB country or organisation keeps its type.
 */
function applyEvidence(toks: NerToken[], s: TokSpan, nm: NameSpan, names: NameSpan[], si: number): void {
  let words = toks.slice(s.start, s.end).map((t) => t.text);
  // A party is an organisation whatever the tagger said ("Labour" as a person).
  if (isPartyName(words.join(' '))) { nm.type = 'ORG'; return; }
  const strongKb0 = nm.kb && (nm.kb.kind === 'country' || nm.kb.kind === 'org' || nm.kb.kind === 'historical');
  // An office word inside the span with name words after it: the title and a person
  // ("Shadow Home Secretary Yvette Cooper" taken as one organisation).
  const office = strongKb0 ? -1 : words.findIndex((w, i) => i < words.length - 1 && i >= words.length - 4 && isOfficeWord(w));
  if (office >= 0 && nm.type !== 'PERSON' && words.slice(office + 1).every((w) => isCap(w)) && !institutionWord(words.slice(office + 1))) {
    const k = titleRunStart(toks, s.start, s.start + office + 1);
    nm.titleStart = toks[k].start;
    if (k < s.start) dropInside(names, si, nm.titleStart, nm.start);
    nm.start = toks[s.start + office + 1].start;
    nm.type = 'PERSON';
    nm.kb = undefined;
    return;
  }
  words = words.slice();
  const prev = toks[s.start - 1];
  const strongKb = nm.kb && (nm.kb.kind === 'country' || nm.kb.kind === 'org' || nm.kb.kind === 'historical');
  if ((isHonorific(words[0]) && words.length > 1 && !isOfficeWord(words[1])) || (prev && isHonorific(prev.text))) {
    if (nm.type !== 'PERSON') { nm.type = 'PERSON'; if (nm.kb?.kind !== 'person') nm.kb = undefined; }
    return;
  }
  if (prev && isOfficeWord(prev.text) && words.length <= 3 && !institutionWord(words) && words.every((w) => isCap(w)) && !strongKb) {
    const titleStart = toks[titleRunStart(toks, s.start - 1, s.start)].start;
    dropInside(names, si, titleStart, prev.end);
    nm.type = 'PERSON';
    if (nm.kb?.kind !== 'person') nm.kb = undefined;
    nm.titleStart = titleStart;
    return;
  }
  // An organisation that an office word soon follows qualifies a person ("Lib Dem home affairs
  // spokesman Mark Oaten"): it stays an ORG even when it looks like a given name first, else it
  // would outrank the spokesman as the speaker.
  const qualifiesOffice = nm.type === 'ORG' && toks.slice(s.end, s.end + 4).some((t) => isOfficeWord(t.text.charAt(0).toUpperCase() + t.text.slice(1)));
  if ((nm.type === 'ORG' || nm.type === 'LOC' || nm.type === 'GPE' || nm.type === 'MISC') && !qualifiesOffice && !nm.kb && !getKb().demonym(words.join(' ')) && givenNameFirst(words)) { nm.type = 'PERSON'; return; }
  if ((nm.type === 'LOC' || nm.type === 'GPE' || nm.type === 'MISC' || nm.type === 'PERSON') && !nm.kb && orgByLastWord(words)) nm.type = 'ORG';
}

/**
 * A demonym right before an organisation name (tagged ORG, or ending in an organisation word)
 * the KB does not know is the start of that name
 * ("Australian" + "Broadcasting Corporation", "Irish" + "Farmers Association"); before a known
 * organisation it is only a qualifier ("Russian" + "Gazprom" stays two names), and before a state
 * body it says whose ("Saudi" + "Interior Ministry": the country keeps its mention).
 */
export function joinDemonymOrgs(toks: NerToken[], spans: TokSpan[]): TokSpan[] {
  const kb = getKb();
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: TokSpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    const orgWords = toks.slice(s.start, s.end).map((t) => t.text);
    if (prev && prev.end === s.start && (s.type === 'ORG' || orgByLastWord(orgWords)) && prev.type === 'MISC' && prev.end - prev.start <= 2) {
      const dem = toks.slice(prev.start, prev.end).map((t) => t.text).join(' ');
      const org = orgWords.join(' ');
      if (kb.demonym(dem) && !kb.lookup(org).length && !orgWords.some((w) => STATE_BODY.has(w)) && !kb.lookup(`${dem} ${org}`).some((e) => e.kind === 'country')) {
        prev.end = s.end;
        prev.type = 'ORG';
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}

/** Words of a state's own bodies, which the demonym before them only attributes to the state. */
const STATE_BODY = new Set(['Ministry', 'Embassy', 'Consulate', 'Government', 'Parliament', 'Cabinet', 'Army', 'Navy', 'Police', 'Military', 'Senate', 'Congress',
  'Office', 'Department', 'Forces', 'Guard', 'Presidency', 'Treasury', 'Court']);

/** A dash token written without spaces between two capitalised words ("American–Islamic"). */
function gluedDash(toks: NerToken[], i: number): boolean {
  return DASH.has(toks[i].text) && i > 0 && i + 1 < toks.length && toks[i - 1].end === toks[i].start && toks[i].end === toks[i + 1].start
    && /^\p{Lu}/u.test(toks[i + 1].text) && /\p{L}$/u.test(toks[i - 1].text);
}

/**
 * Two organisation-like (ORG or MISC) tagger spans joined by a glued dash are one name
 * ("American" + "–" + "Islamic Relations"), an ORG when either was one.
 */
export function joinDashedSpans(toks: NerToken[], spans: TokSpan[]): TokSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: TokSpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    // Only inside organisation-like names: "Paris–Berlin" trains link two places.
    const orgLike = (t: string) => t === 'ORG' || t === 'MISC';
    if (prev && prev.end + 1 === s.start && gluedDash(toks, prev.end) && orgLike(prev.type) && orgLike(s.type)) {
      prev.end = s.end;
      if (s.type === 'ORG') prev.type = 'ORG';
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

const SPAN_BREAK = new Set([';', ',', '/', '—', '–', '|', '(', ')', '[', ']', ':', '"', '“', '”']);
const DASH = new Set(['–', '—']);

/**
 * Cuts tagger spans at punctuation no name contains ("Google, Sergey Brin", "Twitter / NASA",
 * "Google Science Fair — and tomorrow"), unless the whole span is a KB name ("Washington,
 * D.C."); a dash written without spaces between two capitalised words is part of the name
 * ("Council on American–Islamic Relations"). A piece is kept only when it starts with a capital
 * or a digit.
 */
function splitAtPunctuation(toks: NerToken[], spans: TokSpan[]): TokSpan[] {
  const kb = getKb();
  const out: TokSpan[] = [];
  // A dash glued between two capitalised words joins them ("American–Islamic", "Francisco–Oakland").
  const breaks = (i: number) => SPAN_BREAK.has(toks[i].text) && !gluedDash(toks, i);
  for (const s of spans) {
    let cut = false;
    for (let i = s.start; i < s.end; i++) if (breaks(i)) { cut = true; break; }
    if (!cut || kb.lookup(toks.slice(s.start, s.end).map((t) => t.text).join(' ').replace(/ ,/g, ',')).length) { out.push(s); continue; }
    let a = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i < s.end && !breaks(i)) continue;
      if (i > a && /^[\p{Lu}0-9]/u.test(toks[a].text)) out.push({ start: a, end: i, type: s.type });
      a = i + 1;
    }
  }
  return out;
}
