/**
 * "The Society", "the Brotherhood", "the Academy": an organisation's head noun alone, capitalised
 * after "the", refers back to the organisation the document named in full with that head
 * ("the Society of the Cincinnati … members of the Society"). The head of a name is its word
 * before the first "of"/"for"/"on" ("Society" of "Society of the Cincinnati"), else its last word
 * ("Brotherhood" of "Magicians' Brotherhood"). Such a bare head word (a name mention without a KB
 * link, whatever its type) joins the organisation named earlier in full with that head (the
 * one named most often, then the latest, when several are). Runs after clustering and before
 * short forms and canonical names; mutates the mentions' clusters and types.
 *
 * @module
 */
import type { ClusterDraft, MentionDraft } from './canonical.js';

const LINK = new Set(['of', 'for', 'on']);

/** The head word of a multi-word organisation name, or undefined. */
export function headWord(name: string): string | undefined {
  const w = name.replace(/^the\s+/i, '').replace(/['’]s?$/, '').split(/\s+/);
  if (w.length < 2) return undefined;
  const link = w.findIndex((x) => LINK.has(x));
  const head = link > 0 ? w[link - 1] : link < 0 ? w[w.length - 1] : undefined;
  return head && /^\p{Lu}\p{Ll}/u.test(head) ? head : undefined;
}

/** Joins bare head words to their organisation (see the module comment). */
export function joinHeadWords(text: string, mentions: MentionDraft[], clusters: ClusterDraft[]): void {
  const count = new Map<number, number>();
  for (const m of mentions) if (m.kind === 'name') count.set(m.cluster, (count.get(m.cluster) ?? 0) + 1);
  // Organisations named in full so far, by head word; mentions are in text order.
  const byHead = new Map<string, Map<number, number>>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const c = clusters[m.cluster];
    const surface = text.slice(m.start, m.end);
    if (c.type === 'ORG') {
      const h = headWord(surface);
      if (h) {
        let at = byHead.get(h);
        if (!at) byHead.set(h, (at = new Map()));
        at.set(m.cluster, m.start);
        continue;
      }
    }
    if (c.kb || !/^\p{Lu}\p{Ll}+$/u.test(surface) || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    const cands = byHead.get(surface);
    if (!cands) continue;
    let best = -1;
    for (const [ci, last] of cands) {
      if (ci === m.cluster) { best = -1; break; }
      if (best < 0 || (count.get(ci) ?? 0) > (count.get(best) ?? 0) || ((count.get(ci) ?? 0) === (count.get(best) ?? 0) && last > cands.get(best)!)) best = ci;
    }
    if (best < 0) continue;
    m.cluster = best;
    m.type = clusters[best].type;
  }
}
