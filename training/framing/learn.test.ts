// The framing learners on small articles written for this test (no corpus text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareArticle, upstreamPipeline, type PreparedArticle } from './prepare.js';
import { crossFitSentence, trainSi, viewsOf, type FramingConfig } from './learn.js';
import { B, I, O } from '../../src/pipeline/stages/framing/features.js';
import { tagSpans } from '../../src/pipeline/stages/framing/model.js';

const LOADED = ['a disgraceful gang of crooks', 'treacherous cowards', 'shameless liars', 'a corrupt and rotten clique'];
const PLAIN = ['The committee met on Tuesday.', 'The report has forty pages.', 'Trains ran on time in the north.', 'The budget was published in May.'];

/** Article k: two plain sentences around one sentence whose loaded phrase is the only gold span. */
function article(k: number): { id: string; text: string; spans: { technique: string; start: number; end: number }[] } {
  const phrase = LOADED[k % LOADED.length];
  const pre = `${PLAIN[k % PLAIN.length]} Residents of ward ${k + 1} called the officials `;
  const text = `${pre}${phrase}. ${PLAIN[(k + 1) % PLAIN.length]}`;
  return { id: String(k), text, spans: [{ technique: 'Loaded_Language', start: pre.length, end: pre.length + phrase.length }] };
}

const CFG: FramingConfig = {
  siEpochs: 5, tcEpochs: 1, oBias: 0, gap: 0, minWeight: 1e-6, seed: 3,
  lexicon: { techniques: ['Loaded_Language'], minCount: 1, cuts: [0.05] },
  // A third of the sentences hold a span: the cut at the 2/3 quantile separates them when the detector ranks them right.
  sentence: { epochs: 4, folds: 3, quantiles: [0.67], seed: 11 },
};

async function prepared(n: number): Promise<PreparedArticle[]> {
  const pipe = await upstreamPipeline();
  return Array.from({ length: n }, (_, k) => prepareArticle(pipe, article(k)));
}

test('gold tags: the loaded phrase is B then I, everything else O', async () => {
  const [p] = await prepared(1);
  const inside: string[] = [];
  for (let i = 0; i < p.v.n; i++) {
    if (p.gold[i] === O) continue;
    assert.equal(p.gold[i], inside.length ? I : B, p.v.word[i]);
    inside.push(p.v.word[i]);
  }
  assert.equal(inside.join(' '), LOADED[0]);
});

test('cross-fitted sentence buckets: held-out sentences with a loaded phrase rank above plain ones', async () => {
  const arts = await prepared(12);
  const views = viewsOf(arts, new Map());
  const det = crossFitSentence(arts, views, CFG.sentence);
  assert.equal(det.cuts.length, 1);
  for (const f of views) {
    // Sentence 1 holds the phrase; 0 and 2 are plain.
    assert.deepEqual([...f.sentBucket], [1, 2, 1], f.v.word.join(' '));
  }
  // The same settings and data give the same detector (seeded orders).
  const again = crossFitSentence(arts, viewsOf(arts, new Map()), CFG.sentence);
  assert.deepEqual(again.cuts, det.cuts);
  assert.deepEqual([...again.model.slots], [...det.model.slots]);
});

test('the SI tagger trained on such articles finds the phrase of a new one, span exact', async () => {
  const arts = await prepared(12);
  const views = viewsOf(arts, new Map());
  crossFitSentence(arts, views, CFG.sentence);
  const si = trainSi(arts, views, { ...CFG, siModels: 2 });
  const [fresh] = await (async () => { const pipe = await upstreamPipeline(); return [prepareArticle(pipe, article(13))]; })();
  const [fv] = viewsOf([fresh], new Map());
  fv.sentBucket.set([1, 2, 1]);
  const spans = tagSpans(fv, (x, n, o) => si.score(x, n, o), 0, 0).map((s) => fresh.art.text.slice(fresh.v.start[s.a], fresh.v.end[s.b - 1]));
  assert.deepEqual(spans, [LOADED[13 % LOADED.length]]);
});
