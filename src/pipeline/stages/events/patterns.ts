/**
 * PETRARCH2 verb patterns, matched against the words of a verb's clause. A pattern's noun
 * phrases (`{ADJ NOUN}`), prepositional phrases (`(PREP NOUN)`) and synsets (`&NAME`) become an
 * ordered list of required words; `$` `+` `^` `%` (actor slots) only mark positions and are not
 * required. A pattern matches when its required words occur in order among the clause's words
 * (pre-verb part before the verb, post-verb part after it); the most specific match wins.
 * @module
 */
import type { Petrarch, VerbPattern } from '../../../kb/petrarch.js';

/** One required word: any of these stems. */
type Slot = readonly string[];

/** A compiled pattern. */
export interface CompiledPattern { pre: Slot[]; post: Slot[]; code: string; size: number }

/** A crude stem, the same for singular and plural nouns ("talks" = "talk", "sanctions" = "sanction"). */
export function stem(w: string): string {
  const t = w.toLowerCase();
  if (t.length > 4 && t.endsWith('ies')) return t.slice(0, -3) + 'y';
  if (t.length > 4 && /(ss|sh|ch|x)es$/.test(t)) return t.slice(0, -2);
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss')) return t.slice(0, -1);
  return t;
}

function compilePart(part: string, pet: Petrarch): Slot[] {
  const slots: Slot[] = [];
  for (const raw of part.replace(/[{}()]/g, ' ').split(/\s+/)) {
    if (!raw || /^[$+^%|!.\/:-]+$/.test(raw)) continue;
    if (raw.startsWith('&')) {
      const words = pet.synsets.get(raw.replace(/_$/, ''));
      if (!words) continue;
      // Multi-word synset entries count by their last word (the head).
      slots.push([...new Set(words.map((w) => stem(w.split(' ').pop()!)))]);
      continue;
    }
    for (const w of raw.split('_')) if (w && /[A-Za-z]/.test(w)) slots.push([stem(w.replace(/[^A-Za-z'-]/g, ''))]);
  }
  return slots;
}

// Patterns made only of prepositions ("* (TO)") match almost any clause of a long sentence; the
// stage keeps the verb's own code instead.
const FUNCTION_WORDS = new Set(['to', 'for', 'with', 'from', 'in', 'on', 'at', 'into', 'against', 'of', 'by', 'over', 'out', 'up', 'down', 'off', 'the', 'a', 'an', 'and', 'as', 'it', 'that', 'toward', 'through', 'under', 'about', 'away', 'back']);

const cache = new Map<string, CompiledPattern[]>();

/** The compiled patterns of a verb block (cached per process). */
export function blockPatterns(pet: Petrarch, block: string): readonly CompiledPattern[] {
  let hit = cache.get(block);
  if (hit) return hit;
  hit = pet.patterns(block).map((p: VerbPattern) => {
    const pre = compilePart(p.pre, pet), post = compilePart(p.post, pet);
    return { pre, post, code: p.code, size: pre.length + post.length };
  }).filter((p) => p.size > 0 && [...p.pre, ...p.post].some((slot) => slot.some((w) => !FUNCTION_WORDS.has(w))));
  cache.set(block, hit);
  return hit;
}

function inOrder(slots: readonly Slot[], words: readonly string[]): boolean {
  let k = 0;
  for (let i = 0; i < words.length && k < slots.length; i++) if (slots[k].includes(words[i])) k++;
  return k === slots.length;
}

/**
 * The best pattern of `block` for a clause whose stems before and after the verb are `pre` and
 * `post`; null when none matches. Cost: patterns of the block × clause length.
 */
export function matchPattern(pet: Petrarch, block: string, pre: readonly string[], post: readonly string[]): CompiledPattern | null {
  let best: CompiledPattern | null = null;
  const postSet = new Set(post), preSet = new Set(pre);
  for (const p of blockPatterns(pet, block)) {
    if (best && p.size <= best.size) continue;
    if (!p.post.every((s) => s.some((w) => postSet.has(w))) || !p.pre.every((s) => s.some((w) => preSet.has(w)))) continue;
    if (inOrder(p.post, post) && inOrder(p.pre, pre)) best = p;
  }
  return best;
}
