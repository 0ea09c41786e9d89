/**
 * Contested terms and exonyms from the committed lexicon ./lexicons/contested.json
 * (label `contested-term`): each match names the term, the usage it competes with and
 * whose usage it is. One regular expression per case mode, longest forms first, so a
 * document is scanned once.
 * @module
 */
import { readLexicon } from './lexicon-file.js';

/** One lexicon entry (see the file's `$comment`). */
export interface ContestedEntry {
  term: string;
  forms: string[];
  competesWith: string;
  usageOf: string;
  conflict: string;
  kind: string;
  oneSided: boolean;
}

/** A lexicon match: half-open UTF-16 offsets and its entry. */
export interface ContestedHit { start: number; end: number; entry: ContestedEntry }

let compiled: { entries: ContestedEntry[]; byForm: Map<string, ContestedEntry>; exact: RegExp | null; folded: RegExp | null } | undefined;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** The lexicon's entries (loaded once). */
export function contestedEntries(): ContestedEntry[] {
  return compile().entries;
}

function compile() {
  if (compiled) return compiled;
  const j = readLexicon<{ entries: ContestedEntry[] }>('contested.json');
  const byForm = new Map<string, ContestedEntry>();
  const exact: string[] = [], folded: string[] = [];
  for (const e of j.entries) for (const f of e.forms) {
    byForm.set(f.toLowerCase(), e);
    // Acronyms and forms with inner capitals (FYROM, PoK) must match as written: folded, they are ordinary words.
    (/\p{Lu}/u.test(f.slice(1)) && !/\s/.test(f) ? exact : folded).push(f);
  }
  const re = (forms: string[], flags: string) => forms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}])`, flags) : null;
  compiled = { entries: j.entries, byForm, exact: re(exact, 'gu'), folded: re(folded, 'giu') };
  return compiled;
}

/** Every lexicon term in `text`, sorted by start (overlaps resolved to the longest). */
export function findContested(text: string): ContestedHit[] {
  const c = compile();
  const hits: ContestedHit[] = [];
  for (const re of [c.exact, c.folded]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const e = c.byForm.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (e) hits.push({ start: m.index, end: m.index + m[0].length, entry: e });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ContestedHit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}
