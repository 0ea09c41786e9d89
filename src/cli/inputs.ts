import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../model/errors.js';
import { decodeBytes } from '../ingest/decode.js';
import { jsonToInput, readArticles, type ArticleInput } from '../ingest/index.js';

/** File endings the CLI reads when given a directory. */
export const ARTICLE_EXTENSIONS = /\.(txt|text|md|html?|xhtml|json|jsonl|ndjson|xml|rss|atom)$/i;

/** One input item: an article, or the error that kept it from being read. */
export type InputItem = { where: string; article: ArticleInput } | { where: string; error: InputError };

/**
 * Expands CLI arguments (files, directories, `-` for stdin) into article inputs,
 * in order. A bad item becomes an error entry; the others are still read.
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === '-') { yield* readStdin(); continue; }
    let isDir = false;
    try { isDir = (await stat(arg)).isDirectory(); } catch { /* readArticles reports it */ }
    const files = isDir ? await listDir(arg) : [arg];
    for (const f of files) {
      try {
        for (const article of await readArticles(f)) yield { where: f, article };
      } catch (e) {
        if (e instanceof InputError) yield { where: f, error: e }; else throw e;
      }
    }
  }
}

async function listDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDir(p)));
    else if (ARTICLE_EXTENSIONS.test(e.name)) out.push(p);
  }
  return out;
}

async function* readStdin(): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  try {
    const { text } = decodeBytes(Buffer.concat(chunks), 'stdin');
    if (!text.trim()) throw new InputError('E_EMPTY', 'stdin: has no text');
    const t = text.trimStart();
    if (t.startsWith('{')) {
      const lines = t.split('\n').filter((l) => l.trim());
      for (const [i, l] of lines.entries()) {
        let obj: unknown;
        try { obj = JSON.parse(l); } catch { throw new InputError('E_JSON', `stdin:${i + 1}: invalid JSON`); }
        yield { where: `stdin:${i + 1}`, article: jsonToInput(obj, `stdin:${i + 1}`) };
      }
    } else {
      yield { where: 'stdin', article: { text, meta: { origin: 'stdin' } } };
    }
  } catch (e) {
    if (e instanceof InputError) yield { where: 'stdin', error: e }; else throw e;
  }
}
