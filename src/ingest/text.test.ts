import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTextWithHeader } from './text.js';

test('header: keys mapped, authors split, body follows the dashes', () => {
  const raw = 'Title: Port reopens\nPublished: 2026-02-01\nOutlet: Coast Daily\nAuthor: A. Lee; B. Cruz\n---\nThe port reopened.';
  const { body, meta } = parseTextWithHeader(raw);
  assert.equal(body, 'The port reopened.');
  assert.deepEqual(meta, { title: 'Port reopens', publishedAt: '2026-02-01', publishedAtSource: 'header', outlet: 'Coast Daily', authors: ['A. Lee', 'B. Cruz'] });
});

test('no header without the closing dashes; unknown keys end the header', () => {
  const cases = [
    'Title: Port reopens\nThe port reopened on Monday.',
    'Note: this is a sentence with a colon.\n---\nBody',
    'Warning: storms expected.\nMore text.',
  ];
  for (const raw of cases) assert.deepEqual(parseTextWithHeader(raw), { body: raw, meta: {} }, raw);
});

test('a BOM before the header is dropped', () => {
  assert.equal(parseTextWithHeader('\ufeffTitle: X\n---\nBody').body, 'Body');
});
