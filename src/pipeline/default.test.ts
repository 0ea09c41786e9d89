import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../model/doc.js';
import { buildPipeline } from './runner.js';
import { defaultStages } from './default.js';

// Written for this test: "suggested" is not one of the lexicon's always-cue verbs, so only
// the learned cue tagger (and its bias) decides it.
const TEXT = 'The finance minister suggested that the budget would be balanced by next year.';

test('stage options reach the stages: a cue bias far below zero silences the learned cue tagger', async () => {
  const run = async (cueBias?: number) => {
    const p = await buildPipeline(defaultStages(cueBias === undefined ? {} : { statements: { cueBias } }));
    const doc = p.run(createDoc(TEXT, { publishedAt: '2026-03-02' }));
    return (doc.layers.statements ?? []).map((s) => s.text);
  };
  const byDefault = await run();
  assert.deepEqual(byDefault, [TEXT.slice(0, -1)], 'the default settings find the statement (source..content)');
  assert.deepEqual(await run(-1000), [], 'with the bias the tagger never opens a cue');
});

test('a model path that does not exist is refused when the pipeline is built, not at the first document', async () => {
  await assert.rejects(async () => buildPipeline(defaultStages({ entities: { nerModelPath: '/nonexistent/ner.bin' } })));
});
