import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { Doc } from '../../model/types.js';
import { toDocJSON } from '../../export/json.js';
import { eventsTsvHeader, eventsTsvRows } from '../../export/events-tsv.js';
import { renderText } from '../../report/text.js';
import { renderHtml } from '../../report/html.js';
import { samplePaths } from '../../samples.js';
import { expandInputs } from '../inputs.js';
import { CliExit } from '../exit.js';

const FORMATS = ['text', 'json', 'jsonl', 'html', 'events-tsv'] as const;
type Format = (typeof FORMATS)[number];

/** `newsgraph analyze [FILE|DIR|-]...`: analyses articles and prints a report or the JSON export. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles (.txt with optional header, .html, .json, .jsonl; a directory; - for stdin); with no input, the built-in samples')
    .argument('[inputs...]', 'files, directories or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that state none; an impossible one is not used (warning on the document)')
    .option('--date-order <order>', 'reading of ambiguous numeric dates like 03/09/2025: dmy or mdy (default: from the language)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--color', 'force colour in the text report')
    .option('--no-color', 'no colour in the text report')
    .action(async (inputs: string[], opts: { published?: string; dateOrder?: string; format: string; color?: boolean }) => {
      const format = opts.format as Format;
      if (!FORMATS.includes(format)) throw new CliExit(1, `unknown format "${opts.format}" (use ${FORMATS.join(', ')})`);
      if (opts.dateOrder !== undefined && opts.dateOrder !== 'dmy' && opts.dateOrder !== 'mdy') throw new CliExit(1, `--date-order: expected dmy or mdy, got "${opts.dateOrder}"`);
      const dateOrder = opts.dateOrder as 'dmy' | 'mdy' | undefined;
      const args = inputs.length ? inputs : samplePaths();
      const color = opts.color ?? Boolean(process.stdout.isTTY);
      const docs: Doc[] = [];
      let bad = 0;
      if (format === 'events-tsv') process.stdout.write(eventsTsvHeader() + '\n');
      for await (const item of expandInputs(args)) {
        if ('error' in item) { bad++; process.stderr.write(`newsgraph: ${item.error.message}\n`); continue; }
        const doc = await analyze(item.article, { published: opts.published, ...(dateOrder ? { dateOrder } : {}) });
        if (format === 'text') process.stdout.write(renderText(doc, { color }) + '\n');
        else if (format === 'jsonl') process.stdout.write(JSON.stringify(toDocJSON(doc)) + '\n');
        else if (format === 'events-tsv') process.stdout.write(eventsTsvRows(doc));
        else docs.push(doc);
      }
      if (format === 'json') {
        const out = docs.length === 1 ? toDocJSON(docs[0]) : docs.map(toDocJSON);
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      } else if (format === 'html') process.stdout.write(renderHtml(docs));
      if (bad) throw new CliExit(1, '');
    });
}
