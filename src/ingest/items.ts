/**
 * Input items, one at a time: files, directories (walked lazily), JSON arrays and JSONL
 * files (element by element), feeds and stdin → a stream of articles or typed errors.
 *
 * Every problem is an {@link ItemError} naming the item (`file`, `file:line`, `file:line [i]`,
 * `feed.xml#3`) with a one-line reason; nothing is dropped without one. Memory is bounded by
 * the item: a directory is read entry by entry, JSONL is streamed, and no read goes beyond
 * {@link Limits.maxItemBytes}.
 * Directory walks skip what is not a regular file — FIFOs (reading one would block forever),
 * sockets, devices — and unreadable entries, each with an error, and never enter a directory
 * twice (a symbolic-link loop is named, not followed). A FIFO named explicitly on the command
 * line (`<(cmd)`) is read: the user asked for it.
 * @module
 */
import { createReadStream } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { fetchUrl, isUrl } from './fetch.js';
import type { ArticleInput } from './index.js';
import { bytesToInputs, jsonToInput } from './inputs.js';
import { formatBytes, limitsWith, type Limits } from './limits.js';

/** A bad item: where it is, a stable code (`E_JSON`, `E_TOO_LARGE`, `E_SKIPPED` …) and the message line. */
export interface ItemError { where: string; code: string; message: string }

/** One input item: an article to analyse, or the error that kept it from being read. */
export type InputItem = { where: string; article: ArticleInput } | { where: string; error: ItemError };

/** File endings read when walking a directory. */
export const ARTICLE_EXTENSIONS = /\.(txt|text|md|html?|xhtml|json|jsonl|ndjson|xml|rss|atom)$/i;

/**
 * An item error's message is one line on stderr, whatever it quotes (a parser's message can
 * quote the input's own line breaks): breaks are written as `\n`.
 */
const oneLine = (message: string): string => message.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
const bad = (where: string, code: string, message: string): InputItem => ({ where, error: { where, code, message: oneLine(`${where}: ${message}`) } });
const fromInputError = (where: string, e: InputError): InputItem => ({ where, error: { where, code: e.code, message: oneLine(e.message) } });

/**
 * Expands paths (files, directories, http(s) URLs, `-` for stdin) into items, in order.
 * Never throws for bad input: each problem is yielded as an error item.
 */
export async function* readItems(paths: readonly string[], limits: Partial<Limits> = {}): AsyncGenerator<InputItem> {
  const lim = limitsWith(limits);
  for (const p of paths) {
    if (p === '-') { yield* readStdin(lim); continue; }
    if (isUrl(p)) { yield* readUrl(p); continue; }
    let st: Stats;
    try { st = await stat(p); } catch (e) { yield bad(p, 'E_READ', errnoText(e)); continue; }
    if (st.isDirectory()) yield* walk(p, lim, new Set());
    else yield* readFileItems(p, st, lim);
  }
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return `cannot read (${code ?? (e as Error).message})`;
}

function specialKind(st: Stats): string | undefined {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return undefined;
}

/** Directory entries, sorted by name, one directory at a time (`seen` holds dev:inode of entered directories). */
async function* walk(dir: string, lim: Limits, seen: Set<string>): AsyncGenerator<InputItem> {
  let names: string[];
  try {
    const st = await stat(dir);
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) { yield bad(dir, 'E_SKIPPED', `skipped: a symbolic link back to a directory already read (${await realpath(dir).catch(() => dir)})`); return; }
    seen.add(key);
    names = (await readdir(dir)).sort();
  } catch (e) { yield bad(dir, 'E_READ', `cannot read directory: ${errnoText(e)}`); return; }
  for (const name of names) {
    const p = join(dir, name);
    let st: Stats;
    try {
      const l = await lstat(p);
      st = l.isSymbolicLink() ? await stat(p) : l;
    } catch (e) {
      yield bad(p, 'E_READ', (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'skipped: a broken symbolic link' : `skipped: ${errnoText(e)}`);
      continue;
    }
    if (st.isDirectory()) { yield* walk(p, lim, seen); continue; }
    const kind = specialKind(st);
    if (kind) { yield bad(p, 'E_SKIPPED', `skipped: ${kind}, not a file`); continue; }
    if (!ARTICLE_EXTENSIONS.test(name)) continue;
    yield* readFileItems(p, st, lim);
  }
}

/** Reads at most `max + 1` bytes of a file (a FIFO given explicitly included). */
async function readCapped(path: string, max: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (!bytesRead) break;
      chunks.push(buf.subarray(0, bytesRead));
      size += bytesRead;
      if (size > max) break;
    }
    return Buffer.concat(chunks);
  } finally { await fh.close(); }
}

const tooLarge = (where: string, size: number | undefined, lim: Limits) =>
  bad(where, 'E_TOO_LARGE', `${size === undefined ? 'more than' : formatBytes(size) + ','} over the limit of ${formatBytes(lim.maxItemBytes)} per item (--max-size)`);

async function* readFileItems(path: string, st: Stats, lim: Limits): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') { yield* readJsonl(path, lim); return; }
  if (st.isFile() && st.size > lim.maxItemBytes) { yield tooLarge(path, st.size, lim); return; }
  let buf: Buffer;
  try { buf = await readCapped(path, lim.maxItemBytes); } catch (e) { yield bad(path, 'E_READ', errnoText(e)); return; }
  if (buf.length > lim.maxItemBytes) { yield tooLarge(path, undefined, lim); return; }
  yield* bytesToItems(buf, path, ext);
}

/**
 * Items of one file's bytes held in memory (what {@link readItems} does per file, for callers
 * that have the bytes: tests, the fuzz harness, a server). `ext` is the file ending (`.jsonl`, `.json` …).
 */
export function* itemsFromBytes(buf: Uint8Array, where: string, ext: string): Generator<InputItem> {
  if (ext !== '.jsonl' && ext !== '.ndjson') { yield* bytesToItems(buf, where, ext); return; }
  let from = 0, line = 0;
  while (from <= buf.length) {
    let nl = buf.indexOf(10, from);
    if (nl < 0) nl = buf.length;
    line++;
    const bytes = buf.subarray(from, nl);
    if (bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) yield jsonLine(bytes, `${where}:${line}`);
    from = nl + 1;
  }
}

/** Bytes of one file (or stdin) → items: JSON arrays element by element, feeds entry by entry. */
function* bytesToItems(buf: Uint8Array, where: string, ext: string): Generator<InputItem> {
  if (ext === '.json') {
    let text: string;
    try { text = decodeBytes(buf, where).text; } catch (e) { if (e instanceof InputError) { yield fromInputError(where, e); return; } throw e; }
    yield* jsonItems(text, where);
    return;
  }
  let inputs: ArticleInput[];
  try { inputs = bytesToInputs(buf, where, ext); } catch (e) { if (e instanceof InputError) { yield fromInputError(where, e); return; } throw e; }
  for (const a of inputs) yield articleOrError(a, a.meta?.origin ?? where);
}

/** An input that carries an error note (a broken feed entry, a bad record) is an error item. */
function articleOrError(a: ArticleInput, where: string): InputItem {
  const err = a.notes?.find((n) => n.severity === 'error');
  if (err) return { where, error: { where, code: err.rule, message: oneLine(err.message.startsWith(where) ? err.message : `${where}: ${err.message}`) } };
  return { where, article: a };
}

/** JSONL, streamed: one item per non-blank line, `file:line` in messages; a line over the limit is skipped unread. */
async function* readJsonl(path: string, lim: Limits): AsyncGenerator<InputItem> {
  let lineNo = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const lineItem = (bytes: Buffer | undefined, n: number): InputItem | undefined => {
    const where = `${path}:${n}`;
    if (over) return tooLarge(where, undefined, lim);
    if (!bytes || !bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) return undefined;
    return jsonLine(bytes, where);
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        if (!over && size + nl - from > lim.maxItemBytes) { over = true; parts = []; }
        if (!over) parts.push(chunk.subarray(from, nl));
        const item = lineItem(over ? undefined : Buffer.concat(parts), ++lineNo);
        if (item) yield item;
        parts = []; size = 0; over = false; from = nl + 1;
      }
      if (!over) {
        size += chunk.length - from;
        if (size > lim.maxItemBytes) { over = true; parts = []; } else parts.push(chunk.subarray(from));
      }
    }
  } catch (e) { yield bad(lineNo ? `${path}:${lineNo + 1}` : path, 'E_READ', errnoText(e)); return; }
  const last = lineItem(over ? undefined : Buffer.concat(parts), ++lineNo);
  if (last) yield last;
  if (lineNo === 1 && !last && !over) yield bad(path, 'E_EMPTY', 'has no text');
}

function jsonLine(bytes: Uint8Array, where: string): InputItem {
  let text: string;
  try { text = decodeBytes(bytes, where).text; } catch (e) { if (e instanceof InputError) return fromInputError(where, e); throw e; }
  let value: unknown;
  try { value = JSON.parse(text); } catch (e) { return bad(where, 'E_JSON', `invalid JSON (${(e as Error).message})`); }
  return recordItem(value, where);
}

function recordItem(value: unknown, where: string): InputItem {
  try { return { where, article: jsonToInput(value, where) }; } catch (e) {
    if (e instanceof InputError) return fromInputError(where, e);
    throw e;
  }
}

/**
 * A `.json` text: one object, or an array analysed element by element. The array is cut into
 * elements by a scan of brackets and strings, and each element is parsed on its own, so one
 * malformed element (a missing quote, a stray comma) costs that element only. Messages name
 * `file:line [index]`.
 */
export function* jsonItems(text: string, where: string): Generator<InputItem> {
  const start = skipWs(text, 0);
  if (text[start] !== '[') {
    let value: unknown;
    try { value = JSON.parse(text); } catch (e) { yield bad(where, 'E_JSON', `invalid JSON (${(e as Error).message})`); return; }
    yield recordItem(value, where);
    return;
  }
  let index = 0;
  for (const el of arrayElements(text, start)) {
    const w = `${where}:${el.line} [${index++}]`;
    if (el.error) { yield bad(w, 'E_JSON', el.error); continue; }
    let value: unknown;
    try { value = JSON.parse(el.src); } catch (e) { yield bad(w, 'E_JSON', `invalid JSON (${(e as Error).message})`); continue; }
    yield recordItem(value, w);
  }
}

function skipWs(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\r' || s[i] === '\t' || s[i] === '\ufeff')) i++;
  return i;
}

/** Top-level elements of the array opening at `open`: their source text and 1-based line. */
function* arrayElements(s: string, open: number): Generator<{ src: string; line: number; error?: string }> {
  let line = 1;
  for (let k = 0; k < open; k++) if (s.charCodeAt(k) === 10) line++;
  let i = open + 1;
  for (;;) {
    // Whitespace and line count up to the element.
    while (i < s.length && /\s/.test(s[i])) { if (s[i] === '\n') line++; i++; }
    if (i >= s.length) { yield { src: '', line, error: 'the array is not closed (file truncated?)' }; return; }
    if (s[i] === ']') { const rest = skipWs(s, i + 1); if (rest < s.length) yield { src: '', line, error: `unexpected text after the array: ${JSON.stringify(s.slice(rest, rest + 20))}` }; return; }
    const startLine = line, from = i;
    let depth = 0, inStr = false;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '\n') line++;
      if (inStr) { if (c === '\\') i++; else if (c === '"') inStr = false; continue; }
      if (c === '"') inStr = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') { if (depth === 0) break; depth--; }
      else if (c === ',' && depth === 0) break;
    }
    if (i >= s.length) {
      // The element never closed. A stray quote swallows everything after it, so resume at the
      // next line that starts an element (most arrays put one per line); else the file was cut.
      // A line starts the next element when it is indented no deeper than this one and opens a value.
      const col = from - (s.lastIndexOf('\n', from - 1) + 1);
      const resync = /\n([ \t]*)[{["\d\-tfn]/g;
      resync.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = resync.exec(s)) && m[1].length > col) { /* deeper: inside the broken element */ }
      if (m) {
        const src = s.slice(from, m.index).trim().replace(/,$/, '');
        let why = 'invalid JSON';
        try { JSON.parse(src); } catch (e) { why = `invalid JSON (${(e as Error).message})`; }
        yield { src, line: startLine, error: why };
        line = startLine;
        for (let k = from; k < m.index; k++) if (s.charCodeAt(k) === 10) line++;
        i = m.index;
        continue;
      }
      yield { src: s.slice(from).trim(), line: startLine, error: inStr ? 'a string is not closed before the end of the file (truncated?)' : 'the element is not closed before the end of the file (truncated?)' };
      return;
    }
    const src = s.slice(from, i).trim();
    if (!src && s[i] !== ',') {
      // A closer with nothing open ("}" after a complete element): named, then stepped over, so
      // every turn of this loop moves on at least one character.
      yield { src: s[i], line: startLine, error: `unexpected ${JSON.stringify(s[i])} where an element should start` };
      i++;
      continue;
    }
    if (src) yield { src, line: startLine }; else yield { src, line: startLine, error: 'empty element (two commas in a row?)' };
    if (s[i] === ',') i++;
  }
}

async function* readUrl(url: string): AsyncGenerator<InputItem> {
  let got: Awaited<ReturnType<typeof fetchUrl>>;
  try { got = await fetchUrl(url); } catch (e) { if (e instanceof InputError) { yield fromInputError(url, e); return; } throw e; }
  const ext = extname(new URL(got.url).pathname).toLowerCase();
  let inputs: ArticleInput[];
  try { inputs = bytesToInputs(got.bytes, got.url, ext, got.contentType); } catch (e) { if (e instanceof InputError) { yield fromInputError(url, e); return; } throw e; }
  for (const a of inputs) yield articleOrError(a, a.meta?.origin ?? url);
}

/** Standard input: JSON (array or object), JSONL (several lines starting with `{`), a feed, HTML or text. */
async function* readStdin(lim: Limits): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > lim.maxItemBytes) { yield tooLarge('stdin', undefined, lim); process.stdin.destroy(); return; }
    chunks.push(c);
  }
  const buf = Buffer.concat(chunks);
  let text: string;
  try { text = decodeBytes(buf, 'stdin').text; } catch (e) { if (e instanceof InputError) { yield fromInputError('stdin', e); return; } throw e; }
  const t = text.trimStart();
  if (t.startsWith('[')) { yield* jsonItems(text, 'stdin'); return; }
  if (t.startsWith('{')) {
    const lines = text.split('\n');
    const nonBlank = lines.filter((l) => l.trim()).length;
    if (nonBlank === 1 || !lines.find((l) => l.trim())!.trim().endsWith('}')) { yield* jsonItems(text, 'stdin'); return; }
    for (const [i, l] of lines.entries()) if (l.trim()) yield jsonLine(Buffer.from(l, 'utf8'), `stdin:${i + 1}`);
    return;
  }
  yield* bytesToItems(buf, 'stdin', '');
}
