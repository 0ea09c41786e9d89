import type { DocMeta } from '../model/types.js';

/**
 * Plain-text input with an optional metadata header.
 *
 * The header is a block of `Key: value` lines at the very start of the file,
 * closed by a line of three or more dashes:
 *
 * ```
 * Title: Leaders meet in Beijing
 * Outlet: Example News
 * Published: 2025-09-03
 * URL: https://example.org/story
 * Author: A. Writer; B. Writer
 * Language: en
 * ---
 * Body text …
 * ```
 * Keys are case-insensitive (`Date` = `Published`, `Source` = `Outlet`, `Authors` = `Author`).
 * Without the closing dashes nothing is taken as a header. The document text is the body.
 */
export interface ParsedText { body: string; meta: DocMeta }

const KEY_MAP: Record<string, keyof DocMeta> = {
  title: 'title', headline: 'title',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', site: 'outlet',
  published: 'publishedAt', date: 'publishedAt', 'published-at': 'publishedAt', publishedat: 'publishedAt',
  url: 'url', link: 'url',
  author: 'authors', authors: 'authors', byline: 'authors',
  language: 'language', lang: 'language',
};

const HEADER_LINE = /^([A-Za-z][A-Za-z-]{1,20})[ \t]*:[ \t]*(.*)$/;

/** Splits an optional header from the body. */
export function parseTextWithHeader(raw: string): ParsedText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const meta: DocMeta = {};
  let pos = 0;
  const found: [keyof DocMeta, string][] = [];
  for (let n = 0; n < 30; n++) {
    const nl = text.indexOf('\n', pos);
    const line = (nl < 0 ? text.slice(pos) : text.slice(pos, nl)).replace(/\r$/, '');
    if (/^-{3,}\s*$/.test(line) && found.length > 0) {
      for (const [k, v] of found) {
        if (k === 'authors') meta.authors = v.split(/\s*[;|]\s*|\s+and\s+/).filter(Boolean);
        else (meta as Record<string, string>)[k] = v;
      }
      if (meta.publishedAt) meta.publishedAtSource = 'header';
      return { body: nl < 0 ? '' : text.slice(nl + 1), meta };
    }
    const m = HEADER_LINE.exec(line);
    if (!m || nl < 0) break;
    const key = KEY_MAP[m[1].toLowerCase()];
    if (!key) break;
    found.push([key, m[2].trim()]);
    pos = nl + 1;
  }
  return { body: text, meta };
}
