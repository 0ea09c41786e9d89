import type { Command } from 'commander';
import { InputError } from '../../model/errors.js';
import type { IngestNote } from '../../ingest/index.js';
import { readItems } from '../../ingest/items.js';
import { visibleControls } from '../../report/terminal-safe.js';
import type { DocMeta } from '../../model/types.js';

const FORMATS = ['text', 'json'] as const;

/** Where the command writes (stdout/stderr by default; tests pass collectors). */
export interface ExtractIO { out(s: string): unknown; err(s: string): unknown }

/** One extracted article as printed by `newsgraph extract --format json`. */
export interface ExtractedItem { meta: DocMeta; text: string; notes: IngestNote[] }

/**
 * `newsgraph extract FILE|URL… [--format text|json] [--removed]`: prints the article text and
 * metadata found in each input (HTML page, feed, text, JSON/JSONL, directory, http(s) URL)
 * without analysing it. A broken item gets one line on stderr and the others are still
 * printed; any error makes the exit code 1 (via InputError).
 */
export function registerExtract(program: Command, io: ExtractIO = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): void {
  program
    .command('extract')
    .description('print the article text and metadata extracted from pages, feeds or files (no analysis)')
    .argument('<inputs...>', 'files, directories or http(s) URLs')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--removed', 'also list what was removed as boilerplate (text format)')
    .action(async (inputs: string[], opts: { format: string; removed?: boolean }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new InputError('E_USAGE', `unknown format "${opts.format}" (use ${FORMATS.join(', ')})`);
      // Imported here, not at the top: `analyze` (the same process) never needs the extractor in its main thread.
      const { ingestArticle } = await import('../../ingest/index.js');
      const items: ExtractedItem[] = [];
      let bad = 0;
      let first = true;
      for await (const item of readItems(inputs)) {
        if ('error' in item) { bad++; io.err(`newsgraph: ${visibleControls(item.error.message)}\n`); continue; }
        const { text, meta, notes } = ingestArticle(item.article);
        for (const n of notes) if (n.severity === 'error') { bad++; io.err(`newsgraph: ${visibleControls(n.message)}\n`); }
        if (!text.trim() && !notes.some((n) => n.severity === 'error')) {
          bad++; io.err(`newsgraph: ${visibleControls(meta.origin ?? item.where)}: no article text found\n`);
        }
        if (opts.format === 'json') { items.push({ meta, text, notes }); continue; }
        if (!text.trim()) continue;
        // The text format is for reading and piping: control characters are shown, not sent (use json for exact text).
        io.out(visibleControls((first ? '' : '\n') + renderText(meta, text, notes, !!opts.removed)));
        first = false;
      }
      if (opts.format === 'json') io.out(JSON.stringify(items.length === 1 ? items[0] : items, null, 2) + '\n');
      if (bad) throw new InputError('E_ITEMS', `${bad} item(s) could not be extracted`);
    });
}

/** Plain-text rendering: a metadata header block, `---`, the text. */
export function renderText(meta: DocMeta, text: string, notes: IngestNote[], showRemoved: boolean): string {
  const lines: string[] = [];
  const add = (k: string, v: string | undefined) => { if (v) lines.push(`${k}: ${v}`); };
  add('Title', meta.title);
  add('Outlet', meta.outlet);
  add('Published', meta.publishedAt ? `${meta.publishedAt}${meta.publishedAtSource ? ` (${meta.publishedAtSource})` : ''}` : 'unknown');
  add('Author', meta.authors?.join('; '));
  add('URL', meta.url);
  add('Language', meta.language);
  add('Source', meta.origin);
  for (const n of notes) if (n.severity !== 'info' || (showRemoved && n.rule.startsWith('ingest/removed-')) || (n.severity === 'info' && !n.rule.startsWith('ingest/removed-'))) lines.push(`Note: ${n.message}`);
  return `${lines.join('\n')}\n---\n${text}\n`;
}
