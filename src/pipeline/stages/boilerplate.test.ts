import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildPipeline } from '../runner.js';
import { paragraphsStage } from './paragraphs.js';
import { boilerplateStage } from './boilerplate.js';
import { createDoc } from '../../model/doc.js';
import { ingestArticle } from '../../ingest/index.js';

test('boilerplate stage: the "Also Read" line of a plain-text article is marked and reported, text unchanged', async () => {
  const raw = readFileSync(new URL('../../../test/fixtures/ingest/plain.txt', import.meta.url), 'utf8');
  const { text, meta } = ingestArticle({ text: raw });
  assert.equal(meta.publishedAt, '2024-01-09');
  const pipeline = await buildPipeline([paragraphsStage, boilerplateStage]);
  const doc = pipeline.run(createDoc(text, meta), {});
  const bp = doc.layers.boilerplate;
  assert.equal(bp.length, 1);
  const line = 'Also Read: How the river rose in one night';
  assert.equal(bp[0].start, text.indexOf(line));
  assert.equal(bp[0].end, text.indexOf(line) + line.length);
  assert.equal(bp[0].text, line);
  assert.equal(bp[0].label, 'related-link');
  assert.ok(doc.messages.some((m) => m.rule === 'boilerplate/related-link'));
  assert.equal(doc.text, text);
});
