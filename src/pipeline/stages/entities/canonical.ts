/**
 * Canonical entities per document: clusters name mentions, adds demonym, title,
 * nominal and pronoun mentions, and links clusters to the knowledge base.
 *
 * Rules, in order:
 * 1. Names with a KB entry cluster by KB id; demonyms ("North Korean") become mentions
 *    of their country (kind `demonym`).
 *    "<demonym> [lower-case words] ministry/embassy/parliament…" is also an ORG (kind `nominal`)
 *    of its own with the country ("the Chilean finance ministry").
 * 2. Capital cities (any KB capital) used for their government — active subject of a verb
 *    in the `dep` parse when there is one ("Quito regards", "Quito and Lima signed" through
 *    the conjunct), a listed speech verb or modal after it, or after "government/authorities/
 *    officials in" — link to the state (`metonymy: true`); elsewhere ("a monument in Moscow",
 *    "Quito was flooded") they stay places.
 *    A KB place whose KB name is in local spelling takes the plain-Latin spelling the text
 *    uses as the entity name ("Zürich" → "Zurich", "Curaçao" → "Curacao").
 * 3. People: a short name ("Putin", "Kim") joins the earlier full name containing it;
 *    a capitalised title before a name ("President Vladimir Putin") widens the mention; an
 *    office title found by the recogniser (`titleStart`) is the role, and the demonym before
 *    it (`country`) gives the person a country.
 * 4. Roles: "<demonym> <office>" right before a name ("North Korean leader Kim Jong-un")
 *    is a `title` mention of that person (inferred) and gives the person a country.
 * 5. Pronouns he/him/his/she/her: the first person named earlier in the same sentence,
 *    else the first person of the previous sentence (inferred), never the subject of the
 *    pronoun's own verb when it is an object ("Kimaro thanked him"); "his/her country" is a
 *    nominal mention of that person's country when the KB role or title says which.
 *
 * All offsets are half-open UTF-16 offsets into `doc.text`.
 *
 * @module
 */
import type { Annotation, Doc } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { docView } from '../../../model/view.js';
import { getKb, normName, type KbEntry } from '../../../kb/index.js';
import type { NameSpan, NerToken } from './recognise.js';
import { isHonorific, splitPersonTitle } from './evidence.js';
import { commonWord } from './recognise.js';
import { cityConfidence, LINK_MIN } from './confidence.js';
import { linkActors } from './actors.js';
import { affiliations } from './affiliation.js';
import { joinShortForms } from './short-forms.js';
import { joinSameNames } from './same-name.js';
import { joinHeadWords } from './head-words.js';
import { joinCompassNames } from './compass.js';
import { joinLoneTitles } from './lone-titles.js';

/** A person name's words without the title words in front. */
function personWords(surface: string): string[] {
  return splitPersonTitle(surface.split(/\s+/), commonWord).name;
}
import { KeyIndex } from './name-index.js';

/** A mention before ids are assigned. */
export interface MentionDraft {
  start: number; end: number; type: string;
  kind: 'name' | 'nominal' | 'pronoun' | 'demonym' | 'title';
  cluster: number;
  inferred?: boolean;
  metonymy?: boolean;
  role?: string;
}

/** A canonical entity before ids are assigned. */
export interface ClusterDraft {
  type: string;
  name: string;
  kb?: KbEntry;
  role?: string;
  /** ISO alpha-2 of the country a person leads/represents, when known. */
  country?: string;
  gender?: 'm' | 'f';
  /** For a person: the cluster of the organisation their title belongs to ("Gazprom chief …"). */
  affiliation?: number;
  /** A variant spelling seen in the text when it differs from the canonical name (Kiev for Kyiv). */
  variant?: string;
}

const TITLES = new Set(['President', 'Prime', 'Minister', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'General', 'Gen.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sen.', 'Senator', 'Rep.', 'Gov.', 'Governor', 'Secretary', 'Chairman', 'Leader', 'Premier', 'Ambassador', 'Sheikh', 'Emperor', 'Mayor', 'Professor', 'Prof.', 'Judge', 'Justice', 'Colonel', 'Col.', 'Lt.', 'Captain', 'Capt.', 'Admiral', 'Marshal', 'Foreign', 'Defence', 'Defense', 'Vice', 'Deputy', 'Supreme']);
const OFFICES = ['prime minister', 'foreign minister', 'defence minister', 'defense minister', 'supreme leader', 'president', 'leader', 'premier', 'chancellor', 'king', 'ambassador', 'envoy', 'spokesman', 'spokeswoman'];
const PLACE_PREP = /\b(in|at|from|near|to|into|outside|across|around|via|towards?|of)\s+$/i;
const GOV_NOUNS = /\b(government|authorities|regime|leadership|administration)\s+in\s+$/i;
const SPEECH_VERB = /^(accuses?|accused|says?|said|signed|signs|considers?|considered|warns?|warned|announced?|announces|agreed?|agrees|denies|denied|rejects?|rejected|claims?|claimed|insists?|insisted|wants?|wanted|has|have|had|is|was|will|would|may|might|could|can|sees?|saw|views?|threatens?|threatened|responded|responds|demands?|demanded|condemned|condemns|blamed|blames|launched|launches|sent|sends|pledged|pledges|vowed|vows|hopes?|plans?|planned|supports?|supported|backed|backs|recognised|recognized|reported|reports|confirmed|confirms|called|calls|urged|urges|struck|attacked|attacks)$/i;
const INSTITUTION = /^(ministry|embassy|consulate|parliament|legislature|navy|coastguard|coast guard)$/;
// Forms of "be"/"have" also make passives and copulas ("Quito was flooded"); modals ("would") do not.
const AUX_FORM = /^(is|was|has|have|had)$/i;
const PRONOUN_M = new Set(['he', 'him', 'his', 'himself']);
const PRONOUN_F = new Set(['she', 'her', 'hers', 'herself']);

/** Builds mentions and clusters from recognised names and the document's tokens. */
export function canonicalise(doc: Doc, names: NameSpan[], tokens: NerToken[][]): { mentions: MentionDraft[]; clusters: ClusterDraft[] } {
  const kb = getKb();
  const text = doc.text;
  const clusters: ClusterDraft[] = [];
  const mentions: MentionDraft[] = [];
  const byKey = new Map<string, number>();
  const keys = new KeyIndex(acronym);
  const clusterFor = (key: string, make: () => ClusterDraft): number => {
    let c = byKey.get(key);
    if (c === undefined) { c = clusters.length; clusters.push(make()); byKey.set(key, c); keys.add(key); }
    return c;
  };
  const countryCluster = (e: KbEntry): number => clusterFor(`kb:${e.id}`, () => ({ type: e.type, name: e.name, kb: e }));
  const persons: { cluster: number; tokens: string[]; sentence: number; start: number }[] = [];
  // Countries the document names (as countries, capitals, regions or demonyms): evidence for its cities.
  const docCountries = new Set<string>();
  for (const nm of names) {
    const k = nm.kb;
    if (k?.kind === 'country' && k.iso2) docCountries.add(k.iso2);
    else if (k && (k.kind === 'capital' || k.kind === 'region') && k.country) docCountries.add(k.country);
    else if (nm.type === 'NORP') { const d = kb.demonym(text.slice(nm.start, nm.end)); if (d?.iso2) docCountries.add(d.iso2); }
  }
  /** Name mentions per person cluster so far: the salience a bare surname follows. */
  const personCount = new Map<number, number>();
  /** Person clusters by the words of their full names (two words or more), and those words. */
  const personsByToken = new Map<string, number[]>();
  const personTokens = new Map<number, Set<string>>();
  /** The latest mention (order number) of each person cluster: the tie-break. */
  const personLast = new Map<number, number>();
  // For a one-word person name, the nearest later full person name holding it (a headline
  // "Musk …" then "Elon Musk"), found in one backward pass.
  const nextFullName = new Map<NameSpan, NameSpan>();
  {
    const nearest = new Map<string, NameSpan>();
    for (let i = names.length - 1; i >= 0; i--) {
      const o = names[i];
      if (o.type !== 'PERSON') continue;
      const w = personWords(text.slice(o.start, o.end));
      if (w.length === 1) { const hit = nearest.get(w[0]); if (hit) nextFullName.set(o, hit); }
      else for (const x of w) nearest.set(x, o);
    }
  }
  const sentStart = layer(doc, 'sentences').map((s) => s.start);
  const subjectOfVerb = verbSubjects(doc);
  const hasParse = !!doc.layers.dep?.length;
  const coArgument = subjectAndObject(doc);

  for (const nm of names) {
    const surface = text.slice(nm.start, nm.end);
    const toksOfSentence = tokens[nm.sentence] ?? [];
    const after = toksOfSentence.find((t) => t.start >= nm.end);
    const before = text.slice(Math.max(0, nm.start - 40), nm.start);
    if (nm.type === 'NORP') {
      const country = kb.demonym(surface);
      if (country) {
        mentions.push({ start: nm.start, end: nm.end, type: 'NORP', kind: 'demonym', cluster: countryCluster(country) });
        // "<demonym> [lower-case words] ministry/embassy/…" names a state body: an ORG of its own
        // ("the Chilean finance ministry"), which keeps the country it belongs to.
        let ti = toksOfSentence.findIndex((t) => t.start >= nm.end), n = 0;
        while (ti >= 0 && ti < toksOfSentence.length && n < 3 && /^[a-z]+$/.test(toksOfSentence[ti].text) && !INSTITUTION.test(toksOfSentence[ti].text)) { ti++; n++; }
        const head = ti >= 0 ? toksOfSentence[ti] : undefined;
        if (head && INSTITUTION.test(head.text)) {
          const body = text.slice(nm.start, head.end);
          const cl = clusterFor(`ORG:${normName(body)}`, () => ({ type: 'ORG', name: body, country: country.iso2 ?? country.id }));
          mentions.push({ start: nm.start, end: head.end, type: 'ORG', kind: 'nominal', cluster: cl });
        }
        continue;
      }
      mentions.push({ start: nm.start, end: nm.end, type: 'NORP', kind: 'name', cluster: clusterFor(`norp:${normName(surface)}`, () => ({ type: 'NORP', name: surface })) });
      continue;
    }
    if (nm.type === 'PERSON') {
      // Title words immediately before the name widen the mention ("President Vladimir Putin").
      let start = nm.start;
      let role: string | undefined;
      const prevToks = toksOfSentence.filter((t) => t.end <= nm.start);
      let k = prevToks.length - 1;
      let gender: 'm' | 'f' | undefined;
      if (nm.titleStart !== undefined) {
        // The recogniser found an office title before the name: a capitalised one is part of
        // the mention ("Prime Minister X"); a lower-case one is only the role ("foreign minister").
        const title = text.slice(nm.titleStart, nm.start).trim();
        if (/^[A-Z]/.test(title)) start = nm.titleStart;
        role = title;
      } else {
        while (k >= 0 && (TITLES.has(prevToks[k].text) || isHonorific(prevToks[k].text)) && text.slice(prevToks[k].end, k + 1 < prevToks.length ? prevToks[k + 1].start : start).trim() === '') { start = prevToks[k].start; k--; }
        if (start < nm.start) {
          // Honorifics ("Mr", "Ms") tell gender, not a role.
          const split = splitPersonTitle([...text.slice(start, nm.start).trim().split(/\s+/), surface]);
          gender = split.gender;
          if (split.title.some((w) => !isHonorific(w))) role = split.title.filter((w) => !isHonorific(w)).join(' ');
        }
      }
      // Title words inside the name itself ("Shadow Home Secretary Yvette Cooper", "Mr Blair")
      // are the role, never part of the canonical name.
      const own = splitPersonTitle(surface.split(/\s+/), commonWord);
      gender ??= own.gender;
      const ownRole = own.title.filter((w) => !isHonorific(w)).join(' ');
      if (ownRole && !role) role = ownRole;
      const nameText = own.name.join(' ');
      const ptoks = own.name;
      const kbPerson = nm.kb?.kind === 'person' ? nm.kb : undefined;
      let cluster = -1;
      if (kbPerson) cluster = clusterFor(`kb:${kbPerson.id}`, () => ({ type: 'PERSON', name: kbPerson.name, kb: kbPerson, gender: kbPerson.gender, country: kbPerson.roles?.[0]?.country }));
      if (cluster < 0) {
        // A short form joins the most mentioned earlier person whose name contains all its
        // tokens (the latest on a tie) and whose gender does not contradict an honorific:
        // in a biography "Moreau" is the subject, not the father named once.
        let best = -1, bestCount = 0, bestLast = -1;
        for (const cand of personsByToken.get(ptoks[0]) ?? []) {
          const toks = personTokens.get(cand)!;
          if (!ptoks.every((t) => toks.has(t))) continue;
          const g = clusters[cand].gender;
          if (gender && g && g !== gender) continue;
          const n = personCount.get(cand) ?? 0, last = personLast.get(cand) ?? -1;
          if (n > bestCount || (n === bestCount && last > bestLast)) { best = cand; bestCount = n; bestLast = last; }
        }
        if (best >= 0) cluster = best;
      }
      if (cluster < 0 && ptoks.length > 2) {
        // A fuller form of an earlier full name, same first and last word ("Matthew Goode" in a
        // heading, then "Matthew William Goode"): the same person, named most often, as above.
        const full = ptoks.slice();
        while (full.length > 2 && POST_NOMINAL.has(full[full.length - 1])) full.pop();
        const have = new Set(full);
        let best = -1, bestCount = 0;
        for (const cand of personsByToken.get(full[0]) ?? []) {
          const cw = clusters[cand].name.split(/\s+/);
          if (cw.length < 2 || cw.length >= full.length || cw[0] !== full[0] || cw[cw.length - 1] !== full[full.length - 1]) continue;
          if (![...personTokens.get(cand)!].every((t) => have.has(t))) continue;
          const g = clusters[cand].gender;
          if (gender && g && g !== gender) continue;
          const n = personCount.get(cand) ?? 0;
          if (n > bestCount) { best = cand; bestCount = n; }
        }
        if (best >= 0) cluster = best;
      }
      if (cluster < 0 && ptoks.length === 1) {
        // A short form before the full name (a headline "Musk …" then "Elon Musk"): the first later full name.
        const later = nextFullName.get(nm);
        const full = later ? personWords(text.slice(later.start, later.end)).join(' ') : '';
        const kbP = later?.kb?.kind === 'person' ? later.kb : undefined;
        // Not against an honorific's gender: "Mrs Howard" in a headline is not "Michael Howard".
        const laterGender = kbP?.gender ?? (later ? kb.firstName(full.split(/\s+/)[0]) : undefined);
        if (later && !(gender && (laterGender === 'm' || laterGender === 'f') && laterGender !== gender)) {
          cluster = kbP ? clusterFor(`kb:${kbP.id}`, () => ({ type: 'PERSON', name: kbP.name, kb: kbP, gender: kbP.gender, country: kbP.roles?.[0]?.country }))
            : clusterFor(`person:${full}`, () => { const g = kb.firstName(full.split(/\s+/)[0]); return { type: 'PERSON', name: full, gender: g === 'm' || g === 'f' ? g : undefined }; });
        }
      }
      if (cluster < 0) {
        // Gender from a known given name (only when the list is unambiguous), for pronoun agreement.
        const g = gender ?? (ptoks.length > 1 ? kb.firstName(ptoks[0]) : undefined);
        cluster = clusterFor(`person:${nameText}`, () => ({ type: 'PERSON', name: nameText, gender: g === 'm' || g === 'f' ? g : undefined }));
      }
      if (kbPerson) { byKey.set(`person:${nameText}`, cluster); keys.add(`person:${nameText}`); }
      personCount.set(cluster, (personCount.get(cluster) ?? 0) + 1);
      const c = clusters[cluster];
      if (role && !c.role) c.role = role;
      c.gender ??= gender;
      if (nm.country && !c.country) c.country = nm.country.iso2 ?? nm.country.id;
      if (ptoks.length > c.name.split(/\s+/).length && !c.kb) c.name = nameText;
      persons.push({ cluster, tokens: ptoks, sentence: nm.sentence, start: nm.start });
      personLast.set(cluster, persons.length);
      if (ptoks.length > 1) {
        // Index the full name by its words, for the short forms that follow.
        const own = personTokens.get(cluster) ?? new Set<string>();
        for (const t of ptoks) {
          own.add(t);
          const list = personsByToken.get(t) ?? [];
          if (!list.includes(cluster)) list.push(cluster);
          personsByToken.set(t, list);
        }
        personTokens.set(cluster, own);
      }
      mentions.push({ start, end: nm.end, type: 'PERSON', kind: 'name', cluster, role });
      // Role phrase before the name: "<Demonym> <office> Name" (lower-case office).
      const roleM = /(?:^|[\s(“"'])((?:[A-Z][\w’'-]*\s+){1,2})((?:prime minister|foreign minister|defen[cs]e minister|supreme leader|president|leader|premier|chancellor|king|ambassador|envoy|spokes(?:wo)?man))\s+$/.exec(before);
      if (roleM && start === nm.start) {
        const demonymText = roleM[1].trim();
        const country = kb.demonym(demonymText);
        if (country) {
          const rs = nm.start - roleM[0].length + roleM[0].indexOf(roleM[1]);
          const re = rs + roleM[1].length + roleM[2].length;
          const titleText = text.slice(rs, re);
          mentions.push({ start: rs, end: re, type: 'PERSON', kind: 'title', cluster, inferred: true, role: titleText });
          mentions.push({ start: rs, end: rs + demonymText.length, type: 'NORP', kind: 'demonym', cluster: countryCluster(country) });
          c.role ??= titleText;
          c.country ??= country.iso2 ?? country.id;
        }
      }
      continue;
    }
    // A smaller city named with no place context and no other place of its country in the
    // document is not linked ("Batman returns …").
    const placeContext = PLACE_PREP.test(before) || /^,\s*\p{Lu}/u.test(text.slice(nm.end, nm.end + 3));
    const e = nm.kb && cityConfidence(nm.kb, docCountries, placeContext) >= LINK_MIN ? nm.kb : undefined;
    if (e && (e.kind === 'capital') && e.capitalOf) {
      // Metonymy: the capital acting as its state.
      const nextText = after ? after.text : '';
      const conjoined = /^(and|,)$/.test(nextText) && namesNear(names, nm.end, 8).some((o) => o !== nm && o.sentence === nm.sentence && o.start > nm.end && o.start - nm.end < 8 && o.kb?.kind === 'capital');
      const governed = GOV_NOUNS.test(before);
      // With a parse, auxiliaries and copulas are left to it ("Quito was flooded" is a place).
      const listed = SPEECH_VERB.test(nextText) && !(hasParse && AUX_FORM.test(nextText));
      const isSubject = listed || conjoined || subjectOfVerb(nm.end);
      const precededByPrep = /\b(in|to|from|at|near|into|via|outside|across|around|of)\s+$/i.test(before) && !governed;
      if ((isSubject || governed) && !precededByPrep) {
        const country = kb.entries.get(e.capitalOf);
        if (country) {
          const cl = countryCluster(country);
          mentions.push({ start: nm.start, end: nm.end, type: 'GPE', kind: 'name', cluster: cl, metonymy: true });
          continue;
        }
      }
    }
    if (e) {
      const cl = countryCluster(e);
      const canon = normName(e.name), seen = normName(surface);
      if (canon !== seen && e.kind !== 'country' && !clusters[cl].variant && !NON_ASCII.test(e.name)) clusters[cl].variant = surface;
      // English news names places in English: a KB name in local spelling ("Zürich", "Curaçao")
      // gives way to the plain-Latin form the text uses ("Zurich", "Curacao").
      if (NON_ASCII.test(clusters[cl].name) && !NON_ASCII.test(surface) && /[a-z]/i.test(surface)) clusters[cl].name = properCase(surface);
      mentions.push({ start: nm.start, end: nm.end, type: e.type === 'GPE' || e.type === 'LOC' ? (nm.type === 'ORG' ? 'GPE' : e.type) : nm.type, kind: 'name', cluster: cl });
      continue;
    }
    // Unlinked names cluster by normalised surface; an acronym or a shorter tail joins a longer earlier name.
    const key = `${nm.type}:${normName(surface)}`;
    let cl = byKey.get(key);
    if (cl === undefined) {
      const k = keys.first(nm.type, normName(surface), surface.replace(/\./g, '').toLowerCase());
      if (k !== undefined) cl = byKey.get(k);
    }
    if (cl === undefined) cl = clusterFor(key, () => ({ type: nm.type, name: surface }));
    mentions.push({ start: nm.start, end: nm.end, type: nm.type, kind: 'name', cluster: cl });
  }

  // Pronouns and "his country".
  const personMentions = mentions.filter((m) => m.type === 'PERSON' && m.kind === 'name').sort((a, b) => a.start - b.start);
  const sentenceOf = (pos: number) => { let lo = 0, hi = sentStart.length - 1, r = 0; while (lo <= hi) { const mid = (lo + hi) >> 1; if (sentStart[mid] <= pos) { r = mid; lo = mid + 1; } else hi = mid - 1; } return r; };
  // Person mentions per sentence (in order), so a pronoun looks at its sentence and the one before only.
  const personsIn = new Map<number, MentionDraft[]>();
  for (const m of personMentions) {
    const si = sentenceOf(m.start);
    let list = personsIn.get(si);
    if (!list) personsIn.set(si, (list = []));
    list.push(m);
  }
  for (let si = 0; si < tokens.length; si++) {
    const toks = tokens[si];
    for (let ti = 0; ti < toks.length; ti++) {
      const w = toks[ti].text.toLowerCase();
      const male = PRONOUN_M.has(w), female = PRONOUN_F.has(w);
      if (!male && !female) continue;
      const pos = toks[ti].start;
      const compatible = (cl: number) => { const g = clusters[cl].gender; return !g || (male ? g === 'm' : g === 'f'); };
      // An object pronoun is not the subject of its own verb ("Kimaro thanked him": him ≠ Kimaro).
      const reflexive = w === 'himself' || w === 'herself';
      const before = (personsIn.get(si) ?? []).filter((m) => m.start < pos && compatible(m.cluster));
      const excluded = new Set(reflexive ? [] : before.filter((m) => coArgument(m.end, toks[ti].end)).map((m) => m.cluster));
      const same = before.filter((m) => !excluded.has(m.cluster));
      const prev = (personsIn.get(si - 1) ?? []).filter((m) => compatible(m.cluster) && !excluded.has(m.cluster));
      const pick = same[0] ?? prev[0];
      if (!pick) continue;
      mentions.push({ start: toks[ti].start, end: toks[ti].end, type: 'PERSON', kind: 'pronoun', cluster: pick.cluster, inferred: true });
      const nx = toks[ti + 1];
      if ((w === 'his' || w === 'her') && nx && /^(country|nation|state|government)(['’]s)?$/i.test(nx.text)) {
        const cc = clusters[pick.cluster].country;
        const country = cc ? kb.entries.get(cc) : undefined;
        if (country) {
          const end = nx.end - (/['’]s$/.test(nx.text) ? 2 : 0);
          mentions.push({ start: toks[ti].start, end, type: 'GPE', kind: 'nominal', cluster: countryCluster(country), inferred: true });
        }
      }
    }
  }
  // "its neighbour": "its" is the latest state named before it in the sentence; the
  // neighbour is the nearest other state named before that which borders it (KB borders).
  // States per sentence, in text order: each "its neighbour" looks at its sentence and the one before only.
  const statesIn = new Map<number, MentionDraft[]>();
  for (const m of mentions.filter((x) => clusters[x.cluster].kb?.kind === 'country' && x.kind !== 'pronoun').sort((a, b) => a.start - b.start)) {
    const si = sentenceOf(m.start);
    let list = statesIn.get(si);
    if (!list) statesIn.set(si, (list = []));
    list.push(m);
  }
  for (let si = 0; si < tokens.length; si++) {
    const toks = tokens[si];
    for (let ti = 0; ti + 1 < toks.length; ti++) {
      if (!/^(its|their)$/i.test(toks[ti].text) || !/^neighbou?rs?$/i.test(toks[ti + 1].text)) continue;
      const pos = toks[ti].start;
      const near = [...(statesIn.get(si - 1) ?? []), ...(statesIn.get(si) ?? [])].filter((m) => m.start < pos);
      const owner = near.filter((m) => sentenceOf(m.start) === si).pop();
      if (!owner) continue;
      const ownerKb = clusters[owner.cluster].kb!;
      const cand = near.filter((m) => m.cluster !== owner.cluster && ownerKb.borders?.includes(clusters[m.cluster].kb!.id)).pop();
      if (!cand) continue;
      mentions.push({ start: toks[ti].start, end: toks[ti + 1].end, type: 'GPE', kind: 'nominal', cluster: cand.cluster, inferred: true });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  joinCompassNames(text, mentions, clusters);
  joinLoneTitles(text, mentions, clusters);
  joinSameNames(text, mentions, clusters);
  joinHeadWords(text, mentions, clusters);
  joinShortForms(text, mentions, clusters);
  chooseNames(text, mentions, clusters);
  linkActors(text, mentions, clusters, doc.meta.publishedAt);
  affiliations(text, mentions, clusters);
  // One mention per (span, entity): the tagger and the role rule may both find a demonym.
  const seen = new Set<string>();
  const unique = mentions.filter((m) => { const k = `${m.start}:${m.end}:${m.cluster}`; if (seen.has(k)) return false; seen.add(k); return true; });
  return { mentions: unique, clusters };
}

const NON_ASCII = /[^\x00-\x7F]/;

/** "ZURICH" (a dateline) → "Zurich"; other spellings unchanged. */
function properCase(s: string): string {
  return s === s.toUpperCase() && s.length > 3 ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : s.replace(/^the\s+/i, '');
}

/**
 * A test "is the name ending at this offset the active subject of a verb?" from the `dep` layer
 * ("Quito regards …", "Quito and Lima signed …" through the conjunct). Passive subjects
 * ("Quito was flooded") and subjects of copular nouns ("Quito is a city") are places, not actors.
 * Without a `dep` layer the test is always false.
 */
function verbSubjects(doc: Doc): (end: number) => boolean {
  const v = docView(doc);
  if (!v.hasDep || !v.hasPos) return () => false;
  const head = v.head, rel = v.deprel, upos = v.upos;
  // Verbs with a clausal complement: a passive subject of one is the actor of the complement
  // ("Washington is thought to fear …", "Ankara is expected to reject …").
  const raising = new Uint8Array(v.n);
  for (let i = 0; i < v.n; i++) if (rel[i] === 'xcomp' && head[i] >= 0) raising[head[i]] = 1;
  const activeSubject = (i: number) => {
    const h = head[i];
    if (h < 0 || (upos[h] !== 'VERB' && upos[h] !== 'AUX')) return false;
    return rel[i] === 'nsubj' || (rel[i] === 'nsubj:pass' && raising[h] === 1);
  };
  return (end: number) => {
    const i = v.tokenEndingAt(end);
    if (i < 0) return false;
    if (activeSubject(i)) return true;
    const h = head[i];
    return rel[i] === 'conj' && h >= 0 && activeSubject(h);
  };
}

/**
 * A test "is the name ending at `subjEnd` the subject, and the word ending at `objEnd` an object,
 * of the same verb?" from the `dep` layer (false without one).
 */
function subjectAndObject(doc: Doc): (subjEnd: number, objEnd: number) => boolean {
  const v = docView(doc);
  if (!v.hasDep) return () => false;
  const head = v.head, rel = v.deprel;
  return (subjEnd: number, objEnd: number) => {
    const s = v.tokenEndingAt(subjEnd), o = v.tokenEndingAt(objEnd);
    if (s < 0 || o < 0 || !rel[s].startsWith('nsubj') || !/^(obj|iobj)$/.test(rel[o])) return false;
    return head[s] === head[o];
  };
}

/** The names (sorted by start) starting in (`offset`, `offset + within`), by binary search. */
function namesNear(names: readonly NameSpan[], offset: number, within: number): NameSpan[] {
  let lo = 0, hi = names.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (names[m].start <= offset) lo = m + 1; else hi = m; }
  const out: NameSpan[] = [];
  for (let i = lo; i < names.length && names[i].start < offset + within; i++) out.push(names[i]);
  return out;
}

/** Honours written after a person's name ("Zaha Hadid DBE"): not part of the name. */
const POST_NOMINAL = new Set(['DBE', 'OBE', 'MBE', 'CBE', 'KBE', 'GBE', 'FRS', 'QC', 'KC', 'MP', 'MEP', 'MSP', 'PhD']);

/** Words that name a public body (army, department, court …), so "U.S." before them means the United States. */
const FEDERAL_BODY = /\b(Army|Navy|Air Force|Marine Corps|Marines|Coast Guard|Space Force|Congress|Senate|House|Department|Dept\.?|Agency|Administration|Bureau|Service|Office|Commission|Court|Mint|Marshals|Customs|Forces|Military|Government|Embassy|Consulate|Treasury|Postal|Census|Reserve|Board|Corps|Institutes?|Geological Survey|Patrol|Command|Academy)\b/;

/**
 * An American federal body written with "U.S."/"US" in front takes the name it is known by:
 * "United States …" ("U.S. Army" → "United States Army"), except names that already start with
 * "National"/"Federal" ("US National Park Service" → "National Park Service"); other names keep
 * their own spelling ("US Weekly" is a magazine).
 */
export function expandUS(name: string): string {
  const m = /^(?:U\.S\.|US|U\.S)\s+(\S.*)$/.exec(name);
  // Only a public body: "US Weekly" is a magazine's own name, not "United States Weekly".
  if (!m || !(FEDERAL_BODY.test(m[1]) || /^(National|Federal)\b/.test(m[1]))) return name;
  return /^(National|Federal)\b/.test(m[1]) ? m[1] : `United States ${m[1]}`;
}

function acronym(name: string): string {
  return name.split(/\s+/).filter((w) => !/^(of|and|the|for|de)$/.test(w)).map((w) => w[0]).join('');
}

/**
 * The canonical name of each entity without a KB entry, from its name mentions: for a person,
 * the full name (two words or more, titles off) written most often, the first on a tie
 * ("Matthew Goode" in the heading and the text, not the birth name "Matthew William Goode"
 * given once); for anything else the longest name that is not an acronym ("Korean People's
 * Army", not "KPA"; "Harvard University", not "Harvard"). Mutates `clusters`.
 */
function chooseNames(text: string, mentions: readonly MentionDraft[], clusters: ClusterDraft[]): void {
  const byCluster = new Map<number, MentionDraft[]>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const list = byCluster.get(m.cluster);
    if (list) list.push(m); else byCluster.set(m.cluster, [m]);
  }
  for (const [ci, ms] of byCluster) {
    const c = clusters[ci];
    if (c.kb) continue;
    if (c.type === 'PERSON') {
      const counts = new Map<string, number>();
      for (const m of ms) {
        const w = personWords(text.slice(m.start, m.end));
        while (w.length > 2 && POST_NOMINAL.has(w[w.length - 1])) w.pop();
        if (w.length < 2) continue;
        const k = w.join(' ');
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      // On a tie the shorter full name: the name in use, not the birth name with middle names.
      let best = '', n = 0;
      for (const [k, v] of counts) if (v > n || (v === n && k.split(' ').length < best.split(' ').length)) { best = k; n = v; }
      // Popes are known as "Pope X" (the title is their name's part by convention).
      if (best && ms.some((m) => text.startsWith(`Pope ${best}`, m.start))) best = `Pope ${best}`;
      if (best) c.name = best;
      continue;
    }
    let best = '';
    for (const m of ms) {
      const t = text.slice(m.start, m.end).replace(/^the\s+/i, '').replace(/['’]s?$/, '');
      if (/^[\p{Lu}\d.&-]+$/u.test(t)) continue;
      if (t.length > best.length) best = t;
    }
    // A region written "southern Russia" is named "Southern Russia".
    best = best.replace(/^(southern|northern|eastern|western|central|mainland)(?= )/, (w) => w[0].toUpperCase() + w.slice(1));
    if (best) c.name = c.type === 'ORG' ? expandUS(best) : best;
  }
}
