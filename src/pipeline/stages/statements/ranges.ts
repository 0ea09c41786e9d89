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
