/**
 * `npm run eval -- extraction`: main-text extraction on trafilatura's evaluation pages.
 *
 * Counting follows trafilatura's tests/comparison script: per page, each `with` snippet
 * found in the output is a true positive (else a false negative); each `without` snippet
 * found is a false positive (else a true negative). Precision, recall, F1 and accuracy are
 * over the summed counts. Output and snippets are compared after collapsing whitespace.
 * Metadata: date (exact day; also precision = right / dated, recall = right / (right + no date),
 * so that a wrong date and a missing one count apart), title (normalised), author (all gold words).
 * Rows: newsgraph (src/ingest/html.ts) and Readability alone (textContent of
 * `Readability.parse()` over linkedom), for English, German, other and all pages; a page's
 * language is tinyld's guess on its gold snippets, else its declared `<html lang>`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detect } from 'tinyld';
import { decodeBytes } from '../../src/ingest/decode.js';
import { extractHtml } from '../../src/ingest/html.js';
import type { EvalReport, EvalTask } from '../types.js';
import { loadExtractionPages } from './extraction-data.js';

interface Counts { tp: number; fn: number; fp: number; tn: number; pages: number }
const zero = (): Counts => ({ tp: 0, fn: 0, fp: 0, tn: 0, pages: 0 });
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const simple = (s: string) => s.toLowerCase().replace(/[\s"'“”„«»‘’‚]+/g, ' ').trim();
const fmt = (v: { ok: number; n: number }) => `${v.ok}/${v.n} (${v.n ? ((100 * v.ok) / v.n).toFixed(1) : '—'} %)`;

/** Adds one page's counts for `output` to `c` (trafilatura's counting). */
export function countPage(c: Counts, output: string, withs: string[], withouts: string[]): void {
  const out = norm(output);
  for (const w of withs) if (out.includes(norm(w))) c.tp++; else c.fn++;
  for (const w of withouts) if (out.includes(norm(w))) c.fp++; else c.tn++;
  c.pages++;
}

/** Precision, recall, F1, accuracy of summed counts. */
export function scores(c: Counts): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = c.tp + c.tn + c.fp + c.fn ? (c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn) : 0;
  return { precision, recall, f1, accuracy };
}

function readabilityAlone(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch { return ''; }
}

/**
 * The page's language: tinyld on its gold `with` snippets (the main text, independent of
 * either system's output) when they are long enough, else the declared `<html lang>`
 * (templates often declare `en` on German pages, so the text decides first).
 */
function pageLanguage(html: string, gold: string): string {
  if (gold.length >= 60) { const d = detect(gold); if (d) return d; }
  const m = /<html[^>]*?\slang\s*=\s*["']?([a-zA-Z]{2})/i.exec(html.slice(0, 5000));
  return m ? m[1].toLowerCase() : 'other';
}

export const task: EvalTask = {
  name: 'extraction',
  description: 'HTML main-text extraction on trafilatura\'s eval pages: newsgraph vs Readability alone (P/R/F1, en/de/all)',
  async run(opts) {
    const pages = loadExtractionPages(opts.dataDir, opts.limit);
    const systems = ['newsgraph', 'readability'] as const;
    const groups = ['en', 'de', 'other', 'all'] as const;
    const counts: Record<string, Record<string, Counts>> = {};
    for (const s of systems) { counts[s] = {}; for (const g of groups) counts[s][g] = zero(); }
    const worst: { file: string; fn: number; fp: number }[] = [];
    const meta = { date: { ok: 0, n: 0 }, title: { ok: 0, n: 0 }, author: { ok: 0, n: 0 } };
    // A wrong date and a missing date are different errors (htmldate's counting): precision over
    // the dated pages where newsgraph gave a date, recall over those where it was right or silent.
    const dateErr = { wrong: 0, none: 0 };
    for (const p of pages) {
      const html = decodeBytes(p.bytes, p.file).text;
      let ours = '';
      let found: { title?: string; publishedAt?: string; authors?: string[] } = {};
      try {
        const ex = extractHtml(html, p.url);
        ours = ex.text;
        found = ex.meta;
      } catch { ours = ''; }
      // Metadata against the page's gold title/date/author (where it has them).
      if (p.date) {
        meta.date.n++;
        if (found.publishedAt?.startsWith(String(p.date))) meta.date.ok++;
        else if (found.publishedAt) dateErr.wrong++; else dateErr.none++;
      }
      if (p.title) { meta.title.n++; if (found.title && simple(found.title) === simple(String(p.title))) meta.title.ok++; }
      if (p.author) {
        meta.author.n++;
        const got = simple((found.authors ?? []).join(' '));
        if (got && simple(String(p.author)).split(' ').every((w) => got.includes(w))) meta.author.ok++;
      }
      const theirs = opts.flags['no-readability'] ? '' : readabilityAlone(html);
      const lang = pageLanguage(html, p.with.join(' '));
      const g = lang === 'en' || lang === 'de' ? lang : 'other';
      for (const [s, out] of [['newsgraph', ours], ['readability', theirs]] as const) {
        countPage(counts[s][g], out, p.with, p.without);
        countPage(counts[s].all, out, p.with, p.without);
      }
      const one = zero(); countPage(one, ours, p.with, p.without);
      if (one.fn + one.fp) worst.push({ file: p.file, fn: one.fn, fp: one.fp });
    }
    const rows: Record<string, string | number>[] = [];
    const metrics: Record<string, number> = {};
    for (const g of groups) {
      for (const s of systems) {
        const c = counts[s][g];
        if (!c.pages) continue;
        const sc = scores(c);
        rows.push({ lang: g, system: s, pages: c.pages, tp: c.tp, fn: c.fn, fp: c.fp, tn: c.tn, precision: sc.precision, recall: sc.recall, f1: sc.f1, accuracy: sc.accuracy });
        for (const [k, v] of Object.entries(sc)) metrics[`${s}.${g}.${k}`] = v;
        metrics[`${s}.${g}.pages`] = c.pages;
      }
    }
    const notes: string[] = [];
    for (const [k, v] of Object.entries(meta)) {
      if (!v.n) continue;
      metrics[`meta.${k}.accuracy`] = v.ok / v.n;
      metrics[`meta.${k}.pages`] = v.n;
    }
    if (meta.date.n) {
      metrics['meta.date.precision'] = meta.date.ok + dateErr.wrong ? meta.date.ok / (meta.date.ok + dateErr.wrong) : 0;
      metrics['meta.date.recall'] = meta.date.ok + dateErr.none ? meta.date.ok / (meta.date.ok + dateErr.none) : 0;
      metrics['meta.date.wrong'] = dateErr.wrong;
      metrics['meta.date.none'] = dateErr.none;
      notes.push(`date: precision ${metrics['meta.date.precision'].toFixed(4)} (wrong date on ${dateErr.wrong} pages), recall ${metrics['meta.date.recall'].toFixed(4)} (no date on ${dateErr.none} pages)`);
    }
    notes.push(`metadata (newsgraph): date ${fmt(meta.date)}, title ${fmt(meta.title)}, author ${fmt(meta.author)} — exact date, normalised title, all gold author words`);
    if (opts.flags.worst) {
      worst.sort((a, b) => b.fn + b.fp - (a.fn + a.fp));
      for (const w of worst.slice(0, Number(opts.flags.worst) || 30)) notes.push(`${w.file}: fn=${w.fn} fp=${w.fp}`);
    }
    const report: EvalReport = { task: 'extraction', data: `trafilatura eval pages (${pages.length})`, rows, metrics, notes };
    return report;
  },
};
