/**
 * The elements that contain the page's headline, found before the metadata walk.
 *
 * Themes put class tokens such as `sidebar`, `related` or `modal` on wrappers around the whole
 * article ("sticky-sidebar-parent", "content-sidebar-wrap", "zen-one-sidebar-second", a
 * breadcrumb bar holding the `<h1>`): taken as chrome, they hid the headline, byline and printed
 * date from the walk. A block that contains the headline is the article's, whatever its class
 * says, so the walk never treats these elements as chrome.
 * @module
 */
import { textOf, type HNode } from './htmltree.js';

/** Tags whose content is never the visible headline. */
const NOT_VISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'option', 'iframe', 'object', 'textarea']);
/** How many `<h1>`s are compared with the title before giving up (pages with dozens are lists). */
const MAX_H1 = 8;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The ancestors of the first `<h1>` whose text the `<title>` or og:title contains (or which
 * contains either), as a set; empty when no `<h1>` matches. One iterative pass that stops at
 * that `<h1>`: linear in the elements before it, and safe on trees nested hundreds deep.
 */
export function headlinePath(root: HNode): Set<HNode> {
  const titles: string[] = [];
  let h1s = 0;
  // Explicit stack of (element, next child index): `path` is always the chain of open elements.
  const path: HNode[] = [root];
  const next: number[] = [0];
  while (path.length) {
    const top = path.length - 1;
    const n = path[top];
    const i = next[top];
    if (i >= n.kids.length) { path.pop(); next.pop(); continue; }
    next[top] = i + 1;
    const k = n.kids[i];
    if (typeof k === 'string') continue;
    if (k.tag === 'title' && !titles.length) { const t = squash(textOf(k)); if (t) titles.push(t); continue; }
    if (k.tag === 'meta') {
      const key = (k.attrs.property ?? k.attrs.name ?? '').toLowerCase();
      if ((key === 'og:title' || key === 'twitter:title') && k.attrs.content) titles.push(squash(k.attrs.content));
      continue;
    }
    if (NOT_VISIBLE.has(k.tag)) continue;
    if (k.tag === 'h1') {
      if (++h1s > MAX_H1) return new Set();
      const h = squash(textOf(k));
      if (h.length >= 8 && titles.some((t) => t.includes(h) || (t.length >= 8 && h.includes(t)))) return new Set(path);
      continue;
    }
    path.push(k);
    next.push(0);
  }
  return new Set();
}
