/**
 * A casing lexicon learned from unlabelled news (../shared/data/bbc-news and PolNeAR
 * train texts): for each word, how often it is capitalised when not sentence-initial.
 * "Gives" is nearly always lower-case mid-sentence, "Putin" never — a strong cue for
 * sentence-initial words and Title-Case headlines, which CoNLL's tokens alone lack.
 *
 * File: models/ner-case.txt, one `word<TAB>class` per line, class 0 = mostly lower
 * (< 10 % capitalised), 1 = mixed (< 50 %), 2 = mostly capitalised (< 90 %), 3 = nearly
 * always capitalised. Rebuilt by `npm run train -- ner`.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashLower } from './hash.js';
import { textFiles } from '../corpus-files.js';

/** Where the committed lexicon lives. */
export const CASELEX_URL = new URL('../../../models/ner-case.txt', import.meta.url);

/** Lower-case word hash → casing class. */
export type CaseLexicon = Map<number, number>;

/** Parses the lexicon file. */
export function parseCaseLexicon(text: string): CaseLexicon {
  const m: CaseLexicon = new Map();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    m.set(hashLower(line, 0, tab), Number(line.slice(tab + 1)));
  }
  return m;
}

let cached: CaseLexicon | undefined;
/** Loads the committed lexicon once (empty when absent). */
export function loadCaseLexicon(): CaseLexicon {
  if (cached) return cached;
  cached = existsSync(CASELEX_URL) ? parseCaseLexicon(readFileSync(CASELEX_URL, 'utf8')) : new Map();
  return cached;
}


/** Builds the lexicon file text from unlabelled news under `dataDir`. */
export function buildCaseLexicon(dataDir: string, minCount = 3): string {
  const lower = new Map<string, number>(), cap = new Map<string, number>();
  const dirs = [join(dataDir, 'bbc-news'), join(dataDir, 'polnear', 'train', 'text')];
  const word = /[A-Za-z][A-Za-z'’-]*/g;
  for (const d of dirs) {
    for (const f of textFiles(d)) {
      let text: string;
      try { text = readFileSync(f, 'latin1'); } catch { continue; }
      for (const line of text.split('\n')) {
        let m: RegExpExecArray | null;
        let first = true;
        word.lastIndex = 0;
        while ((m = word.exec(line))) {
          const w = m[0];
          const before = line.slice(Math.max(0, m.index - 3), m.index);
          const initial = first || /[.!?:"“‘'(]\s*$/.test(before);
          first = false;
          if (initial) continue;
          const k = w.toLowerCase();
          const c0 = w.charCodeAt(0);
          if (c0 >= 65 && c0 <= 90) cap.set(k, (cap.get(k) ?? 0) + 1); else lower.set(k, (lower.get(k) ?? 0) + 1);
        }
      }
    }
  }
  const out: string[] = [];
  const keys = new Set([...lower.keys(), ...cap.keys()]);
  for (const k of [...keys].sort()) {
    const c = cap.get(k) ?? 0, l = lower.get(k) ?? 0;
    if (c + l < minCount) continue;
    const p = c / (c + l);
    out.push(`${k}\t${p < 0.1 ? 0 : p < 0.5 ? 1 : p < 0.9 ? 2 : 3}`);
  }
  return out.join('\n') + '\n';
}
