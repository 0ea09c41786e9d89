import { test } from 'node:test';
import assert from 'node:assert/strict';
import { k1, hashRange } from '../ml/hash.js';
import { SparseLinear } from '../ml/linear.js';
import { linearModels, readBundle, writeBundle } from '../ml/bundle.js';
import { label, NLABELS } from './features.js';
import { NER_FEATURE_VERSION, nerModelFromBundle } from './model.js';
import { NerTagger } from './tagger.js';

// A hand-made model: the word feature (template 1) of "Zorblax" votes U-PER, of "Quendel" U-LOC,
// and the casing lexicon says "zorblax" is usually capitalised (class 3).
function toyBundle(): Buffer {
  const word = (w: string) => k1(1, hashRange(w, 0, w.length));
  const weights = SparseLinear.build(NLABELS, [
    { key: word('Zorblax'), cls: [label(0, 3)], w: [10] },
    { key: word('Quendel'), cls: [label(2, 3)], w: [10] },
  ]);
  const lin = linearModels({ weights });
  return writeBundle({
    model: 'ner', featureVersion: NER_FEATURE_VERSION, labels: {}, config: {}, sourceCommit: 'test', upstream: {}, devScores: {},
    meta: { ...lin.meta, caseWords: 'zorblax\nthe', clusterWords: 'quendel' },
  }, { ...lin.arrays, caseClasses: Uint8Array.from([3, 0]), clusterPaths: Int32Array.from([(0b101 << 5) | 3]) });
}

test('a NER bundle loads into a tagger whose spans follow its weights', () => {
  const model = nerModelFromBundle(readBundle(toyBundle()));
  assert.equal(model.caseLex.size, 2);
  assert.equal(model.clusters.size, 1);
  const tagger = new NerTagger(model, null);
  const cases: [string[], [number, number, string][]][] = [
    [['Zorblax', 'visited', 'Quendel', '.'], [[0, 1, 'PER'], [2, 3, 'LOC']]],
    [['the', 'zorblax', 'slept'], []],
    [['Nobody', 'came'], []],
  ];
  for (const [toks, want] of cases) {
    assert.deepEqual(tagger.tagDocument([toks])[0].map((s) => [s.start, s.end, s.type]), want, toks.join(' '));
  }
});
