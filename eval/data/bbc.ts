import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/ingest/decode.js';

/** Paths of the BBC News texts under `<dataDir>/bbc-news/<topic>/<nnn>.txt`, sorted. */
export function bbcPaths(dataDir: string): string[] {
  const root = join(dataDir, 'bbc-news');
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const topic of readdirSync(root).sort()) {
    const dir = join(root, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(join(dir, f));
  }
  return out;
}

/** Streams the BBC texts one at a time (decoded like any input: UTF-8, else Windows-1252). */
export function* bbcTexts(dataDir: string, limit = Infinity): Generator<{ path: string; text: string }> {
  let n = 0;
  for (const path of bbcPaths(dataDir)) {
    if (n++ >= limit) return;
    yield { path, text: decodeBytes(readFileSync(path), path).text };
  }
}
