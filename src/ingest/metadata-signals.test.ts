import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree } from './htmltree.js';
import { pageMetadata } from './metadata.js';
import { parseTimestamp } from './metadata-dates.js';

// Pages written for these tests (invented outlet and text). Each row is a signal the walk used to miss.
const body = '<p>The harbour board voted on the night ferry trial after a long debate about noise, cost and the timetable for the coming summer season.</p>';
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

// [case, whole page, expected publishedAt, expected source]
const cases: [string, string, string, string][] = [
  ['a dotted day-first timestamp in article:published_time',
    `<html><head><title>Ferry trial approved</title><meta property="article:published_time" content="10.12.2022, 07:00:03"></head><body><h1>Ferry trial approved</h1>${body}</body></html>`,
    '2022-12-10T07:00:03', 'meta:article:published_time'],
  ['JSON-LD of a HowTo (not an article type) with a name and datePublished',
    `<html><head><title>How to mend a net</title>${ld({ '@type': 'HowTo', name: 'How to mend a net', datePublished: '2022-01-10T22:06:08:684Z' })}</head><body><h1>How to mend a net</h1>${body}</body></html>`,
    '2022-01-10T22:06:08', 'json-ld'],
  ['RDFa property on a span',
    `<html><head><title>Ferry trial approved</title></head><body><h1>Ferry trial approved</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>${body}</body></html>`,
    '2022-01-28T12:45:46+00:00', 'meta:schema:datecreated'],
  ["the article's own <footer> holds its printed date",
    `<html><head><title>Ferry trial approved</title></head><body><article><h1>Ferry trial approved</h1><footer class="node__meta"><span class="post-created">28.01.2022</span></footer>${body}</article></body></html>`,
    '2022-01-28', 'text'],
  ['body markup left inside <head> by a stray element',
    `<html><head><title>Ferry trial approved</title><div class="container"><h1>Ferry trial approved</h1><span class="publishingdate">07.11.2023</span>${body}</div></head><body></body></html>`,
    '2023-11-07', 'text'],
  ['a labelled publication date at the end of a long article',
    `<html><head><title>Ferry trial approved</title></head><body><h1>Ferry trial approved</h1>${body.repeat(20)}<p class="rez-footer">Erschienen am: 01.11.2023</p></body></html>`,
    '2023-11-01', 'text-labelled'],
  ['a date only the title carries',
    `<html><head><title>Harbour report of 22.04.2020 – what the board decided</title></head><body><h2>Harbour report</h2>${body}</body></html>`,
    '2020-04-22', 'title'],
  ['only a modification date is shown',
    `<html><head><title>Pension guide</title></head><body><h1>Pension guide</h1><span class="info">Stand: 05. Februar 2020</span>${body}</body></html>`,
    '2020-02-05', 'text-updated'],
];
for (const [name, html, want, source] of cases) {
  test(`publication date: ${name}`, () => {
    const { meta } = pageMetadata(parseTree(html), { crawledAt: '2024-06-01T00:00:00Z' });
    assert.deepEqual([meta.publishedAt, meta.publishedAtSource], [want, source]);
  });
}

// [raw, expected day or undefined]
const dotted: [string, string | undefined][] = [
  ['10.12.2022, 07:00:03', '2022-12-10'],
  ['07.11.2023 16:06 Uhr', '2023-11-07'],
  ['31.02.2023', undefined],
  ['10.12.20201', undefined],
];
for (const [raw, want] of dotted) {
  test(`parseTimestamp(${JSON.stringify(raw)})`, () => {
    const d = parseTimestamp(raw);
    assert.equal(d ? `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}` : undefined, want);
  });
}
