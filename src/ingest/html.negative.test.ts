import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './html.js';

const p1 = 'The regional parliament passed the budget on Thursday after a debate that lasted eleven hours, with the governing coalition holding firm.';
const p2 = 'Share prices of the two state-owned utilities rose after the vote, and analysts said the spending plan was smaller than feared.';
const p3 = 'Related research by the central bank had warned that the deficit could widen next year if energy prices stayed high.';
const p4 = 'Comments by the finance minister, who called the debate “long but necessary”, drew applause from her own benches.';

const cases: { name: string; html: string }[] = [
  { name: 'layout wrappers named after chrome ("has-sidebar", "no-share")', html: `<body><div class="page has-sidebar"><div class="no-share"><article><p>${p1}</p><p>${p2}</p><p>${p3}</p><p>${p4}</p></article></div></div></body>` },
  { name: 'a chrome-named wrapper holding most of the text', html: `<body><div class="sidebar-layout"><p>${p1}</p><p>${p2}</p><p>${p3}</p><p>${p4}</p></div><div class="footer">Contact us</div></body>` },
  { name: 'paragraphs that start like boilerplate', html: `<body><main><div class="article-body"><p>${p1}</p><p>${p2}</p><p>${p3}</p><p>${p4}</p></div></main></body>` },
  { name: 'a body split into chunks between ads', html: `<body><article><div class="article-body"><p>${p1}</p><p>${p2}</p></div><div class="ad">Advertisement</div><div class="article-body"><p>${p3}</p><p>${p4}</p></div></article></body>` },
];

for (const c of cases) {
  test(`extractHtml keeps article text: ${c.name}`, () => {
    const r = extractHtml(c.html);
    assert.deepEqual(r.text.split('\n\n'), [p1, p2, p3, p4]);
  });
}

test('extractHtml keeps inline links inside a paragraph', () => {
  const html = `<body><article><p>${p1}</p><p>The <a href="/plan">spending plan</a> goes to the upper house next week, where the opposition has a majority.</p><p>${p2}</p></article></body>`;
  assert.ok(extractHtml(html).text.includes('The spending plan goes to the upper house next week'));
});
