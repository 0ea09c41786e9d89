/**
 * Integer feature keys: the attribution models hash each feature (a template number and
 * up to three parts) to a 30-bit key with multiply–xorshift rounds, so the hot path
 * builds no strings; token strings are hashed once per document (FNV-1a).
 * @module
 */

/** FNV-1a over UTF-16 code units, 32 bits. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** The key of feature template `t` with parts `a`, `b`, `c` (ints): a non-negative 30-bit integer (a V8 small integer). */
export function fkey(t: number, a: number, b = 0, c = 0): number {
  // Multiply–xorshift rounds (as in MurmurHash3's finaliser), one per part.
  let h = Math.imul(t ^ 0x2545f491, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}
