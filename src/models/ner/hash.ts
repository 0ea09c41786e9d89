/**
 * 32-bit string hashing over character ranges (no substring allocation), used for the
 * recogniser's hashed features. Quotes are normalised (’ ‘ ` → ', “ ” → ") so that
 * curly-quoted modern text maps to the straight quotes of the training corpus.
 *
 * @module
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Maps a UTF-16 code unit to its normalised form (quotes unified). */
export function normChar(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0x2032) return 39; // '
  if (c === 0x201c || c === 0x201d || c === 0x201e) return 34; // "
  if (c === 0x2013 || c === 0x2014) return 45; // -
  return c;
}

/** Lower-cases ASCII and Latin-1 letters without allocation. */
export function lowerChar(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 192 && c <= 222 && c !== 215) return c + 32;
  return c;
}

/** Hash of s[a, b) with quotes normalised. */
export function hashRange(s: string, a: number, b: number): number {
  let h = FNV_OFFSET;
  for (let i = a; i < b; i++) h = Math.imul(h ^ normChar(s.charCodeAt(i)), FNV_PRIME);
  return h;
}

/** Hash of the lower-cased s[a, b) with quotes normalised and digits mapped to 0. */
export function hashLower(s: string, a: number, b: number): number {
  let h = FNV_OFFSET;
  for (let i = a; i < b; i++) {
    let c = lowerChar(normChar(s.charCodeAt(i)));
    if (c >= 49 && c <= 57) c = 48;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/** Combines a template id with one value hash (murmur3 finaliser). Never returns 0. */
export function mix(tmpl: number, h: number): number {
  let x = h ^ Math.imul(tmpl + 1, 0x9e3779b1);
  x ^= x >>> 16; x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x === 0 ? 1 : x;
}

/** Combines a template id with two value hashes. */
export function mix2(tmpl: number, h1: number, h2: number): number {
  return mix(tmpl, Math.imul(h1, 0x27d4eb2d) ^ h2);
}
