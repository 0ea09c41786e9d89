import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildPipeline } from '../../runner.js';
import { defaultStages } from '../../default.js';
import { analyzeWith } from '../../../analyze.js';

const seedDir = fileURLToPath(new URL('../../../../../shared/seed/', import.meta.url));
const has = existsSync(join(seedDir, 'expected.json')) && existsSync(join(seedDir, 'article.txt'));

test('seed: every time of expected.json is found with its value', { skip: has ? false : 'needs ../shared/seed' }, async () => {
  const expected = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as { published: string; times: { text: string; value: string }[] };
  const text = readFileSync(join(seedDir, 'article.txt'), 'utf8');
  const pipeline = await buildPipeline(defaultStages());
  const doc = analyzeWith(pipeline, text, { published: expected.published });
  const timexes = doc.layers.timexes ?? [];
  for (const t of expected.times) {
    const hit = timexes.find((x) => x.text === t.text || x.text.includes(t.text));
    assert.ok(hit, `"${t.text}" not found; found ${timexes.map((x) => x.text).join(', ')}`);
    assert.equal(hit.attrs.value, t.value, `"${t.text}": ${hit.attrs.reason}`);
    assert.equal(doc.text.slice(hit.start, hit.end), hit.text);
  }
  const later = timexes.find((x) => /later/i.test(x.text))!;
  const june = timexes.find((x) => x.text === 'June 2024')!;
  assert.equal(later.attrs.anchor, june.id, 'Two months later anchors to June 2024, not to the DCT');
});
