import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree } from './htmltree.js';
import { pageMetadata, stripSiteSuffix } from './metadata.js';

const body = '<p>The harbour board voted on the night ferry trial after a long debate about noise, cost and the timetable for the coming summer season.</p>';
const page = (head: string, main = '', opts: Parameters<typeof pageMetadata>[1] = {}) =>
  pageMetadata(parseTree(`<!doctype html><html><head>${head}</head><body>${main}${body}${body}</body></html>`), opts);
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

// One signal per page: [name, head, body, url, expected publishedAt, expected source]
const signals: [string, string, string, string | undefined, string, string][] = [
  ['JSON-LD datePublished', ld({ '@type': 'NewsArticle', headline: 'Ferry trial', datePublished: '2023-04-05T09:00:00+02:00' }), '', undefined, '2023-04-05T09:00:00+02:00', 'json-ld'],
  ['JSON-LD in @graph', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Courier' }, { '@type': 'Article', headline: 'Ferry trial', datePublished: '2023-04-06' }] }), '', undefined, '2023-04-06', 'json-ld'],
  ['JSON-LD array', ld([{ '@type': 'Organization', name: 'Courier' }, { '@type': ['NewsArticle'], headline: 'Ferry trial', datePublished: ['2023-04-07'] }]), '', undefined, '2023-04-07', 'json-ld'],
  ['OpenGraph article:published_time', '<meta property="article:published_time" content="2023-04-08T10:00:00Z">', '', undefined, '2023-04-08T10:00:00Z', 'meta:article:published_time'],
  ['Dublin Core', '<meta name="DC.date.issued" content="2023-04-09">', '', undefined, '2023-04-09', 'meta:dc.date.issued'],
  ['itemprop', '', '<span itemprop="datePublished" content="2023-04-10">10 April</span>', undefined, '2023-04-10', 'itemprop'],
  ['<time datetime>', '', '<time class="published" datetime="2023-04-11T08:00:00+01:00">11 April</time>', undefined, '2023-04-11T08:00:00+01:00', 'time'],
  ['CMS meta', '<meta name="parsely-pub-date" content="2023-04-12T07:00:00Z">', '', undefined, '2023-04-12T07:00:00Z', 'meta:parsely-pub-date'],
  ['URL path', '', '', 'https://courier.example/2023/04/13/ferry-trial', '2023-04-13', 'url'],
  ['URL eight digits', '', '', 'https://courier.example/news/20230414-ferry-trial.html', '2023-04-14', 'url'],
  ['byline text (de)', '', '<h1>Nachtfähre im Test</h1><p class="meta">Von Jonas Weber | 15. April 2023</p>', undefined, '2023-04-15', 'text'],
  ['byline text (fr)', '', '<h1>Le ferry de nuit</h1><div>Publié le 16 avril 2023</div>', undefined, '2023-04-16', 'text'],
  ['byline text (ru)', '', '<h1>Ночной паром</h1><div>17 апреля 2023</div>', undefined, '2023-04-17', 'text'],
  ['numeric text near the headline', '', '<h1>Ferry trial approved</h1><span>18.04.2023</span>', undefined, '2023-04-18', 'text'],
];
for (const [name, head, main, url, want, source] of signals) {
  test(`publication date from ${name}`, () => {
    const { meta } = page(head, main, { url, crawledAt: '2024-01-01T00:00:00Z' });
    assert.deepEqual([meta.publishedAt, meta.publishedAtSource], [want, source]);
  });
}

test('relative byline date against the crawl time', () => {
  const { meta } = page('', '<h1>Ferry trial approved</h1><div class="date">Published 3 hours ago</div>', { crawledAt: '2024-05-01T02:00:00Z' });
  assert.deepEqual([meta.publishedAt, meta.publishedAtSource], ['2024-04-30', 'text-relative']);
  const none = page('', '<h1>Ferry trial approved</h1><div class="date">Published 3 hours ago</div>');
  assert.equal(none.meta.publishedAt, undefined, 'no crawl time: no guess');
});

test('the original date, not the modified one; modifiedAt kept apart', () => {
  const { meta } = page('<meta property="article:modified_time" content="2023-05-02T10:00:00Z"><meta property="article:published_time" content="2023-04-20T10:00:00Z">');
  assert.equal(meta.publishedAt, '2023-04-20T10:00:00Z');
  assert.equal(meta.modifiedAt, '2023-05-02T10:00:00Z');
  const only = page('<meta property="article:modified_time" content="2023-05-02T10:00:00Z">');
  assert.equal(only.meta.publishedAt, undefined, 'a modified date alone is not the publication date');
  assert.equal(only.meta.modifiedAt, '2023-05-02T10:00:00Z');
});

test('a printed date labelled as an update is not the publication date', () => {
  const { meta } = page('', '<h1>Ferry trial approved</h1><p>Updated: 22 April 2023</p><p>First published 19 April 2023</p>');
  assert.equal(meta.publishedAt, '2023-04-19');
});

test('day boundary: a UTC timestamp printed as the day before keeps the printed day and the full timestamp', () => {
  const { meta, notes } = page('<meta property="article:published_time" content="2020-02-18T02:18:11Z">', '<h1>Ferry trial approved</h1><div class="byline">By Ana Ruiz · February 17, 2020</div>', { url: 'https://courier.example/story' });
  assert.equal(meta.publishedAt, '2020-02-17');
  assert.equal(meta.publishedTimestamp, '2020-02-18T02:18:11Z');
  assert.ok(notes.some((n) => n.rule === 'meta/date-reader-day'));
});

test('day boundary: without a printed date the timestamp\'s day at its stated offset', () => {
  const { meta } = page('<meta property="article:published_time" content="2020-02-17T21:18:11-05:00">');
  assert.equal(meta.publishedAt, '2020-02-17T21:18:11-05:00');
});

test('day boundary: local midnight written in UTC on a day-first page is the next day', () => {
  const { meta } = pageMetadata(parseTree(`<html lang="de"><head><meta property="article:published_time" content="2022-11-06T23:00:00Z"></head><body>${body}</body></html>`));
  assert.deepEqual([meta.publishedAt, meta.publishedTimestamp], ['2022-11-07', '2022-11-06T23:00:00Z']);
});

test('conflicting signals: a message names them; a URL date beats a far timestamp', () => {
  const { meta, notes } = page(ld({ '@type': 'NewsArticle', headline: 'Ferry trial', datePublished: '2019-06-17T00:00:00Z' }), '', { url: 'https://courier.example/2020/06/04/ferry-trial' });
  assert.deepEqual([meta.publishedAt, meta.publishedAtSource], ['2020-06-04', 'url']);
  const n = notes.find((x) => x.rule === 'meta/date-conflict');
  assert.ok(n && /url 2020-06-04/.test(n.message) && /json-ld 2019-06-17/.test(n.message), n?.message);
});

test('conflicting structured signals: the first in the documented order stands, the message names both', () => {
  const { meta, notes } = page(`${ld({ '@type': 'NewsArticle', headline: 'Ferry trial', datePublished: '2023-04-05' })}<meta property="article:published_time" content="2023-03-01">`);
  assert.equal(meta.publishedAt, '2023-04-05');
  assert.ok(notes.some((n) => n.rule === 'meta/date-conflict' && /json-ld 2023-04-05 vs meta:article:published_time 2023-03-01/.test(n.message)));
});

test('title: og:title minus the site name; JSON-LD headline; marked heading; <title>', () => {
  assert.equal(page('<meta property="og:title" content="Ferry trial approved | Coastline Courier"><meta property="og:site_name" content="Coastline Courier">').meta.title, 'Ferry trial approved');
  assert.equal(page(ld({ '@type': 'NewsArticle', headline: 'Night ferry gets a trial' })).meta.title, 'Night ferry gets a trial');
  assert.equal(page('', '<h1>Coastline Blog</h1><h2 class="entry-title">Night ferry gets a trial</h2>').meta.title, 'Night ferry gets a trial');
  assert.equal(page('<title>Coastline Courier » Night ferry gets a trial in the summer</title>').meta.title, 'Night ferry gets a trial in the summer');
});

test('stripSiteSuffix keeps the headline\'s own separators', () => {
  assert.equal(stripSiteSuffix('Storm – what we know so far | Courier', 'Courier'), 'Storm – what we know so far');
  assert.equal(stripSiteSuffix('Courier - Storm: what we know so far', 'Courier'), 'Storm: what we know so far');
  assert.equal(stripSiteSuffix('No separator here'), 'No separator here');
});

const authorCases: [string, string, string, string[] | undefined][] = [
  ['JSON-LD Person list', ld({ '@type': 'NewsArticle', headline: 'x', author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tomasz Wren' }] }), '', ['Ana Ruiz', 'Tomasz Wren']],
  ['meta author with "and"', '<meta name="author" content="Ana Ruiz and Tomasz Wren">', '', ['Ana Ruiz', 'Tomasz Wren']],
  ['rel=author', '', '<a rel="author" href="/ana">Ana Ruiz</a>', ['Ana Ruiz']],
  ['byline "Von … und …"', '', '<h1>Nachtfähre im Test</h1><p>Von Jonas Weber und Lea Brandt</p>', ['Jonas Weber', 'Lea Brandt']],
  ['byline "Par"', '', '<h1>Le ferry de nuit</h1><p>Par Claire Dubois, AFP</p>', ['Claire Dubois', 'AFP']],
  ['the site name as author only when nothing else names one', '<meta property="og:site_name" content="Coastline Courier"><meta name="author" content="Coastline Courier">', '', ['Coastline Courier']],
  ['a person in the byline before the site name credited in meta', '<meta property="og:site_name" content="Coastline Courier"><meta name="author" content="Coastline Courier">', '<h1>Ferry trial approved</h1><div class="byline">By Ana Ruiz</div>', ['Ana Ruiz']],
  ['no comment-form label', '', '<div class="comments"><label class="author">Name *</label></div>', undefined],
];
for (const [name, head, main, want] of authorCases) {
  test(`authors: ${name}`, () => assert.deepEqual(page(head, main).meta.authors, want));
}

test('outlet, canonical URL, language, section, description, image', () => {
  const { meta } = pageMetadata(parseTree(`<html lang="nl-NL"><head><link rel="canonical" href="https://courier.example/ferry">
    <meta property="og:site_name" content="Coastline Courier"><meta property="article:section" content="Regio">
    <meta property="og:description" content="De nachtferry krijgt een proef."><meta property="og:image" content="https://courier.example/f.jpg">
    </head><body>${body}</body></html>`));
  assert.deepEqual([meta.outlet, meta.canonicalUrl, meta.url, meta.language, meta.section, meta.description, meta.image],
    ['Coastline Courier', 'https://courier.example/ferry', 'https://courier.example/ferry', 'nl', 'Regio', 'De nachtferry krijgt een proef.', 'https://courier.example/f.jpg']);
  assert.equal(page('', '', { url: 'https://www.harbour-news.example/a' }).meta.outlet, 'harbour-news.example', 'the host when nothing names the outlet');
});
