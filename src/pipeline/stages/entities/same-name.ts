/**
 * One name, one entity: the recogniser types each occurrence of a name on its own context, so a
 * name written the same way several times can come out as an ORG here and a place there
 * ("Scientology", "the Sea Org", "The Onion"), and unlinked names cluster by type and surface.
 * Clusters without a KB link whose name mentions share a surface (case, a leading "the" and a
 * possessive folded) are one entity, of the type most of their mentions have (on a tie PERSON,
 * then ORG, GPE, LOC, MISC). Persons join only by a one-word surface that is the whole name of
 * the person cluster (a full name stays itself: "Jordan" the person and "Jordan" the company
 * are apart once a full name says who the person is). Demonyms, nominals and pronouns are not
 * names here. Runs after clustering and before short forms and canonical names; mutates the
 * mentions' clusters and types and the kept clusters' types.
 *
 * @module
 */
import type { ClusterDraft, MentionDraft } from './canonical.js';

const JOINABLE = new Set(['ORG', 'LOC', 'GPE', 'MISC', 'PERSON']);
const TIE_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'MISC'];

/** The surface a name is compared by: "The Onion's" and "the onion" are one. */
export function sameNameKey(surface: string): string {
  return surface.replace(/['’]s?$/, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Joins unlinked clusters sharing a name surface (see the module comment). */
export function joinSameNames(text: string, mentions: MentionDraft[], clusters: ClusterDraft[]): void {
  const byCluster = new Map<number, MentionDraft[]>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const list = byCluster.get(m.cluster);
    if (list) list.push(m); else byCluster.set(m.cluster, [m]);
  }
  // Union-find over clusters that share a surface.
  const parent = new Map<number, number>();
  const find = (c: number): number => { let r = c; while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!; parent.set(c, r); return r; };
  const firstBySurface = new Map<string, number>();
  for (const [ci, ms] of byCluster) {
    const c = clusters[ci];
    if (c.kb || !JOINABLE.has(c.type)) continue;
    const surfaces = new Set(ms.map((m) => sameNameKey(text.slice(m.start, m.end))));
    if (c.type === 'PERSON') {
      // A person joins only as a bare one-word name, the whole of what the cluster is called.
      const only = [...surfaces];
      if (only.length !== 1 || only[0].includes(' ') || only[0] !== sameNameKey(c.name)) continue;
    }
    for (const s of surfaces) {
      if (!s || !/\p{L}/u.test(s)) continue;
      const o = firstBySurface.get(s);
      if (o === undefined) { firstBySurface.set(s, ci); continue; }
      const a = find(o), b = find(ci);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
  }
  // Groups of two clusters or more, by root.
  const groups = new Map<number, number[]>();
  for (const ci of parent.keys()) {
    const r = find(ci);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(ci);
  }
  const rootOf = new Map<number, number>();
  for (const [r, g] of groups) {
    if (g.length < 2) continue;
    // The type most of the group's name mentions carry; on a tie the first of TIE_ORDER (a
    // place the KB does not know is more often an organisation's name than a place's).
    const v = new Map<string, number>();
    for (const ci of g) for (const m of byCluster.get(ci)!) v.set(m.type, (v.get(m.type) ?? 0) + 1);
    let best = '', n = 0;
    for (const t of TIE_ORDER) { const k = v.get(t) ?? 0; if (k > n) { best = t; n = k; } }
    if (!best) continue;
    clusters[r].type = best;
    for (const ci of g) rootOf.set(ci, r);
  }
  if (!rootOf.size) return;
  for (const m of mentions) {
    const r = rootOf.get(m.cluster);
    if (r === undefined) continue;
    m.cluster = r;
    if (m.kind === 'name') m.type = clusters[r].type;
  }
}
