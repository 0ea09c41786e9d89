/**
 * Reader for the SemEval-2020 Task 11 Propaganda Techniques Corpus (PTC):
 * `<ptcDir>/train-articles/article<ID>.txt` with `train-task2-TC.labels`
 * (`id<TAB>technique<TAB>start<TAB>end`) and the technique inventory in
 * `propaganda-techniques-names-semeval2020task11.txt`.
 *
 * The corpus counts offsets in code points (Python string indices); this reader
 * converts them to UTF-16 code units, so every span equals `text.slice(start, end)` in
 * JavaScript (six train articles hold characters outside the BMP). Used by training
 * and evaluation only.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled span: a technique over `text.slice(start, end)` (UTF-16 offsets, half-open). */
export interface PtcSpan {
  technique: string;
  start: number;
  end: number;
}

/** One article: its id (the digits of the file name), text, and technique spans sorted by start. */
export interface PtcArticle {
  id: string;
  text: string;
  spans: PtcSpan[];
}

/** The corpus: the technique names (in the corpus file's order) and the articles sorted by id. */
export interface PtcCorpus {
  techniques: string[];
  articles: PtcArticle[];
}

/**
 * UTF-16 offset of each code-point offset of `text` (index = code-point offset, length =
 * code points + 1), so converting every span of an article costs one pass over its text.
 */
export function codePointToUtf16(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    out[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  out[cp] = text.length;
  return out.subarray(0, cp + 1);
}

/**
 * Parses a task-2 labels file (`id technique start end` per line, tab-separated) into
 * spans per article id, offsets still in code points. Throws on a malformed line, naming it.
 */
export function parseTechniqueLabels(labels: string): Map<string, PtcSpan[]> {
  const out = new Map<string, PtcSpan[]>();
  labels.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const start = Number(cols[2]), end = Number(cols[3]);
    if (cols.length !== 4 || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      throw new Error(`PTC labels line ${n + 1}: expected "id<TAB>technique<TAB>start<TAB>end", got ${JSON.stringify(line.slice(0, 80))}`);
    }
    let spans = out.get(cols[0]);
    if (!spans) out.set(cols[0], (spans = []));
    spans.push({ technique: cols[1], start, end });
  });
  return out;
}

/**
 * Reads the PTC training articles under `ptcDir` (usually `<data>/ptc`). Articles
 * without labels are kept with no spans (they are negative examples). Spans are
 * converted to UTF-16 offsets and checked against the text length.
 */
export function readPtc(ptcDir: string, split = 'train'): PtcCorpus {
  const articlesDir = join(ptcDir, `${split}-articles`);
  const labelsPath = join(ptcDir, `${split}-task2-TC.labels`);
  if (!existsSync(articlesDir)) throw new Error(`PTC: ${articlesDir} not found`);
  const namesPath = join(ptcDir, 'propaganda-techniques-names-semeval2020task11.txt');
  const techniques = existsSync(namesPath) ? readFileSync(namesPath, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean) : [];
  const labels = existsSync(labelsPath) ? parseTechniqueLabels(readFileSync(labelsPath, 'utf8')) : new Map<string, PtcSpan[]>();
  const articles: PtcArticle[] = [];
  for (const f of readdirSync(articlesDir).filter((x) => /^article\d+\.txt$/.test(x)).sort()) {
    const id = f.slice('article'.length, -'.txt'.length);
    const text = readFileSync(join(articlesDir, f), 'utf8');
    const map = codePointToUtf16(text);
    const spans = (labels.get(id) ?? []).map((s) => {
      if (s.end >= map.length) throw new Error(`PTC article ${id}: span ${s.start}-${s.end} is past the end of the text`);
      return { technique: s.technique, start: map[s.start], end: map[s.end] };
    });
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    articles.push({ id, text, spans });
  }
  return { techniques, articles };
}
