import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { KEPT_ATTRS, parseTree, textOf, type HNode } from './htmltree.js';
import { blocksOf, boundedCopy, fallbackBlocks } from './readability-fallback.js';
import { extractHtml } from './html.js';

/** Tags, kept attributes and text of a tree (as htmltree.test.ts compares trees). */
function show(n: HNode | string): unknown {
  if (typeof n === 'string') return n;
  return [n.tag, [...KEPT_ATTRS].filter((k) => n.attrs[k] !== undefined).map((k) => [k, n.attrs[k]]), n.kids.map(show)];
}
function depthOf(root: HNode): number {
  let max = 0;
  const st: [HNode, number][] = [[root, 0]];
  while (st.length) { const [x, d] = st.pop()!; max = Math.max(max, d); for (const k of x.kids) if (typeof k !== 'string') st.push([k, d + 1]); }
  return max;
}
const ws = (s: string) => s.replace(/\s+/g, '');

let seed = 4242;
const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % k; };
const PARTS = ['<div>', '</div>', '<p>', '</p>', '<span class="a b">', '</span>', '<section id="x&amp;y">', '<article>', '</article>', '<li>', '<ul>', '</ul>', '<table><tr><td>', '</td>', '<br>', '<h2>', '</h2>',
  '<a href="/u?a=1&amp;b=2">', '</a>', 'text ', 'more words, ', '&lt;tag&gt; ', '&amp; ', '"q" ', 'é ', '<b>', '</i>', '<script>x<1</script>', '<style>p{}</style>', '<img src=x>', '\n'];

test('bounded copy: re-parsed, it is the same tree as the page (differential, random tag soup within the depth bound)', () => {
  for (let t = 0; t < 1500; t++) {
    let s = '';
    for (let i = 0, n = 1 + rnd(50); i < n; i++) s += PARTS[rnd(PARTS.length)];
    const tree = parseTree(s);
    const copy = boundedCopy(tree, 1000, 1e9)!;
    // Script and style bodies are not copied (Readability drops them anyway); compare without them.
    const strip = (n: HNode): HNode => ({ ...n, kids: n.kids.filter((k) => typeof k === 'string' || (k.tag !== 'script' && k.tag !== 'style')).map((k) => (typeof k === 'string' ? k : strip(k))) });
    assert.deepEqual(show(parseTree(copy.html)), show(strip(tree)), `copy differs for ${JSON.stringify(s)}`);
    assert.equal(copy.unwrapped, 0);
  }
});

test('bounded copy: nesting is cut at maxDepth, every character of text is kept, and it refuses too many elements', () => {
  const tags = ['section', 'span', 'article', 'div'];
  const html = '<body>' + Array.from({ length: 2000 }, (_, i) => `<${tags[i % 4]}>w${i} `).join('') + '</body>';
  const tree = parseTree(html);
  const copy = boundedCopy(tree, 48, 1e9)!;
  const again = parseTree(copy.html);
  assert.ok(depthOf(tree) > 300);
  assert.ok(depthOf(again) <= 48, `depth ${depthOf(again)}`);
  assert.ok(copy.unwrapped > 0);
  assert.equal(textOf(again), textOf(tree));
  assert.equal(boundedCopy(tree, 1000, 100), undefined);
  assert.ok(boundedCopy(tree, 1000, 400));
});

test('blocks: each text node once, so the blocks never hold more text than the page (nested blocks included)', () => {
  for (let t = 0; t < 500; t++) {
    let s = '';
    for (let i = 0, n = 1 + rnd(40); i < n; i++) s += PARTS[rnd(PARTS.length)];
    const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
    const blocks = blocksOf(document.body as never);
    assert.equal(ws(blocks.join('')), ws(document.body.textContent ?? ''), JSON.stringify(s));
  }
  const { document } = parseHTML('<html><body><li><h2>Heading in a list item</h2> and its tail</li><blockquote><pre>quoted code</pre></blockquote></body></html>');
  assert.deepEqual(blocksOf(document.body as never), ['Heading in a list item', 'and its tail', 'quoted code']);
});

test('fallback: a deep page is read through the bounded copy; its text is found and is no longer than the page text', () => {
  const para = 'The committee met on Tuesday to review the plans for the new bridge, which were delayed, officials said.';
  const html = `<html><body>${'<div>'.repeat(3000)}<p>${para}</p><p>${para}</p></body></html>`;
  const tree = parseTree(html);
  const pageText = ws(textOf(tree)).length;
  const r = fallbackBlocks(tree, textOf(tree).length, { maxDepth: 48, maxElements: 4000 });
  assert.equal(r.skipped, undefined);
  assert.ok(ws(r.blocks.join('')).length <= pageText);
  assert.ok(r.blocks.join(' ').includes(para));
});

test('pathological pages: the fallback is bounded or skipped with a message, never a silent give-up', () => {
  const tags = ['section', 'span', 'article'];
  const pages = [
    '<html><body>' + '<div>'.repeat(2000) + 'Some little text here. Not much.' + '</body></html>',
    '<html><body>' + Array.from({ length: 2000 }, (_, i) => `<${tags[i % 3]}>${i % 50 ? '' : 'word '}`).join('') + '</body></html>',
  ];
  for (const html of pages) {
    const r = extractHtml(html);
    assert.ok(r.text.length <= textOf(parseTree(html)).length);
    assert.ok(r.notes.every((n) => n.message.length > 20));
  }
  const wide = '<html><body>' + Array.from({ length: 5000 }, (_, i) => `<div><span>w${i}</span></div>`).join('') + '</body></html>';
  // No time limit here: on a loaded machine the time check could skip the fallback first (also with a message).
  const r = extractHtml(wide, undefined, { limits: { fallbackTimeMs: Number.POSITIVE_INFINITY } });
  assert.deepEqual(r.notes.map((n) => n.rule), ['ingest/fallback-skipped']);
  assert.match(r.notes[0].message, /Readability fallback was not used: page has more than 4000 elements/);
});
