import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import { KEPT_ATTRS, MAX_DEPTH, parseTree, type HNode } from './htmltree.js';

/**
 * The tree as htmlparser2's own tokenizer and parser build it (what parseTree did before it
 * got its own scanner): the reference the fast scanner must match event for event.
 */
function referenceTree(html: string): HNode {
  const SKIP_BODY = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object', 'iframe', 'select', 'textarea']);
  const root: HNode = { tag: '#root', attrs: {}, kids: [], parent: null };
  let cur = root, skipDepth = 0, depth = 0, flatDepth = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (skipDepth > 0) { skipDepth++; return; }
      if (flatDepth > 0 || depth >= MAX_DEPTH) { flatDepth++; return; }
      if (SKIP_BODY.has(name) && !(name === 'script' && /ld\+json/i.test(attribs.type ?? ''))) { skipDepth = 1; return; }
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
      let n: HNode | null = cur;
      let up = 1;
      while (n && n !== root && n.tag !== name) { n = n.parent; up++; }
      if (n && n !== root) { cur = n.parent ?? root; depth = Math.max(0, depth - up); }
    },
  }, { decodeEntities: true, recognizeCDATA: true });
  parser.write(html);
  parser.end();
  return root;
}

/** A comparable rendering of a tree: tags, the kept attributes and text. */
function show(n: HNode | string): unknown {
  if (typeof n === 'string') return n;
  return [n.tag, [...KEPT_ATTRS].filter((k) => n.attrs[k] !== undefined).map((k) => [k, n.attrs[k]]), n.kids.map(show)];
}

function same(html: string): void {
  assert.deepEqual(show(parseTree(html)), show(referenceTree(html)), `tree differs for ${JSON.stringify(html)}`);
}

test('tree: ordinary markup, implied closes, void and stray end tags', () => {
  same('<!doctype html><html lang="en"><head><title>A &amp; B</title><meta property="og:title" content="X &quot;Y&quot;"></head><body><p>One<p>Two<div>Three</p></div><ul><li>a<li>b</ul><br></br></p><img src=a.png alt=\'x\'/></body></html>');
  same('<table><tr><td>1<td>2<tr><th>h</table><dl><dt>t<dd>d</dl><select><option>a<option>b</select><h1>T<p>x</h1>');
});

test('tree: raw text, comments, CDATA, declarations, entities and quirks', () => {
  same('<script>if (a < b && c) { x = "</scr" + "ipt>"; }</script ><style>p{}</style>after');
  same('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A &amp; B"}</SCRIPT>tail');
  same('<title>a </ti&amp; b &lt; c</title x><textarea>&amp;<b></textarea><xmp><b>&amp;</xmp><tmp>a</xmp>b');
  same('a<!-- c -->b<!---->c<!-->d<!--->e<!-- x --->f<![CDATA[g]]>h<!DOCTYPE x>i<?php j ?>k</ >l</>m</1 bogus>n< o <p');
  same('x &amp &copy; &#x41; &#65 &notit; &unknown; &lt<b a="&amp;&lt" c=&quot d=\'&amp=\' e f=g/h i = "j">y</b>');
  same('<svg><path d="M0"/><title>t</title><g/></svg><math><mi/></math><div/>still open<span/></div>');
  same('<a =x b="c"=d "e" class=a CLASS=b id="&amp;" hidden><b\tc\n=\r"d"></b></a><P CLASS=Up>Mixed</P><br/ ><p/ x>');
});

test('tree: truncated input ends like htmlparser2', () => {
  const doc = '<html><body><p class="a">Text &amp; more<script>x</script><!-- c --><![CDATA[d]]></p><a href="u">l</a><br/><title>t&amp;</title></body></html>';
  for (let i = 0; i <= doc.length; i++) same(doc.slice(0, i));
  for (const tail of ['<', '</', '</ ', '<s', '<scr', '<style', '<t', '<xm', '<div', '<div a', '<div a=', '<div a="b', '<div a/', '<div /', '<!', '<!-', '<!x', '<![CDA', '<?x', '</1', '</p', '</p x', '&am', '<title>&amp']) same(`text${tail}`);
});

test('tree: random tag soup matches htmlparser2', () => {
  const parts = ['<', '>', '/', '=', '"', "'", ' ', '\n', '&', ';', 'amp', '&amp;', '&lt', '&#60;', '#', 'x', 'p', 'div', 'li', 'td', 'tr', 'table', 'br', 'img', 'a', 'b',
    'script', 'style', 'title', 'svg', 'math', 'path', 'textarea', 'xmp', 'option', 'select', 'h1', 'body', 'head', 'meta', 'class', 'type', 'id', 'href', 'hidden', 'data-x', 'ld+json', '!--', '--', '-->', '![CDATA[', ']]>', '!', '?', 'P', 'SCRIPT', 'Title', 'text ', 'é'];
  let seed = 12345;
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % k; };
  for (let t = 0; t < 3000; t++) {
    let s = '';
    const len = 1 + rnd(60);
    for (let i = 0; i < len; i++) s += parts[rnd(parts.length)];
    same(s);
  }
});

test('tree: nesting beyond MAX_DEPTH is flattened, text kept', () => {
  same('<div>'.repeat(MAX_DEPTH + 50) + 'deep' + '</div>'.repeat(10) + 'after');
});
