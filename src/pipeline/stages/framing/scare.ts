/**
 * Scare quotes (label `scare-quotes`): quotation marks around a term, not around speech.
 * Reads the `quotes` layer (the statements stage classes each quotation speech / scare /
 * title): quotations it classed `scare`, and short quotations (≤ 3 words, no sentence
 * punctuation inside) that belong to no statement or wrap a contested or loaded term.
 * One pass over the quotations: linear however many marks a text holds.
 * @module
 */
import type { Annotation } from '../../../model/types.js';

/** A scare-quote span (marks included), half-open UTF-16 offsets, and why it was taken. */
export interface ScareHit { start: number; end: number; quote: string; why: 'classed-scare' | 'short-unattributed' | 'wraps-term' }

const MAX_WORDS = 3;

/**
 * @param isTerm whether `[start, end)` (the inside of a quotation) is a contested-lexicon or loaded term.
 */
export function findScare(text: string, quotes: readonly Annotation[], isTerm: (start: number, end: number) => boolean): ScareHit[] {
  const out: ScareHit[] = [];
  for (const q of quotes) {
    if (q.label === 'title') continue;
    if (q.end - q.start > 60) continue;
    if (q.label === 'scare') { out.push({ start: q.start, end: q.end, quote: q.id, why: 'classed-scare' }); continue; }
    const inner = text.slice(q.start + 1, q.end - 1).trim();
    if (!inner || /[.!?,;:]/.test(inner)) continue;
    const words = inner.split(/\s+/).length;
    if (words > MAX_WORDS) continue;
    if (isTerm(q.start + 1, q.end - 1)) out.push({ start: q.start, end: q.end, quote: q.id, why: 'wraps-term' });
    else if (q.attrs.statement === undefined && words <= 2 && /^\p{Ll}/u.test(inner)) out.push({ start: q.start, end: q.end, quote: q.id, why: 'short-unattributed' });
  }
  return out;
}
