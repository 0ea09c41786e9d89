/**
 * Character classes of UTF-16 code units for the tokenizer, looked up in one table
 * (each entry computed once), so the hot loop never runs a regular expression per character.
 * @module
 */

/** Class of a UTF-16 code unit. */
export const enum Char {
  /** Anything else: punctuation, symbols, surrogates. */
  Other = 0,
  /** Whitespace, including no-break and typographic spaces. */
  Space = 1,
  /** A letter or combining mark (`\p{L}`, `\p{M}`). */
  Letter = 2,
  /** A decimal digit (`\p{Nd}`). */
  Digit = 3,
  /** An uppercase or titlecase letter (`\p{Lu}`, `\p{Lt}`); also a {@link Char.Letter} for {@link isWordChar}. */
  Upper = 4,
}

const UNKNOWN = 0xff;
const SPACE_RE = /\s/u, UPPER_RE = /[\p{Lu}\p{Lt}]/u, LETTER_RE = /[\p{L}\p{M}]/u, DIGIT_RE = /\p{Nd}/u;
/** Classes by code unit; filled on first sight outside Latin, which keeps start-up at well under a millisecond. */
const TABLE = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 0x250; c++) TABLE[c] = classify(c);

function classify(c: number): Char {
  if (c >= 0xd800 && c <= 0xdfff) return Char.Other;
  // Zero-width characters glue nothing and split nothing: treat them as space.
  if (c === 0x200b || c === 0xfeff) return Char.Space;
  const s = String.fromCharCode(c);
  if (SPACE_RE.test(s)) return Char.Space;
  if (UPPER_RE.test(s)) return Char.Upper;
  if (LETTER_RE.test(s)) return Char.Letter;
  if (DIGIT_RE.test(s)) return Char.Digit;
  return Char.Other;
}

function lookup(c: number): number {
  const k = TABLE[c];
  return k !== UNKNOWN ? k : (TABLE[c] = classify(c));
}

/** Class of the code unit `c` (0 ≤ c < 0x10000). */
export function charClass(c: number): Char {
  return lookup(c) as Char;
}

/** Whether `c` is a letter (any case) or a digit. */
export function isWordChar(c: number): boolean {
  return lookup(c) >= Char.Letter;
}

/** Whether `c` is a letter of any case. */
export function isLetter(c: number): boolean {
  const k = lookup(c);
  return k === Char.Letter || k === Char.Upper;
}

/** Whether `c` is whitespace. */
export function isSpace(c: number): boolean {
  return lookup(c) === Char.Space;
}
