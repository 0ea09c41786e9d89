/**
 * Integer feature keys: the attribution models hash each feature (a template number and
 * up to three parts) to a 30-bit key with MurmurHash3's mixing steps, so the hot path
 * builds no strings; token strings are hashed once per document (FNV-1a).
 * @module
 */

/** FNV-1a over UTF-16 code units, 32 bits. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

function mix(h: number, x: number): number {
  x = Math.imul(x, 0xcc9e2d51); x = (x << 15) | (x >>> 17); x = Math.imul(x, 0x1b873593);
  h ^= x; h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The key of feature template `t` with parts `a`, `b`, `c` (ints): a non-negative 30-bit integer (a V8 small integer). */
export function fkey(t: number, a: number, b = 0, c = 0): number {
  let h = mix(mix(mix(mix(0x2545f491, t), a), b), c);
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h & 0x3fffffff;
}
