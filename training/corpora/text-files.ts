/**
 * Unlabelled text for training: every `.txt` file below `dir`, recursively, in sorted
 * order (so what is built from them does not depend on the file system's listing
 * order), README files skipped; nothing when `dir` is absent.
 * @module
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The `.txt` files below `dir` (see the module comment). */
export function* textFiles(dir: string): Iterable<string> {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* textFiles(p);
    else if (e.endsWith('.txt') && !e.startsWith('README')) yield p;
  }
}
