/**
 * 32-bit hashing for hashed feature keys: strings are hashed once per word form,
 * feature keys are integer mixes of a template id and those hashes, so the hot path
 * never builds feature strings.
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

/** Key of a one-value feature of template `t`. */
export function k1(t: number, a: number): number { return fmix(mix(mix(t, a), 1)); }
/** Key of a two-value feature of template `t`. */
export function k2(t: number, a: number, b: number): number { return fmix(mix(mix(mix(t, a), b), 2)); }
/** Key of a three-value feature of template `t`. */
export function k3(t: number, a: number, b: number, c: number): number { return fmix(mix(mix(mix(mix(t, a), b), c), 3)); }
