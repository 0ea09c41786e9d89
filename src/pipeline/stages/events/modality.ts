/**
 * Epistemic status, negation and the PLOVER category of an event once the verbs above it
 * (pledge, demand, refuse, deny, say …) and its modal auxiliaries are taken into account.
 * @module
 */
import type { SyntaxSentence } from './sentence-view.js';
import type { Petrarch, PloverCategory } from '../../../kb/petrarch.js';
import { MODALS, NEGATORS, type Wrapper } from './lexicon.js';

/** Status of an event (see the stage's TSDoc). */
export type EventStatus = 'reported' | 'attributed' | 'planned' | 'demanded' | 'denied' | 'hypothetical';

/** PLOVER categories of cooperation; the rest are conflict. */
const COOPERATIVE = new Set<PloverCategory>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);

/**
 * CAMEO codes for an intention, demand or refusal about an action of a given CAMEO root
 * (the "express intent to …" 03x, "demand …" 10x, "reject …" 12x and "threaten …" 13x families).
 */
const INTENT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '03': '030' };
const DEMAND: Record<string, string> = { '04': '106', '05': '102', '06': '101', '07': '103', '08': '105', '03': '100' };
const REFUSE: Record<string, string> = { '04': '125', '05': '120', '06': '121', '07': '122', '08': '124', '03': '120' };
const THREAT: Record<string, string> = { '16': '131', '17': '132', '14': '133', '15': '138', '18': '138', '19': '138', '20': '138', '12': '130', '11': '130', '13': '130', '10': '130', '09': '130' };

/**
 * The PLOVER category of a CAMEO code. CAMEO 057 (sign a formal agreement) is read as AGREE,
 * following PLOVER's own definition of AGREE (agreements signed or promised), not the
 * conversion table's SUPPORT row.
 */
export function ploverOf(pet: Petrarch, cameo: string): PloverCategory | undefined {
  if (cameo.startsWith('057')) return 'AGREE';
  return pet.plover(cameo)?.category;
}

/** Modal auxiliaries and negation attached to predicate `i` (and to its auxiliaries). */
export function auxOf(s: SyntaxSentence, i: number): { modal?: 'future' | 'obligation' | 'possible'; negated: boolean; goingTo: boolean } {
  let modal: 'future' | 'obligation' | 'possible' | undefined;
  let negated = false, goingTo = false;
  for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
    const c = s.children[k];
    const rel = s.labels[c];
    const w = s.tokens[c].text.toLowerCase();
    if ((rel === 'aux' || rel === 'aux:pass') && MODALS[w]) modal = modal ?? MODALS[w];
    if ((rel === 'advmod' || rel === 'neg' || rel === 'det' || rel === 'aux') && NEGATORS.has(w)) negated = true;
    if (rel === 'mark' && w === 'to') {
      // "is going to X", "are about to X"
      const h = s.heads[i];
      if (h >= 0 && /^(going|about|set)$/i.test(s.tokens[h].text)) goingTo = true;
    }
  }
  return { modal, negated, goingTo };
}

/** Whether predicate `i` sits in a condition ("if X attacks", "unless …"). */
export function isConditional(s: SyntaxSentence, i: number): boolean {
  for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
    const c = s.children[k];
    if (s.labels[c] === 'mark' && /^(if|unless|whether)$/i.test(s.tokens[c].text)) return true;
  }
  return false;
}

/** The wrapped reading of an event: category, CAMEO code and status once its wrapper is applied. */
export function applyWrapper(pet: Petrarch, code: string, category: PloverCategory, wrapper: Wrapper | 'future' | 'obligation', status: EventStatus): { code: string; category: PloverCategory; status: EventStatus } {
  const root = code.slice(0, 2);
  const coop = COOPERATIVE.has(category);
  switch (wrapper) {
    case 'intent': case 'plan': case 'future':
      if (coop) return { code: INTENT[root] ?? '030', category: 'AGREE', status: 'planned' };
      if (category === 'THREATEN' || category === 'REQUEST' || category === 'ACCUSE' || category === 'REJECT') return { code, category, status: 'planned' };
      return { code: THREAT[root] ?? '130', category: 'THREATEN', status: 'planned' };
    case 'threaten':
      return { code: THREAT[root] ?? '130', category: 'THREATEN', status: 'planned' };
    case 'demand': case 'obligation':
      return { code: DEMAND[root] ?? '100', category: 'REQUEST', status: 'demanded' };
    case 'refuse':
      return { code: REFUSE[root] ?? '120', category: 'REJECT', status };
    case 'deny':
      return { code, category, status: 'denied' };
    default:
      return { code, category, status };
  }
}

/** PLOVER categories, for validation of outside input. */
export function isCooperative(c: PloverCategory): boolean { return COOPERATIVE.has(c); }

/** The negation of predicate `i` also counts a negated noun ("no talks"). */
export function nounNegated(s: SyntaxSentence, i: number): boolean {
  for (let k = s.childStart[i]; k < s.childStart[i + 1]; k++) {
    const c = s.children[k];
    if (s.labels[c] === 'det' && /^no$/i.test(s.tokens[c].text)) return true;
  }
  return false;
}

export { NEGATORS };
