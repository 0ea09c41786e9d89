/**
 * People and organisations from the PETRARCH2 actor dictionaries (MIT, Open Event Data
 * Alliance; converted in src/kb/data/petrarch/, read through src/kb/petrarch.ts) as KB entries:
 * a compact offline alias table of thousands of leaders, officials, parties, companies and
 * international organisations with their name variants and the country they belong to.
 *
 * Ids are `actor:<primary name, lower case, hyphens>` (`actor:tony-blair`); the country is the
 * ISO alpha-2 of the actor's CAMEO code on the given date. A name that several records of the
 * wanted kind share is ambiguous and finds nothing.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { getPetrarch, petrarchKey, type PetrarchActor } from './petrarch.js';
import type { KbEntry } from './index.js';

/** Words that make a PETRARCH name an organisation or a group, not a person. */
const GROUP_WORD = /\b(party|front|movement|army|forces?|police|ministry|government|council|committee|commission|union|league|bank|fund|organi[sz]ation|association|society|foundation|institute|university|college|agency|bureau|office|group|network|news|press|times|corporation|company|co|corp|inc|ltd|international|federation|alliance|coalition|brigades?|battalion|militia|guards?|court|parliament|assembly|congress|senate|church|mission|service|services|airlines?|airways|petroleum|oil|energy|media|radio|television|tv|channel|agency|embassy|department|authority|board|centre|center|program|programme|initiative|club|team|fc|students|workers|people|forum|watch|rights|relief|aid|trust|partners|holdings|systems|industries|motors|group|telecom|exchange|reserve|tribunal|mujahideen|taliban|qaeda|hezbollah|hamas|jihad|[a-z]+ists?|[a-z]+ians?|[a-z]+ese)\b/;
const PERSON_ALIAS = /^(mr|mrs|ms|dr|president|prime minister|minister|senator|king|queen|prince|general|sheikh)\.? /;

const iso3to2 = (() => {
  let map: Map<string, string> | undefined;
  return (iso3: string) => {
    if (!map) {
      const require = createRequire(import.meta.url);
      const countries = require('world-countries/countries.json') as { cca2: string; cca3: string }[];
      map = new Map(countries.map((c) => [c.cca3, c.cca2] as const));
    }
    return map.get(iso3);
  };
})();

function kindOf(a: PetrarchActor, code: string | undefined): 'person' | 'org' | 'place' {
  const p = getPetrarch();
  if (!code || code === '---') return 'place';
  const d = p.decode(code);
  // A bare country code is the country itself (its name, cities, regions).
  if (d.iso3 && !d.sectors.length && !d.org && code.length === 3) return 'place';
  const primary = a.names[0];
  if (GROUP_WORD.test(primary)) return 'org';
  if (a.names.some((n) => PERSON_ALIAS.test(n))) return 'person';
  const words = primary.split(' ').length;
  if (d.org && words === 1) return 'org';
  // Dated roles belong to people who held offices; organisations rarely carry dates.
  if (words >= 2 && words <= 5 && a.roles.some((r) => r.from || r.to)) return 'person';
  return d.org ? 'org' : words >= 2 && words <= 4 ? 'person' : 'org';
}

/** "tony blair" → "Tony Blair"; "ali al-sistani" → "Ali Al-Sistani"; particles stay lower case. */
export function properName(s: string): string {
  return s.split(' ').map((w, i) => (i > 0 && /^(of|the|and|for|de|da|van|von|bin|al|el|du|la|le)$/.test(w) ? w : w.replace(/(^|[-'.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()))).join(' ');
}

const cache = new Map<string, KbEntry | null>();

/**
 * The person or organisation a name stands for in the PETRARCH actor dictionaries, as a KB
 * entry: exactly one record of the wanted kind must carry the name (any of its variants).
 * `date` (ISO day) picks the role that gives the country.
 */
export function lookupActor(name: string, kind: 'person' | 'org', date?: string): KbEntry | undefined {
  const key = `${kind}|${date ?? ''}|${name.toLowerCase()}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const p = getPetrarch();
  const recs = p.actors(name).filter((a) => kindOf(a, p.codeAt(a, date)) === kind);
  const primaries = new Set(recs.map((a) => a.names[0]));
  let out: KbEntry | undefined;
  if (primaries.size === 1 && sameThing(petrarchKey(name), recs[0].names[0], kind)) {
    const a = recs[0];
    const code = p.codeAt(a, date);
    const iso3 = code ? p.decode(code).iso3 : undefined;
    out = {
      id: `actor:${a.names[0].replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      name: properName(a.names[0]),
      type: kind === 'person' ? 'PERSON' : 'ORG',
      kind,
      variants: a.names,
      ...(iso3 && iso3to2(iso3) ? { country: iso3to2(iso3) } : {}),
    };
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, out ?? null);
  return out;
}

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'a', 'an', 'de', 'al', 'us', 'u.s.', 'united', 'states', 'national']);
const content = (s: string) => s.split(/[\s-]+/).filter((w) => w && !STOP.has(w));

/**
 * Is the matched alias a name of the record itself, not of something the dictionaries file
 * under it ("national park service" under the Department of the Interior, a leader under his
 * movement)? The alias is the primary name, its initials ("nasa"), or shares a content word
 * with it ("us state department" / "department of state"); a person's alias holds the
 * primary name's last word (the surname). A lone generic institution word ("senate") is no name.
 */
function sameThing(alias: string, primary: string, kind: 'person' | 'org'): boolean {
  // Two letters name too many things ("wb": the World Bank, Warner Bros.).
  if (alias.replace(/[.\s]/g, '').length <= 2) return false;
  if (alias === primary) return true;
  const words = content(alias);
  if (words.length === 1 && GROUP_WORD.test(words[0]) && !/^[a-z]+(ist|ian|ese)s?$/.test(words[0])) return false;
  if (kind === 'person') {
    const surname = primary.split(' ').pop()!;
    return alias.split(/[\s]+/).includes(surname);
  }
  const initials = primary.split(/[\s-]+/).filter((w) => w && !['the', 'of', 'and', 'for', 'in', 'on', 'a', 'an', 'de'].includes(w)).map((w) => w[0]).join('');
  if (alias.replace(/[.\s]/g, '') === initials) return true;
  const pw = new Set(content(primary));
  return words.some((w) => pw.has(w));
}
