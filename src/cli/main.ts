import { Command, CommanderError } from 'commander';
import { NewsgraphError, InputError } from '../model/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerExtract } from './commands/extract.js';
import { CliExit } from './exit.js';

/**
 * The `newsgraph` command. Exit codes: 0 ok, 1 bad input (one clear line on stderr),
 * 2 internal error (a stack trace only with NEWSGRAPH_DEBUG=1).
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('newsgraph')
    .description('offline news intelligence: who, who said what, when — with exact character spans')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerAnalyze(program);
  registerExtract(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    if (e instanceof CliExit) { if (e.message) process.stderr.write(`newsgraph: ${e.message}\n`); return e.code; }
    if (e instanceof InputError) { process.stderr.write(`newsgraph: ${e.message}\n`); return 1; }
    const msg = e instanceof NewsgraphError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    process.stderr.write(`newsgraph: internal error: ${msg}\n`);
    if (process.env.NEWSGRAPH_DEBUG) console.error(e);
    return 2;
  }
}
