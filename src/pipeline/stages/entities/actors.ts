/**
 * Links the document's people and organisations that the built-in KB does not know to the
 * PETRARCH2 actor table (src/kb/actors.ts): a person by the full name the text gives ("Patricia
 * Hewitt"), or by a surname the dictionaries list as that person's own alias ("Obama"), which
 * then also gives the canonical name; an organisation by its name ("Reuters", "Microsoft"),
 * retyped ORG when the recogniser took it for a place ("Google" is no place); a one-word MISC/ORG
 * name that is a person's listed alias is that person.
 * Runs after clustering; mutates the clusters and the labels of their mentions.
 *
 * @module
 */
import { lookupActor } from '../../../kb/actors.js';
import type { ClusterDraft, MentionDraft } from './canonical.js';

/** Links clusters without a KB entry to PETRARCH actors; `date` (ISO day) picks the actor's role. */
export function linkActors(text: string, mentions: MentionDraft[], clusters: ClusterDraft[], date?: string): void {
  const names = new Map<number, string[]>();
  const nameMentions = new Map<number, MentionDraft[]>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const list = names.get(m.cluster) ?? [];
    list.push(text.slice(m.start, m.end));
    names.set(m.cluster, list);
    const ms = nameMentions.get(m.cluster) ?? [];
    ms.push(m);
    nameMentions.set(m.cluster, ms);
  }
  // Word → clusters with a longer name holding it, built once (linear in the mentions).
  const holders = new Map<string, Set<number>>();
  for (const [ci, list] of names) {
    for (const n of list) {
      const words = n.split(/[\s-]+/);
      if (words.length < 2) continue;
      for (const w of words) { const set = holders.get(w) ?? new Set<number>(); set.add(ci); holders.set(w, set); }
    }
  }
  const sharedWord = (w: string, ci: number) => [...(holders.get(w) ?? [])].some((o) => o !== ci);
  clusters.forEach((c, ci) => {
    if (c.kb) return;
    if (c.type === 'PERSON') {
      // A lone surname another name of the document also holds may be that other person ("Wong").
      if (!/\s/.test(c.name) && sharedWord(c.name, ci)) return;
      const e = lookupActor(c.name, 'person', date);
      if (!e) return;
      // A lone surname takes the dictionaries' full name ("Obama" → "Barack Obama").
      if (!/\s/.test(c.name)) c.name = e.name;
      c.kb = e;
      c.country ??= e.country;
      return;
    }
    if (c.type !== 'ORG' && c.type !== 'LOC' && c.type !== 'GPE' && c.type !== 'MISC') return;
    // A one-word MISC or ORG name the dictionaries list as a person's own alias is that
    // person ("Obama" taken for a thing).
    if ((c.type === 'MISC' || c.type === 'ORG') && !/\s/.test(c.name) && !/^[A-Z.]+$/.test(c.name) && !sharedWord(c.name, ci) && !lookupActor(c.name, 'org', date)) {
      const p = lookupActor(c.name, 'person', date);
      if (p) {
        c.type = 'PERSON'; c.kb = p; c.name = p.name; c.country ??= p.country;
        for (const m of nameMentions.get(ci) ?? []) m.type = 'PERSON';
        return;
      }
    }
    const surfaces = [c.name, ...(names.get(ci) ?? [])];
    let e;
    for (const s of surfaces) if ((e = lookupActor(s, 'org', date))) break;
    if (!e) return;
    c.kb = e;
    if (c.type !== 'ORG') {
      c.type = 'ORG';
      for (const m of nameMentions.get(ci) ?? []) m.type = 'ORG';
    }
  });
}
