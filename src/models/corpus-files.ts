import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.txt` file below `dir` (recursively, README files skipped); nothing when `dir` is absent. For training on unlabelled text. */
export function* textFiles(dir: string): Iterable<string> {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* textFiles(p);
    else if (e.endsWith('.txt') && !e.startsWith('README')) yield p;
  }
}

/** A deterministic PRNG (mulberry32) in [0, 1), so training runs are repeatable. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
