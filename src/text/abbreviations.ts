/**
 * Abbreviation lists for the tokenizer and sentence splitter (English news usage,
 * written for this project from style-guide conventions; lower-case keys, no final
 * period).
 * @module
 */

/**
 * Titles and name parts that are always followed by a name: the period belongs to the
 * token and never ends a sentence ("Mr. Smith", "Gen. Milley", "St. Petersburg").
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'drs', 'prof', 'st', 'ste', 'mt', 'ft',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'gov',
  'sen', 'rep', 'reps', 'pres', 'supt', 'insp', 'det', 'rev', 'fr', 'hon', 'atty', 'amb', 'sec',
  'mx', 'sr', 'jr',
]);

/**
 * Other abbreviations written with a final period: the period belongs to the token, but
 * the token can end a sentence (see the sentence splitter's rule for what may follow).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'assn', 'dept', 'univ', 'govt', 'intl',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'etc', 'vs', 'approx', 'est', 'al', 'ave', 'blvd', 'rd', 'hwy', 'cf', 'viz', 'ca', 'circa',
  'min', 'max', 'misc', 'dir', 'ed', 'eds', 'mgr', 'jnr', 'snr', 'ph', 'esq', 'assoc', 'asst',
]);

/** Abbreviations that take the period only before a number ("No. 2", "pp. 4–6", "Art. 5", "c. 1818"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'art', 'vol', 'p', 'pp', 'fig', 'ch', 'sec', 'para', 'op', 'tel', 'ref', 'c',
]);

/**
 * Capitalised words that usually open a sentence (closed-class words and sentence
 * adverbs): after an abbreviation such as "U.S." or "p.m.", a sentence break is assumed
 * only before one of these ("… in the U.S. The talks …", not "the U.S. Senate").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'this', 'that', 'these', 'those', 'there', 'then', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile',
  'in', 'on', 'at', 'for', 'from', 'after', 'before', 'since', 'during', 'while', 'when', 'if', 'as', 'by', 'with',
  'to', 'of', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most', 'all', 'both', 'no', 'not',
  'one', 'two', 'three', 'other', 'others', 'also', 'still', 'instead', 'now', 'today', 'yesterday', 'later',
  'earlier', 'last', 'next', 'asked', 'according', 'officials', 'police', 'critics', 'experts',
]);
