/**
 * HTML page → article text, metadata and a record of what was removed.
 *
 * The cascade, cheapest first:
 * 1. Cap the input ({@link MAX_HTML_CHARS}): a 50 MB page is cut, not parsed whole, and a
 *    message says so — extraction time stays bounded per document.
 * 2. Parse once into a light tree ({@link parseTree}: htmlparser2's tree rules, own fast scanner); read metadata
 *    (JSON-LD, OpenGraph/meta, `<time>`, URL, dateline) from it.
 * 3. Extract the main text ({@link extractMain}: prune chrome, score, semantic container,
 *    drop link-dense and boilerplate blocks).
 * 4. Only when that finds little text (< 250 characters) on a page under 300 K characters,
 *    run @mozilla/readability over linkedom (slow: 30 ms to 1 s a page) and keep its result
 *    if it is clearly longer; its blocks get the same cleaning.
 * 5. Trim the edges: the headline repeated as a block, short label-like blocks at the start
 *    or end (kickers, timestamps, "x Franzi"), and everything from a trailing furniture
 *    label on ("Related posts", "Kommentare (34)", "Tags:" — {@link tailStart}).
 * Everything dropped is returned in `removed` with its rule; `ingestArticle` turns it into
 * info messages. The article text is never rewritten inside a block.
 * @module
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocMeta } from '../model/types.js';
import { blockRule, tailStart } from './boilerplate.js';
import { extractMain, type Removed } from './extract-main.js';
import { parseTree } from './htmltree.js';
import { dateIn, pageMetadata, type MetaNote } from './metadata.js';

const PAGE_DATE_RULES = new Set(['date-line', 'byline', 'post-meta', 'page-chrome', 'pipe-menu', 'update-note', 'edge-label']);

/** Pages longer than this (UTF-16 units, ≈ 4 MB) are cut before parsing. */
export const MAX_HTML_CHARS = 4_000_000;
/** Below this many characters of extracted text, Readability is tried as a second opinion. */
const FALLBACK_BELOW = 250;
/** Readability over linkedom can take a second on big pages: it is not tried above this size. */
const FALLBACK_MAX_CHARS = 300_000;

/** Article text and metadata extracted from an HTML page. */
export interface ExtractedHtml {
  /** Article text: blocks separated by blank lines. */
  text: string;
  meta: DocMeta;
  /** Blocks dropped as not article (page chrome, link lists, boilerplate lines), with the rule. */
  removed: Removed[];
  /** Which extractor produced the text: `semantic`, `scored`, `density`, `readability`, `none`. */
  method: string;
  /** Notes about the input (truncation …), for messages. */
  notes: string[];
  /** Messages about the metadata (date signals that disagree, rejected values, broken JSON-LD). */
  metaNotes: MetaNote[];
}

/**
 * Extracts the article from an HTML page (see the module doc for the cascade).
 * Never throws on malformed markup; a page without an article gives empty text.
 */
export function extractHtml(html: string, url?: string, opts: { crawledAt?: string; dateOrder?: 'dmy' | 'mdy' } = {}): ExtractedHtml {
  const notes: string[] = [];
  if (html.length > MAX_HTML_CHARS) {
    notes.push(`page of ${html.length} characters cut to the first ${MAX_HTML_CHARS} before extraction`);
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const tree = parseTree(html);
  const { meta, notes: metaNotes } = pageMetadata(tree, { url, ...opts });
  const main = extractMain(tree);
  let blocks = main.blocks;
  let method: string = main.method;
  const removed = main.removed;
  const len = blocks.reduce((a, b) => a + b.length, 0);
  if (len < FALLBACK_BELOW && html.length <= FALLBACK_MAX_CHARS) {
    const r = readabilityBlocks(html);
    const rlen = r.reduce((a, b) => a + b.length, 0);
    if (rlen > Math.max(len * 1.5, 80)) {
      blocks = [];
      for (const b of r) { const rule = blockRule(b); if (rule) removed.push({ text: b, rule }); else blocks.push(b); }
      method = 'readability';
    }
  }
  blocks = dropTitleRepeat(blocks, meta.title);
  // Short label-like blocks at the edges (kickers, timestamps, view counts, author names)
  // are furniture around the article, not its first or last paragraph.
  while (blocks.length > 1 && isEdgeLabel(blocks[0])) removed.push({ text: blocks.shift()!, rule: 'edge-label' });
  while (blocks.length > 1 && isEdgeLabel(blocks[blocks.length - 1])) removed.push({ text: blocks.pop()!, rule: 'edge-label' });
  const tail = tailStart(blocks);
  if (tail.index >= 0) {
    for (const b of blocks.slice(tail.index)) removed.push({ text: b, rule: `tail-${tail.rule}` });
    blocks = blocks.slice(0, tail.index);
    while (blocks.length > 1 && isEdgeLabel(blocks[blocks.length - 1])) removed.push({ text: blocks.pop()!, rule: 'edge-label' });
  }
  if (!meta.publishedAt) {
    // A visible timestamp the extractor dropped ("Veröffentlicht am 16.08.2019", a post-meta
    // line, a byline with date), first in page order.
    for (const r of removed.slice(0, 80)) {
      if (r.text.length > 160 || !PAGE_DATE_RULES.has(r.rule)) continue;
      const d = dateIn(r.text);
      if (d) { meta.publishedAt = d; meta.publishedAtSource = 'page-text'; break; }
    }
  }
  return { text: blocks.join('\n\n'), meta, removed, method, notes, metaNotes };
}

function isEdgeLabel(b: string): boolean {
  return b.length < 45 && !/[.!?…:"”»]$/.test(b);
}

/** The first block repeats the headline: it stays out of the body (the title is metadata). */
function dropTitleRepeat(blocks: string[], title?: string): string[] {
  if (!title || !blocks.length) return blocks;
  return blocks.filter((b) => b !== title);
}

/** Readability over linkedom, rendered to paragraph blocks; [] when it finds nothing. */
export function readabilityBlocks(html: string): string[] {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (!article?.content) return [];
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const blocks: string[] = [];
    for (const el of frag.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td')) {
      if (el.querySelector('p, li, blockquote, td')) continue;
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) blocks.push(t);
    }
    if (!blocks.length && article.textContent?.trim()) blocks.push(article.textContent.replace(/\s+/g, ' ').trim());
    return blocks;
  } catch {
    return [];
  }
}
