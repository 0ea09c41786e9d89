/**
 * Who the speaker of a statement is: the person (or organisation) a source names, and for a
 * pronoun or a definite description ("he", "the minister", "the company") the entity the
 * discourse establishes — a light coreference over the `mentions` layer:
 * - inside the source, a person outranks the organisation or place that modifies them
 *   ("X chief Y", "Y, X's chairman", "Senator Y of Z": Y, with X/Z kept as the affiliation);
 *   an organisation's spokesperson, officials or sources speak for it;
 * - pronouns and role nouns agree in type (person / organisation), number and gender (from
 *   titles: Mr, Sir, Lord … / Mrs, Ms, Lady …, and from "he"/"she" already resolved to them);
 * - salience: the speaker of the previous statement, then subjects, then recency; a possessive
 *   ("Mr Brown's aide") is a weak antecedent.
 * Every resolution carries its chain of evidence (short phrases for a reader).
 *
 * Reads the statements stage's {@link TokView} (token arrays, and `dep` relations when present)
 * and the `mentions` / `entities` layers. Offsets: UTF-16 into `doc.text`.
 * @module
 */
import type { Annotation } from '../../../model/types.js';
import type { TokView } from './tokview.js';
import { cueKindOf, lemmaOf } from './lexicon.js';

/** The outcome for one source. */
export interface SpeakerResolution {
  /** Entity id of the speaker, or null. */
  speaker: string | null;
  /** The speaker's canonical name (entity name, else the name words of the source), or null. */
  name: string | null;
  /** True when the speaker was resolved from a pronoun, a description or another statement. */
  inferred: boolean;
  /** Entity id of an organisation or place that qualifies the person in the source. */
  affiliation: string | null;
  /** How the speaker was found, for a reader. */
  evidence: string[];
}

type Kind = 'person' | 'org' | 'any';

const PERSON_ROLES = new Set(['minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'co-chairman', 'chief', 'leader', 'president',
  'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'director', 'economist', 'analyst', 'mp', 'peer', 'senator',
  'governor', 'mayor', 'editor', 'head', 'boss', 'founder', 'adviser', 'advisor', 'official', 'premier', 'ambassador', 'commissioner',
  'lawyer', 'prosecutor', 'judge', 'manager', 'officer', 'candidate', 'general', 'deputy', 'correspondent', 'professor', 'dean', 'presenter']);
const ORG_ROLES = new Set(['company', 'firm', 'group', 'bank', 'carrier', 'operator', 'airline', 'business', 'giant', 'lender', 'retailer',
  'maker', 'organisation', 'organization', 'party', 'union', 'commission', 'committee', 'council', 'government', 'ministry', 'department',
  'agency', 'regulator', 'board', 'club', 'campaign', 'charity', 'institute', 'fund', 'consortium', 'corporation', 'conglomerate',
  'producer', 'supplier', 'insurer', 'newspaper', 'broadcaster', 'watchdog', 'authority', 'administration', 'court', 'association']);
const HOLIDAY = /^(christmas|easter|ramadan|eid|diwali|hanukkah|thanksgiving|new year|passover|lent|advent)('s)?$/i;
/** Organisation roles that name a public or collective body, never a company a recogniser may have called a place. */
const PUBLIC_BODY_ROLES = new Set(['party', 'union', 'commission', 'committee', 'council', 'ministry', 'department', 'agency', 'regulator',
  'board', 'watchdog', 'authority', 'administration', 'court', 'association', 'institute', 'charity']);
/** Words that make a source speak for an organisation it names ("a CRE spokesman", "party officials"). */
const VOICE_OF = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'statement',
  'representative', 'representatives', 'chiefs']);
/** Sources that are anonymous by nature, whatever organisation they are near ("party sources", "a Tory source"). */
const ANONYMOUS = new Set(['source', 'sources', 'insider', 'insiders']);
const VAGUE_PLURAL = new Set(['analysts', 'officials', 'critics', 'observers', 'experts', 'economists', 'sources', 'ministers', 'campaigners',
  'residents', 'people', 'others', 'some', 'many', 'traders', 'investors', 'prosecutors', 'lawyers', 'pundits', 'chiefs', 'executives']);
const NEUTRAL_TITLE = new Set(['dr', 'dr.', 'prof', 'prof.', 'professor']);
const MALE_TITLE = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'baron']);
const FEMALE_TITLE = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'dame', 'baroness', 'queen', 'princess']);
const PARTY_NAME = /\b(party|labour|tories|tory|conservatives?|democrats?|liberals?|republicans?|greens?|ukip|snp|plaid|bnp)\b/i;

interface Candidate { entity: string; label: string; kind: Kind; tok: number; sent: number; subject: boolean; possessive: boolean; name: string }

/** Resolves statement sources in text order; remember each result with {@link SpeakerResolver.record}. */
export class SpeakerResolver {
  private readonly mentions: Annotation[];
  private readonly entities: Map<string, Annotation>;
  private readonly tokAt: (offset: number) => number;
  private readonly gender = new Map<string, 'm' | 'f'>();
  /** Resolved statements so far: speaker entity, source token range, sentence. */
  private readonly history: { speaker: string | null; name: string | null; src: [number, number]; sent: number }[] = [];
  /**
   * Token ranges of the content of the statement being resolved: a pronoun or description
   * never takes a name from what it says ("X will deal with Lord Archer, its co-chairman
   * said": the co-chairman is not Archer; binding principle C).
   */
  private ownContent: readonly [number, number][] = [];

  constructor(private readonly text: string, private readonly v: TokView, mentions: readonly Annotation[], entities: Map<string, Annotation>) {
    this.mentions = mentions.filter((m) => typeof m.attrs.entity === 'string');
    this.entities = entities;
    this.tokAt = (offset: number) => {
      let lo = 0, hi = v.n - 1;
      while (lo < hi) { const m = (lo + hi + 1) >> 1; if (v.start[m] <= offset) lo = m; else hi = m - 1; }
      return lo;
    };
    // Persons: a PERSON mention, or a title before the name ("Mr Balls" typed ORG is still a
    // person); gender from those titles. Then names that share a titled person's surname.
    const person = new Set<string>();
    for (const m of this.mentions) {
      const id = m.attrs.entity as string;
      const t = this.tokAt(m.start), te = this.tokAt(m.end - 1);
      let g: 'm' | 'f' | null = null;
      for (let i = Math.max(0, t - 1); i <= te && !g; i++) g = MALE_TITLE.has(v.lower[i]) ? 'm' : FEMALE_TITLE.has(v.lower[i]) ? 'f' : null;
      let titled = !!g;
      for (let i = t; i <= te && !titled; i++) titled = NEUTRAL_TITLE.has(v.lower[i]);
      if ((m.label ?? '').startsWith('PER') || (titled && m.attrs.kind === 'name')) person.add(id);
      if (g && m.attrs.kind === 'name' && !this.gender.has(id)) this.gender.set(id, g);
    }
    // Surnames of titled persons ("Mr Balls") make a two- or three-word name with that surname
    // a person too ("Ed Balls" typed ORG).
    const surnames = new Set<string>();
    for (const id of this.gender.keys()) { const w = nameWords(this.nameOf(id)); if (w.length) surnames.add(w[w.length - 1]); }
    for (const [id, e] of entities) {
      if (person.has(id)) continue;
      const name = String(e.attrs.name ?? e.text);
      const w = nameWords(name);
      if (w.length >= 2 && w.length <= 3 && surnames.has(w[w.length - 1]) && /^(\p{Lu}[\p{L}'’-]*\s*)+$/u.test(name) && !w.some((x) => ORG_WORD.test(x))) person.add(id);
    }
    // One key per person across unmerged entities ("Ed Balls", "Mr Balls"); the fullest name shows.
    for (const id of entities.keys()) {
      const w = nameWords(this.nameOf(id));
      const key = person.has(id) && w.length ? `p:${w[w.length - 1]}${this.gender.get(id) === 'f' ? ':f' : ''}` : `e:${id}`;
      this.keyOf.set(id, key);
      this.isPersonEntity.set(id, person.has(id));
      const best = this.best.get(key);
      if (!best || this.nameOf(id).length > this.nameOf(best).length) this.best.set(key, id);
    }
    for (const [id, g] of this.gender) this.gender.set(this.keyOf.get(id) ?? id, g);
    for (const [id, e] of entities) {
      const n = String(e.attrs.name ?? e.text).toLowerCase().split(/\s+/);
      const last = n[n.length - 1];
      const list = this.byLastWord.get(last);
      if (list) list.push(id); else this.byLastWord.set(last, [id]);
    }
  }

  private readonly keyOf = new Map<string, string>();
  /** Entity ids by the last word of their name. */
  private readonly byLastWord = new Map<string, string[]>();
  private readonly best = new Map<string, string>();
  private readonly isPersonEntity = new Map<string, boolean>();

  /** Whether the resolver takes entity `id` for a person (a PERSON mention, a title, a person's role or surname). */
  isPerson(id: string): boolean {
    return this.isPersonEntity.get(id) === true;
  }

  /** A speaker found through a person's role or name is a person, whatever its mention type. */
  private markPerson(id: string): void {
    if (this.isPersonEntity.get(id)) return;
    this.isPersonEntity.set(id, true);
    const w = nameWords(this.nameOf(id));
    if (!w.length) return;
    const key = `p:${w[w.length - 1]}`;
    this.keyOf.set(id, key);
    const best = this.best.get(key);
    if (!best || this.nameOf(id).length > this.nameOf(best).length) this.best.set(key, id);
  }

  private personMention(m: Annotation): boolean {
    return this.isPersonEntity.get(m.attrs.entity as string) ?? isPerson(m);
  }
  /** The entity that shows a person (the fullest of their unmerged entities). */
  private rep(id: string): string {
    return this.best.get(this.keyOf.get(id) ?? id) ?? id;
  }
  private key(id: string): string {
    return this.keyOf.get(id) ?? id;
  }

  /** Resolves the speaker of a source (token range). */
  resolve(src: [number, number], content: readonly [number, number][] = []): SpeakerResolution {
    this.ownContent = content;
    const v = this.v;
    const [a, b] = src;
    const evidence: string[] = [];
    // "X, the operator of Y": the description after the name is left out; "the chief of X, Y":
    // a role description before the comma leaves the name after it.
    let lim = b;
    for (let i = a + 1; i < b; i++) {
      if (v.word[i] !== ',') continue;
      const h = this.headNoun(a, i - 1);
      // "One of the bidders, steel giant Norvask, told": a part before the comma that names
      // nobody leaves the name in apposition after it.
      if (!(PERSON_ROLES.has(h) || ORG_ROLES.has(h) || h === 'plaintiff' || h === 'defendant') && !this.namesOnlyAfter(a, i, b)) lim = i - 1;
      break;
    }
    const inSource: Annotation[] = [];
    // A source that is the tail of a name ("un" of "Kim Jong-un", split at the hyphen) lies
    // inside a mention that starts before it: the few mentions just before are checked.
    const first = this.firstMentionFrom(v.start[a]);
    for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
      const m = this.mentions[k];
      if (m.end > v.start[a] && m.attrs.kind !== 'pronoun') { inSource.push(m); break; }
    }
    for (let k = first; k < this.mentions.length && this.mentions[k].start < v.end[lim]; k++) {
      if (this.mentions[k].attrs.kind !== 'pronoun') inSource.push(this.mentions[k]);
    }
    // A pronoun source ("he", "they", "who").
    if (a === b && v.pos[a] === 'PRON' || (a === b && PRONOUN_KIND[v.lower[a]] !== undefined)) {
      return this.fromDiscourse(src, PRONOUN_KIND[v.lower[a]] ?? 'any', v.lower[a], evidence);
    }
    // "William Lerach, the lawyer leading the suit against Enron, said": a description right
    // after a person's name and a comma is that person's apposition.
    if ((v.lower[a] === 'the' || v.lower[a] === 'a' || v.lower[a] === 'an') && a >= 2 && v.word[a - 1] === ',' && !inSource.some((m) => this.personMention(m))) {
      const before = this.mentionEndingAt(v.end[a - 2]);
      if (before && this.personMention(before)) {
        const id = this.rep(before.attrs.entity as string);
        evidence.push(`description in apposition to "${before.text}"`);
        return { speaker: id, name: personName(this.nameOf(id)), inferred: false, affiliation: null, evidence };
      }
    }
    const persons = inSource.filter((m) => this.personMention(m));
    const others = inSource.filter((m) => !this.personMention(m) && m.attrs.kind !== 'demonym');
    const affiliation = others.length ? (others[0].attrs.entity as string) : null;
    // An organisation's voice: "a CRE spokesman", "party sources", "Lib Dem officials".
    const headWord = this.headNoun(a, b);
    if (!persons.length && ANONYMOUS.has(headWord)) return { speaker: null, name: null, inferred: false, affiliation, evidence: ['anonymous source'] };
    if (!persons.length && others.length && VOICE_OF.has(headWord)) {
      const o = others[0];
      evidence.push(`"${v.word[this.tokAt(o.start)]}…" ${headWord} speaks for ${this.nameOf(o.attrs.entity as string)}`);
      return { speaker: o.attrs.entity as string, name: this.nameOf(o.attrs.entity as string), inferred: false, affiliation: null, evidence };
    }
    if (persons.length) {
      // The person, not the organisation or place that qualifies them; a possessive owner only
      // when no other person is named ("Sir X's inquiry").
      const p = persons.find((m) => !this.possessive(m)) ?? persons[0];
      const id = this.rep(p.attrs.entity as string);
      this.markPerson(id);
      if (others.length) evidence.push(`person named in the source; ${this.nameOf(affiliation!)} is the affiliation`);
      return { speaker: id, name: personName(this.nameOf(id)), inferred: p.attrs.inferred === true, affiliation: others.length ? affiliation : null, evidence };
    }
    // A role noun followed by a name the recogniser missed ("Labour MP George Foulkes").
    const run = this.nameAfterRole(a, b);
    if (run) {
      const name = this.textOf(run[0], run[1]);
      const ent = this.entityNamed(name);
      if (ent) this.markPerson(ent);
      evidence.push(`name after a role noun`);
      return { speaker: ent, name: ent ? personName(this.nameOf(ent)) : name, inferred: false, affiliation, evidence };
    }
    // A definite description: "the company", "the minister", "the party", "the spokesman".
    const role = this.roleOf(a, b);
    if (role) {
      const r = this.fromDiscourse(src, role.kind, role.noun, evidence, role.noun);
      if (r.speaker && affiliation && r.speaker !== affiliation && role.kind === 'person') r.affiliation = affiliation;
      if (!r.speaker && !r.name) return this.namedNext(src, role.kind, role.noun, evidence) ?? r;
      return r;
    }
    // "a race group says …", "his former adviser says …": a new referent (the possessor is
    // someone else), named, if at all, by what follows.
    const introduced = this.introducedRoleOf(a, b);
    if (introduced && !others.length) {
      const r = this.namedNext(src, introduced.kind, introduced.noun, evidence);
      if (r) return r;
    }
    if (VAGUE_PLURAL.has(headWord) && !others.length) return { speaker: null, name: null, inferred: false, affiliation: null, evidence: ['vague source'] };
    if (others.length) {
      const o = others[0];
      return { speaker: o.attrs.entity as string, name: this.nameOf(o.attrs.entity as string), inferred: o.attrs.inferred === true, affiliation: null, evidence };
    }
    const dem = inSource.find((m) => m.attrs.kind === 'demonym');
    if (dem) return { speaker: dem.attrs.entity as string, name: this.nameOf(dem.attrs.entity as string), inferred: false, affiliation: null, evidence };
    return { speaker: null, name: null, inferred: false, affiliation: null, evidence };
  }

  /** Remembers a statement's resolved speaker (for salience and "the spokesman" links). */
  record(src: [number, number], r: SpeakerResolution): void {
    this.history.push({ speaker: r.speaker, name: r.name, src, sent: this.v.sent[src[0]] });
    if (r.speaker && r.inferred && r.evidence.length) {
      const w = this.v.lower[src[0]];
      const k = this.key(r.speaker);
      if ((w === 'he' || w === 'she') && !this.gender.has(k)) this.gender.set(k, w === 'he' ? 'm' : 'f');
    }
  }

  private fromDiscourse(src: [number, number], kind: Kind, word: string, evidence: string[], role?: string): SpeakerResolution {
    const v = this.v;
    const none: SpeakerResolution = { speaker: null, name: null, inferred: false, affiliation: null, evidence };
    if (word === 'i' || word === 'we' || word === 'you') return none;
    const sent = v.sent[src[0]];
    // A relative pronoun takes its antecedent: the nearest name before it in the sentence.
    if (word === 'who' || word === 'which' || word === 'that') {
      const m = this.lastMentionBefore(v.start[src[0]], sent);
      if (!m) return none;
      evidence.push(`relative "${word}" → antecedent "${m.text}"`);
      return { speaker: m.attrs.entity as string, name: this.nameOf(m.attrs.entity as string), inferred: true, affiliation: null, evidence };
    }
    // "the spokesman" after "a CRE spokesman said …": the same source.
    if (role) {
      for (let h = this.history.length - 1; h >= 0; h--) {
        const e = this.history[h];
        if (sent - e.sent > 6) break;
        let has = false;
        for (let i = e.src[0]; i <= e.src[1]; i++) if (v.lower[i] === role) has = true;
        if (has && e.speaker) {
          evidence.push(`"the ${role}" → the ${role} of an earlier statement (${e.name})`);
          return { speaker: e.speaker, name: e.name, inferred: true, affiliation: null, evidence };
        }
      }
    }
    const gender = word === 'he' ? 'm' : word === 'she' ? 'f' : null;
    const plural = word === 'they';
    const cands = this.candidates(v.start[src[0]], sent);
    const modifiers: string[] = [];
    if (role) for (let i = src[0]; i <= src[1]; i++) {
      if ((v.pos[i] === 'NOUN' || v.pos[i] === 'ADJ' || v.pos[i] === 'PROPN') && v.lower[i] !== role && v.lower[i].length >= 4) modifiers.push(v.lower[i]);
    }
    let best: Candidate | null = null, bestScore = -Infinity, why = '';
    let lastSpeaker: { speaker: string | null; name: string | null; src: [number, number]; sent: number } | null = null;
    for (let h = this.history.length - 1; h >= 0 && !lastSpeaker; h--) if (this.history[h].name) lastSpeaker = this.history[h];
    const recent = new Set<string>();
    for (let h = this.history.length - 1; h >= 0 && sent - this.history[h].sent <= 6; h--) if (this.history[h].speaker) recent.add(this.key(this.history[h].speaker!));
    for (const c of cands) {
      if (kind === 'person' && c.kind !== 'person' && !this.isPersonEntity.get(c.entity)) continue;
      if (kind === 'org' && c.kind !== 'org') continue;
      if (plural && c.kind === 'person') continue;
      // "they" is people or an organisation, not a town ("… in Glasgow before they announced").
      if (plural && (c.label === 'GPE' || c.label === 'LOC')) continue;
      const g = this.gender.get(this.key(c.entity));
      if (gender && g && g !== gender) continue;
      // Role nouns and "it" want an organisation proper, not a place or a nationality.
      if ((role || word === 'it') && kind === 'org' && (c.label === 'GPE' || c.label === 'NORP') && role !== 'government') continue;
      // A public body is never a region or a town, whatever the recogniser's label ("the ministry" ≠ Savannakhet Province).
      if (role && PUBLIC_BODY_ROLES.has(role) && c.label === 'LOC') continue;
      // (Organisations only: a person's modifier is a constituency or an employer, "the Mid-Shire MP".)
      if (role && kind === 'org' && this.nameConflicts(src, role, c.name, c.entity)) continue;
      if (role === 'party' && !PARTY_NAME.test(c.name)) continue;
      let score = -0.6 * (sent - c.sent);
      if (kind !== 'person' && c.label !== 'ORG') score -= 1;
      const reasons: string[] = [];
      if (lastSpeaker && lastSpeaker.speaker && this.key(lastSpeaker.speaker) === this.key(c.entity) && sent - lastSpeaker.sent <= 3) { score += 3; reasons.push('speaker of the previous statement'); }
      else if (recent.has(this.key(c.entity))) { score += 1; reasons.push('an earlier speaker'); }
      if (c.subject) { score += 2; reasons.push('a subject'); }
      if (c.possessive) { score -= 2; }
      // "the union organisation" → the Trades Union Congress: a modifier of the role noun in its name.
      if (modifiers.length && modifiers.some((m) => nameWords(c.name).includes(m))) { score += 5; reasons.push('its name has the description\'s modifier'); }
      // A mention with no salience is an antecedent only close by.
      if (!reasons.length && sent - c.sent > 1) continue;
      score += c.tok / 1e6; // the later of equals
      if (score > bestScore) { best = c; bestScore = score; why = reasons.join(', ') || 'nearest compatible mention'; }
    }
    // The previous speaker the recogniser did not make an entity ("Labour MP George Foulkes").
    if (lastSpeaker && !lastSpeaker.speaker && kind !== 'org' && !plural && sent - lastSpeaker.sent <= 2 && (!best || bestScore < 2)) {
      evidence.push(`"${word}" → ${lastSpeaker.name}: speaker of the previous statement`);
      return { speaker: null, name: lastSpeaker.name, inferred: true, affiliation: null, evidence };
    }
    if (!best) return none;
    const what = role ? `"the ${role}" (${kind === 'org' ? 'an organisation' : 'a person'})` : `"${word}" (${kind === 'org' ? 'organisation' : kind}${gender ? gender === 'm' ? ', male' : ', female' : ''}${plural ? ', plural' : ''})`;
    const shown = best.kind === 'person' ? personName(best.name) : best.name;
    evidence.push(`${what} → ${shown}: ${why}, ${sent - best.sent} sentence(s) back`);
    return { speaker: best.entity, name: shown, inferred: true, affiliation: null, evidence };
  }

  /** Named mentions before `offset`, within the last six sentences, with their salience cues. */
  private candidates(offset: number, sent: number): Candidate[] {
    const v = this.v;
    const out: Candidate[] = [];
    // Entities named in the statement's own content (see ownContent).
    const named = new Set<string>();
    for (const [a, b] of this.ownContent) {
      for (let k = this.firstMentionFrom(v.start[a]); k < this.mentions.length && this.mentions[k].start < v.end[b]; k++) {
        const m = this.mentions[k];
        if (m.attrs.kind !== 'pronoun' && m.attrs.kind !== 'demonym') named.add(this.key(this.rep(m.attrs.entity as string)));
      }
    }
    // Only the last six sentences: start at the first mention there (linear in the window).
    for (let k = this.firstMentionFrom(v.start[v.sentStart[Math.max(0, sent - 6)]]); k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.start >= offset) break;
      if (m.attrs.kind === 'pronoun' || m.attrs.kind === 'demonym') continue;
      const t = this.tokAt(m.start);
      if (named.has(this.key(this.rep(m.attrs.entity as string)))) continue;
      if (sent - v.sent[t] > 6 || v.para[t] === 0 && v.paraStart.length > 2 && isHeadline(v)) continue;
      const te = this.tokAt(m.end - 1);
      const label = m.label ?? '';
      // Organisations; a recogniser often calls a company a place or MISC ("Eurotunnel" LOC).
      const kind: Kind = this.personMention(m) ? 'person' : label === 'ORG' || label === 'NORP' || label === 'GPE' || label === 'LOC' || label === 'MISC' || label === 'FAC' ? 'org' : 'any';
      if (kind === 'any') continue;
      // A feast or holiday the recogniser called an organisation ("sales over Christmas") says nothing.
      if (HOLIDAY.test(m.text)) continue;
      const ent = this.rep(m.attrs.entity as string);
      out.push({ entity: ent, label, kind, tok: t, sent: v.sent[t], subject: this.isSubject(t, te), possessive: this.possessive(m), name: this.nameOf(ent) });
    }
    return out;
  }

  /** A mention is a subject when a token in it is `nsubj` of a verb, or (without a parse) it opens its sentence. */
  private isSubject(t: number, te: number): boolean {
    const v = this.v;
    const by = t > 0 && v.lower[t - 1] === 'by' ? t - 1 : t > 1 && v.lower[t - 2] === 'by' && v.pos[t - 1] === 'DET' ? t - 2 : -1;
    if (by > 0 && v.pos[by - 1] === 'VERB' && v.lower[by - 1].endsWith('ed') && !this.inQuote(t)) return true;
    if (v.deprel) {
      for (let i = t; i <= te; i++) {
        let k = i;
        for (let hop = 0; hop < 4 && k >= 0; hop++) {
          const r = v.deprel[k];
          // A passive's agent ("opposed by the Liberal Democrats") is the logical subject.
          if (r === 'nsubj' || r === 'nsubj:pass' || r === 'obl:agent') return !this.inQuote(t);
          if (r !== 'compound' && r !== 'flat' && r !== 'flat:name' && r !== 'appos' && r !== 'amod') break;
          k = v.head![k];
        }
      }
      return false;
    }
    return v.sentStart.includes(t) || (t > 0 && v.sentStart.includes(t - 1) && v.pos[t - 1] === 'DET');
  }
  private inQuote(t: number): boolean { return this.v.quote[t] >= 0; }

  private possessive(m: Annotation): boolean {
    const v = this.v;
    const te = this.tokAt(m.end - 1);
    const nx = te + 1 < v.n ? v.lower[te + 1] : '';
    return nx === "'s" || nx === '’s' || nx === "'" || nx === '’';
  }

  /** No name (non-pronoun mention) in tokens a..comma−1, and one in comma+1..b. */
  private namesOnlyAfter(a: number, comma: number, b: number): boolean {
    const v = this.v;
    let before = false, after = false;
    for (let k = this.firstMentionFrom(v.start[a]); k < this.mentions.length && this.mentions[k].start < v.end[b]; k++) {
      const m = this.mentions[k];
      if (m.attrs.kind === 'pronoun') continue;
      if (m.start < v.start[comma]) before = true; else after = true;
    }
    return after && !before;
  }

  /** Index of the first mention starting at or after `offset`. */
  private firstMentionFrom(offset: number): number {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (this.mentions[m].start < offset) lo = m + 1; else hi = m; }
    return lo;
  }

  private lastMentionBefore(offset: number, sent: number): Annotation | null {
    let best: Annotation | null = null;
    for (let k = this.firstMentionFrom(this.v.start[this.v.sentStart[sent]]); k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.start >= offset) break;
      if (m.attrs.kind === 'pronoun') continue;
      if (this.v.sent[this.tokAt(m.start)] === sent) best = m;
    }
    return best;
  }

  /** The last word of the source before a comma or preposition (its head noun), lower-cased. */
  private headNoun(a: number, b: number): string {
    const v = this.v;
    let e = b;
    for (let i = a + 1; i <= b; i++) if (v.word[i] === ',' || v.pos[i] === 'ADP' || v.word[i] === '(') { e = i - 1; break; }
    while (e > a && v.shape[e] === 'p') e--;
    return v.lower[e];
  }

  /** A run of proper nouns right after a person role noun in the source ("MP George Foulkes", "chief Bill Gammell"). */
  private nameAfterRole(a: number, b: number): [number, number] | null {
    const v = this.v;
    for (let i = a; i < b; i++) {
      if (!PERSON_ROLES.has(v.lower[i])) continue;
      let s = i + 1;
      while (s <= b && (TITLE.has(v.lower[s]) || v.word[s] === ',')) s++;
      let e = s;
      while (e <= b && (v.pos[e] === 'PROPN' || (v.shape[e] === 'X' && v.pos[e] !== 'DET' && v.pos[e] !== 'ADP'))) e++;
      if (e - s >= 1 && (e - s >= 2 || v.pos[s] === 'PROPN')) return [s, e - 1];
    }
    return null;
  }

  /** "the company", "its co-chairman", "the union organisation": a role noun after a determiner, no name. */
  private roleOf(a: number, b: number): { kind: Kind; noun: string } | null {
    const v = this.v;
    const det = v.lower[a];
    if (!(det === 'the' || det === 'its' || det === 'this' || det === 'that' || det === 'their')) return null;
    const head = this.headNoun(a, b);
    // Names before a person's role only qualify it ("the Mid-Bedfordshire MP", "the Tory
    // leader"): still a description of a person the discourse names.
    let proper = false;
    for (let i = a + 1; i <= b; i++) if (v.pos[i] === 'PROPN' && !TITLE.has(v.lower[i])) proper = true;
    if (PERSON_ROLES.has(head) && v.lower[b] === head && !this.namedPersonIn(a, b)) return { kind: 'person', noun: head };
    if (proper) return null;
    if (ORG_ROLES.has(head)) return { kind: 'org', noun: head };
    return null;
  }

  /** "a race group", "his former chief adviser": an indefinite or possessed role noun, no name. */
  private introducedRoleOf(a: number, b: number): { kind: Kind; noun: string } | null {
    const v = this.v;
    const det = v.lower[a];
    if (!(det === 'a' || det === 'an' || det === 'his' || det === 'her')) return null;
    for (let i = a + 1; i <= b; i++) if (v.pos[i] === 'PROPN' && !TITLE.has(v.lower[i])) return null;
    const head = this.headNoun(a, b);
    // "a spokesman", "an official": a voice of something, not someone the story goes on to name.
    if (v.lower[b] !== head || VOICE_OF.has(head)) return null;
    if (PERSON_ROLES.has(head)) return { kind: 'person', noun: head };
    if (ORG_ROLES.has(head)) return { kind: 'org', noun: head };
    return null;
  }

  /**
   * Cataphora, the shape of a news lead: a description the discourse has not named yet is the
   * name the next sentence opens with as its subject ("A race group says … . Operation Black
   * Vote said …"): the first named subject mention of the right kind in the next sentence.
   */
  private namedNext(src: [number, number], kind: Kind, noun: string, evidence: string[]): SpeakerResolution | null {
    const v = this.v;
    const sent = v.sent[src[0]];
    if (sent + 1 >= v.sentStart.length - 1) return null;
    const from = v.start[v.sentStart[sent + 1]], to = v.start[v.sentStart[sent + 2]] ?? this.text.length;
    for (let k = this.firstMentionFrom(from); k < this.mentions.length && this.mentions[k].start < to; k++) {
      const m = this.mentions[k];
      if (m.attrs.kind === 'pronoun' || m.attrs.kind === 'demonym' || m.attrs.inferred === true) continue;
      const t = this.tokAt(m.start);
      if (this.inQuote(t) || !this.speaksAsSubject(t, this.tokAt(m.end - 1))) continue;
      const person = this.personMention(m);
      // The recogniser often calls an organisation a place or MISC (as in candidates()); a state is no group.
      if (kind === 'person' ? !person : person || !(m.label === 'ORG' || m.label === 'MISC' || m.label === 'LOC')) continue;
      const id = this.rep(m.attrs.entity as string);
      if (kind === 'org' && this.nameConflicts(src, noun, this.nameOf(id), id)) continue;
      if (person) this.markPerson(id);
      evidence.push(`"${noun}" → ${this.nameOf(id)}: named as the subject of the next sentence`);
      return { speaker: id, name: person ? personName(this.nameOf(id)) : this.nameOf(id), inferred: true, affiliation: null, evidence };
    }
    return null;
  }

  /**
   * A description with a capitalised modifier of its own ("the Belarusian foreign ministry") names
   * a body that a name without that word ("Lao commerce ministry") is not.
   */
  private nameConflicts(src: [number, number], noun: string, name: string, entity: string): boolean {
    const v = this.v;
    const words = nameWords(name);
    for (let i = src[0] + 1; i <= src[1]; i++) {
      if (v.lower[i] === noun || (v.shape[i] !== 'X' && v.shape[i] !== 'XX')) continue;
      // A demonym ("the French government") agrees with its own country, whatever the spelling.
      const k = this.firstMentionFrom(v.start[i]);
      const m = k < this.mentions.length && this.mentions[k].start === v.start[i] ? this.mentions[k] : undefined;
      if (m && m.attrs.kind === 'demonym') {
        if (this.key(m.attrs.entity as string) !== this.key(entity)) return true;
        continue;
      }
      if (!words.some((w) => w.startsWith(v.lower[i].slice(0, 4)))) return true;
    }
    return false;
  }

  /** A token of t..te is the subject of a speech verb ("Operation Fair Vote said …"). Needs the parse. */
  private speaksAsSubject(t: number, te: number): boolean {
    const v = this.v;
    if (!v.deprel || !v.head) return false;
    for (let i = t; i <= te; i++) {
      if (v.deprel[i] !== 'nsubj') continue;
      const h = v.head[i];
      if (h >= 0 && v.pos[h] === 'VERB' && cueKindOf(lemmaOf(v.lower[h]))) return true;
    }
    return false;
  }

  /** The non-pronoun mention that ends exactly at `offset`, if any. */
  private mentionEndingAt(offset: number): Annotation | null {
    for (let k = this.firstMentionFrom(offset) - 1; k >= 0 && offset - this.mentions[k].start <= 200; k--) {
      const m = this.mentions[k];
      if (m.end === offset && m.attrs.kind !== 'pronoun') return m;
    }
    return null;
  }

  /** Whether tokens [a, b] name someone: a person mention inside, or a name ending at `b` ("the Health and Safety Executive"). */
  private namedPersonIn(a: number, b: number): boolean {
    for (let k = this.firstMentionFrom(this.v.start[a]); k < this.mentions.length && this.mentions[k].start < this.v.end[b]; k++) {
      const m = this.mentions[k];
      if (m.attrs.kind === 'pronoun') continue;
      if (this.personMention(m) || m.end >= this.v.end[b]) return true;
    }
    return false;
  }

  private entityNamed(name: string): string | null {
    const words = name.toLowerCase().split(/\s+/);
    for (const id of this.byLastWord.get(words[words.length - 1]) ?? []) {
      const n = String(this.entities.get(id)!.attrs.name ?? '').toLowerCase().split(/\s+/);
      if (words.every((w) => n.includes(w))) return this.rep(id);
    }
    return null;
  }

  private nameOf(id: string): string {
    const e = this.entities.get(id);
    return e ? String(e.attrs.name ?? e.text) : id;
  }

  private textOf(a: number, b: number): string {
    return this.text.slice(this.v.start[a], this.v.end[b]);
  }
}

const PRONOUN_KIND: Record<string, Kind> = { he: 'person', she: 'person', they: 'any', it: 'org', who: 'any', which: 'any', i: 'person', we: 'any', you: 'any' };
const TITLE = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'baroness', 'professor', 'prof', 'mr.', 'mrs.', 'ms.', 'dr.']);

const ORG_WORD = /^(party|bank|committee|commission|council|group|company|corporation|corp|inc|ltd|plc|association|union|ministry|office|department|agency|fund|board|court|university|college|institute|news|times|post|express|street|house|energy|power|airlines?|motors?|electric)$/;

function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/[’']s$/, '').split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w && !TITLE.has(w));
}

/**
 * A person's name without the role words a recogniser left around it: "Conservative MP Sir
 * Teddy Taylor" → "Sir Teddy Taylor", "Dr Mike Watts head of exploration" → "Dr Mike Watts".
 */
export function personName(name: string): string {
  const w = name.split(/\s+/);
  let e = w.length;
  for (let i = 1; i < w.length; i++) if (/^\p{Ll}/u.test(w[i]) && !NAME_PARTICLE.has(w[i])) { e = i; break; }
  let s = 0;
  for (let i = 0; i < e - 1; i++) if (PERSON_ROLES.has(w[i].toLowerCase()) || ROLE_CAPS.has(w[i])) s = i + 1;
  const out = w.slice(s, e).join(' ');
  return out || name;
}
const NAME_PARTICLE = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'al', 'bin', 'ben', 'el']);
const ROLE_CAPS = new Set(['MP', 'MEP', 'MSP', 'AM', 'QC', 'Minister', 'Secretary', 'Chancellor', 'President', 'Senator', 'Governor', 'Mayor', 'Chairman', 'Leader']);

function isPerson(m: Annotation): boolean {
  return (m.label ?? '').startsWith('PER');
}

/** The first paragraph is a headline: short and without a final full stop. */
function isHeadline(v: TokView): boolean {
  const e = v.paraStart[1] - 1;
  return e >= 0 && e < 20 && !['.', '?', '!', '"', '”'].includes(v.word[e]);
}
