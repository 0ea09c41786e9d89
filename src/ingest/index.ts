import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../model/errors.js';
import type { DocMeta } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { extractHtml } from './html.js';
import { parseTextWithHeader } from './text.js';

/** One article as read from input, before analysis: either plain text or HTML. */
export interface ArticleInput {
  text?: string;
  html?: string;
  meta?: DocMeta;
}

/** Text ready to become a `Doc`: the immutable article text and its metadata. */
export interface IngestedText { text: string; meta: DocMeta }

/** True when a string looks like an HTML document or fragment. */
export function looksLikeHtml(s: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s) || /<\/(?:p|div|article|body)>/i.test(s.slice(0, 20000));
}

/** Turns one input into article text + metadata (HTML extraction or header parsing). */
export function ingestArticle(input: ArticleInput): IngestedText {
  if (input.html !== undefined) {
    const { text, meta } = extractHtml(input.html, input.meta?.url);
    return { text, meta: { ...meta, ...definedOnly(input.meta), format: 'html' } };
  }
  const raw = input.text ?? '';
  if (looksLikeHtml(raw)) return ingestArticle({ html: raw, meta: input.meta });
  const { body, meta } = parseTextWithHeader(raw);
  return { text: body, meta: { format: 'text', ...meta, ...definedOnly(input.meta) } };
}

function definedOnly(meta: DocMeta | undefined): DocMeta {
  const out: Record<string, unknown> = {};
  if (meta) for (const [k, v] of Object.entries(meta)) if (v !== undefined) out[k] = v;
  return out as DocMeta;
}

/**
 * Reads a file into one or more article inputs by extension: `.html`/`.htm`,
 * `.json` (one object or an array), `.jsonl` (one object per line), anything
 * else as plain text (HTML content is detected).
 * JSON objects take `{text | html, title, published | publishedAt, url, outlet, author(s), language}`.
 * @throws InputError when the file is missing, empty, binary or not decodable.
 */
export async function readArticles(path: string): Promise<ArticleInput[]> {
  let buf: Buffer;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError('E_IS_DIR', `${path}: is a directory`);
    buf = await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError('E_READ', code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})`);
  }
  const { text } = decodeBytes(buf, path);
  if (!text.trim()) throw new InputError('E_EMPTY', `${path}: has no text`);
  const ext = extname(path).toLowerCase();
  const origin = { origin: path } as DocMeta;
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return [{ html: text, meta: origin }];
  if (ext === '.json') {
    const parsed = parseJson(text, path);
    const arr = Array.isArray(parsed) ? parsed : [parsed];
    return arr.map((o, i) => jsonToInput(o, `${path}[${i}]`));
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    return text.split('\n').map((l, i) => [l, i] as const).filter(([l]) => l.trim())
      .map(([l, i]) => jsonToInput(parseJson(l, `${path}:${i + 1}`), `${path}:${i + 1}`));
  }
  return [{ text, meta: origin }];
}

function parseJson(s: string, where: string): unknown {
  try { return JSON.parse(s); } catch (e) { throw new InputError('E_JSON', `${where}: invalid JSON (${(e as Error).message})`); }
}

/** Maps a JSON record to an {@link ArticleInput}. */
export function jsonToInput(o: unknown, where: string): ArticleInput {
  if (!o || typeof o !== 'object') throw new InputError('E_JSON_SHAPE', `${where}: expected an object with "text" or "html"`);
  const r = o as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const authors = Array.isArray(r.authors) ? r.authors.map(String) : str('author') ? [str('author')!] : undefined;
  const meta: DocMeta = {
    title: str('title'), url: str('url'), outlet: str('outlet') ?? str('source'), language: str('language'),
    publishedAt: str('publishedAt') ?? str('published') ?? str('date'), authors, origin: where,
  };
  if (meta.publishedAt) meta.publishedAtSource = 'input';
  if (str('html') !== undefined) return { html: str('html'), meta };
  if (str('text') !== undefined) return { text: str('text'), meta };
  throw new InputError('E_JSON_SHAPE', `${where}: expected a "text" or "html" field`);
}
