/**
 * Loads trafilatura's evaluation pages (../shared/data/extraction/trafilatura-eval.tar.gz):
 * unpacks the archive once into os.tmpdir() (keyed by the archive's mtime and size) and
 * returns the pages with their `with` / `without` snippets. Shared by the extraction eval
 * and bench tasks. ../shared is read-only: nothing is written beside the archive.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MissingDataError } from '../types.js';

/** One evaluation page: its raw bytes and gold snippets. */
export interface EvalPage {
  url: string;
  file: string;
  bytes: Buffer;
  with: string[];
  without: string[];
  /** Gold metadata when the page has it (date as YYYY-MM-DD). */
  title?: string;
  date?: string;
  author?: string;
}

/** Unpacks (or reuses) the archive and returns the pages in evaldata.json order. */
export function loadExtractionPages(dataDir: string, limit?: number): EvalPage[] {
  const archive = join(dataDir, 'extraction', 'trafilatura-eval.tar.gz');
  if (!existsSync(archive)) throw new MissingDataError(`needs ${archive}`);
  const st = statSync(archive);
  const dir = join(tmpdir(), `newsgraph-extraction-${Math.floor(st.mtimeMs)}-${st.size}`);
  const done = join(dir, '.unpacked');
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('tar', ['xzf', archive, '-C', dir], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`tar failed to unpack ${archive}`);
    writeFileSync(done, new Date().toISOString());
  }
  const gold = JSON.parse(readFileSync(join(dir, 'tests', 'evaldata.json'), 'utf8')) as Record<string, { file: string; with?: string[]; without?: string[]; title?: string; date?: string; author?: string }>;
  const pages: EvalPage[] = [];
  for (const [url, item] of Object.entries(gold)) {
    const p = [join(dir, 'tests', 'eval', item.file), join(dir, 'tests', 'cache', item.file)].find((x) => existsSync(x));
    if (!p) continue;
    pages.push({ url, file: item.file, bytes: readFileSync(p), with: item.with ?? [], without: item.without ?? [], title: item.title || undefined, date: item.date || undefined, author: item.author || undefined });
    if (limit && pages.length >= limit) break;
  }
  return pages;
}
