/**
 * Turns a working annotation file (kept OUTSIDE the repository, because it quotes the articles)
 * into the committed stand-off gold file: offsets, hashes, speakers, labels — no article text.
 *
 *   node --import tsx eval/whosaid/convert.ts WORKING.txt OUT.json [--data ../shared/data]
 *
 * Working format: `@ <topic>/<nnn>` opens an article; then one line per attribution,
 * `kind | source | cue | content | speaker`, where source/cue/content are exact words of the
 * article (`-` for none), content may be `START ~~ END` (from the start of START to the end of
 * END), any field may end in `#n` for its n-th occurrence, and speaker is `null` or names
 * separated by `||` (alternatives of one speaker). The content is found first (after the
 * headline), then the cue occurrence nearest to it, then the source occurrence nearest to the cue.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readArticle, sha256, type GoldArticle, type GoldKind, type GoldSet, type Span } from './gold.js';

const KINDS = new Set(['direct', 'partial', 'indirect', 'mixed', 'according', 'continuation']);

function occurrences(text: string, needle: string, from: number): number[] {
  const out: number[] = [];
  const wordy = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    // Whole words only where the needle starts/ends with a word character ("It" is not in "Its").
    if (wordy(needle[0]) && /\p{L}/u.test(text[i - 1] ?? '')) continue;
    if (wordy(needle[needle.length - 1]) && wordy(text[i + needle.length])) continue;
    out.push(i);
  }
  return out;
}

function nth(field: string): { s: string; n: number } {
  const m = /^(.*)#(\d+)$/.exec(field);
  return m ? { s: m[1], n: Number(m[2]) } : { s: field, n: 1 };
}

function findContent(text: string, field: string, bodyStart: number, where: string): Span {
  const [a, b] = field.split(' ~~ ');
  const { s: startStr, n } = nth(a);
  const starts = occurrences(text, startStr, bodyStart);
  if (starts.length < n) throw new Error(`${where}: content start not found: ${startStr}`);
  const s = starts[n - 1];
  if (b === undefined) return [s, s + startStr.length];
  const e = text.indexOf(b, s + startStr.length - Math.min(startStr.length, b.length));
  if (e < 0) throw new Error(`${where}: content end not found: ${b}`);
  return [s, e + b.length];
}

function nearest(text: string, field: string, to: Span, bodyStart: number, where: string): Span {
  const { s, n } = nth(field);
  const occ = occurrences(text, s, bodyStart);
  if (!occ.length) throw new Error(`${where}: not found: ${s}`);
  if (n > 1) return [occ[n - 1], occ[n - 1] + s.length];
  const dist = (i: number) => (i + s.length <= to[0] ? to[0] - (i + s.length) : i >= to[1] ? i - to[1] : 0);
  // Outside the target span first (a cue inside its own content is rare), then the nearer one.
  let best = occ[0];
  for (const i of occ) if (dist(i) < dist(best)) best = i;
  return [best, best + s.length];
}

export function convert(working: string, dataDir: string): GoldSet {
  const articles: GoldArticle[] = [];
  let cur: GoldArticle | null = null;
  let text = '';
  let bodyStart = 0;
  for (const [ln, raw] of working.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const where = `line ${ln + 1}`;
    if (line.startsWith('@')) {
      const file = `${line.slice(1).trim()}.txt`;
      const t = readArticle(dataDir, file);
      if (t === null) throw new Error(`${where}: no article ${file}`);
      text = t;
      bodyStart = text.indexOf('\n') + 1;
      cur = { file, sha256: sha256(text), attributions: [] };
      articles.push(cur);
      continue;
    }
    if (!cur) throw new Error(`${where}: attribution before any @article`);
    const f = line.split(' | ').map((x) => x.trim());
    if (f.length !== 5) throw new Error(`${where}: want 5 fields, got ${f.length}`);
    const [kind, source, cue, content, speaker] = f;
    if (!KINDS.has(kind)) throw new Error(`${where}: unknown kind ${kind}`);
    const c = findContent(text, content, bodyStart, where);
    // Direct content runs between the outer marks: a closing mark typed in the working file is dropped.
    if ((kind === 'direct' || kind === 'continuation') && /["\u201d]/.test(text[c[1] - 1])) c[1]--;
    const cu = cue === '-' ? null : nearest(text, cue, c, bodyStart, where);
    const so = source === '-' ? null : nearest(text, source, cu ?? c, bodyStart, where);
    cur.attributions.push({
      kind: kind as GoldKind, source: so, cue: cu, content: c,
      speaker: speaker === 'null' ? [] : speaker.split('||').map((x) => x.trim()),
    });
  }
  return { articles };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('convert.ts')) {
  const [inp, out] = process.argv.slice(2);
  const di = process.argv.indexOf('--data');
  const dataDir = resolve(di > 0 ? process.argv[di + 1] : '../shared/data');
  const set = convert(readFileSync(inp, 'utf8'), dataDir);
  set.$comment = 'who-said-what gold: stand-off offsets (UTF-16) into ../shared/data/bbc-news/<file>, annotated by ../shared/docs/attribution-guidelines.md; no article text. Built by eval/whosaid/convert.ts from a working file kept outside the repository.';
  writeFileSync(out, JSON.stringify(set, null, 1).replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]') + '\n');
  const n = set.articles.reduce((a, x) => a + x.attributions.length, 0);
  console.log(`${set.articles.length} articles, ${n} attributions → ${out}`);
}
