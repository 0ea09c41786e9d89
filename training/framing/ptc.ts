/**
 * Reader of the SemEval-2020 Task 11 Propaganda Techniques Corpus (../shared/data/ptc):
 * `train-articles/article<ID>.txt` and `train-task2-TC.labels` (`id technique start end`).
 *
 * The corpus counts offsets in Unicode code points (Python string indices); this reader
 * converts them to the project's UTF-16 code units so spans slice `text` directly.
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One technique span of an article, half-open UTF-16 offsets into its text. */
export interface PtcSpan { technique: string; start: number; end: number }
/** One PTC article: its id, raw text and technique spans (sorted by start, end). */
export interface PtcArticle { id: string; text: string; spans: PtcSpan[] }

/** UTF-16 offset of each code-point index 0..n (an array as long as the code-point count + 1). */
export function codePointToUtf16(text: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  out.push(text.length);
  return Int32Array.from(out);
}

/** Whether `dir` holds the PTC train files. */
export function hasPtc(dir: string): boolean {
  return existsSync(join(dir, 'train-articles')) && existsSync(join(dir, 'train-task2-TC.labels'));
}

/** Reads every train article of the PTC folder `dir` (sorted by id) with its TC spans. */
export function readPtcTrain(dir: string): PtcArticle[] {
  const byId = new Map<string, PtcSpan[]>();
  for (const line of readFileSync(join(dir, 'train-task2-TC.labels'), 'utf8').split('\n')) {
    const f = line.trim().split('\t');
    if (f.length < 4) continue;
    const list = byId.get(f[0]) ?? [];
    list.push({ technique: f[1], start: Number(f[2]), end: Number(f[3]) });
    byId.set(f[0], list);
  }
  const out: PtcArticle[] = [];
  const files = readdirSync(join(dir, 'train-articles')).filter((f) => /^article\d+\.txt$/.test(f)).sort();
  for (const f of files) {
    const id = f.slice(7, -4);
    const text = readFileSync(join(dir, 'train-articles', f), 'utf8');
    const map = codePointToUtf16(text);
    const spans = (byId.get(id) ?? [])
      .map((s) => ({ technique: s.technique, start: map[Math.min(s.start, map.length - 1)], end: map[Math.min(s.end, map.length - 1)] }))
      .filter((s) => s.end > s.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    out.push({ id, text, spans });
  }
  return out;
}
