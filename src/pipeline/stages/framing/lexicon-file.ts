/**
 * Reads a committed framing lexicon (`src/pipeline/stages/framing/lexicons/*.json`).
 * @module
 */
import { readFileSync } from 'node:fs';

/**
 * The parsed JSON of lexicon `name`. The path goes back to the repository root and into
 * src/ because tsc does not copy JSON into dist/: from both src/pipeline/stages/framing/ and
 * dist/pipeline/stages/framing/ it is four folders up (src/kb reads its data the same way).
 */
export function readLexicon<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../../src/pipeline/stages/framing/lexicons/${name}`, import.meta.url), 'utf8')) as T;
}
