/**
 * The one feature-hashing module of every model: strings are hashed once per word form
 * ({@link hashString}, or {@link hashRange}/{@link hashLower} over a slice with quotes
 * normalised), and feature keys are integer mixes of a template id and those hashes
 * ({@link k1}, {@link k2}, {@link k3}; the POS tagger keeps its older {@link mk1} family),
 * so the hot path never builds feature strings. Keys are never 0 (0 marks an empty
 * slot in {@link SparseLinear}'s table).
 * @module
 */

/** FNV-1a over UTF-16 code units, finalised; never returns 0 (0 marks empty slots). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Murmur3-style combination of a running hash with one 32-bit value. */
export function mix(h: number, x: number): number {
  let k = Math.imul(x, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Murmur3 finaliser (avalanche); maps 0 to 1 so 0 can mark empty hash-table slots. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/**
 * Tagger feature keys (Murmur3-style, full 32 bits). The tagger keeps these so its
 * weights, and the tags downstream models were trained on, survive parser retraining.
 */
export function mk1(t: number, a: number): number { return fmix(mix(mix(t, a), 1)); }
/** Tagger key of a two-value feature, see {@link mk1}. */
export function mk2(t: number, a: number, b: number): number { return fmix(mix(mix(mix(t, a), b), 2)); }
/** Tagger key of a three-value feature, see {@link mk1}. */
export function mk3(t: number, a: number, b: number, c: number): number { return fmix(mix(mix(mix(mix(t, a), b), c), 3)); }

// Parser feature keys: one multiply per value plus a short finaliser (a parser state
// hashes ~55 keys), cut to 31 bits. 31-bit results are V8 small integers; full 32-bit
// ones are boxed as heap numbers whenever they cross a call that is not inlined.
const KT = 0x9e3779b1, KV = 0x85ebca77, KF = 0xc2b2ae3d;

function finishKey(h: number): number {
  h = Math.imul(h ^ (h >>> 16), KF);
  h ^= h >>> 13;
  h >>= 1;
  return h === 0 ? 1 : h;
}

/** Key of a one-value feature of template `t`. */
export function k1(t: number, a: number): number { return finishKey(Math.imul(t + 1, KT) ^ a); }
/** Key of a two-value feature of template `t`. */
export function k2(t: number, a: number, b: number): number {
  const h = Math.imul(t + 1, KT) ^ a;
  return finishKey(Math.imul(h ^ (h >>> 15), KV) ^ b);
}
/** Key of a three-value feature of template `t`. */
export function k3(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t + 1, KT) ^ a;
  h = Math.imul(h ^ (h >>> 15), KV) ^ b;
  return finishKey(Math.imul(h ^ (h >>> 15), KV) ^ c);
}

// Text hashing over a slice of a string (no allocation), with normalised quotes.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Maps a UTF-16 code unit to its normalised form (quotes and dashes unified). */
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

/**
 * Hash of s[a, b) with quotes and dashes normalised (’ ‘ ` → ', “ ” → ", – — → -), so
 * curly-quoted modern text maps to the straight quotes of older corpora; no substring is
 * allocated. (Not finalised: feed it to {@link k1}/{@link k2} to make a feature key.)
 */
export function hashRange(s: string, a: number, b: number): number {
  let h = FNV_OFFSET;
  for (let i = a; i < b; i++) h = Math.imul(h ^ normChar(s.charCodeAt(i)), FNV_PRIME);
  return h;
}

/** {@link hashRange} of the lower-cased s[a, b) with digits mapped to 0 (word-class hashing: 1984 and 2025 share a key). */
export function hashLower(s: string, a: number, b: number): number {
  let h = FNV_OFFSET;
  for (let i = a; i < b; i++) {
    let c = lowerChar(normChar(s.charCodeAt(i)));
    if (c >= 49 && c <= 57) c = 48;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}
