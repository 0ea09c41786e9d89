import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree } from './htmltree.js';
import { pageMetadata } from './metadata.js';
import { findDates } from './metadata-dates.js';

const body = '<p>The harbour board voted on the night ferry trial after a long debate about noise, cost and the timetable for the coming summer season.</p>';
const page = (head: string, main = '', url?: string) =>
  pageMetadata(parseTree(`<!doctype html><html><head>${head}</head><body>${main}${body}</body></html>`), { url, crawledAt: '2024-01-01T00:00:00Z' });

// Pages where the answer is "no date", not a guess.
const noDate: [string, string, string, string | undefined][] = [
  ['no signal at all', '', '<h1>Ferry trial approved</h1>', undefined],
  ['a date without a year', '', '<h1>Ferry trial approved</h1><p class="date">28 June</p>', undefined],
  ['only a copyright year', '', '<h1>Ferry trial approved</h1><footer>© 2023 Coastline Courier</footer>', undefined],
  ['a year-month URL', '', '<h1>Ferry trial approved</h1>', 'https://blog.example/2015/06/ferry.html'],
  ['0000-00-00 in meta', '<meta property="article:published_time" content="0000-00-00">', '', undefined],
  ['year 20201', '<meta property="article:published_time" content="20201-06-28T10:00:00Z">', '', undefined],
  ['before 1995', '<meta property="article:published_time" content="1970-01-01T00:00:00Z">', '', undefined],
  ['after the crawl day', '<meta property="article:published_time" content="2031-06-28">', '', undefined],
  ['an archive timestamp in the URL', '', '', 'https://web.archive.org/web/20130217080612/http://blog.example/ferry'],
  ['a date range in the title', '<title>Weekly avalanche report 14. - 20. Januar 2022</title>', '<h2>Weekly avalanche report</h2>', undefined],
  ['an unlabelled date far below the headline', '', `<h1>Ferry trial approved</h1>${body.repeat(20)}<p>Next meeting: 12.03.2021</p>`, undefined],
  ['a date in a related-stories box far below', '', `<h1>Ferry trial approved</h1>${body.repeat(20)}<div class="related"><a>Older story</a> 12.03.2021</div>`, undefined],
];
for (const [name, head, main, url] of noDate) {
  test(`no publication date: ${name}`, () => {
    const { meta } = page(head, main, url);
    assert.equal(meta.publishedAt, undefined);
  });
}

// Pages whose copyright line or credits name no author.
const noAuthor: [string, string][] = [
  ['a company holds the copyright', '<h1>Ferry trial approved</h1><footer><p>© 2023 Coastline Media GmbH</p></footer>'],
  ['the site itself holds the copyright', '<h1>Ferry trial approved</h1><footer><p>© 2023 Coastline Courier</p></footer>'],
  ['a picture credit in a caption', '<h1>Ferry trial approved</h1><figure><img src="x.jpg"><figcaption><p>© Jonas Weber</p></figcaption></figure>'],
  ['a photo credit with its agency', '<h1>Ferry trial approved</h1><span class="teaser-copyright">© Jonas Weber - stock.adobe.com</span>'],
  ['a picture author\'s class', '<h1>Ferry trial approved</h1><div class="photoAuthor">Photo by Jonas Weber on Seaside Pictures</div>'],
  ['"Text:" naming the headline (a picture caption credit)', `<h1>Ferry trial approved</h1>${body.repeat(20)}<p>Text: Ferry trial approved by the board</p>`],
];
for (const [name, main] of noAuthor) {
  test(`no author: ${name}`, () => {
    const { meta } = page('<title>Ferry trial approved | Coastline Courier</title><meta property="og:site_name" content="Coastline Courier">', main);
    assert.equal(meta.authors, undefined);
  });
}

test('a page showing only its modification date says so', () => {
  const { meta, notes } = page('<title>Pension guide</title>', '<h1>Pension guide</h1><p class="info">Updated June 13, 2019</p>');
  assert.equal(meta.publishedAt, '2019-06-13');
  assert.ok(notes.some((n) => n.rule === 'meta/date-updated-only'));
});

test('a published date beats the modification date next to it', () => {
  const { meta } = page('<title>Pension guide</title>', '<h1>Pension guide</h1><p class="info">Published 3 May 2019 · Updated June 13, 2019</p>');
  assert.equal(meta.publishedAt, '2019-05-03');
});

test('rejected values get a message', () => {
  const { notes } = page('<meta property="article:published_time" content="0000-00-00">');
  assert.ok(notes.some((n) => n.rule === 'meta/date-rejected' && n.message.includes('0000-00-00')));
});

test('invalid JSON-LD: no error, a message, other signals still used', () => {
  const { meta, notes } = page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="article:published_time" content="2023-04-08">');
  assert.equal(meta.publishedAt, '2023-04-08');
  assert.ok(notes.some((n) => n.rule === 'meta/json-ld-invalid'));
});

test('JSON-LD with a raw line break inside a string is repaired', () => {
  const { meta } = page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry\ntrial", "datePublished": "2023-04-09"}</script>');
  assert.equal(meta.publishedAt, '2023-04-09');
});

test('deeply nested JSON-LD: bounded, no error', () => {
  // Built as text: JSON.stringify itself overflows the stack at this depth.
  const json = '{"@graph":['.repeat(5000) + '{"@type":"NewsArticle","headline":"deep","datePublished":"2023-04-10"}' + ']}'.repeat(5000);
  const t0 = Date.now();
  const { meta } = page(`<script type="application/ld+json">${json}</script><script type="application/ld+json">${'['.repeat(200000)}</script>`);
  assert.ok(Date.now() - t0 < 2000);
  assert.equal(meta.publishedAt, undefined, 'an article 5000 levels down is not the page\'s');
});

test('a page with thousands of dates: bounded work, the byline date still found', () => {
  const list = Array.from({ length: 3000 }, (_, i) => `<li>${(i % 28) + 1}.0${(i % 9) + 1}.2019</li>`).join('');
  const t0 = Date.now();
  const { meta } = page('', `<h1>Ferry trial approved</h1><p class="byline">3. März 2023</p>${body}<ul>${list}</ul>`);
  assert.ok(Date.now() - t0 < 2000);
  assert.equal(meta.publishedAt, '2023-03-03');
  assert.equal(findDates(list.replace(/<[^>]+>/g, ' '), { max: 50 }).length, 50, 'findDates stops at max');
});

test('not dates: version numbers, scores and times', () => {
  for (const s of ['Version 2.10.4 released', 'Score 3-1 at half time', 'at 14:05 Uhr', 'ISBN 978-3-16-148410-0', 'Tel. 030 1234 5678']) {
    assert.deepEqual(findDates(s, { crawl: { y: 2026, m: 1, d: 1 } }), [], s);
  }
});

test('authors: dates, URLs, e-mails and comment furniture are not names', () => {
  const cases = ['<meta name="author" content="https://social.example/ana">', '<meta name="author" content="12.03.2021">', '<meta name="author" content="desk@courier.example">'];
  for (const head of cases) assert.equal(page(head).meta.authors, undefined, head);
  assert.equal(page('', '<div class="comment"><span class="author">Kim says:</span></div>').meta.authors, undefined);
});

// Headings that are never the title.
const notTitle: [string, string, string][] = [
  ['a heading in a related-posts block', '', '<div class="related-posts"><h1>Older story about the harbour</h1></div>'],
  ['a heading in a cookie dialog', '<title>Night ferry gets a trial</title>', '<div class="cookie-modal"><h2 class="modal-headline">Your privacy settings</h2></div>'],
];
for (const [name, head, main] of notTitle) {
  test(`no title: ${name}`, () => {
    const { meta } = pageMetadata(parseTree(`<html><head>${head}</head><body>${main}${body}</body></html>`), { url: 'https://harbournotes.example/a' });
    assert.ok(meta.title === undefined || !/Older story|privacy settings/.test(meta.title), meta.title);
  });
}

test('authors: a real sidebar stays chrome; a label with no name and by-words in running text give no author', () => {
  const cases = [
    // The sidebar does not hold the headline: its teaser byline is another story's.
    '<h1>Ferry trial approved</h1><aside class="sidebar"><div class="byline">By Olek Brandt</div></aside>',
    '<h1>Ferry trial approved</h1><h5>Redaktion:</h5><p>The board met on Tuesday evening in the old customs hall.</p>',
    '<h1>Ferry trial approved</h1><p>The crossing, run since 2019 by Harbour Lines, will add a night service.</p>',
    '<h1>Ferry trial approved</h1><div class="author">Posted on March 3, 2024</div>',
  ];
  for (const main of cases) assert.equal(page('<title>Ferry trial approved</title>', main).meta.authors, undefined, main);
});

test('a date in the page footer (outside any article) is not a publication date', () => {
  assert.equal(page('<title>Ferry trial approved</title>', '<h1>Ferry trial approved</h1><footer><span class="date">12.03.2021</span></footer>').meta.publishedAt, undefined);
});

test('authors: an abbreviation in parentheses that is no agency, or a photo credit, is not a dateline credit', () => {
  for (const main of ['<h1>Ferry trial approved</h1><p>PORTHAVEN (HBA) – The harbour board approved the trial.</p>', '<h1>Ferry trial approved</h1><p>Harbour view (AP Photo) – a ferry at dusk.</p>']) {
    assert.equal(page('<title>Ferry trial approved</title>', main).meta.authors, undefined, main);
  }
});
