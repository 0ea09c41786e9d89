/**
 * Where the target of an event is when the predicate's own arguments name none. Coders of
 * PLOVER and CAMEO take the party acted upon from anywhere in the event's clause: the subject
 * of a demand's content ("demanded that *the US* cancel …"), the object of the complement
 * ("threatened to break relations with *Russia*", "agreed to re-open its borders to *UN
 * peacekeepers*"), a nominal the parser left without a relation it should have had ("arrested
 * more than 100 *Palestinians*" parsed as an oblique without a preposition). Three targets of
 * four were missing before this fallback (PLOVER dev half, target recall 0.30).
 * @module
 */
import type { SyntaxSentence } from './sentence-view.js';
import type { Actor } from './actors.js';

/** Relations that lead away from the event's participants (the agent, clause glue, side remarks). */
const NOT_PARTICIPANT = new Set(['nsubj', 'csubj', 'nsubj:pass', 'csubj:pass', 'punct', 'cc', 'aux', 'aux:pass', 'cop', 'mark', 'det', 'parataxis', 'acl:relcl', 'discourse', 'vocative', 'reparandum', 'dislocated', 'expl']);
/** Relations through which a complement reaches the clause of the verb that embeds it. */
const COMPLEMENT = new Set(['xcomp', 'ccomp']);
const MAX_DEPTH = 4;

/**
 * Nominal heads under predicate token `i` (and `noun`, the event noun of a light verb), nearest
 * first, then those of the clause embedding it when `i` is its complement ("urged X to …").
 * Subjects of `i` itself are left out: they are the source's place. Breadth-first, so the
 * object of the complement comes before nominals inside relative or purpose clauses.
 */
export function fallbackTargetHeads(s: SyntaxSentence, i: number, noun?: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const visit = (roots: number[], skipSubjectsOf: Set<number>) => {
    let frontier = roots.filter((r) => !seen.has(r));
    for (const r of frontier) seen.add(r);
    for (let d = 0; d < MAX_DEPTH && frontier.length; d++) {
      const next: number[] = [];
      for (const k of frontier) {
        for (let j = s.childStart[k]; j < s.childStart[k + 1]; j++) {
          const c = s.children[j];
          if (seen.has(c)) continue;
          const rel = s.labels[c];
          if (NOT_PARTICIPANT.has(rel) && !(rel.startsWith('nsubj') && !skipSubjectsOf.has(k))) continue;
          // A verb coordinated with the event is another event, with its own parties.
          if (rel === 'conj' && s.upos[c] === 'VERB') continue;
          seen.add(c);
          if (s.upos[c] === 'NOUN' || s.upos[c] === 'PROPN') out.push(c);
          next.push(c);
        }
      }
      frontier = next;
    }
  };
  const roots = noun !== undefined ? [i, noun] : [i];
  // The subjects of the event's own clause are sources; those of its complements are the ones asked.
  visit(roots, new Set(roots));
  if (COMPLEMENT.has(s.labels[i]) && s.heads[i] >= 0) visit([s.heads[i]], new Set([s.heads[i]]));
  return out;
}

/**
 * Whether target actor `a` is the source's own armed force or police, taken as the acted-upon
 * object ("withdraw *its troops* from Lebanon", "mobilized army reservists"): an instrument of
 * the source, not the party the action is directed at.
 */
export function isOwnForce(a: Actor, source: readonly Actor[]): boolean {
  if (a.sector !== 'MIL' && a.sector !== 'COP') return false;
  if (!a.country) return false;
  return source.some((x) => x.country === a.country && x.sector !== a.sector && x.sector !== 'REB');
}
