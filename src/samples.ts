import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Absolute path of the built-in sample articles folder (`samples/` at the package root). */
export const SAMPLES_DIR = fileURLToPath(new URL('../samples/', import.meta.url));

/** Paths of the built-in sample articles, sorted by name. */
export function samplePaths(): string[] {
  return readdirSync(SAMPLES_DIR).filter((f) => /\.(txt|html?|jsonl?)$/i.test(f)).sort().map((f) => join(SAMPLES_DIR, f));
}
