/**
 * "The North" and "the South" in a text about North and South Korea (or Sudan, or Yemen) are the
 * countries: a name that is a bare compass word after "the" joins the one KB-linked country of
 * the document whose name starts with that word ("the North" → North Korea); so does the first
 * word of "North and South Korea". With no such
 * country, or two ("North Korea" and "North Macedonia"), the word stays what it was: an American
 * text's "the South" is a region, not South Africa. Runs after clustering; mutates the mentions'
 * clusters and types.
 *
 * @module
 */
import type { ClusterDraft, MentionDraft } from './canonical.js';

const COMPASS = /^(North|South|East|West)$/;

/** Joins "the North"-like names to the document's country (see the module comment). */
export function joinCompassNames(text: string, mentions: MentionDraft[], clusters: ClusterDraft[]): void {
  // The document's countries by the compass word their name starts with.
  const byWord = new Map<string, Set<number>>();
  for (const m of mentions) {
    const c = clusters[m.cluster];
    if (c.kb?.kind !== 'country') continue;
    const w = /^(North|South|East|West)\s/.exec(c.kb.name)?.[1];
    if (!w) continue;
    let s = byWord.get(w);
    if (!s) byWord.set(w, (s = new Set()));
    s.add(m.cluster);
  }
  if (!byWord.size) return;
  for (const m of mentions) {
    if (m.kind !== 'name' || clusters[m.cluster].kb) continue;
    const surface = text.slice(m.start, m.end);
    if (!COMPASS.test(surface)) continue;
    const cands = byWord.get(surface);
    if (cands?.size !== 1) continue;
    const cand = [...cands][0];
    const article = /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start));
    // "North and South Korea": the first compass word shares the country's last word.
    const shared = /^\s+(?:and|or|&)\s+(?:North|South|East|West)\s+(\S+)/.exec(text.slice(m.end, m.end + 60))?.[1];
    if (!article && !(shared && clusters[cand].kb!.name === `${surface} ${shared}`)) continue;
    m.cluster = cand;
    m.type = 'GPE';
  }
}
