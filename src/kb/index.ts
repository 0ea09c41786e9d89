/**
 * The built-in knowledge base: countries (from the `world-countries` package: ISO
 * codes, names, demonyms, capitals), cities with coordinates (src/kb/data/cities.json,
 * generated from GeoNames by scripts/kb-cities.ts), and hand-written regions,
 * international organisations, historical states, named events, people and roles
 * (src/kb/data/kb-extra.json), and English given names with gender (src/kb/data/first-names.tsv).
 *
 * Ids are stable: ISO 3166-1 alpha-2 for countries (`RU`), `city:<cc>:<name>` for
 * cities, and the own keys of kb-extra.json prefixed by kind (`org:UN`, `event:WW2`,
 * `hist:SUHH`, `person:PUTIN`, regions by their ISO 3166-2-like key `RU-KRS`).
 * Wikidata QIDs are carried only where the data states them.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Entity types the KB assigns (OntoNotes-style). */
export type KbType = 'GPE' | 'LOC' | 'ORG' | 'EVENT' | 'PERSON';

/** What kind of thing an entry is. */
export type KbKind = 'country' | 'capital' | 'city' | 'region' | 'continent' | 'sea' | 'historical' | 'org' | 'event' | 'person';

/** A role a person holds ("North Korean leader"). */
export interface KbRole { country: string; titles: string[] }

/** One knowledge-base entry. */
export interface KbEntry {
  id: string;
  name: string;
  type: KbType;
  kind: KbKind;
  /** Every name the entry is known by (including `name`). */
  variants: string[];
  iso2?: string;
  iso3?: string;
  wikidata?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** The country (ISO alpha-2) a city, region, org or role belongs to. */
  country?: string;
  /** For a country: the id of its capital city. */
  capital?: string;
  /** For a capital city: the country it is the capital of. */
  capitalOf?: string;
  demonyms?: string[];
  /** For a country: ISO alpha-2 codes of the countries it borders on land. */
  borders?: string[];
  /** For an organisation that stands for a government (Kremlin, White House). */
  government?: boolean;
  gender?: 'm' | 'f';
  roles?: KbRole[];
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string; cca3: string; capital?: string[]; altSpellings?: string[];
  latlng?: [number, number]; borders?: string[]; demonyms?: { eng?: { f: string; m: string } }; independent?: boolean; unMember?: boolean;
}
interface Extra {
  countryVariants: Record<string, string[]>;
  extraDemonyms: Record<string, string[]>;
  cityVariants: Record<string, string[]>;
  places: { id: string; name: string; type: KbType; kind: KbKind; country?: string; lat?: number; lon?: number; wikidata?: string; variants?: string[] }[];
  historical: { id: string; name: string; type: KbType; wikidata?: string; variants?: string[]; demonyms?: string[] }[];
  orgs: { id: string; name: string; wikidata?: string; variants?: string[]; country?: string; government?: boolean }[];
  events: { id: string; name: string; wikidata?: string; variants?: string[] }[];
  people: { id: string; name: string; wikidata?: string; variants?: string[]; gender?: 'm' | 'f'; roles?: KbRole[] }[];
}

// Data files live in src/kb/data; this path works from src/kb/ and from dist/kb/ alike.
const dataUrl = (f: string) => new URL(`../../src/kb/data/${f}`, import.meta.url);

/** Normalises a name for lookup: curly quotes, case, a leading "the", trailing possessive. */
export function normName(s: string): string {
  let t = s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
  if (t.startsWith('the ')) t = t.slice(4);
  if (t.endsWith("'s")) t = t.slice(0, -2);
  else if (t.endsWith("s'")) t = t.slice(0, -1);
  return t;
}

/**
 * Native spellings in world-countries that are ordinary English words or other names in
 * English text ("Island" is Iceland in Icelandic; "Emirates" is an airline; "Reunion").
 */
const NOT_A_NAME = new Set(['Island', 'Mann', 'Mannin', 'Reunion', 'Dominique', 'Emirates', 'Viti', 'Guiana']);

const LATIN = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'()-]*$/;

/** The knowledge base; build once with {@link getKb}. */
export class KnowledgeBase {
  readonly entries = new Map<string, KbEntry>();
  private readonly byName = new Map<string, KbEntry[]>();
  private readonly byDemonym = new Map<string, KbEntry>();
  private readonly roles = new Map<string, { country: string; person?: KbEntry }[]>();
  /** Given names (lower-case) → gender: m, f, or u (both). */
  readonly firstNames = new Map<string, 'm' | 'f' | 'u'>();

  constructor(countries: WorldCountry[], cities: (string | number)[][], extra: Extra) {
    const capitalNames = new Map<string, string>(); // `${cc}:${capital}` → cc
    for (const c of countries) {
      const cc = c.cca2;
      const variants = new Set<string>([c.name.common, c.name.official]);
      for (const a of c.altSpellings ?? []) if (a.length > 3 && LATIN.test(a) && !NOT_A_NAME.has(a)) variants.add(a);
      for (const v of extra.countryVariants[cc] ?? []) variants.add(v);
      const demonyms = new Set<string>();
      const d = c.demonyms?.eng;
      for (const x of d ? [d.m, d.f] : []) if (x) { demonyms.add(x); if (/(an|i)$/.test(x)) demonyms.add(x + 's'); }
      for (const x of extra.extraDemonyms[cc] ?? []) demonyms.add(x);
      const e: KbEntry = {
        id: cc, name: c.name.common, type: 'GPE', kind: 'country', variants: [...variants], iso2: cc, iso3: c.cca3,
        lat: c.latlng?.[0], lon: c.latlng?.[1], demonyms: [...demonyms],
      };
      if (c.capital?.[0]) capitalNames.set(`${cc}:${c.capital[0]}`, cc);
      this.add(e);
    }
    // A demonym shared by several territories ("French") belongs to the sovereign state:
    // the hand-written list first, then independent UN members, then the rest.
    for (const [cc, list] of Object.entries(extra.extraDemonyms)) for (const dm of list) if (this.entries.has(cc)) this.byDemonym.set(normName(dm), this.entries.get(cc)!);
    const sovereignFirst = [...countries].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false) || Number(b.independent ?? false) - Number(a.independent ?? false));
    for (const c of sovereignFirst) {
      const e = this.entries.get(c.cca2)!;
      for (const dm of e.demonyms ?? []) if (!this.byDemonym.has(normName(dm))) this.byDemonym.set(normName(dm), e);
    }
    const iso3to2 = new Map(countries.map((c) => [c.cca3, c.cca2] as const));
    for (const c of countries) {
      const e = this.entries.get(c.cca2);
      if (e) e.borders = (c.borders ?? []).map((b) => iso3to2.get(b)).filter((b): b is string => !!b);
    }
    const capitalsByCountry = new Map<string, KbEntry>();
    const variantsOf = new Map<string, string[]>(Object.entries(extra.cityVariants));
    for (const [name, cc, lat, lon, pop, kind, alt] of cities as [string, string, number, number, number, string, string][]) {
      const id = `city:${cc}:${name}`;
      if (this.entries.has(id)) continue;
      const isCap = kind === 'capital';
      // Two-letter alternate names are codes ("IT" for Vatican City) that collide with words.
      const variants = [name, ...(variantsOf.get(name) ?? []), ...(alt ? alt.split('|').filter((a) => LATIN.test(a) && a.length > 2) : [])];
      // Accent-folded form too ("Kraków" → "Krakow"), as English news often writes it.
      const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (folded !== name) variants.push(folded);
      // "Saint Petersburg" is written "St. Petersburg" and "St Petersburg" too (and the other
      // way round), so every spelling finds every city; population then ranks them.
      const saint = /^(?:Saint|St\.?)\s+(.+)$/.exec(name);
      if (saint) variants.push(`Saint ${saint[1]}`, `St. ${saint[1]}`, `St ${saint[1]}`);
      const e: KbEntry = { id, name, type: 'GPE', kind: isCap ? 'capital' : 'city', variants, lat, lon, population: pop, country: cc };
      if (isCap && !capitalsByCountry.has(cc)) { e.capitalOf = cc; capitalsByCountry.set(cc, e); }
      this.add(e);
    }
    // Capitals named by world-countries but absent from GeoNames' PPLC list (or named differently).
    for (const [key, cc] of capitalNames) {
      if (capitalsByCountry.has(cc)) continue;
      const name = key.slice(3);
      const hit = (this.byName.get(normName(name)) ?? []).find((x) => x.country === cc && (x.kind === 'city' || x.kind === 'capital'));
      if (hit) { hit.kind = 'capital'; hit.capitalOf = cc; capitalsByCountry.set(cc, hit); }
    }
    for (const [cc, cap] of capitalsByCountry) { const c = this.entries.get(cc); if (c) c.capital = cap.id; }
    for (const p of extra.places) this.add({ ...p, variants: [p.name, ...(p.variants ?? [])] });
    for (const h of extra.historical) {
      const e: KbEntry = { id: `hist:${h.id}`, name: h.name, type: h.type, kind: 'historical', wikidata: h.wikidata, variants: [h.name, ...(h.variants ?? [])], demonyms: h.demonyms };
      this.add(e);
      for (const dm of h.demonyms ?? []) if (!this.byDemonym.has(normName(dm))) this.byDemonym.set(normName(dm), e);
    }
    for (const o of extra.orgs) this.add({ id: `org:${o.id}`, name: o.name, type: 'ORG', kind: 'org', wikidata: o.wikidata, country: o.country, government: o.government, variants: [o.name, ...(o.variants ?? [])] });
    for (const v of extra.events) this.add({ id: `event:${v.id}`, name: v.name, type: 'EVENT', kind: 'event', wikidata: v.wikidata, variants: [v.name, ...(v.variants ?? [])] });
    for (const p of extra.people) {
      const e: KbEntry = { id: `person:${p.id}`, name: p.name, type: 'PERSON', kind: 'person', wikidata: p.wikidata, gender: p.gender, roles: p.roles, variants: [p.name, ...(p.variants ?? [])] };
      this.add(e);
      for (const r of p.roles ?? []) for (const t of r.titles) this.addRole(t, r.country, e);
    }
    // Generic roles: "<demonym> president/leader/prime minister …" → that country's office.
    for (const c of countries) {
      for (const dm of this.entries.get(c.cca2)?.demonyms ?? []) {
        for (const office of ['president', 'leader', 'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'government', 'ambassador']) {
          this.addRole(`${dm.toLowerCase()} ${office}`, c.cca2);
        }
      }
    }
    for (const list of this.byName.values()) list.sort(rank);
  }

  /** Adds given names from `name<TAB>gender` lines (lines starting with # are comments). */
  addFirstNames(tsv: string): void {
    for (const line of tsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [n, g] = line.split('\t');
      this.firstNames.set(n.toLowerCase(), (g as 'm' | 'f' | 'u') ?? 'u');
    }
  }

  /** The gender a given name suggests, if it is a known given name. */
  firstName(name: string): 'm' | 'f' | 'u' | undefined {
    return this.firstNames.get(name.toLowerCase());
  }

  private add(e: KbEntry): void {
    if (this.entries.has(e.id)) return;
    this.entries.set(e.id, e);
    for (const v of e.variants) {
      const k = normName(v);
      if (!k) continue;
      const list = this.byName.get(k);
      if (!list) this.byName.set(k, [e]); else if (!list.includes(e)) list.push(e);
    }
  }

  private addRole(title: string, country: string, person?: KbEntry): void {
    const k = title.toLowerCase();
    const list = this.roles.get(k) ?? [];
    list.push({ country, person });
    this.roles.set(k, list);
  }

  /** Entries whose name or variant matches `name` (normalised), best first: countries, capitals, regions, cities by population, others. */
  lookup(name: string): readonly KbEntry[] {
    return this.byName.get(normName(name)) ?? [];
  }

  /** The country (or historical state) a demonym ("North Korean", "Ukrainians") belongs to. */
  demonym(word: string): KbEntry | undefined {
    return this.byDemonym.get(normName(word));
  }

  /** Offices matching a role phrase ("north korean leader", "russian president"): country and, where the KB knows, the holder. */
  role(title: string): readonly { country: string; person?: KbEntry }[] {
    return this.roles.get(title.toLowerCase().replace(/\s+/g, ' ').trim()) ?? [];
  }

  /** Every (name, entry) pair, for building gazetteers. */
  *names(): Iterable<[string, KbEntry]> {
    for (const e of this.entries.values()) for (const v of e.variants) yield [v, e];
  }

  /** Every demonym with its country. */
  *demonyms(): Iterable<[string, KbEntry]> {
    for (const e of this.entries.values()) for (const d of e.demonyms ?? []) yield [d, e];
  }
}

const KIND_RANK: Record<KbKind, number> = { country: 0, historical: 1, capital: 2, region: 3, continent: 3, sea: 4, city: 5, org: 6, event: 7, person: 8 };
function rank(a: KbEntry, b: KbEntry): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || (b.population ?? 0) - (a.population ?? 0);
}

let kb: KnowledgeBase | undefined;

/** The process-wide knowledge base (loaded on first use, ~20 ms). */
export function getKb(): KnowledgeBase {
  if (kb) return kb;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as WorldCountry[];
  const cities = JSON.parse(readFileSync(dataUrl('cities.json'), 'utf8')) as (string | number)[][];
  const extra = JSON.parse(readFileSync(dataUrl('kb-extra.json'), 'utf8')) as Extra;
  kb = new KnowledgeBase(countries, cities, extra);
  kb.addFirstNames(readFileSync(dataUrl('first-names.tsv'), 'utf8'));
  return kb;
}
