/**
 * A person's organisation from the title structures of news: "<Org> chief <Person>",
 * "<Org>'s chairman <Person>" and "<Person>, <Org>'s chairman". The organisation stays an
 * entity of its own and becomes the person's `affiliation` (and, when the person has none, the
 * title their `role`), so a speaker "Gazprom chief Alexei Miller" is the person, never Gazprom.
 * Mutates the person clusters.
 *
 * @module
 */
import type { ClusterDraft, MentionDraft } from './canonical.js';

const OFFICE = 'chief|chairman|chairwoman|chair|president|director|spokesman|spokeswoman|spokesperson|boss|head|leader|founder|secretary|minister|executive|officer|manager|coach|editor|analyst|economist|governor|commissioner|adviser|advisor|treasurer|general secretary|secretary general|ceo|cfo';
/** Title words between an organisation and a person: "chief", "'s chairman", "chief executive". */
const BETWEEN = new RegExp(`^(?:['’]s?)?\\s+((?:[a-z-]+\\s+){0,2}(?:${OFFICE})(?:\\s+[a-z-]+){0,2})\\s+$`, 'i');
/** After a person: ", <org>" then this: "'s chairman". */
const APPOS_ORG_TAIL = new RegExp(`^['’]s?\\s+((?:[a-z-]+\\s+){0,2}(?:${OFFICE}))\\b`, 'i');

/** Sets `affiliation` (the organisation's cluster) and `role` on person clusters. */
export function affiliations(text: string, mentions: readonly MentionDraft[], clusters: ClusterDraft[]): void {
  const names = mentions.filter((m) => m.kind === 'name').sort((a, b) => a.start - b.start);
  for (let i = 0; i < names.length; i++) {
    const org = names[i];
    if (clusters[org.cluster].type !== 'ORG') continue;
    const next = names[i + 1];
    if (next && clusters[next.cluster].type === 'PERSON') {
      // The person mention may start at its title ("Gazprom Chief Executive Alexei Miller").
      const gap = text.slice(org.end, next.start);
      const inside = next.role && text.slice(next.start, next.end).startsWith(next.role) ? next.role : undefined;
      const m = BETWEEN.exec(gap) ?? (inside && /^(['’]s)?\s*$/.test(gap) ? [gap, inside] : null);
      if (m && /[a-z]/i.test(m[1])) {
        const c = clusters[next.cluster];
        c.affiliation ??= org.cluster;
        c.role ??= m[1].trim();
        continue;
      }
    }
    const prev = names[i - 1];
    if (prev && clusters[prev.cluster].type === 'PERSON' && /^,\s+(?:the\s+)?$/i.test(text.slice(prev.end, org.start))) {
      const m = APPOS_ORG_TAIL.exec(text.slice(org.end, org.end + 60));
      if (m) {
        const c = clusters[prev.cluster];
        c.affiliation ??= org.cluster;
        c.role ??= m[1].trim();
      }
    }
  }
}
