import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree } from './htmltree.js';
import { pageMetadata } from './metadata.js';
import { cleanAuthor } from './metadata-authors.js';

// Pages written for these tests (invented outlet, people and text).
const body = '<p>The harbour board voted on the night ferry trial after a long debate about noise, cost and the timetable for the coming summer season.</p>';
const page = (head: string, main: string) =>
  pageMetadata(parseTree(`<!doctype html><html><head><title>Ferry trial approved | Coastline Courier</title>${head}</head><body>${main}${body}${body}</body></html>`)).meta.authors;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

// [case, head, body, expected authors]
const cases: [string, string, string, string[] | undefined][] = [
  ['an editorial team credited in the byline', '', '<h1>Ferry trial approved</h1><div class="byline">von Redaktion</div>', ['Redaktion']],
  ['a short handle in the author meta', '<meta name="author" content="jk">', '<h1>Ferry trial approved</h1>', ['jk']],
  ['a short handle after a by-word in a byline element', '', '<h1>Ferry trial approved</h1><span class="byline">by <a class="author">TW</a></span>', ['TW']],
  ['a social handle after the name is dropped', ld({ '@type': 'NewsArticle', headline: 'Ferry trial approved', author: { '@type': 'Person', name: 'Ana Ruiz @anaruiz' } }), '<h1>Ferry trial approved</h1>', ['Ana Ruiz']],
  ['"Von:" with a colon', '', '<h1>Ferry trial approved</h1><div class="author">Von: Jonas Weber</div>', ['Jonas Weber']],
  ['"Posted on <date> by X" in a byline element', '', '<h1>Ferry trial approved</h1><div class="post-author">Posted on March 3, 2024 by Mara Lindqvist</div>', ['Mara Lindqvist']],
  ['a label alone on its line, the name on the next', '', '<h1>Ferry trial approved</h1><h5>Autor:</h5>Tomasz Wren/CX<p>Lead paragraph.</p>', ['Tomasz Wren']],
  ['a blog named after its author', '<meta property="og:site_name" content="Mara Lindqvist\'s Notebook">', '<h1>Ferry trial approved</h1><div class="byline">Mara Lindqvist</div>', ['Mara Lindqvist']],
  ['an outlet crediting itself in JSON-LD', '<meta property="og:site_name" content="Coastline Courier">' + ld({ '@type': 'NewsArticle', headline: 'Ferry trial approved', author: { '@type': 'Organization', name: 'Coastline Courier' } }), '<h1>Ferry trial approved</h1>', ['Coastline Courier']],
  ['the site name whole, not split at "&"', '<meta property="og:site_name" content="Tides &amp; Times"><meta name="author" content="Tides &amp; Times">', '<h1>Ferry trial approved</h1><div class="byline">By Ana Ruiz</div>', ['Ana Ruiz']],
  ['the byline inside a wrapper whose class mentions a sidebar', '', '<div class="sticky-sidebar-parent"><h1>Ferry trial approved</h1><span class="byline">By Ana Ruiz</span></div>', ['Ana Ruiz']],
  ['the author meta listing everyone where JSON-LD names the first', '<meta name="author" content="Ana Ruiz, Tomasz Wren">' + ld({ '@type': 'NewsArticle', headline: 'Ferry trial approved', author: { '@type': 'Person', name: 'Ana Ruiz' } }), '<h1>Ferry trial approved</h1>', ['Ana Ruiz', 'Tomasz Wren']],
  ['the copyright holder of a personal site, nothing else naming anyone', '', '<h1>Ferry trial approved</h1><footer><p>© 2021 Lena Sommerfeld</p></footer>', ['Lena Sommerfeld']],
  ['"Site by Name" in the copyright line', '', '<h1>Ferry trial approved</h1><footer><p>© Seaside Kitchen by Helena</p></footer>', ['Helena']],
  ['a byline wins over the copyright holder', '', '<h1>Ferry trial approved</h1><div class="byline">By Ana Ruiz</div><footer><p>© 2021 Lena Sommerfeld</p></footer>', ['Ana Ruiz']],
  ['a credit line at the end of a long article', '', `<h1>Ferry trial approved</h1>${body.repeat(20)}<p><strong>Text:</strong> Jonas Weber</p>`, ['Jonas Weber']],
  ['a user handle ending in digits in an author element', '', '<h1>Ferry trial approved</h1><span class="author vcard"><a>sailor1984</a></span>', ['sailor1984']],
  ['a camelCase author class', '', '<h1>Ferry trial approved</h1><span class="documentAuthor">erstellt von Lena Sommerfeld</span>', ['Lena Sommerfeld']],
  ['an agency credited in the dateline', '', '<h1>Ferry trial approved</h1><p>PORTHAVEN (dpa/nw) – The harbour board approved the night ferry trial on Tuesday.</p>', ['dpa/nw']],
];
for (const [name, head, main, want] of cases) test(`authors: ${name}`, () => assert.deepEqual(page(head, main), want));

// A blog named after its author: the site part of <title> spells a person and the host spells it too.
const blog = (title: string, url: string) => pageMetadata(parseTree(`<html><head><title>${title}</title></head><body><h1>Ferry trial approved</h1>${body}</body></html>`), { url }).meta.authors;
test('authors: a blog whose name and host spell its author', () => assert.deepEqual(blog('Ferry trial approved | Dr. Lena Sommerfeld', 'https://lena-sommerfeld.net/ferry/'), ['Dr. Lena Sommerfeld']));
test('authors: a site name and host that spell no person', () => assert.equal(blog('Ferry trial approved | Harbour Lights', 'https://harbourlights.net/ferry/'), undefined));

// [raw, structured, expected]
const clean: [string, boolean, string | undefined][] = [
  ['Von: Jonas Weber', false, 'Jonas Weber'],
  ['By: Ana Ruiz', false, 'Ana Ruiz'],
  ['Ana Ruiz (@anaruiz)', true, 'Ana Ruiz'],
  ['mh', true, 'mh'],
  ['mh', false, undefined],
  ['x', true, undefined],
];
for (const [raw, structured, want] of clean) test(`cleanAuthor(${JSON.stringify(raw)}, ${structured})`, () => assert.equal(cleanAuthor(raw, structured), want));
