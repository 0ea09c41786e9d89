/**
 * A small, fast element tree built with htmlparser2's streaming parser.
 *
 * linkedom builds a full DOM (≈20 ms for a 130 KB page); extraction and metadata need only
 * elements, attributes and text, which this tree gives in a fraction of that time.
 * Script and style bodies are dropped except JSON-LD (`<script type="application/ld+json">`),
 * which metadata reads. Entities are decoded by the parser.
 * @module
 */
import { Parser } from 'htmlparser2';

/** An element: lower-case tag, attributes, children (elements or text strings). */
export interface HNode {
  tag: string;
  attrs: Record<string, string>;
  kids: (HNode | string)[];
  parent: HNode | null;
}

/** Deepest element nesting kept in the tree. */
export const MAX_DEPTH = 400;

const SKIP_BODY = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object', 'iframe', 'select', 'textarea']);

/**
 * Parses HTML (or XML with `xml: true`) into a tree rooted at a synthetic `#root` element.
 * Never throws on malformed markup: unclosed tags are closed at the end.
 */
export function parseTree(html: string, opts: { xml?: boolean } = {}): HNode {
  const root: HNode = { tag: '#root', attrs: {}, kids: [], parent: null };
  let cur = root;
  let skipDepth = 0;
  let keepScript = false;
  // Elements nested deeper than MAX_DEPTH are flattened into their ancestor (their text is
  // kept): tree walks are recursive and a page of 100,000 unclosed <div>s must not overflow.
  let depth = 0;
  let flatDepth = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (skipDepth > 0) { skipDepth++; return; }
      if (flatDepth > 0 || depth >= MAX_DEPTH) { flatDepth++; return; }
      if (!opts.xml && SKIP_BODY.has(name)) {
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) keepScript = true;
        else { skipDepth = 1; return; }
      }
      const el: HNode = { tag: name, attrs: attribs, kids: [], parent: cur };
      cur.kids.push(el);
      cur = el;
      depth++;
    },
    ontext(data) {
      if (skipDepth > 0) return;
      const k = cur.kids;
      const last = k.length - 1;
      if (last >= 0 && typeof k[last] === 'string') k[last] = (k[last] as string) + data;
      else k.push(data);
    },
    onclosetag(name) {
      if (skipDepth > 0) { skipDepth--; return; }
      if (flatDepth > 0) { flatDepth--; return; }
      if (name === 'script') keepScript = false;
      // Close up to the matching element (htmlparser2 reports implied closes itself).
      let n: HNode | null = cur;
      let up = 1;
      while (n && n !== root && n.tag !== name) { n = n.parent; up++; }
      if (n && n !== root) { cur = n.parent ?? root; depth = Math.max(0, depth - up); }
    },
  }, { decodeEntities: true, xmlMode: !!opts.xml, recognizeCDATA: true, lowerCaseTags: !opts.xml, lowerCaseAttributeNames: !opts.xml });
  void keepScript;
  parser.write(html);
  parser.end();
  return root;
}

/** Concatenated text of a node (no separators added). */
export function textOf(n: HNode | string): string {
  if (typeof n === 'string') return n;
  let s = '';
  for (const k of n.kids) s += typeof k === 'string' ? k : textOf(k);
  return s;
}

/** All descendant elements with one of the tags, in document order. */
export function findAll(n: HNode, pred: (e: HNode) => boolean, out: HNode[] = []): HNode[] {
  for (const k of n.kids) {
    if (typeof k === 'string') continue;
    if (pred(k)) out.push(k);
    findAll(k, pred, out);
  }
  return out;
}

/** First descendant element matching `pred`, depth-first. */
export function findFirst(n: HNode, pred: (e: HNode) => boolean): HNode | undefined {
  for (const k of n.kids) {
    if (typeof k === 'string') continue;
    if (pred(k)) return k;
    const f = findFirst(k, pred);
    if (f) return f;
  }
  return undefined;
}
