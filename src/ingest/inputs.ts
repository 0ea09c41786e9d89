/**
 * Bytes (a file, a download, standard input) to article inputs: decoded, then split by extension,
 * content type or content into a feed's entries, a JSON array's elements, JSONL lines, an HTML
 * page or plain text. Kept apart from the analysis side of ingestion (src/ingest/index.ts) so that
 * reading items, which the CLI does in its main thread, loads no HTML extractor or language model.
 * @module
 */
import { InputError } from '../model/errors.js';
import type { DocMeta } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { isUrl } from './fetch.js';
import type { ArticleInput, IngestNote } from './index.js';

/** Decodes bytes and splits them into inputs by extension / content type / content. */
export function bytesToInputs(buf: Uint8Array, origin: string, ext: string, contentType?: string): ArticleInput[] {
  const dec = decodeBytes(buf, origin, /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]);
  const text = dec.text;
  if (!text.trim()) throw new InputError('E_EMPTY', `${origin}: has no text`);
  const notes: IngestNote[] = dec.encoding === 'utf-8' ? [] : [{ rule: 'ingest/encoding', severity: 'info', message: `${origin}: decoded as ${dec.encoding} (${dec.how})` }];
  const origMeta = { origin, ...(isUrl(origin) ? { url: origin } : {}) } as DocMeta;
  const withNotes = (inputs: ArticleInput[]) => inputs.map((i) => ({ ...i, notes: [...notes, ...(i.notes ?? [])] }));
  if (ext === '.xml' || ext === '.rss' || ext === '.atom' || /xml|rss|atom/i.test(contentType ?? '') || looksLikeFeed(text)) {
    if (looksLikeFeed(text)) return withNotes(parseFeed(text, origin));
    if (ext === '.rss' || ext === '.atom') throw new InputError('E_FEED', `${origin}: not an RSS or Atom feed`);
  }
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || /html/i.test(contentType ?? '')) return withNotes([{ html: text, meta: origMeta }]);
  if (ext === '.json') {
    const parsed = parseJson(text, origin);
    const arr = Array.isArray(parsed) ? parsed : [parsed];
    return withNotes(arr.map((o, i) => jsonToInput(o, `${origin}[${i}]`)));
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    // One bad line is one bad item: it becomes an input with an error note.
    return withNotes(text.split('\n').map((l, i) => [l, i] as const).filter(([l]) => l.trim()).map(([l, i]) => {
      const where = `${origin}:${i + 1}`;
      try { return jsonToInput(parseJson(l, where), where); } catch (e) {
        if (!(e instanceof InputError)) throw e;
        return { text: '', meta: { origin: where }, notes: [{ rule: 'ingest/bad-record', severity: 'error' as const, message: e.message }] };
      }
    }));
  }
  return withNotes([{ text, meta: origMeta }]);
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
  const html = str('html'), text = str('text');
  if (html !== undefined && html.trim()) return { html, meta };
  if (text !== undefined && text.trim()) return { text, meta };
  if (html !== undefined || text !== undefined) throw new InputError('E_EMPTY', `${where}: the "${text !== undefined ? 'text' : 'html'}" field is empty`);
  if (r.text !== undefined || r.html !== undefined) throw new InputError('E_JSON_SHAPE', `${where}: "${r.text !== undefined ? 'text' : 'html'}" must be a string, not ${String(JSON.stringify(r.text ?? r.html)).slice(0, 30)}`);
  throw new InputError('E_JSON_SHAPE', `${where}: expected a "text" or "html" field`);
}
