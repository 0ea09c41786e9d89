/**
 * Actor resolution: a noun phrase (its head token in the parse) → a canonical entity (when the
 * entities layer has one), an ISO 3166 alpha-3 country and a CAMEO sector. Sources, in order:
 * the PETRARCH2 actor dictionary (names and aliases with role dates), the knowledge base behind
 * the entity (country of a city, region, organisation or office holder), demonyms, then
 * PETRARCH2 agents and the stage's own agent words for the sector.
 * @module
 */
import type { Annotation } from '../../../model/types.js';
import type { SyntaxSentence } from './sentence-view.js';
import type { KnowledgeBase } from '../../../kb/index.js';
import { petrarchKey, type Petrarch } from '../../../kb/petrarch.js';
import { MILITARY_NOUNS } from './lexicon.js';

/** A resolved actor or target. Offsets are half-open UTF-16 into `doc.text`. */
export interface Actor {
  start: number;
  end: number;
  /** Head token index in its sentence. */
  head: number;
  /** Entity id (entities layer), when the phrase names one. */
  entity: string | null;
  /** Canonical name: the entity's name, else the phrase. */
  name: string;
  /** CAMEO-style code: country or organisation primary + sector (`RUSMIL`, `IGO`). */
  code: string | null;
  /** ISO 3166-1 alpha-3 country. */
  country: string | null;
  /** Primary sector code (GOV, MIL, REB, COP …). */
  sector: string | null;
  /** Organisation primary (IGO, NGO, MNC, IMG) for non-state actors. */
  org: string | null;
  /** The country was not named in the phrase but taken from the event's place or the other party. */
  countryInferred?: boolean;
}

/** Sector words missing from PETRARCH2's agents (or spelled differently in news). */
const EXTRA_AGENTS: Readonly<Record<string, string>> = {
  official: 'GOV', officials: 'GOV', leader: 'GOV', leaders: 'GOV', government: 'GOV', governments: 'GOV', regime: 'GOV', administration: 'GOV', cabinet: 'GOV', ministry: 'GOV', diplomat: 'GOV', diplomats: 'GOV', authorities: 'GOV', spokesman: 'GOV', spokeswoman: 'GOV', emir: 'GOV', king: 'GOV', premier: 'GOV', envoy: 'GOV', counterpart: 'GOV', counterparts: 'GOV', negotiator: 'GOV', negotiators: 'GOV',
  opposition: 'OPP', dissidents: 'OPP', protesters: 'OPP', demonstrators: 'OPP',
  guerrillas: 'REB', guerillas: 'REB', insurgents: 'REB', separatists: 'REB', rebel: 'REB', rebels: 'REB', militia: 'REB', militias: 'REB', militiamen: 'MIL', militants: 'REB', gunmen: 'REB',
  police: 'COP', policemen: 'COP',
  judge: 'JUD', court: 'JUD', prosecutor: 'JUD', prosecutors: 'JUD',
  newspaper: 'MED', television: 'MED', journalists: 'MED', journalist: 'MED',
  civilians: 'CVL', residents: 'CVL', villagers: 'CVL', citizens: 'CVL', people: 'CVL', nationals: 'CVL', national: 'CVL', detainees: 'CVL', hostages: 'CVL',
  refugees: 'REF', farmers: 'AGR', workers: 'LAB', students: 'EDU', parliament: 'LEG', lawmakers: 'LEG', legislators: 'LEG', company: 'BUS', companies: 'BUS', firm: 'BUS', intelligence: 'SPY',
};

/** Relations that belong to the noun phrase itself (not clauses or coordinated phrases hanging off it). */
const NP_RELS = new Set(['compound', 'amod', 'nmod:poss', 'nmod:desc', 'flat', 'flat:name', 'det', 'nummod', 'case', 'fixed', 'compound:prt', 'obl:npmod', 'nmod:npmod', 'goeswith']);

/** The tokens of the core noun phrase under `h`: the head, its modifiers, possessors and "of/in/from" attachments. */
export function npTokens(s: SyntaxSentence, h: number): number[] {
  const out: number[] = [];
  // "Tens of thousands of students": the counted noun is the actor.
  for (let guard = 0; guard < 3 && QUANTITY_HEADS.has(s.tokens[h].text.toLowerCase()); guard++) {
    let next = -1;
    for (let j = s.childStart[h]; j < s.childStart[h + 1]; j++) { const c = s.children[j]; if (s.labels[c] === 'nmod' && caseOf(s, c) === 'of') { next = c; break; } }
    if (next < 0) break;
    h = next;
  }
  // Words the parser left outside the phrase but that run straight into its head ("Hezbollah guerrillas").
  for (let k = h - 1; k >= 0 && (s.upos[k] === 'PROPN' || s.upos[k] === 'NOUN' || s.upos[k] === 'ADJ' || (s.upos[k] === 'INTJ' && /^[A-Z]/.test(s.tokens[k].text))); k--) {
    if (s.heads[k] !== h && s.heads[k] !== k + 1 && !(s.heads[k] > h)) break;
    if (s.tokens[k].end > s.tokens[k + 1].start) break;
    out.push(k);
  }
  const stack: [number, number][] = [[h, 0]];
  while (stack.length) {
    const [k, depth] = stack.pop()!;
    out.push(k);
    for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
      const c = s.children[j];
      const rel = s.labels[c];
      if (NP_RELS.has(rel)) stack.push([c, depth]);
      else if (rel === 'nmod' && depth === 0 && c > k) {
        const cs = caseOf(s, c);
        if (cs === 'of' || cs === 'in' || cs === 'from' || cs === 'for' || cs === 'throughout') stack.push([c, depth + 1]);
      }
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

const IGO_NAME = /\b(International|European|Community|Union|League|Organi[sz]ation|Council|Agency|Commission|Fund|Red Cross|Red Crescent|Nations|Court|Bank|Office|Tribunal)\b/;

/** Heads that count rather than name ("tens of thousands of students", "a group of rebels"). */
const QUANTITY_HEADS = new Set(['tens', 'hundreds', 'thousands', 'dozens', 'scores', 'millions', 'group', 'groups', 'number', 'some', 'many', 'most', 'all', 'band', 'crowd', 'crowds', 'team', 'delegation', 'contingent', 'unit', 'batch', 'patch', 'wave']);

/** The preposition (`case` child) of a nominal, lower case, or ''. */
export function caseOf(s: SyntaxSentence, k: number): string {
  for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
    const c = s.children[j];
    if (s.labels[c] === 'case') return s.tokens[c].text.toLowerCase();
  }
  return '';
}

/** Everything the resolver needs about a document. */
export interface ActorContext {
  pet: Petrarch;
  kb: KnowledgeBase;
  /** The mention covering each token id (name mentions preferred over titles and nominals). */
  mentionOfToken: ReadonlyMap<string, Annotation>;
  entities: ReadonlyMap<string, Annotation>;
  /** ISO day the roles are read at (the event's date or the publication date). */
  date?: string;
}

/** ISO alpha-3 of a KB entry's country (the entry itself, or the country it lies in / belongs to). */
export function kbCountry(kb: KnowledgeBase, kbId: string | undefined): string | null {
  if (!kbId) return null;
  const e = kb.entries.get(kbId);
  if (!e) return null;
  if (e.iso3) return e.iso3;
  const cc = e.country ?? e.capitalOf ?? e.roles?.[0]?.country;
  if (cc) return kb.entries.get(cc)?.iso3 ?? null;
  return null;
}

/** Resolves the noun phrase headed by token `h` of sentence `s`; null when it names no actor at all. */
export function resolveActor(ctx: ActorContext, s: SyntaxSentence, h: number): Actor | null {
  const toks = npTokens(s, h);
  h = toks.includes(h) ? h : toks.find((k) => s.heads[k] < 0 || !toks.includes(s.heads[k])) ?? h;
  let lo = toks[0], hi = toks[toks.length - 1];
  while (lo < hi && (s.labels[lo] === 'case' || s.upos[lo] === 'PUNCT')) lo++;
  while (hi > lo && s.upos[hi] === 'PUNCT') hi--;
  const headMention = ctx.mentionOfToken.get(s.tokens[h].id);
  let entity: string | null = null;
  let name = '';
  let country: string | null = null;
  let sector: string | null = null;
  let org: string | null = null;

  // The entity behind the head (or, failing that, the first entity inside the phrase).
  const mentions: Annotation[] = [];
  for (const k of toks) { const m = ctx.mentionOfToken.get(s.tokens[k].id); if (m && !mentions.includes(m)) mentions.push(m); }
  // The phrase's own entity comes from its core (head and modifiers), not from "… in Nairobi".
  const core = coreTokens(s, h);
  const coreMentions = mentions.filter((m) => core.some((k) => ctx.mentionOfToken.get(s.tokens[k].id) === m));
  const main = headMention ?? coreMentions.find((m) => m.label !== 'NORP') ?? coreMentions[0];
  if (main && typeof main.attrs.entity === 'string') {
    const e = ctx.entities.get(main.attrs.entity);
    if (e) { entity = e.id; name = String(e.attrs.name ?? e.text); }
  }

  // PETRARCH2 actors: the longest dictionary name inside the phrase, then the entity's canonical name.
  // Pronouns resolve only through coreference ("us" is not the USA).
  const words = toks.map((k) => (s.upos[k] === 'PRON' || s.upos[k] === 'DET' || s.upos[k] === 'ADP' ? '' : petrarchKey(s.tokens[k].text)));
  // The phrase's core first: "Somalis in Nairobi" are Somali, though the dictionary knows Nairobi.
  const coreSet = new Set(core);
  for (const coreOnly of [true, false]) {
    for (let i = 0; i < words.length && !country && !org; i++) {
      // The second pass starts only where the first did not (a match from a core word was already tried).
      if (coreOnly !== coreSet.has(toks[i])) continue;
      const m = ctx.pet.matchActorAt(words, i);
      if (!m) continue;
      const code = ctx.pet.codeAt(m.actors[0], ctx.date);
      if (code && code !== '---') {
        const d = ctx.pet.decode(code);
        country = d.iso3 ?? null; org = d.org ?? null; sector = sector ?? d.sectors[0] ?? null;
        if (!d.iso3 && !d.org && d.sectors[0]) sector = d.sectors[0];
      }
      i += m.length - 1;
    }
    if (coreOnly && !country && !org && headMention && typeof headMention.attrs.entity === 'string' && headMention.attrs.kind !== 'title') {
      // The head's own entity in the knowledge base, before any place hanging off the phrase.
      const e = ctx.entities.get(headMention.attrs.entity);
      country = kbCountry(ctx.kb, e && typeof e.attrs.kb === 'string' ? e.attrs.kb : undefined);
    }
  }
  const kbEntry = entity ? kbEntryOf(ctx, entity) : undefined;
  if (!country && !org) {
    // The entity's canonical name and every KB variant of it ("European Community" → the EU's entry).
    for (const n of [name, ...(kbEntry?.variants ?? [])]) {
      const r = n ? ctx.pet.resolveActor(n, ctx.date) : undefined;
      if (r) { country = r.iso3 ?? null; org = r.org ?? null; sector = sector ?? r.sectors[0] ?? null; break; }
    }
  }
  // KB organisations without a country are international bodies (UN, EU, IAEA …); so are unlinked
  // organisations named like one.
  if (!country && !org && kbEntry?.kind === 'org' && !kbEntry.country) org = 'IGO';
  if (!country && !org && main?.label === 'ORG' && !kbEntry && IGO_NAME.test(name)) org = 'IGO';

  // The knowledge base: the entity's own country, then any place or demonym inside the phrase.
  if (!country) {
    for (const m of main ? [main, ...mentions.filter((x) => x !== main)] : mentions) {
      const e = typeof m.attrs.entity === 'string' ? ctx.entities.get(m.attrs.entity) : undefined;
      const c = kbCountry(ctx.kb, e && typeof e.attrs.kb === 'string' ? e.attrs.kb : undefined);
      if (c) { country = c; break; }
    }
  }
  if (!country) {
    for (const k of toks) {
      if (s.upos[k] === 'PRON') continue;
      const d = ctx.kb.demonym(s.tokens[k].text);
      if (d?.iso3) { country = d.iso3; break; }
    }
  }

  // Sector: an agent word in the phrase ("Ukrainian forces", "Prime Minister X") outranks the
  // dictionary's role, whose dates are often stale; a capital city standing for its state is GOV.
  const headWord = s.tokens[h].text.toLowerCase();
  const hs = agentSector(ctx, words, toks.indexOf(h)) ?? (MILITARY_NOUNS.has(headWord) ? 'MIL' : null);
  if (hs && !(sector === 'GOV' && hs === 'ELI') && !(org && s.upos[h] === 'PROPN')) sector = hs;
  if (!sector && main && main.attrs.kind === 'name' && typeof main.attrs.entity === 'string') {
    const e = ctx.entities.get(main.attrs.entity);
    const entry = e && typeof e.attrs.kb === 'string' ? ctx.kb.entries.get(e.attrs.kb) : undefined;
    if (entry?.kind === 'capital' || entry?.government) sector = 'GOV';
    else if (entry?.kind === 'person' && entry.roles?.length) sector = 'GOV';
  }
  if (!sector && headMention?.attrs.metonymy === true && (country || org)) {
    // "Washington demanded", "Berlin rejected": a capital standing for its state is its government.
    sector = 'GOV';
  }
  if (!sector && headMention?.attrs.kind === 'demonym' && country && (/^NNP?S$/.test(s.xpos[h]) || /[^s]s$/.test(s.tokens[h].text))) {
    // "Palestinians", "young Algerians": a plural demonym as the head names the people, not the state.
    sector = 'CVL';
  }
  if (!country && !org && !sector && !entity) return null;
  // A thing ("an agreement with Portugal") is no actor, though a place hangs off it; people are
  // ("protesters in Nairobi").
  if (!entity && !sector && !coreHasActor(ctx, s, core)) return null;
  if (!name) name = s.tokens[lo].start <= s.tokens[h].start ? textOf(s, lo, hi) : s.tokens[h].text;
  const code = (country ?? org ?? '') + (sector && sector !== org ? sector : '');
  return { start: s.tokens[lo].start, end: s.tokens[hi].end, head: h, entity, name, code: code || null, country, sector, org };
}

/** Religion codes that open some PETRARCH2 agent codes (MUSRAD, CHRCTH): an identity, not a sector. */
const RELIGIONS = new Set(['MUS', 'CHR', 'JEW', 'BUD', 'HIN', 'CTH', 'PRO', 'ORT', 'SHI', 'SUN', 'JAN', 'SIK', 'ZRO', 'BAH', 'DOX', 'ITH', 'TAO', 'CON', 'SHN', 'ATH', 'ALE', 'MOS']);

/**
 * The sector of an agent code: its first code after any religion codes ("MUSRAD" → RAD); a code
 * that is only a religion ("imam" MUS, "bishop" CHR) is the religious sector, REL — which any other
 * sector word in the phrase outranks ("Moslem rebels" are rebels).
 */
function agentCodeSector(code: string): { sector: string; religionOnly: boolean } {
  let k = 0;
  while (k + 3 <= code.length && RELIGIONS.has(code.slice(k, k + 3))) k += 3;
  if (k + 3 <= code.length) return { sector: code.slice(k, k + 3), religionOnly: false };
  return { sector: 'REL', religionOnly: true };
}

function agentSector(ctx: ActorContext, words: readonly string[], headAt: number): string | null {
  let religious: string | null = null;
  // The agent phrase ending at the head wins ("riot police"), then any agent word in the phrase.
  for (let i = Math.max(0, headAt - 3); i <= headAt; i++) {
    const m = ctx.pet.matchAgentAt(words, i);
    if (m && i + m.length - 1 === headAt) {
      const a = agentCodeSector(m.code);
      if (!a.religionOnly) return a.sector;
      religious = a.sector;
    }
  }
  const w = words[headAt];
  if (w && EXTRA_AGENTS[w]) return EXTRA_AGENTS[w];
  for (let i = 0; i < words.length; i++) {
    if (EXTRA_AGENTS[words[i]]) return EXTRA_AGENTS[words[i]];
    const m = ctx.pet.matchAgentAt(words, i);
    if (!m) continue;
    const a = agentCodeSector(m.code);
    if (!a.religionOnly) return a.sector;
    religious ??= a.sector;
  }
  return religious;
}

function textOf(s: SyntaxSentence, lo: number, hi: number): string {
  const base = s.sentence.start;
  return s.sentence.text.slice(s.tokens[lo].start - base, s.tokens[hi].end - base);
}

function kbEntryOf(ctx: ActorContext, entityId: string) {
  const e = ctx.entities.get(entityId);
  return e && typeof e.attrs.kb === 'string' ? ctx.kb.entries.get(e.attrs.kb) : undefined;
}

/** The head and its modifiers without prepositional attachments. */
function coreTokens(s: SyntaxSentence, h: number): number[] {
  const out = [h];
  for (let i = 0; i < out.length; i++) {
    const k = out[i];
    for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) { const c = s.children[j]; if (NP_RELS.has(s.labels[c]) && s.labels[c] !== 'case') out.push(c); }
  }
  for (let k = h - 1; k >= 0 && (s.upos[k] === 'PROPN' || s.upos[k] === 'ADJ' || s.upos[k] === 'NOUN') && s.heads[k] !== h && s.heads[k] > h; k--) out.push(k);
  return out;
}

/** Whether the core names an actor by itself: a demonym or a dictionary actor. */
function coreHasActor(ctx: ActorContext, s: SyntaxSentence, core: number[]): boolean {
  for (const k of core) {
    if (s.upos[k] === 'PRON') continue;
    const w = s.tokens[k].text;
    if (ctx.kb.demonym(w)) return true;
    if (ctx.pet.actors(w).length) return true;
  }
  return false;
}
