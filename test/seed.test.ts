import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { scoreExpected, type Expected } from '../eval/expected.js';

const seed = fileURLToPath(new URL('../../shared/seed/', import.meta.url));
const skip = existsSync(`${seed}expected.json`) ? false : 'needs ../shared/seed (article.txt, expected.json)';

// The full section-by-section score is `npm run eval -- seed` (floors in eval/floors.json);
// this test checks the invariants that must hold whatever the stages' accuracy.
test('seed article: boilerplate skipped, sentences exact, publication date anchored', { skip }, async () => {
  const exp = JSON.parse(readFileSync(`${seed}expected.json`, 'utf8')) as Expected;
  const doc = await analyze(readFileSync(`${seed}article.txt`, 'utf8'), { published: exp.published });
  assert.equal(doc.meta.publishedAt, exp.published);
  assert.equal(doc.meta.publishedAtSource, 'option');
  const { items } = scoreExpected(doc, { boilerplate: exp.boilerplate });
  assert.ok(items.every((i) => i.ok), JSON.stringify(items));
  const bp = doc.layers.boilerplate[0];
  assert.ok(doc.layers.sentences.every((s) => s.end <= bp.start || s.start >= bp.end), 'no sentence inside the boilerplate line');
  // Every line of the article bounds a sentence: no sentence spans a line break.
  assert.ok(doc.layers.sentences.every((s) => !s.text.includes('\n')));
});
