/**
 * Tests over an inclusive token range [a, b] of the statements stage's {@link TokView}
 * (token indices), shared by the rules of this stage.
 * @module
 */
import type { TokView } from './tokview.js';

/** Whether a verb or an auxiliary lies in tokens a..b. */
export function hasVerb(v: TokView, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') return true;
  return false;
}

/** Whether a token of a..b lies inside a quotation. */
export function hasQuoted(v: TokView, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (v.quote[i] >= 0) return true;
  return false;
}

/** A relative pronoun: which/who/whom/whose, or "that" tagged as a pronoun (not the complementiser). */
export function isRelativePronoun(v: TokView, i: number): boolean {
  const w = v.lower[i];
  return w === 'which' || w === 'who' || w === 'whom' || w === 'whose' || (w === 'that' && v.pos[i] === 'PRON');
}

/** A participle cue after a comma ("…, saying …"). */
export function isParticipleAfterComma(v: TokView, i: number): boolean {
  return i > 0 && v.word[i - 1] === ',' && v.lower[i].endsWith('ing') && v.lower[i] !== 'according';
}

/** Tokens more than this many arcs below a node are left out of its subtree's range. */
export const SUBTREE_DEPTH = 20;
