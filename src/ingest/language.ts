import { createRequire } from 'node:module';

/**
 * Language identification for article text. A stop-word vote over the opening
 * characters settles the common news languages cheaply (and, on news prose, more
 * reliably than character n-grams: tinyld alone mislabels some English articles as
 * Irish or Polish); tinyld decides when the vote is unclear.
 * @module
 */

/** The most frequent function words of each language (lower case). */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'by', 'at', 'from', 'his', 'have', 'said'],
  de: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'auch'],
  fr: ['le', 'la', 'les', 'de', 'et', 'des', 'en', 'un', 'une', 'du', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'au', 'sur', 'par', 'il'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'una', 'su', 'al', 'es', 'lo', 'como'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'in', 'un', 'del', 'non', 'una', 'della', 'con', 'sono', 'gli', 'le', 'si', 'al', 'da', 'è'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij'],
  pt: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as'],
};

/**
 * tinyld, loaded on first use: its n-gram tables cost ~50 MB, which the CLI's main thread (it
 * only reads items) and any process analysing only clear-cut text never need.
 */
let tinyld: typeof import('tinyld') | undefined;
function detect(text: string): string {
  tinyld ??= createRequire(import.meta.url)('tinyld') as typeof import('tinyld');
  return tinyld.detect(text);
}

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
}
const WORD = /\p{L}+/gu;
/** Below this many words tinyld is not asked (see {@link detectLanguage}). */
const SHORT_WORDS = 40;

/**
 * ISO 639-1 code of the text's language, or undefined when it cannot tell.
 * Reads at most the first `limit` characters (UTF-16 units).
 */
export function detectLanguage(text: string, limit = 2000): string | undefined {
  const sample = text.slice(0, limit);
  const votes = new Map<string, number>();
  let words = 0;
  for (const m of sample.matchAll(WORD)) {
    words++;
    const langs = WORD_LANGS.get(m[0].toLowerCase());
    if (langs) for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const clear = best !== undefined && best[1] >= 2 * (second?.[1] ?? 0);
  if (clear && best[1] >= 8 && best[1] / words >= 0.15) return best[0];
  const guess = detect(sample) || undefined;
  // A short text gives character n-grams too little to go on (a one-line English sentence
  // comes back as Latin), and a wrong verdict switches the English-only stages off: below
  // SHORT_WORDS words tinyld's guess stands only when the stop words back it (at least half
  // the leader's votes), else no language is named and every stage runs.
  if (words < SHORT_WORDS && guess !== undefined) {
    const backing = votes.get(guess) ?? 0;
    if (backing === 0 || backing * 2 < (best?.[1] ?? 0)) return clear && best[1] >= 3 ? best[0] : undefined;
  }
  return guess;
}
