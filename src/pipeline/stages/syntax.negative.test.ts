import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { buildPipeline } from '../runner.js';
import { analyzeWith } from '../../analyze.js';
import { paragraphsStage } from './paragraphs.js';
import { boilerplateStage } from './boilerplate.js';
import { tokenizeStage } from './tokenize.js';
import { SYNTAX_MODEL_URL, syntaxStage } from './syntax.js';
import { docView, type DocView } from '../../model/view.js';

/** Roots per sentence and whether every token reaches its sentence's root. */
function trees(v: DocView): { roots: number; acyclic: boolean }[] {
  const out: { roots: number; acyclic: boolean }[] = [];
  for (let s = 0; s < v.sentences.length; s++) {
    const a = v.sentFirst[s], b = v.sentEnd[s];
    let roots = 0, acyclic = true;
    for (let i = a; i < b; i++) {
      if (v.head[i] < 0) roots++;
      let k = i, steps = 0;
      while (v.head[k] >= 0 && steps++ <= b - a) k = v.head[k];
      if (steps > b - a) acyclic = false;
    }
    out.push({ roots, acyclic });
  }
  return out;
}

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
    for (const t of trees(docView(await parse(text)))) assert.equal(t.roots, 1, text);
  }
});

test('a very long run-on sentence parses into one tree without cycles', { skip }, async () => {
  const text = Array.from({ length: 60 }, (_, i) => `the ${i % 2 ? 'mayor' : 'council'} spoke to reporters`).join(', and ') + '.';
  const ts = trees(docView(await parse(text)));
  assert.ok(ts.length >= 1);
  for (const t of ts) assert.deepEqual(t, { roots: 1, acyclic: true });
});

test('a verb with no object has objectOf = −1, and a noun has no subject', { skip }, async () => {
  const v = docView(await parse('The minister resigned on Monday.'));
  const verb = v.tokens.findIndex((t) => t.text === 'resigned');
  assert.equal(v.objectOf(verb), -1);
  assert.equal(v.subjectOf(v.tokens.findIndex((t) => t.text === 'Monday')), -1);
  assert.equal(v.tokenIndex('no-such-token'), -1);
});
