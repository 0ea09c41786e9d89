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

/** The seeded PRNG of the learning layer (one implementation, in src/ml/train.ts). */
export { rng } from '../ml/train.js';
