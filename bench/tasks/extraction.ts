/**
 * `npm run bench -- extraction [--limit N] [--json]`: HTML extraction throughput
 * (decode + parse + metadata + main text) over trafilatura's evaluation pages, one
 * process, after one warm-up pass. Also reports how often the slow Readability
 * fallback ran, and the share of the time spent reading page metadata (`pageMetadata` timed
 * alone over the parsed trees, divided by the extraction time). `pages/CPU-s` divides by the process's CPU time (user + system), which
 * is the fairer figure on a shared, loaded machine; `pages/s` is wall-clock.
 */
import { decodeBytes } from '../../src/ingest/decode.js';
import { extractHtml } from '../../src/ingest/html.js';
import { parseTree } from '../../src/ingest/htmltree.js';
import { pageMetadata } from '../../src/ingest/metadata.js';
import { loadExtractionPages } from '../../eval/tasks/extraction-data.js';
import type { EvalTask } from '../../eval/types.js';

export const task: EvalTask = {
  name: 'extraction',
  description: 'HTML → article text throughput (pages/s, MB/s) on trafilatura\'s eval pages',
  async run(opts) {
    const pages = loadExtractionPages(opts.dataDir, opts.limit);
    const html = pages.map((p) => decodeBytes(p.bytes, p.file).text);
    const bytes = pages.reduce((a, p) => a + p.bytes.length, 0);
    for (const h of html.slice(0, 100)) extractHtml(h); // warm-up (JIT)
    const times: number[] = [];
    let fallback = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const h of html) {
      const s = performance.now();
      if (extractHtml(h).method === 'readability') fallback++;
      times.push(performance.now() - s);
    }
    const secs = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    // The metadata step alone, timed page by page on a tree parsed outside the clock: its share of extraction time.
    for (const h of html.slice(0, 100)) pageMetadata(parseTree(h)); // warm-up (JIT)
    let metaSecs = 0;
    for (const h of html) {
      const tree = parseTree(h);
      const m0 = performance.now();
      pageMetadata(tree);
      metaSecs += (performance.now() - m0) / 1000;
    }
    times.sort((a, b) => a - b);
    const q = (f: number) => times[Math.min(times.length - 1, Math.floor(f * times.length))];
    const metrics = {
      'extraction.pages': pages.length,
      'extraction.pages_per_s': pages.length / secs,
      'extraction.mb_per_s': bytes / 1e6 / secs,
      'extraction.pages_per_cpu_s': pages.length / cpuSecs,
      'extraction.median_ms': q(0.5),
      'extraction.p95_ms': q(0.95),
      'extraction.max_ms': times[times.length - 1],
      'extraction.readability_fallbacks': fallback,
      'extraction.metadata_ms_per_page': (1000 * metaSecs) / pages.length,
      'extraction.metadata_share': metaSecs / secs,
    };
    return {
      task: 'extraction',
      data: `trafilatura eval pages (${pages.length}, avg ${(bytes / pages.length / 1024).toFixed(0)} KB)`,
      rows: [{ pages: pages.length, 'pages/s': metrics['extraction.pages_per_s'], 'pages/CPU-s': metrics['extraction.pages_per_cpu_s'], 'MB/s': metrics['extraction.mb_per_s'], 'median ms': q(0.5), 'p95 ms': q(0.95), 'max ms': metrics['extraction.max_ms'], 'readability fallbacks': fallback, 'metadata share': metrics['extraction.metadata_share'] }],
      metrics,
    };
  },
};
