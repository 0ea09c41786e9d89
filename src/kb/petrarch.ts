/**
 * Lookup API over the converted PETRARCH2 dictionaries in src/kb/data/petrarch/ (MIT, Open
 * Event Data Alliance; rebuilt by scripts/petrarch-convert.ts): actors (name or alias → CAMEO
 * actor code, ISO 3166 alpha-3 country, sector, role dates), agents (a common noun → sector),
 * CAMEO verbs and verb patterns, and the CAMEO → PLOVER 2021 category table.
 *
 * Names are matched after {@link petrarchKey} normalisation (lower case, single spaces, curly
 * quotes straightened, a leading "the" and a trailing possessive dropped). Loading takes
 * ~60 ms once per process ({@link getPetrarch}).
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One code an actor holds, optionally limited to a period (ISO days, inclusive; open ends allowed). */
export interface ActorRole { code: string; from?: string; to?: string }

/** An actor record: its names and its codes over time. */
export interface PetrarchActor {
  /** The primary name first, then aliases (lower case). */
  names: string[];
  /** Dated roles; roles without dates are defaults, used when no dated role covers the date. */
  roles: ActorRole[];
  /** Which dictionary it comes from. */
  source: 'countries' | 'international' | 'nonstate';
}

/** A CAMEO actor code split into its parts. */
export interface DecodedActor {
  code: string;
  /** ISO 3166-1 alpha-3 country, when the code names one. */
  iso3?: string;
  /** The non-state primary of the code: IGO, NGO, MNC (multinational), IMG (international militarised group), INT … */
  org?: string;
  /** Sector codes in order (GOV, MIL, REB, OPP, COP, BUS, MED, CVL …). */
  sectors: string[];
  /** The first sector, with MNC read as business and IGO/NGO as their own sector. */
  sector?: string;
}

/** What {@link Petrarch.resolveActor} returns for a name. */
export interface ResolvedActor extends DecodedActor { actor: PetrarchActor; name: string }

/** A CAMEO verb: its lemma, its synonym block and its CAMEO code (`---` when the bare verb codes no event). */
export interface PetrarchVerb { lemma: string; block: string; code: string }

/** A verb pattern: words before and after the verb (PETRARCH2 syntax kept), and the CAMEO code. */
export interface VerbPattern { block: string; pre: string; post: string; code: string }

/** PLOVER 2021 categories. */
export const PLOVER_CATEGORIES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT'] as const;
/** A PLOVER 2021 category. */
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

/** Readable names of the CAMEO/Phoenix sector codes. */
export const SECTOR_NAMES: Readonly<Record<string, string>> = {
  GOV: 'government', MIL: 'military', COP: 'police', PTY: 'party', OPP: 'opposition', REB: 'rebels', BUS: 'business',
  MED: 'media', CVL: 'civilians', JUD: 'judiciary', LEG: 'legislature', ELI: 'elites', SPY: 'intelligence', EDU: 'education',
  LAB: 'labour', AGR: 'agriculture', REF: 'refugees', HLH: 'health', HRI: 'human rights', ENV: 'environment', CRM: 'criminals',
  UAF: 'armed (unaffiliated)', IGO: 'international organisation', NGO: 'non-governmental organisation', NGM: 'non-governmental movement',
  REL: 'religious', DEV: 'development', MNC: 'business', IMG: 'armed group', RAD: 'radicals', PPL: 'people', INS: 'insurgents',
};

const ORG_PRIMARIES = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'IMG', 'INT', 'UIS', 'PPL']);
// Region and religion codes that follow a primary but are neither countries nor sectors.
const NON_SECTOR = new Set(['EUR', 'AFR', 'WST', 'SEA', 'LAM', 'SAS', 'ASA', 'ARB', 'EEU', 'SAF', 'MEA', 'NMR', 'CAS', 'CRB', 'NAF', 'WAF', 'EAF', 'BLK', 'BAL', 'CAU', 'UNO', 'CHR', 'MUS', 'MOS', 'JEW', 'BUD', 'HIN', 'CTH', 'PRO', 'SHI', 'SUN']);

const dataUrl = (f: string) => new URL(`../../src/kb/data/petrarch/${f}`, import.meta.url);

/** Normalises a name for PETRARCH lookup. */
export function petrarchKey(s: string): string {
  let t = s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (t.startsWith('the ')) t = t.slice(4);
  if (t.endsWith("'s")) t = t.slice(0, -2);
  else if (t.endsWith("s'")) t = t.slice(0, -1);
  return t;
}

/** The loaded dictionaries; build once with {@link getPetrarch}. */
export class Petrarch {
  private readonly actorsByName = new Map<string, PetrarchActor[]>();
  /** First word → longest actor name (in words) starting with it, for {@link matchActorAt}. */
  private readonly maxWords = new Map<string, number>();
  private readonly agentsByName = new Map<string, { code: string; where: 'pre' | 'post' }>();
  private readonly agentMaxWords = new Map<string, number>();
  private readonly verbsByForm = new Map<string, PetrarchVerb>();
  private readonly patternsByBlock = new Map<string, VerbPattern[]>();
  /** Synset name (with `&`) → its words and phrases. */
  readonly synsets = new Map<string, string[]>();
  private readonly ploverTable = new Map<string, { category: PloverCategory; mode: string }>();
  private readonly iso3: ReadonlySet<string>;

  constructor(files: { actors: string; agents: string; verbs: string; plover: string }, iso3: Iterable<string>) {
    this.iso3 = new Set(iso3);
    const tags: Record<string, PetrarchActor['source']> = { C: 'countries', I: 'international', M: 'nonstate' };
    for (const line of lines(files.actors)) {
      const [tag, names, codes] = line.split('\t');
      if (!names || !codes) continue;
      const roles: ActorRole[] = (codes ?? '').split(' ').filter(Boolean).map((c) => {
        const [code, span] = c.split('@');
        if (!span) return { code };
        const [from, to] = span.split('/');
        return { code, ...(from ? { from } : {}), ...(to ? { to } : {}) };
      });
      const a: PetrarchActor = { names: names.split('|'), roles, source: tags[tag] ?? 'countries' };
      for (const n of a.names) this.index(this.actorsByName, this.maxWords, petrarchKey(n), a);
    }
    for (const line of lines(files.agents)) {
      const [name, code, where] = line.split('\t');
      if (!code) continue;
      const k = petrarchKey(name);
      if (!this.agentsByName.has(k)) {
        this.agentsByName.set(k, { code, where: where === 'pre' ? 'pre' : 'post' });
        const first = k.split(' ')[0];
        this.agentMaxWords.set(first, Math.max(this.agentMaxWords.get(first) ?? 0, k.split(' ').length));
      }
    }
    for (const line of lines(files.verbs)) {
      const f = line.split('\t');
      if (f.length < 3) continue;
      if (f[0] === 'S') this.synsets.set(f[1], f[2].split('|'));
      else if (f[0] === 'V') {
        const v: PetrarchVerb = { lemma: f[1], block: f[2], code: f[3] };
        // The first block a form appears in wins, as in PETRARCH (later duplicates are alternates).
        for (const form of [f[1], ...(f[4] ? f[4].split('|') : [])]) if (!this.verbsByForm.has(form)) this.verbsByForm.set(form, v);
      } else if (f[0] === 'P') {
        const p: VerbPattern = { block: f[1], pre: f[2], post: f[3], code: f[4] };
        const list = this.patternsByBlock.get(p.block);
        if (list) list.push(p); else this.patternsByBlock.set(p.block, [p]);
      }
    }
    for (const line of lines(files.plover)) {
      const [code, category, mode] = line.split('\t');
      if (!(PLOVER_CATEGORIES as readonly string[]).includes(category)) continue;
      this.ploverTable.set(code, { category: category as PloverCategory, mode: mode ?? '' });
    }
  }

  private index(map: Map<string, PetrarchActor[]>, maxWords: Map<string, number>, k: string, a: PetrarchActor): void {
    if (!k) return;
    const list = map.get(k);
    if (!list) map.set(k, [a]); else if (!list.includes(a)) list.push(a);
    const words = k.split(' ');
    maxWords.set(words[0], Math.max(maxWords.get(words[0]) ?? 0, words.length));
  }

  /** Actor records a name or alias names (normalised), countries first. */
  actors(name: string): readonly PetrarchActor[] {
    return this.actorsByName.get(petrarchKey(name)) ?? [];
  }

  /** The code an actor holds on `date` (ISO day): a dated role covering it, else the first default, else the latest dated role. */
  codeAt(actor: PetrarchActor, date?: string): string | undefined {
    if (date) {
      const d = date.slice(0, 10);
      for (const r of actor.roles) if ((r.from || r.to) && (!r.from || r.from <= d) && (!r.to || d <= r.to)) return r.code;
    }
    const dflt = actor.roles.find((r) => !r.from && !r.to);
    if (dflt) return dflt.code;
    let best: ActorRole | undefined;
    for (const r of actor.roles) if (!best || (r.from ?? '') > (best.from ?? '')) best = r;
    return best?.code;
  }

  /** Splits a CAMEO actor code into country, organisation primary and sectors. */
  decode(code: string): DecodedActor {
    const c = code.toUpperCase();
    const out: DecodedActor = { code: c, sectors: [] };
    const head = c.slice(0, 3);
    if (this.iso3.has(head)) out.iso3 = head;
    else if (ORG_PRIMARIES.has(head)) out.org = head;
    else if (SECTOR_NAMES[head]) out.sectors.push(head);
    for (let i = 3; i + 3 <= c.length; i += 3) {
      const part = c.slice(i, i + 3);
      if (!out.iso3 && out.org && this.iso3.has(part) && !SECTOR_NAMES[part]) out.iso3 = part;
      else if (SECTOR_NAMES[part] && !NON_SECTOR.has(part)) out.sectors.push(part);
    }
    out.sector = out.sectors[0] ?? (out.org === 'MNC' ? 'BUS' : out.org === 'IGO' || out.org === 'NGO' || out.org === 'IMG' ? out.org : undefined);
    return out;
  }

  /** A name's actor code on `date`, decoded; undefined when no record names it. */
  resolveActor(name: string, date?: string): ResolvedActor | undefined {
    const recs = this.actors(name);
    for (const a of recs) {
      const code = this.codeAt(a, date);
      if (code && code !== '---') return { ...this.decode(code), actor: a, name: a.names[0] };
    }
    return undefined;
  }

  /**
   * The longest actor name starting at `words[i]` (lower-case words, punctuation as separate words
   * or attached as in the dictionaries: "u.n."), with its word count.
   */
  matchActorAt(words: readonly string[], i: number): { length: number; actors: readonly PetrarchActor[] } | undefined {
    const max = this.maxWords.get(words[i]);
    if (!max) return undefined;
    for (let n = Math.min(max, words.length - i); n >= 1; n--) {
      const hit = this.actorsByName.get(words.slice(i, i + n).join(' '));
      if (hit) return { length: n, actors: hit };
    }
    return undefined;
  }

  /** The agent (sector) a common noun phrase names ("riot police" → COP), singular or plural. */
  agent(phrase: string): { code: string; where: 'pre' | 'post' } | undefined {
    return this.agentsByName.get(petrarchKey(phrase));
  }

  /** The longest agent phrase starting at `words[i]` (lower-case words). */
  matchAgentAt(words: readonly string[], i: number): { length: number; code: string } | undefined {
    const max = this.agentMaxWords.get(words[i]);
    if (!max) return undefined;
    for (let n = Math.min(max, words.length - i); n >= 1; n--) {
      const hit = this.agentsByName.get(words.slice(i, i + n).join(' '));
      if (hit) return { length: n, code: hit.code };
    }
    return undefined;
  }

  /** The CAMEO verb an inflected form belongs to ("signed" → sign, block SIGN). */
  verb(form: string): PetrarchVerb | undefined {
    return this.verbsByForm.get(form.toLowerCase());
  }

  /** The patterns of a verb block. */
  patterns(block: string): readonly VerbPattern[] {
    return this.patternsByBlock.get(block) ?? [];
  }

  /**
   * The PLOVER 2021 category (and mode) of a CAMEO event code: the conversion table's row for the
   * code or its nearest listed parent. CAMEO 02 (appeal) is PLOVER's REQUEST; CAMEO 01 (public
   * statements) has no PLOVER category.
   */
  plover(cameo: string): { category: PloverCategory; mode: string } | undefined {
    for (let c = cameo; c.length >= 2; c = c.slice(0, -1)) {
      const hit = this.ploverTable.get(c) ?? this.ploverTable.get(c.length === 2 ? c + '0' : c);
      if (hit) return hit;
    }
    if (cameo.startsWith('02')) return { category: 'REQUEST', mode: '' };
    return undefined;
  }
}

function* lines(text: string): Iterable<string> {
  for (const l of text.split('\n')) if (l && !l.startsWith('#')) yield l;
}

let loaded: Petrarch | undefined;

/** The process-wide PETRARCH dictionaries (loaded on first use). */
export function getPetrarch(): Petrarch {
  if (loaded) return loaded;
  const read = (f: string) => readFileSync(dataUrl(f), 'utf8');
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as { cca3: string }[];
  loaded = new Petrarch({ actors: read('actors.tsv'), agents: read('agents.tsv'), verbs: read('verbs.tsv'), plover: read('cameo-plover.tsv') }, countries.map((c) => c.cca3));
  return loaded;
}
