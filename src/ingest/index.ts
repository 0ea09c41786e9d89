import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { detectLanguage } from './language.js';
import { InputError } from '../model/errors.js';
import type { DocMeta, Severity } from '../model/types.js';
import { repairMojibake } from './decode.js';
import { bytesToInputs } from './inputs.js';
import { fetchUrl, isUrl } from './fetch.js';
import { extractHtml } from './html.js';
import { dateFromDateline, dateOrderFor } from './metadata.js';
import { checkStatedDate, validateStatedDate } from './metadata-stated.js';
import type { DateOrder } from './metadata-dates.js';
import { parseTextWithHeader } from './text.js';

/** A note about an input found while reading it (becomes a `Message` on the document). */
export interface IngestNote { rule: string; severity: Severity; message: string; data?: Record<string, string> }

/** One article as read from input, before analysis: either plain text or HTML. */
export interface ArticleInput {
  text?: string;
  html?: string;
  meta?: DocMeta;
  /** Problems and facts noted while reading (encoding used, broken feed entry …). */
  notes?: IngestNote[];
  /** Modification time of the file it came from (ISO 8601), for the opt-in date fallback. */
  fileTime?: string;
}

/** Text ready to become a `Doc`: the immutable article text, its metadata and ingest notes. */
export interface IngestedText {
  text: string;
  meta: DocMeta;
  /** Notes to record as messages: decoding, repairs, removed boilerplate, truncation. */
  notes: IngestNote[];
}

/** True when a string looks like an HTML document or fragment. */
export function looksLikeHtml(s: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s) || /<\/(?:p|div|article|body)>/i.test(s.slice(0, 20000));
}

/**
 * Turns one input into article text + metadata: mojibake repair, HTML extraction (with
 * what was removed recorded as notes) or header parsing, then language detection when
 * none is declared (stop-word vote, tinyld when unclear; src/ingest/language.ts).
 */
export function ingestArticle(input: ArticleInput, opts: IngestOptions = {}): IngestedText {
  const notes: IngestNote[] = [...(input.notes ?? [])];
  if (input.meta?.publishedAt !== undefined) {
    // A date given with the input (JSON `published`, a feed item) is validated like a header's.
    const given = statedDate(input.meta, input.meta.publishedAtSource ?? 'input', opts, notes);
    input = { ...input, meta: given };
  }
  if (input.html !== undefined) {
    const fixed = repairMojibake(input.html);
    if (fixed.repaired) notes.push(mojibakeNote(fixed.repaired));
    let ex: ReturnType<typeof extractHtml>;
    try {
      ex = extractHtml(fixed.text, input.meta?.url, { ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}), ...(opts.crawledAt ? { crawledAt: opts.crawledAt } : {}) });
    } catch (e) {
      // One page that breaks the extractor must not stop a batch: it becomes an empty item with an error.
      notes.push({ rule: 'ingest/extract-failed', severity: 'error', message: `${input.meta?.origin ?? 'page'}: extraction failed (${(e as Error).message})` });
      return { text: '', meta: { ...definedOnly(input.meta), format: 'html' }, notes };
    }
    for (const n of ex.notes) notes.push({ rule: n.rule, severity: 'warning', message: `${input.meta?.origin ? `${input.meta.origin}: ` : ''}${n.message}` });
    for (const n of ex.metaNotes) notes.push(n);
    // One note per removed block, up to a cap; a page's chrome can be hundreds of blocks.
    const MAX_REMOVED_NOTES = 60;
    if (ex.removed.length > MAX_REMOVED_NOTES) notes.push({ rule: 'ingest/removed-more', severity: 'info', message: `${ex.removed.length - MAX_REMOVED_NOTES} further removed block(s) not listed` });
    for (const r of ex.removed.slice(0, MAX_REMOVED_NOTES)) {
      notes.push({ rule: `ingest/removed-${r.rule}`, severity: 'info', message: `removed from page (${r.rule}): ${JSON.stringify(r.text.length > 80 ? r.text.slice(0, 77) + '…' : r.text)}`, data: { text: r.text, rule: r.rule } });
    }
    const meta = { ...ex.meta, ...definedOnly(input.meta), format: input.meta?.format ?? 'html' };
    return { text: ex.text, meta: withLanguage(meta, ex.text), notes };
  }
  const raw = input.text ?? '';
  if (looksLikeHtml(raw)) return ingestArticle({ ...input, text: undefined, html: raw });
  const fixed = repairMojibake(raw);
  if (fixed.repaired) notes.push(mojibakeNote(fixed.repaired));
  const parsed = parseTextWithHeader(fixed.text);
  const body = parsed.body;
  let meta = parsed.meta;
  if (meta.publishedAt !== undefined) meta = statedDate({ ...meta, ...definedOnly(input.meta), publishedAt: meta.publishedAt, publishedAtSource: 'header' }, 'header', opts, notes);
  const merged: DocMeta = { format: 'text', ...meta, ...definedOnly(input.meta) };
  if (merged.publishedAt) for (const n of checkStatedDate(merged.publishedAt, { origin: merged.publishedAtSource ?? 'input', url: merged.url, text: body, order: opts.dateOrder ?? dateOrderFor(merged.language, merged.url) })) notes.push(n);
  return { text: body, meta: withLanguage(merged, body), notes };
}

/** Options for {@link ingestArticle}. */
export interface IngestOptions {
  /** Reading of ambiguous numeric dates (`03/09/2025`); default from the document's language (see `dateOrderFor`). */
  dateOrder?: DateOrder;
  /** When the page was fetched (ISO 8601): the end of the plausible date window and the anchor of "3 hours ago". */
  crawledAt?: string;
}

/** The meta with its stated `publishedAt` validated: replaced by the normalised value, or removed (with a warning) when impossible. */
function statedDate(meta: DocMeta, origin: string, opts: IngestOptions, notes: IngestNote[]): DocMeta {
  const r = validateStatedDate(meta.publishedAt ?? '', { origin, order: opts.dateOrder, language: meta.language, url: meta.url });
  notes.push(...r.notes);
  const out = { ...meta };
  if (r.value) { out.publishedAt = r.value; out.publishedAtSource = meta.publishedAtSource ?? origin; } else { delete out.publishedAt; delete out.publishedAtSource; }
  return out;
}

function mojibakeNote(n: number): IngestNote {
  return { rule: 'ingest/mojibake-repaired', severity: 'info', message: `repaired ${n} mis-decoded character sequence(s) (UTF-8 read as Windows-1252, e.g. "â€œ" → "“")` };
}

/** Language (detectLanguage) and dateline date, when the input declared neither. */
function withLanguage(meta: DocMeta, text: string): DocMeta {
  if (!meta.publishedAt) {
    const d = dateFromDateline(text);
    if (d) meta = { ...meta, publishedAt: d, publishedAtSource: 'dateline' };
  }
  if (meta.language || text.length < 40) return meta;
  const lang = detectLanguage(text);
  return lang ? { ...meta, language: lang } : meta;
}

function definedOnly(meta: DocMeta | undefined): DocMeta {
  const out: Record<string, unknown> = {};
  if (meta) for (const [k, v] of Object.entries(meta)) if (v !== undefined) out[k] = v;
  return out as DocMeta;
}

const TEXT_EXT = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '']);

/**
 * Reads a file, a directory (its text/HTML/JSON/feed files, not recursive, sorted) or an
 * http(s) URL into article inputs. Files by extension: `.html`/`.htm`, `.json` (one object
 * or an array), `.jsonl` (one object per line), `.xml`/`.rss`/`.atom` (feeds); anything
 * else as plain text, where HTML and feed content are detected.
 * JSON objects take `{text | html, title, published | publishedAt, url, outlet, author(s), language}`.
 * @throws InputError when the input is missing, empty, binary or not decodable (for a
 * directory, unreadable files become inputs with an error note instead).
 */
export async function readArticles(path: string): Promise<ArticleInput[]> {
  if (isUrl(path)) {
    const { bytes, contentType, url } = await fetchUrl(path);
    return bytesToInputs(bytes, url, extname(new URL(url).pathname).toLowerCase(), contentType);
  }
  let buf: Buffer;
  let fileTime: string | undefined;
  try {
    const st = await stat(path);
    if (st.isDirectory()) return readDirectory(path);
    buf = await readFile(path);
    fileTime = st.mtime.toISOString();
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError('E_READ', code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})`);
  }
  const inputs = bytesToInputs(buf, path, extname(path).toLowerCase());
  for (const i of inputs) i.fileTime = fileTime;
  return inputs;
}

async function readDirectory(dir: string): Promise<ArticleInput[]> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.') && TEXT_EXT.has(extname(n).toLowerCase())).sort();
  const out: ArticleInput[] = [];
  for (const n of names) {
    const p = join(dir, n);
    try {
      if ((await stat(p)).isDirectory()) continue;
      out.push(...(await readArticles(p)));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.push({ text: '', meta: { origin: p }, notes: [{ rule: `ingest/${e.code.toLowerCase().replace(/^e_/, '')}`, severity: 'error', message: e.message }] });
    }
  }
  return out;
}

export { bytesToInputs, jsonToInput } from './inputs.js';
