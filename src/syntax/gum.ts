/**
 * GUM corpus access for training and evaluation: documents under
 * `<dataDir>/gum/dep/*.conllu`, the dev list from `<dataDir>/gum/splits.md`, genre
 * from the file name (`GUM_<genre>_<name>`). Reddit documents have blanked words (`_`).
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type TreebankSentence } from './conllu.js';

/** One GUM document. */
export interface GumDoc { name: string; genre: string; split: 'train' | 'dev'; sentences: TreebankSentence[] }

/** Path of the GUM dependency folder under a data dir. */
export function gumDepDir(dataDir: string): string { return join(dataDir, 'gum', 'dep'); }

/** Reads every GUM document; `dev` membership comes from splits.md (everything else is train). */
export function readGum(dataDir: string, opts: { skipReddit?: boolean } = {}): GumDoc[] {
  const dir = gumDepDir(dataDir);
  const splitsPath = join(dataDir, 'gum', 'splits.md');
  const dev = new Set<string>();
  if (existsSync(splitsPath)) {
    let inDev = false;
    for (const line of readFileSync(splitsPath, 'utf8').split('\n')) {
      if (line.startsWith('#')) { inDev = /^##\s*dev\b/.test(line); continue; }
      const m = /^\s*\*\s*(GUM_\S+)/.exec(line);
      if (m && inDev) dev.add(m[1]);
    }
  }
  const docs: GumDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.conllu')).sort()) {
    const name = f.slice(0, -'.conllu'.length);
    const genre = name.split('_')[1] ?? 'unknown';
    if (opts.skipReddit && genre === 'reddit') continue;
    docs.push({ name, genre, split: dev.has(name) ? 'dev' : 'train', sentences: parseConllu(readFileSync(join(dir, f), 'utf8')) });
  }
  return docs;
}
