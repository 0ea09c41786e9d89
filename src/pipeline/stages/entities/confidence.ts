/**
 * How sure a knowledge-base link is, from the evidence in the text: a link is kept only at or
 * above {@link LINK_MIN}. Wrong links this prevents (each in the wrong-link tests):
 * "Who" in "Doctor Who" → the WHO (an acronym matched in another case), "Island" → Iceland
 * (a foreign spelling that is an ordinary English word), "Batman" → a Turkish city (a smaller
 * city named with no place context and no other place of its country in the document).
 *
 * @module
 */
import { normName, type KbEntry } from '../../../kb/index.js';

/** Links below this confidence are dropped. */
export const LINK_MIN = 0.5;

/** The variant of `entry` that `surface` matched (normalised comparison). */
export function matchedVariant(entry: KbEntry, surface: string): string | undefined {
  const k = normName(surface);
  return entry.variants.find((v) => normName(v) === k);
}

const isAcronym = (s: string) => /^[A-Z][A-Z.&-]*[A-Z.]$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 2;

/**
 * Confidence of linking `surface` to `entry` from the surface alone: 0 for an acronym matched
 * in another case ("Who" for "WHO"); 0.1 for a one-word name news mostly writes in lower case
 * ("Island") unless it is the entry's own name; 0.9 otherwise. `common` tells the
 * lower-case words (the casing lexicon).
 */
export function surfaceConfidence(surface: string, entry: KbEntry, common: (w: string) => boolean): number {
  const v = matchedVariant(entry, surface);
  if (v && isAcronym(v) && !isAcronym(surface.replace(/^the\s+/i, ''))) return 0;
  if (!/\s/.test(surface.trim()) && common(surface) && normName(entry.name) !== normName(surface)) return 0.1;
  return 0.9;
}

/** Population above which a city needs no further evidence to be meant. */
const BIG_CITY = 1_000_000;

/**
 * Confidence of a city link for the whole document: capitals, big cities, cities of a country
 * the document also names, and cities named after a place preposition ("in", "from", "near")
 * or before ", <place>" are linked (0.8); other cities only by name (0.3), which is how a
 * comic-book hero becomes a Turkish city.
 */
export function cityConfidence(entry: KbEntry, docCountries: ReadonlySet<string>, placeContext: boolean): number {
  if (entry.kind !== 'city') return 0.9;
  if ((entry.population ?? 0) >= BIG_CITY) return 0.8;
  if (entry.country && docCountries.has(entry.country)) return 0.8;
  return placeContext ? 0.7 : 0.3;
}
