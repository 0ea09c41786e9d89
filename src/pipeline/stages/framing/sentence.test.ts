// The sentence detector's inference side: margin buckets, and scoring sentences of a real token view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { syntaxStage } from '../syntax.js';
import { buildTokView } from '../statements/tokview.js';
import { hashString, k1 } from '../../../ml/hash.js';
import { SparseLinear } from '../../../ml/linear.js';
import { frameView } from './features.js';
import { marginBucket, sentenceBuckets, sentenceFeatures, sentenceMargin, SENT_YES } from './sentence.js';

test('a margin falls in 1 + the number of cut points at or below it', () => {
  const cuts = [-2, 0, 3];
  const cases: [number, number][] = [[-9, 1], [-2, 2], [-1.5, 2], [0, 3], [2.9, 3], [3, 4], [40, 4]];
  for (const [m, b] of cases) assert.equal(marginBucket(m, cuts), b, `margin ${m}`);
  assert.equal(marginBucket(5, []), 1, 'no cuts: one bucket');
});

test('sentences are scored one by one: a sentence holding a weighted word lands above the cut, the others below', async () => {
  const pipe = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage]);
  const text = 'The council met on Tuesday. Critics called the mayor a traitor to the town. The meeting ended at noon.';
  const v = buildTokView(pipe.run(createDoc(text)));
  const f = frameView(v, new Map());
  // A hand-made detector: only the word "traitor" (template 91, a sentence word) votes YES.
  const w = [0, 0];
  w[SENT_YES] = 4;
  const model = SparseLinear.build(2, [{ key: k1(91, hashString('traitor')), cls: [0, 1], w }]);
  const margins = [0, 1, 2].map((s) => sentenceMargin(model, f, s));
  assert.equal(margins[0], 0);
  assert.ok(Math.abs(margins[1] - 4) < 1e-3, `margin ${margins[1]}`);
  assert.equal(margins[2], 0);
  sentenceBuckets(f, model, [1]);
  assert.deepEqual([...f.sentBucket], [1, 2, 1]);
  // The sentences are the tokenizer's: the second one is exactly the sentence with the word.
  const s1 = f.sentStart[1], s2 = f.sentStart[2];
  assert.equal(text.slice(v.start[s1], v.end[s2 - 1]), 'Critics called the mayor a traitor to the town.');
});

test('sentence features depend on the sentence only, not on its neighbours', async () => {
  const pipe = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage]);
  const one = frameView(buildTokView(pipe.run(createDoc('Rain fell. They are liars and cowards!'))), new Map());
  const two = frameView(buildTokView(pipe.run(createDoc('Snow fell. They are liars and cowards!'))), new Map());
  assert.deepEqual(sentenceFeatures(one, 1, []), sentenceFeatures(two, 1, []));
  assert.notDeepEqual(sentenceFeatures(one, 0, []), sentenceFeatures(two, 0, []));
});
