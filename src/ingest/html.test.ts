import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractHtml } from './html.js';
import { ingestArticle } from './index.js';

const page = readFileSync(new URL('../../test/fixtures/ingest/news-page.html', import.meta.url), 'utf8');

test('extractHtml: keeps article paragraphs, drops nav, cookie banner, share bar, related, footer', () => {
  const r = extractHtml(page);
  const paras = r.text.split('\n\n');
  assert.equal(paras.length, 5);
  assert.match(paras[0], /^The harbour authority voted on Wednesday/);
  assert.match(paras[4], /^The operator, Fjord Lines/);
  for (const junk of ['Home', 'We use cookies', 'Share on Facebook', 'Bridge closure', 'All rights reserved', 'Also Read', 'Photo: Coastline', 'By Maren Holt']) {
    assert.ok(!r.text.includes(junk), `should drop ${junk}`);
  }
});

test('extractHtml: what is removed is recorded with a rule', () => {
  const r = extractHtml(page);
  const also = r.removed.find((x) => x.text.startsWith('Also Read'));
  assert.equal(also?.rule, 'related-link');
  assert.ok(r.removed.some((x) => x.rule === 'page-chrome' && x.text.includes('We use cookies')));
});

test('extractHtml: metadata from JSON-LD, OpenGraph and canonical link', () => {
  const { meta } = extractHtml(page);
  assert.equal(meta.title, 'Harbour authority approves night ferry trial');
  assert.equal(meta.publishedAt, '2024-03-14T08:30:00+01:00');
  assert.equal(meta.publishedAtSource, 'json-ld');
  assert.deepEqual(meta.authors, ['Maren Holt']);
  assert.equal(meta.outlet, 'Coastline Courier');
  assert.equal(meta.url, 'https://courier.example/2024/03/14/harbour-night-ferry');
  assert.equal(meta.language, 'en');
});

const dateCases: { name: string; head: string; body?: string; url?: string; expect: [string, string] }[] = [
  { name: 'meta article:published_time', head: '<meta property="article:published_time" content="2023-11-02T10:00:00Z">', expect: ['2023-11-02T10:00:00Z', 'meta:article:published_time'] },
  { name: 'meta name=date', head: '<meta name="date" content="2022-05-17">', expect: ['2022-05-17', 'meta:date'] },
  { name: '<time datetime>', head: '', body: '<time datetime="2021-08-09T07:45:00+02:00">9 August</time>', expect: ['2021-08-09T07:45:00+02:00', 'time'] },
  { name: 'URL path', head: '', url: 'https://paper.example/2020/06/30/story-slug', expect: ['2020-06-30', 'url'] },
];
const para = '<p>The regional parliament passed the budget on Thursday after a debate that lasted eleven hours, with the governing coalition holding firm against every amendment.</p>';
for (const c of dateCases) {
  test(`extractHtml: publication date from ${c.name}`, () => {
    const html = `<html><head>${c.head}</head><body><article>${c.body ?? ''}${para}${para}</article></body></html>`;
    const { meta } = extractHtml(html, c.url);
    assert.deepEqual([meta.publishedAt, meta.publishedAtSource], c.expect);
  });
}

test('ingestArticle: HTML removals become info notes; language detected when not declared', () => {
  const html = `<html><body><article>${para}<p>Also Read: Budget talks collapse in neighbouring region</p>${para}</article></body></html>`;
  const r = ingestArticle({ html });
  const note = r.notes.find((n) => n.rule === 'ingest/removed-related-link');
  assert.ok(note);
  assert.equal(note.severity, 'info');
  assert.equal(r.meta.language, 'en');
  assert.ok(!r.text.includes('Also Read'));
});

test('dateFromDateline: full dates in the opening only', async () => {
  const { dateFromDateline } = await import('./metadata.js');
  assert.equal(dateFromDateline('BERLIN, 3 September 2025 – The coalition agreed on a budget.'), '2025-09-03');
  assert.equal(dateFromDateline('Published: Sept. 3, 2025\nThe coalition agreed.'), '2025-09-03');
  assert.equal(dateFromDateline('Stand: 03.09.2025 The coalition agreed.'), '2025-09-03');
  assert.equal(dateFromDateline('BERLIN, 3 September – The coalition agreed on a budget.'), undefined);
  assert.equal(dateFromDateline('The coalition agreed on a budget. It was first proposed on 3 September 2024.'), undefined);
});

test('cleanAuthor: byline prefixes and link labels are cut; non-names rejected', async () => {
  const { cleanAuthor } = await import('./metadata.js');
  assert.equal(cleanAuthor('View all posts by Maren Holt'), 'Maren Holt');
  assert.equal(cleanAuthor('Zeige alle Beiträge von Jonas Weber →'), 'Jonas Weber');
  assert.equal(cleanAuthor('By Paul Ferris'), 'Paul Ferris');
  assert.equal(cleanAuthor('cipha[at]example.net'), undefined);
  assert.equal(cleanAuthor('Published 3 March 2024'), undefined);
});

test('extractHtml: author from a byline element when no meta names one', () => {
  const para = '<p>The regional parliament passed the budget on Thursday after a debate that lasted eleven hours, with the governing coalition holding firm against every amendment.</p>';
  const { meta } = extractHtml(`<html><body><article><span class="author-name">Von Jonas Weber</span>${para}${para}</article></body></html>`);
  assert.deepEqual(meta.authors, ['Jonas Weber']);
});
