/**
 * The one GUM reader, for training and evaluation: documents under
 * `<dataDir>/gum/dep/*.conllu` (trees, and entity mentions in MISC), the dev list from
 * `<dataDir>/gum/splits.md`, genre from the file name (`GUM_<genre>_<name>`). Reddit
 * documents have blanked words (`_`). {@link namedEntities} gives a sentence's named
 * mentions in the shape of the CoNLL reader.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type TreebankSentence } from './conllu.js';
import type { TokSpan } from './conll.js';

/** One GUM document. */
export interface GumDoc { name: string; genre: string; split: 'train' | 'dev'; sentences: TreebankSentence[] }

/** Path of the GUM dependency folder under a data dir. */
export function gumDepDir(dataDir: string): string { return join(dataDir, 'gum', 'dep'); }

/** Reads every GUM document; `dev` membership comes from splits.md (everything else is train). */
export function readGum(dataDir: string, opts: { skipReddit?: boolean } = {}): GumDoc[] {
  const dir = gumDepDir(dataDir);
  const splitsPath = join(dataDir, 'gum', 'splits.md');
  const dev = new Set(existsSync(splitsPath) ? gumSplit(readFileSync(splitsPath, 'utf8'), 'dev') : []);
  const docs: GumDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.conllu')).sort()) {
    const name = f.slice(0, -'.conllu'.length);
    const genre = name.split('_')[1] ?? 'unknown';
    if (opts.skipReddit && genre === 'reddit') continue;
    docs.push({ name, genre, split: dev.has(name) ? 'dev' : 'train', sentences: parseConllu(readFileSync(join(dir, f), 'utf8')) });
  }
  return docs;
}

/** GUM entity types. */
export const GUM_TYPES = ['person', 'place', 'organization', 'event', 'object', 'abstract', 'time', 'quantity', 'substance', 'animal', 'plant'];

/**
 * The *named* entity mentions of a GUM sentence: mentions whose head (the token whose
 * syntactic head lies outside the span) is a proper noun. A leading determiner ("the
 * United States") is dropped from the span, as CoNLL-style annotation does; the
 * outermost of overlapping names is kept. Type = GUM's entity type.
 */
export function namedEntities(s: TreebankSentence): TokSpan[] {
  const toks = s.words, upos = s.upos, heads = s.heads;
  const spans: TokSpan[] = [];
  const stack: { id: string; type: string; start: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const em = /(?:^|\|)Entity=([^|]*)/.exec(s.misc[i] ?? '');
    const e = em ? em[1] : '';
    if (!e) continue;
    // Tokens of the Entity value: "(12-person-…" opens, "12)" closes, "(12-person-…)" is single.
    const re = /\(([^()]+)(\))?|(\d+)\)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(e))) {
      if (m[1]) {
        const [eid, type] = m[1].split('-');
        if (m[2]) spans.push({ start: i, end: i + 1, type });
        else stack.push({ id: eid, type, start: i });
      } else if (m[3]) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].id === m[3]) { spans.push({ start: stack[k].start, end: i + 1, type: stack[k].type }); stack.splice(k, 1); break; }
        }
      }
    }
  }
  const named: TokSpan[] = [];
  for (const sp of spans) {
    let head = -1;
    for (let k = sp.start; k < sp.end; k++) { const h = heads[k] - 1; if (h < sp.start || h >= sp.end) { head = k; break; } }
    if (head < 0 || upos[head] !== 'PROPN') continue;
    let a = sp.start;
    while (a < sp.end && upos[a] === 'DET') a++;
    // Only the proper-noun core: spans must be capitalised names, not "the city of X" phrases.
    if (a >= sp.end || !/^[A-Z0-9]/.test(toks[a])) continue;
    named.push({ start: a, end: sp.end, type: sp.type });
  }
  named.sort((x, y) => x.start - y.start || y.end - x.end);
  // Keep outermost non-overlapping named spans.
  const kept: TokSpan[] = [];
  for (const sp of named) if (!kept.length || sp.start >= kept[kept.length - 1].end) kept.push(sp);
  return kept;
}

const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|President|Senator|Sen|Governor|Gov|Judge|Justice|General|Gen|Captain|Capt|Colonel|Col|Mayor|Minister|King|Queen|Prince|Princess|Pope|Saint|St)\.?$/;

/**
 * Maps a GUM name span to CoNLL's conventions: leading honorifics and titles are not part
 * of the name ("Professor Cres Eastman" → "Cres Eastman"), an appositive after a comma is
 * cut ("Mark Tedeschi , QC" → "Mark Tedeschi"), and a trailing possessive is dropped
 * ("Gloria 's" → "Gloria"). Returns null when nothing is left.
 */
export function conllStyle(tokens: readonly string[], s: TokSpan): TokSpan | null {
  let a = s.start, b = s.end;
  while (a < b - 1 && HONORIFIC.test(tokens[a])) a++;
  for (let k = a + 1; k < b; k++) if (tokens[k] === ',') { b = k; break; }
  if (b - a > 1 && (tokens[b - 1] === "'s" || tokens[b - 1] === "'" || tokens[b - 1] === '’s')) b--;
  return a < b ? { start: a, end: b, type: s.type } : null;
}

/** The document names listed under a heading of GUM's splits.md (`dev`, `test` …). */
export function gumSplit(splitsMd: string, name: string): string[] {
  const out: string[] = [];
  let on = false;
  for (const line of splitsMd.split('\n')) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h) { on = h[1] === name; continue; }
    const m = /^\s*\*\s+(\S+)/.exec(line);
    if (on && m) out.push(m[1]);
  }
  return out;
}
