import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStatedDate, validateStatedDate } from './metadata-stated.js';
import { ingestArticle, jsonToInput } from './index.js';
import { analyzeWith } from '../analyze.js';
import { buildPipeline } from '../pipeline/runner.js';

// [value, the reason the message gives]
const impossible: [string, RegExp][] = [
  ['2025-02-30', /not a real day \(February 2025 has no day 30\)/],
  ['2025-13-45', /has no month 13/],
  ['0000-00-00', /has no month 0/],
  ['20201-06-28', /no four-digit year/],
  ['garbage', /cannot be read as a date/],
  ['45/13/2025', /has no month/],
  ['', /is empty/],
];
for (const [v, why] of impossible) {
  test(`validateStatedDate rejects ${JSON.stringify(v)} with a warning`, () => {
    const r = validateStatedDate(v, { origin: 'header' });
    assert.equal(r.value, undefined);
    assert.equal(r.notes.length, 1);
    assert.equal(r.notes[0].rule, 'ingest/invalid-publication-date');
    assert.equal(r.notes[0].severity, 'warning');
    assert.match(r.notes[0].message, why);
  });
}

// [value, context, expected value, expected reading named in the message or undefined when unambiguous]
const readable: [string, { order?: 'dmy' | 'mdy'; language?: string; url?: string }, string, RegExp | undefined][] = [
  ['2025-09-03', {}, '2025-09-03', undefined],
  ['2025-09-03T10:15:00+02:00', {}, '2025-09-03T10:15:00+02:00', undefined],
  ['03/09/2025', { language: 'de' }, '2025-09-03', /day\/month\/year, the rule for language de/],
  ['03/09/2025', { order: 'mdy' }, '2025-03-09', /month\/day\/year, --date-order mdy/],
  ['03/09/2025', { language: 'en', url: 'https://news.example.com/a' }, '2025-03-09', /month\/day\/year/],
  ['3.9.2025', { language: 'en' }, '2025-09-03', undefined],
  ['13/09/2025', { order: 'mdy' }, '2025-09-13', undefined],
  ['September 3, 2025', {}, '2025-09-03', undefined],
  ['3. September 2025', {}, '2025-09-03', undefined],
  ['Wed, 03 Sep 2025 10:00:00 GMT', {}, '2025-09-03T10:00:00Z', undefined],
];
for (const [v, ctx, want, reading] of readable) {
  test(`validateStatedDate reads ${JSON.stringify(v)} ${JSON.stringify(ctx)}`, () => {
    const r = validateStatedDate(v, { origin: 'header', ...ctx });
    assert.equal(r.value, want);
    const amb = r.notes.find((n) => n.rule === 'ingest/date-ambiguous');
    if (reading) assert.match(amb?.message ?? '', reading); else assert.equal(amb, undefined);
  });
}

test('checkStatedDate flags a date far from the URL or the dateline, not a near one', () => {
  assert.equal(checkStatedDate('2026-03-05', { origin: 'header', url: 'https://x.example/2026/03/05/a', text: 'GENEVA, March 5 (Meridian Wire) - Ministers met.' }).length, 0);
  const url = checkStatedDate('2026-03-20', { origin: 'header', url: 'https://x.example/2026/03/05/a' });
  assert.equal(url[0]?.rule, 'ingest/date-disagrees');
  assert.match(url[0].message, /URL date 2026-03-05/);
  const line = checkStatedDate('2026-03-20', { origin: 'header', text: 'GENEVA, March 5 (Meridian Wire) - Ministers met.' });
  assert.match(line[0]?.message ?? '', /dateline date March 5 \(no year\)/);
  const full = checkStatedDate('2026-03-20', { origin: 'header', text: 'BERLIN, 5. März 2026 – Die Minister trafen sich.' });
  assert.match(full[0]?.message ?? '', /dateline date 2026-03-05/);
});

test('text header: an impossible Published date is not the anchor; the document says why', async () => {
  const r = ingestArticle({ text: 'Title: Harbour works\nPublished: 2025-02-30\n---\nThe harbour reopened on Tuesday.' });
  assert.equal(r.meta.publishedAt, undefined);
  assert.ok(r.notes.some((n) => n.rule === 'ingest/invalid-publication-date' && n.message.startsWith('header:')));
  const pipeline = await buildPipeline([]);
  const doc = analyzeWith(pipeline, { text: 'Title: Harbour works\nPublished: 2025-13-45\n---\nThe harbour reopened on Tuesday.' });
  const rules = doc.messages.map((m) => m.rule);
  assert.ok(rules.includes('ingest/invalid-publication-date'));
  assert.ok(rules.includes('ingest/no-publication-date'));
  assert.equal(doc.meta.publishedAt, undefined);
});

test('text header: an ambiguous date is read by --date-order and says so', () => {
  const text = 'Published: 03/09/2025\n---\nThe harbour reopened on Tuesday.';
  assert.equal(ingestArticle({ text }, { dateOrder: 'mdy' }).meta.publishedAt, '2025-03-09');
  const r = ingestArticle({ text }, { dateOrder: 'dmy' });
  assert.equal(r.meta.publishedAt, '2025-09-03');
  assert.ok(r.notes.some((n) => n.rule === 'ingest/date-ambiguous'));
});

test('JSON input: an impossible published value is dropped with a warning', () => {
  const r = ingestArticle(jsonToInput({ text: 'The harbour reopened on Tuesday.', published: '2025-02-30' }, 'a.json[0]'));
  assert.equal(r.meta.publishedAt, undefined);
  assert.ok(r.notes.some((n) => n.rule === 'ingest/invalid-publication-date' && n.message.startsWith('input:')));
});

test('--published: impossible → warning and no anchor; valid → used', async () => {
  const pipeline = await buildPipeline([]);
  const bad = analyzeWith(pipeline, 'The harbour reopened on Tuesday.', { published: '2025-02-30' });
  assert.equal(bad.meta.publishedAt, undefined);
  assert.ok(bad.messages.some((m) => m.rule === 'ingest/invalid-publication-date' && m.message.startsWith('--published:')));
  const good = analyzeWith(pipeline, 'The harbour reopened on Tuesday.', { published: '2025-02-28' });
  assert.deepEqual([good.meta.publishedAt, good.meta.publishedAtSource], ['2025-02-28', 'option']);
});
