/**
 * "The Tsar", "the Emperor", "the Pope": a sovereign's or prelate's title alone, after "the", is
 * the person the document names with that title in front ("Tsar Peter the Great … the Tsar's
 * service"). Such a bare title (a name mention without a KB link, whatever type the recogniser
 * gave it) joins the person the document names "<Title> <Name>" (the one named most often, by
 * any name, when several are; the latest titled on a tie); with no one so named it stays as it was. A cluster named
 * "<Title> <Capitalised name>" that the recogniser typed as a place or organisation is a person
 * ("Tsar Peter the Great" is no place), unless a word of it says institution or place
 * ("King Abdullah University"). Runs after clustering; mutates mentions and clusters.
 *
 * @module
 */
import type { ClusterDraft, MentionDraft } from './canonical.js';
import { institutionWord } from './evidence.js';

/** Titles of sovereigns, consorts, heirs and prelates: "the <Title>" means one person in a text. */
const SOVEREIGN = new Set(['Emperor', 'Empress', 'Tsar', 'Czar', 'Tsarina', 'Czarina', 'Tsarevna', 'Tsarevich', 'Kaiser', 'King', 'Queen', 'Sultan', 'Shah', 'Emir', 'Pharaoh', 'Pope', 'Caliph', 'Khan', 'Maharaja', 'Regent']);

/** Joins bare sovereign titles to their person and retypes titled names (see the module comment). */
export function joinLoneTitles(text: string, mentions: MentionDraft[], clusters: ClusterDraft[]): void {
  // Clusters named "<Title> <Name …>", by title: how many name mentions the cluster has, and the latest titled one.
  const titled = new Map<string, Map<number, { n: number; last: number }>>();
  const named = new Map<number, number>();
  for (const m of mentions) if (m.kind === 'name') named.set(m.cluster, (named.get(m.cluster) ?? 0) + 1);
  for (const m of mentions) {
    if (m.kind !== 'name' || clusters[m.cluster].kb && clusters[m.cluster].kb!.kind !== 'person') continue;
    const words = text.slice(m.start, m.end).split(/\s+/);
    if (words.length < 2 || !SOVEREIGN.has(words[0]) || !/^\p{Lu}/u.test(words[1]) || institutionWord(words)) continue;
    let byCluster = titled.get(words[0]);
    if (!byCluster) titled.set(words[0], (byCluster = new Map()));
    const s = byCluster.get(m.cluster) ?? { n: named.get(m.cluster) ?? 0, last: -1 };
    s.last = m.start;
    byCluster.set(m.cluster, s);
    const c = clusters[m.cluster];
    if (c.type !== 'PERSON' && !c.kb) c.type = 'PERSON';
  }
  if (!titled.size) return;
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const c = clusters[m.cluster];
    if (c.type === 'PERSON' && titled.get(text.slice(m.start, m.end).split(/\s+/)[0])?.has(m.cluster)) { m.type = 'PERSON'; continue; }
    if (c.kb) continue;
    const title = text.slice(m.start, m.end).replace(/['’]s?$/, '');
    const byCluster = titled.get(title);
    if (!byCluster || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    let best = -1, bn = 0, bl = -1;
    for (const [ci, s] of byCluster) if (s.n > bn || (s.n === bn && s.last > bl)) { best = ci; bn = s.n; bl = s.last; }
    m.cluster = best;
    m.type = 'PERSON';
  }
}
