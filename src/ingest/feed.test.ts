import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readArticles, ingestArticle } from './index.js';
import { looksLikeFeed, parseFeed } from './feed.js';

const fx = (f: string) => fileURLToPath(new URL(`../../test/fixtures/ingest/${f}`, import.meta.url));

test('RSS 2.0: items with metadata; a broken entry gets an error note and the rest are read', async () => {
  const items = await readArticles(fx('feed.rss'));
  assert.equal(items.length, 3);
  assert.deepEqual(items.map((i) => i.meta?.title), ['Library extends weekend opening hours', 'Broken entry without content', 'Road works on Mill Street']);
  const first = ingestArticle(items[0]);
  assert.equal(first.meta.publishedAt, '2024-03-05T09:15:00Z');
  assert.equal(first.meta.outlet, 'Valley Gazette');
  assert.deepEqual(first.meta.authors, ['Paul Ferris']);
  assert.equal(first.meta.url, 'https://gazette.example/library-hours');
  assert.match(first.text, /^The central library will open on Sundays/);
  assert.equal(first.text.split('\n\n').length, 2);
  const broken = ingestArticle(items[1]);
  assert.equal(broken.text, '');
  assert.deepEqual(broken.notes.map((n) => n.rule).sort(), ['ingest/feed-bad-date', 'ingest/feed-empty-entry']);
  assert.match(ingestArticle(items[2]).text, /^Mill Street will be closed/);
});

test('Atom: entry content, link, published, author', async () => {
  const [e] = await readArticles(fx('feed.atom'));
  const r = ingestArticle(e);
  assert.equal(r.meta.url, 'https://science.example/glacier-survey');
  assert.equal(r.meta.publishedAt, '2024-02-20T11:00:00Z');
  assert.deepEqual(r.meta.authors, ['Lea Brandt']);
  assert.match(r.text, /^Researchers measuring the Tarn glacier/);
});

test('feeds are detected by content, not only by extension', () => {
  assert.equal(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>'), true);
  assert.equal(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), true);
  assert.equal(looksLikeFeed('<html><body><p>rss feeds explained</p></body></html>'), false);
});

test('a feed cut off mid-item still yields the complete items', () => {
  const xml = '<rss><channel><title>T</title><item><title>One</title><description>First item text about the harbour vote.</description></item><item><title>Two</title><descrip';
  const items = parseFeed(xml, 'cut.rss');
  assert.equal(items[0].meta?.title, 'One');
  assert.equal(items[0].text, 'First item text about the harbour vote.');
});
