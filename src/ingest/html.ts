import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocMeta } from '../model/types.js';

/** Article text and metadata extracted from an HTML page. */
export interface ExtractedHtml { text: string; meta: DocMeta }

/**
 * Extracts the article from HTML with Readability over linkedom. Paragraph-level
 * blocks become paragraphs separated by blank lines.
 */
export function extractHtml(html: string, url?: string): ExtractedHtml {
  const { document } = parseHTML(html);
  const meta: DocMeta = {};
  const title = document.querySelector('title')?.textContent?.trim();
  if (title) meta.title = title;
  const lang = document.documentElement?.getAttribute('lang');
  if (lang) meta.language = lang.slice(0, 2).toLowerCase();
  const pub = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  if (pub) { meta.publishedAt = pub; meta.publishedAtSource = 'meta'; }
  const site = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  if (site) meta.outlet = site;
  if (url) meta.url = url;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const blocks: string[] = [];
    for (const el of frag.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')) {
      if (el.querySelector('p, li, blockquote')) continue;
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) blocks.push(t);
    }
    text = blocks.length ? blocks.join('\n\n') : (article.textContent ?? '').trim();
    if (article.title && !meta.title) meta.title = article.title;
  }
  return { text, meta };
}
