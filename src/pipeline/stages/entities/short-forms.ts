/**
 * Short forms of organisation names, joined to the organisation anywhere in the document
 * (before or after it, whatever type the recogniser gave the short form):
 * - the distinctive part of the name, the rest being generic institution words
 *   ("Harvard" → "Harvard University", "Scientology" → "the Church of Scientology"), except a
 *   place after "of" ("Livorno" is not "the Municipality of Livorno");
 * - the name's last words ("Mets" → "New York Mets", "Times" → "The New York Times");
 * - its acronym ("KPA" → "Korean People's Army", "USI" → "University of Southern Indiana").
 * A short form with a KB link (a city, a country) stays itself, persons are never joined,
 * generic words alone ("University", "Party") join nothing, and a short form fitting two
 * organisations joins the one named most often (the first on a tie).
 * Runs after clustering and before canonical names; mutates the mentions' clusters and types.
 *
 * @module
 */
import type { ClusterDraft, MentionDraft } from './canonical.js';

/** Words that say "an institution" without saying which; a name made only of them is no short form. */
const GENERIC = new Set(['University', 'College', 'School', 'Institute', 'Academy', 'Company', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.',
  'Group', 'Party', 'Association', 'Society', 'Foundation', 'Council', 'Committee', 'Commission', 'Agency', 'Ministry', 'Department', 'Bank', 'Federation',
  'Union', 'League', 'Organisation', 'Organization', 'Conservatoire', 'Conservatory', 'Church', 'Club', 'FC', 'Team', 'Trust', 'Board', 'Authority',
  'Court', 'Office', 'Bureau', 'Centre', 'Center', 'Hospital', 'Museum', 'International', 'National', 'Royal', 'Federal', 'State', 'City', 'New', 'North',
  'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'United', 'General', 'American', 'British', 'World', 'Global']);
/** Words that join a name's parts. */
const JOIN = new Set(['of', 'the', 'The', 'and', 'for', '&', 'on', 'at', 'de']);

const wordsOf = (s: string) => s.replace(/^the\s+/i, '').replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
const isAcronym = (s: string) => /^[A-Z]{2,6}$/.test(s);
const initials = (words: readonly string[]) => words.filter((w) => !JOIN.has(w)).map((w) => w.charAt(0)).join('').toUpperCase();

/** Joins short forms to organisations (see the module comment). */
export function joinShortForms(text: string, mentions: MentionDraft[], clusters: ClusterDraft[]): void {
  const byCluster = new Map<number, MentionDraft[]>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const list = byCluster.get(m.cluster);
    if (list) list.push(m); else byCluster.set(m.cluster, [m]);
  }
  // Multi-word organisation names: by the words they hold, by their last words, by acronym.
  const holders = new Map<string, Set<number>>();
  const bySuffix = new Map<string, Set<number>>();
  // Last words after an "of" ("… of Southern Indiana"): a place there is the place.
  const byOfSuffix = new Map<string, Set<number>>();
  const byAcronym = new Map<string, Set<number>>();
  const names = new Map<number, string[][]>();
  const add = (map: Map<string, Set<number>>, k: string, ci: number) => { let s = map.get(k); if (!s) map.set(k, (s = new Set())); s.add(ci); };
  for (const [ci, ms] of byCluster) {
    if (clusters[ci].type !== 'ORG') continue;
    const list: string[][] = [];
    // Each distinct surface once: a name repeated a thousand times is one name to compare with.
    const seen = new Set<string>();
    for (const m of ms) {
      const w = wordsOf(text.slice(m.start, m.end));
      if (w.length < 2 || seen.has(w.join(' '))) continue;
      seen.add(w.join(' '));
      list.push(w);
      for (const x of w) add(holders, x, ci);
      for (let i = 1; i < w.length; i++) add(w.slice(0, i).includes('of') ? byOfSuffix : bySuffix, w.slice(i).join(' '), ci);
      if (w.length <= 6) add(byAcronym, initials(w), ci);
    }
    if (list.length) names.set(ci, list);
  }
  if (!names.size) return;
  const count = (ci: number) => byCluster.get(ci)?.length ?? 0;
  const target = new Map<number, number>();
  for (const [ci, ms] of byCluster) {
    const c = clusters[ci];
    if (c.kb || c.type === 'PERSON' || c.type === 'NORP' || names.has(ci)) continue;
    const surfaces = new Set(ms.map((m) => wordsOf(text.slice(m.start, m.end)).join(' ')));
    if (surfaces.size !== 1) continue;
    const short = [...surfaces][0];
    const sw = short.split(' ');
    if (!short || sw.every((w) => GENERIC.has(w) || JOIN.has(w)) || !/^\p{Lu}/u.test(short)) continue;
    const place = c.type === 'LOC' || c.type === 'GPE';
    const cands = new Set<number>();
    if (isAcronym(short)) for (const o of byAcronym.get(short) ?? []) cands.add(o);
    for (const o of bySuffix.get(short) ?? []) cands.add(o);
    if (!place) for (const o of byOfSuffix.get(short) ?? []) cands.add(o);
    // The distinctive part: the rest of the name is generic ("Harvard" + "University").
    for (const o of holders.get(sw[0]) ?? []) {
      if (cands.has(o)) continue;
      if (names.get(o)!.some((w) => {
        const i = indexOfRun(w, sw);
        if (i < 0 || ![...w.slice(0, i), ...w.slice(i + sw.length)].every((x) => GENERIC.has(x) || JOIN.has(x))) return false;
        // After "of", a place stays a place ("Municipality of Livorno", "University of Southern Indiana").
        return !(place && w.slice(0, i).includes('of'));
      })) cands.add(o);
    }
    cands.delete(ci);
    if (!cands.size) continue;
    let best = -1;
    for (const o of cands) if (best < 0 || count(o) > count(best) || (count(o) === count(best) && o < best)) best = o;
    target.set(ci, best);
  }
  if (!target.size) return;
  for (const m of mentions) {
    const t = target.get(m.cluster);
    if (t !== undefined) { m.cluster = t; m.type = clusters[t].type; }
  }
}

/** Where the words `run` occur in a row inside `words` (−1 if not). */
function indexOfRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}
