import type { Command } from 'commander';
import type { Doc } from '../../model/types.js';
import { eventsTsvHeader } from '../../export/events-tsv.js';
import { samplePaths } from '../../samples.js';
import { readItems } from '../../ingest/items.js';
import { DEFAULT_LIMITS, limitsWith } from '../../ingest/limits.js';
import { CliExit } from '../exit.js';
import { ItemAnalyser, type RenderSpec } from '../work.js';
import { BatchReporter } from '../reporter.js';
import { Lookahead } from '../lookahead.js';

const FORMATS = ['text', 'json', 'jsonl', 'html', 'events-tsv'] as const;
type Format = (typeof FORMATS)[number];

interface AnalyzeOpts {
  published?: string; dateOrder?: string; crawledAt?: string; format: string; color?: boolean; pretty?: boolean; layers?: string;
  maxSize: string; timeout: string; progress?: boolean;
}

/**
 * Layer names the default pipeline writes (for `--layers`). The pipeline's modules (like the HTML
 * report's) are imported only when needed: the main thread only reads items and writes output,
 * and every module it loads adds to the peak memory of the process the worker shares.
 */
async function knownLayers(): Promise<string[]> {
  const { defaultStages } = await import('../../pipeline/default.js');
  return defaultStages().flatMap((s) => s.assigns);
}

/**
 * `newsgraph analyze [FILE|DIR|-]...`: analyses articles and prints a report or the JSON export.
 * Items stream: each is read, analysed in a worker thread under the per-item time budget, and
 * written before the next is read. Bad items get one stderr line each and the others continue;
 * exit code 1 when any item failed.
 */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles (.txt with optional header, .html, .json, .jsonl; a directory; - for stdin); with no input, the built-in samples')
    .argument('[inputs...]', 'files, directories or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that state none; an impossible one is not used (warning on the document)')
    .option('--crawled-at <time>', 'when HTML inputs were fetched (ISO 8601, e.g. 2024-05-01T08:00:00Z): anchors relative dates like "3 hours ago" and ends the plausible date window')
    .option('--date-order <order>', 'reading of ambiguous numeric dates like 03/09/2025: dmy or mdy (default: from the language)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--color', 'force colour in the text report')
    .option('--no-color', 'no colour in the text report')
    .option('--pretty', 'indented JSON (the default only when writing to a terminal)')
    .option('--no-pretty', 'compact JSON, also on a terminal')
    .option('--layers <names>', 'JSON export: only these layers (comma-separated, e.g. sentences,statements)')
    .option('--max-size <MB>', 'largest input item in MB', String(DEFAULT_LIMITS.maxItemBytes / (1024 * 1024)))
    .option('--timeout <seconds>', 'time budget per item; a slower item is stopped and reported', String(DEFAULT_LIMITS.itemTimeoutMs / 1000))
    .option('--no-progress', 'no progress line on a terminal')
    .action(async (inputs: string[], opts: AnalyzeOpts) => {
      const format = opts.format as Format;
      if (!FORMATS.includes(format)) throw new CliExit(1, `unknown format "${opts.format}" (use ${FORMATS.join(', ')})`);
      if (opts.dateOrder !== undefined && opts.dateOrder !== 'dmy' && opts.dateOrder !== 'mdy') throw new CliExit(1, `--date-order: expected dmy or mdy, got "${opts.dateOrder}"`);
      const dateOrder = opts.dateOrder as 'dmy' | 'mdy' | undefined;
      // A crawl time must be a real instant with a day: a bare "yesterday" or "2024-13-01" would anchor nothing.
      if (opts.crawledAt !== undefined && !(/^\d{4}-\d{2}-\d{2}/.test(opts.crawledAt) && Number.isFinite(Date.parse(opts.crawledAt)))) throw new CliExit(1, `--crawled-at: expected an ISO 8601 time such as 2024-05-01T08:00:00Z, got "${opts.crawledAt}"`);
      const crawledAt = opts.crawledAt;
      const maxMb = Number(opts.maxSize), timeoutS = Number(opts.timeout);
      if (!(maxMb > 0)) throw new CliExit(1, `--max-size: expected a positive number of MB, got "${opts.maxSize}"`);
      if (!(timeoutS > 0)) throw new CliExit(1, `--timeout: expected a positive number of seconds, got "${opts.timeout}"`);
      let layers: string[] | undefined;
      if (opts.layers !== undefined) {
        layers = opts.layers.split(',').map((s) => s.trim()).filter(Boolean);
        const known = await knownLayers();
        const unknown = layers.filter((l) => !known.includes(l));
        if (unknown.length) throw new CliExit(1, `--layers: unknown layer(s) ${unknown.join(', ')} (layers: ${known.join(', ')})`);
      }
      const limits = limitsWith({ maxItemBytes: Math.round(maxMb * 1024 * 1024), itemTimeoutMs: Math.round(timeoutS * 1000) });
      const render: RenderSpec = {
        format, layers,
        color: opts.color ?? Boolean(process.stdout.isTTY),
        pretty: opts.pretty ?? Boolean(process.stdout.isTTY),
      };
      const args = inputs.length ? inputs : samplePaths();
      const out = new OutputWriter(format, render.pretty);
      if (format === 'events-tsv') process.stdout.write(eventsTsvHeader() + '\n');
      const rep = new BatchReporter(opts.progress !== false && Boolean(process.stderr.isTTY));
      const analyser = new ItemAnalyser();
      const items = new Lookahead(readItems(args, limits)[Symbol.asyncIterator]());
      try {
        for (let item = await items.next(); item; item = await items.next()) {
          if ('error' in item) { rep.failed(item.error.message); continue; }
          rep.started(item.where);
          let begun = false;
          const write = async (chunk: string) => {
            if (!begun) { begun = true; await out.begin(() => items.hasMore((i) => !('error' in i))); }
            await out.piece(chunk);
          };
          const r = await analyser.analyse({ article: item.article, published: opts.published, dateOrder, ...(crawledAt ? { crawledAt } : {}), render }, limits.itemTimeoutMs, write);
          if (begun) await out.finish();
          const cut = begun && !r.ok ? ' (its output is incomplete)' : '';
          if (r.ok) {
            for (const p of r.problems) rep.problem(p);
            if (r.problems.length) rep.failed(); else rep.analysed();
            if (r.doc) out.doc((await import('../../export/read.js')).fromDocJSON(r.doc)); else if (r.out !== undefined) out.item(r.out);
          } else if ('timedOut' in r) {
            rep.failed(`${item.where}: stopped after ${(r.ms / 1000).toFixed(1)} s (time budget per item: ${timeoutS} s, --timeout); the other items continue${cut}`);
          } else {
            rep.failed(`${item.where}: ${r.internal ? 'internal error while analysing' : 'cannot analyse'}: ${r.message}${cut}${r.internal && !process.env.NEWSGRAPH_DEBUG ? ' (NEWSGRAPH_DEBUG=1 for details)' : ''}`);
            if (r.internal && process.env.NEWSGRAPH_DEBUG && 'stack' in r && r.stack) process.stderr.write(r.stack + '\n');
          }
        }
      } finally {
        await items.close();
        await analyser.close();
        rep.stop();
      }
      await out.end();
      rep.summary();
      if (rep.failures) throw new CliExit(1, '');
    });
}

/** Writes to stdout, waiting for it to drain when its buffer is full (a slow reader of a pipe). */
function writeOut(s: string): Promise<void> | void {
  if (!process.stdout.write(s)) return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/**
 * Writes items as they come: text reports at once; JSON and JSONL documents as their pieces
 * stream in. JSON is one object for a single document and an array when the input holds several
 * items: before the first document's first byte the writer asks whether another item is still
 * to come (read ahead by the caller); a later item that then fails leaves an array of the
 * documents written. The HTML report, one page for all, is written at the end.
 */
class OutputWriter {
  private count = 0;
  private array = false;
  private docs: Doc[] = [];
  constructor(private readonly format: Format, private readonly pretty: boolean) {}

  /** A finished output (text, events-tsv). */
  item(s: string): void { process.stdout.write(s); }

  /** A streamed document starts; `more` tells (for the first one) whether other items follow. */
  async begin(more: () => Promise<boolean>): Promise<void> {
    if (this.format !== 'json') return;
    if (this.count === 0) {
      this.array = await more();
      if (this.array) await writeOut(`[${this.nl()}`);
    } else await writeOut(`,${this.nl()}`);
    if (this.array && this.pretty) await writeOut('  ');
    this.count++;
  }

  /** A piece of the current document (indented as an array element where it is one). */
  piece(s: string): Promise<void> | void {
    return writeOut(this.array && this.pretty ? s.replace(/\n/g, '\n  ') : s);
  }

  /** The current document is complete. */
  finish(): Promise<void> | void {
    if (this.format === 'jsonl') return writeOut('\n');
  }

  doc(d: Doc): void { this.docs.push(d); }

  async end(): Promise<void> {
    if (this.format === 'html') { process.stdout.write((await import('../../report/html.js')).renderHtml(this.docs)); return; }
    if (this.format !== 'json') return;
    if (this.count === 0) process.stdout.write('[]\n');
    else if (!this.array) process.stdout.write('\n');
    else process.stdout.write(`${this.nl()}]\n`);
  }

  private nl(): string { return this.pretty ? '\n' : ''; }
}
