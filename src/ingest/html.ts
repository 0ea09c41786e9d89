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
 * 4. Only when that finds little text (< 250 characters), run @mozilla/readability over
 *    linkedom on a bounded copy of the page (src/ingest/readability-fallback.ts: depth, element
 *    and size bounds, skipped when extraction already took long — src/ingest/limits.ts) and keep
 *    its result if it is clearly longer; its blocks get the same cleaning. When it cannot run,
 *    an `ingest/fallback-skipped` note says why.
 * 5. Trim the edges: the headline repeated as a block, short label-like blocks at the start
 *    or end (kickers, timestamps, "x Franzi"), and everything from a trailing furniture
 *    label on ("Related posts", "Kommentare (34)", "Tags:" — {@link tailStart}).
 * Everything dropped is returned in `removed` with its rule; `ingestArticle` turns it into
 * info messages. The article text is never rewritten inside a block.
 * @module
 */
import type { DocMeta } from '../model/types.js';
import { blockRule, tailStart } from './boilerplate.js';
import { extractMain, type Removed } from './extract-main.js';
import { parseTree, type HNode } from './htmltree.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { fallbackBlocks } from './readability-fallback.js';
import { dateIn, pageMetadata, type MetaNote } from './metadata.js';

const PAGE_DATE_RULES = new Set(['date-line', 'byline', 'post-meta', 'page-chrome', 'pipe-menu', 'update-note', 'edge-label']);

/** Pages longer than this (UTF-16 units, ≈ 4 MB) are cut before parsing (default of {@link Limits.maxHtmlChars}). */
export const MAX_HTML_CHARS = DEFAULT_LIMITS.maxHtmlChars;
/** Below this many characters of extracted text, Readability is tried as a second opinion. */
const FALLBACK_BELOW = 250;

/** A note about the page (truncation, a fallback that could not run), for messages. */
export interface HtmlNote { rule: string; message: string }

/** Article text and metadata extracted from an HTML page. */
export interface ExtractedHtml {
  /** Article text: blocks separated by blank lines. */
  text: string;
  meta: DocMeta;
  /** Blocks dropped as not article (page chrome, link lists, boilerplate lines), with the rule. */
  removed: Removed[];
  /** Which extractor produced the text: `semantic`, `scored`, `density`, `readability`, `none`. */
  method: string;
  /** Notes about the input (truncation, a skipped fallback …), for messages. */
  notes: HtmlNote[];
  /** Messages about the metadata (date signals that disagree, rejected values, broken JSON-LD). */
  metaNotes: MetaNote[];
}

/**
 * Extracts the article from an HTML page (see the module doc for the cascade).
 * Never throws on malformed markup; a page without an article gives empty text.
 */
export function extractHtml(html: string, url?: string, opts: { crawledAt?: string; dateOrder?: 'dmy' | 'mdy'; limits?: Partial<Limits> } = {}): ExtractedHtml {
  const { limits, ...metaOpts } = opts;
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const t0 = performance.now();
  const notes: HtmlNote[] = [];
  if (html.length > lim.maxHtmlChars) {
    notes.push({ rule: 'ingest/truncated', message: `page of ${html.length} characters cut to the first ${lim.maxHtmlChars} before extraction` });
    html = html.slice(0, lim.maxHtmlChars);
  }
  const tree = parseTree(html);
  const { meta, notes: metaNotes } = pageMetadata(tree, { url, ...metaOpts });
  const main = extractMain(tree);
  let blocks = main.blocks;
  let method: string = main.method;
  const removed = main.removed;
  const len = blocks.reduce((a, b) => a + b.length, 0);
  if (len < FALLBACK_BELOW) {
    // The second opinion runs only within its bounds (src/ingest/limits.ts); outside them the
    // page keeps the own extractor's result and a message says why Readability was not asked.
    const spent = performance.now() - t0;
    const why = html.length > lim.fallbackMaxChars ? `the page is over ${lim.fallbackMaxChars} characters`
      : spent > lim.fallbackTimeMs ? `extraction already took ${Math.round(spent)} ms` : undefined;
    const fb = why ? { blocks: [], skipped: why } : (() => { const fresh = parseTree(html); return fallbackBlocks(fresh, pageTextLength(fresh), { maxDepth: lim.fallbackMaxDepth, maxElements: lim.fallbackMaxElements }); })();
    if (fb.skipped) notes.push({ rule: 'ingest/fallback-skipped', message: `little article text found (${len} characters); the Readability fallback was not used: ${fb.skipped}` });
    const r = fb.blocks;
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

/** Length of the page's text with whitespace runs counted once (iterative: trees may be 400 deep). */
function pageTextLength(root: HNode): number {
  let n = 0;
  const stack: (HNode | string)[] = [root];
  while (stack.length) {
    const x = stack.pop()!;
    if (typeof x === 'string') n += x.replace(/\s+/g, ' ').length;
    else for (const k of x.kids) stack.push(k);
  }
  return n;
}
