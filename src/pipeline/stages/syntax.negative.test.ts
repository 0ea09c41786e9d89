import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { buildPipeline } from '../runner.js';
import { analyzeWith } from '../../analyze.js';
import { paragraphsStage } from './paragraphs.js';
import { boilerplateStage } from './boilerplate.js';
import { tokenizeStage } from './tokenize.js';
import { SYNTAX_MODEL_URL, syntaxStage } from './syntax.js';
import { SyntaxView } from '../syntax-view.js';

const skip = existsSync(SYNTAX_MODEL_URL) ? false : 'needs models/syntax.bin (npm run train -- syntax)';

async function parse(text: string) {
  const p = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage]);
  return analyzeWith(p, text, { published: '2026-03-02' });
}

test('empty and whitespace-only texts get no pos or dep annotations', { skip }, async () => {
  for (const text of ['', '   \n\n  ']) {
    const doc = await parse(text);
    assert.equal((doc.layers.pos ?? []).length, 0);
    assert.equal((doc.layers.dep ?? []).length, 0);
  }
});

test('punctuation-only and one-word sentences still get a single root', { skip }, async () => {
  for (const text of ['...', 'Breaking', '— — —']) {
    const v = SyntaxView.fromDoc(await parse(text));
    for (const s of v.sentences) assert.equal(Array.from(s.heads).filter((h) => h < 0).length, 1, text);
  }
});

test('a very long run-on sentence parses into one tree without cycles', { skip }, async () => {
  const text = Array.from({ length: 60 }, (_, i) => `the ${i % 2 ? 'mayor' : 'council'} spoke to reporters`).join(', and ') + '.';
  const v = SyntaxView.fromDoc(await parse(text));
  for (const s of v.sentences) {
    assert.equal(Array.from(s.heads).filter((h) => h < 0).length, 1);
    for (let i = 0; i < s.heads.length; i++) {
      let k = i, steps = 0;
      while (s.heads[k] >= 0 && steps++ <= s.heads.length) k = s.heads[k];
      assert.ok(steps <= s.heads.length);
    }
  }
});

test('a verb with no object has objectOf = −1, and a noun has no subject', { skip }, async () => {
  const v = SyntaxView.fromDoc(await parse('The minister resigned on Monday.'));
  const s = v.sentences[0];
  const verb = s.tokens.findIndex((t) => t.text === 'resigned');
  assert.equal(v.objectOf(s, verb), -1);
  assert.equal(v.subjectOf(s, s.tokens.findIndex((t) => t.text === 'Monday')), -1);
  assert.equal(v.locate('no-such-token'), undefined);
});
