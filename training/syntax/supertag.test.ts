import { test } from 'node:test';
import assert from 'node:assert/strict';
import { supertagOf } from './train.js';

test('a supertag is the relation and the side of the head', () => {
  // "Moscow accuses the government": Moscow ← accuses → government, the → government.
  const s = { id: 'x', words: ['Moscow', 'accuses', 'the', 'government'], upos: [], xpos: [], heads: [2, 0, 4, 2], deprels: ['nsubj', 'root', 'det', 'obj'], misc: [] };
  assert.deepEqual(s.words.map((_, i) => supertagOf(s, i)), ['nsubj/R', 'root', 'det/R', 'obj/L']);
});
