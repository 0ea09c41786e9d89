import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countPage, scores } from './extraction.js';
import { loadExtractionPages } from './extraction-data.js';

test('countPage: trafilatura counting over whitespace-normalised output', () => {
  const c = { tp: 0, fn: 0, fp: 0, tn: 0, pages: 0 };
  countPage(c, 'The board  voted\non Wednesday.\n\nShare this', ['board voted on', 'missing part'], ['Share this', 'Cookie']);
  assert.deepEqual(c, { tp: 1, fn: 1, fp: 1, tn: 1, pages: 1 });
  const s = scores({ tp: 8, fn: 2, fp: 2, tn: 8, pages: 1 });
  assert.equal(s.precision, 0.8);
  assert.equal(s.recall, 0.8);
  assert.ok(Math.abs(s.f1 - 0.8) < 1e-12);
  assert.equal(s.accuracy, 0.8);
});

const data = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const archive = `${data}/extraction/trafilatura-eval.tar.gz`;
test('loadExtractionPages: pages come with snippets', { skip: existsSync(archive) ? false : 'needs ../shared/data/extraction' }, () => {
  const pages = loadExtractionPages(data, 5);
  assert.equal(pages.length, 5);
  for (const p of pages) { assert.ok(p.bytes.length > 0); assert.ok(p.with.length + p.without.length > 0); }
});
