/**
 * The Readability second opinion, made safe for hostile pages.
 *
 * @mozilla/readability over linkedom is superlinear in nesting depth (measured: 2,000
 * unclosed `<div>`s took 43 s, 1,000 took 18 s, 250 took 1.5 s) and recursive, so a deep
 * page could overflow the stack and make the result depend on the stack size. It therefore
 * never sees the raw page: {@link boundedCopy} re-serialises the page's own element tree
 * (already parsed iteratively by src/ingest/htmltree.ts) with an explicit stack, unwrapping
 * elements nested deeper than `maxDepth` (their children and text are kept) and refusing
 * pages with more than `maxElements` elements. Real pages stay far inside both bounds (the
 * 990 trafilatura eval pages: depth ≤ 41, the fallback taken on 7); with them Readability's
 * cost is bounded whatever the markup. Its result is rendered to blocks by one walk that
 * emits every text node once, so the fallback can never return more text than the page holds
 * (the old `querySelectorAll('p, li, …')` rendering repeated text of nested blocks).
 * @module
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { HNode } from './htmltree.js';

/** Result of {@link fallbackBlocks}: blocks, or empty with the reason it did not run or found nothing. */
export interface FallbackResult { blocks: string[]; skipped?: string }

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const DROP = new Set(['script', 'style', 'noscript', 'template']);
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const SAFE_NAME = /^[a-z][a-z0-9:_-]*$/i;

/**
 * Well-formed HTML for `root`'s subtree with nesting capped at `maxDepth` (deeper elements are
 * unwrapped, their content kept) and script/style bodies left out; `undefined` when the tree
 * has more than `maxElements` elements. Iterative: independent of the stack size.
 */
export function boundedCopy(root: HNode, maxDepth: number, maxElements: number): { html: string; elements: number; unwrapped: number } | undefined {
  const out: string[] = [];
  let elements = 0, unwrapped = 0;
  // Work items: a node to open (with its depth) or a close tag to write.
  const stack: (readonly [HNode | string, number] | string)[] = [];
  for (let i = root.kids.length - 1; i >= 0; i--) stack.push([root.kids[i], 0]);
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') { out.push(item); continue; }
    const [n, depth] = item;
    if (typeof n === 'string') { out.push(escText(n)); continue; }
    if (DROP.has(n.tag)) continue;
    const keep = depth < maxDepth && SAFE_NAME.test(n.tag);
    if (keep) {
      if (++elements > maxElements) return undefined;
      let open = `<${n.tag}`;
      for (const [k, v] of Object.entries(n.attrs)) if (v !== undefined && SAFE_NAME.test(k)) open += ` ${k}="${escAttr(v)}"`;
      out.push(open + '>');
      if (VOID.has(n.tag)) continue;
      stack.push(`</${n.tag}>`);
    } else unwrapped++;
    for (let i = n.kids.length - 1; i >= 0; i--) stack.push([n.kids[i], keep ? depth + 1 : depth]);
  }
  return { html: out.join(''), elements, unwrapped };
}

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'header', 'footer', 'figure', 'figcaption', 'address', 'br', 'hr', 'center', 'details', 'summary']);

/** Minimal structural view of a linkedom node (its typings are DOM-like). */
interface LNode { nodeType: number; nodeName: string; nodeValue: string | null; childNodes: ArrayLike<LNode> }

/** Paragraph blocks of `body`: one walk, each text node emitted once, a block boundary at each block element. */
export function blocksOf(body: LNode): string[] {
  const blocks: string[] = [];
  let cur = '';
  const flush = () => { const t = cur.replace(/\s+/g, ' ').trim(); if (t) blocks.push(t); cur = ''; };
  const stack: (LNode | null)[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null) { flush(); continue; } // end of a block element
    if (n.nodeType === 3) { cur += n.nodeValue ?? ''; continue; }
    if (n.nodeType !== 1) continue;
    const block = BLOCK.has(n.nodeName.toLowerCase());
    if (block) { flush(); stack.push(null); }
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  flush();
  return blocks;
}

/**
 * Readability over a bounded copy of the page (see module doc), rendered to blocks.
 * `pageText` is the page's text length (whitespace-collapsed); a result longer than it is
 * refused. Never throws: a failure is returned as `skipped`.
 */
export function fallbackBlocks(tree: HNode, pageText: number, opts: { maxDepth: number; maxElements: number }): FallbackResult {
  const copy = boundedCopy(tree, opts.maxDepth, opts.maxElements);
  if (!copy) return { blocks: [], skipped: `page has more than ${opts.maxElements} elements` };
  try {
    const { document } = parseHTML(`<!doctype html><html>${copy.html}</html>`);
    const article = new Readability(document as unknown as Document, { charThreshold: 100, maxElemsToParse: opts.maxElements * 2 }).parse();
    if (!article?.content) return { blocks: [] };
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const blocks = blocksOf(frag.body as unknown as LNode);
    const len = blocks.reduce((a, b) => a + b.length, 0);
    if (len > pageText) return { blocks: [], skipped: `its result (${len} characters) is longer than the page's text (${pageText})` };
    return { blocks };
  } catch (e) {
    return { blocks: [], skipped: `it failed (${(e as Error).message})` };
  }
}
