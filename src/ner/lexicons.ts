/**
 * The recogniser's two lexicons, learned from unlabelled news and stored in the NER
 * bundle (`models/ner.bin`, built by `npm run train -- ner`):
 *
 * - the **casing lexicon**: for each lower-case word, how often it is capitalised when
 *   not sentence-initial, as a class 0 = mostly lower (< 10 %), 1 = mixed (< 50 %),
 *   2 = mostly capitalised (< 90 %), 3 = nearly always. "Gives" is nearly always lower
 *   case mid-sentence, "Putin" never: a strong cue for sentence-initial words and
 *   Title-Case headlines, which CoNLL's tokens alone lack;
 * - **word clusters** (a cheap stand-in for Brown clusters): bisecting spherical 2-means
 *   over neighbour PPMI vectors; a word's cluster is its path in the binary tree
 *   ("0110…"), and features use path prefixes.
 *
 * Both are keyed by {@link hashLower} of the word, as the features look them up.
 * @module
 */
import { hashLower } from '../ml/hash.js';

/** Lower-case word hash → casing class (0–3). */
export type CaseLexicon = Map<number, number>;

/** Lower-case word hash → cluster path packed as (bits << 5) | length (see {@link packClusterPath}). */
export type Clusters = Map<number, number>;

/** Packs a cluster path ("0110") as (bits << 5) | length; paths are at most 26 bits long. */
export function packClusterPath(path: string): number {
  return (parseInt(path || '0', 2) << 5) | path.length;
}

/** A lexicon map from parallel word and value lists (values already in the map's encoding). */
export function lexiconMap(words: readonly string[], values: ArrayLike<number>): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < words.length; i++) m.set(hashLower(words[i], 0, words[i].length), values[i]);
  return m;
}
