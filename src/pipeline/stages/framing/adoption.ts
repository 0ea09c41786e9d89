/**
 * Authorial adoption (label `authorial-adoption`): a loaded or one-sided term in the
 * outlet's own voice. Candidates are the one-sided framings of ./lexicons/adoption.json,
 * the one-sided entries of the contested-terms lexicon, and Loaded_Language /
 * Name_Calling spans the models found with confidence ≥ {@link LEARNED_MIN}; the stage
 * keeps those whose voice is the outlet's.
 * @module
 */
import { readLexicon } from './lexicon-file.js';

export interface AdoptionPattern { pattern: string; frame: string; usageOf: string }
/** A candidate: half-open UTF-16 offsets and what framing it adopts. */
export interface AdoptionHit { start: number; end: number; frame: string; usageOf: string }

/** Model confidence above which a learned loaded-language span in the outlet's voice counts as adoption. */
export const LEARNED_MIN = 0.5;

let compiled: { re: RegExp; entry: AdoptionPattern }[] | undefined;

function patterns() {
  compiled ??= (readLexicon<{ entries: AdoptionPattern[] }>('adoption.json'))
    .entries.map((entry) => ({ re: new RegExp(entry.pattern, 'giu'), entry }));
  return compiled;
}

/** One-sided framings of the adoption lexicon in `text`, sorted by start. */
export function findAdoptionPatterns(text: string): AdoptionHit[] {
  const out: AdoptionHit[] = [];
  for (const { re, entry } of patterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, frame: entry.frame, usageOf: entry.usageOf });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
