import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import type { Annotation } from '../../../model/types.js';
import { buildPipeline, type Pipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { posOnlyStage } from '../test-helpers.js';
import { timexStage } from './index.js';

let pipeline: Promise<Pipeline> | undefined;
async function timexesOf(text: string): Promise<readonly Annotation[]> {
  pipeline ??= buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, posOnlyStage, timexStage]);
  return (await pipeline).run(createDoc(text, { publishedAt: '2025-09-03' })).layers.timexes ?? [];
}

/** Sentences (written for this test) in which a word looks temporal but is not, and the words that must not be marked. */
const negatives: [string, string[]][] = [
  ['Officials may announce the decision later, but nothing is certain.', ['may']],
  ['May I ask the minister a question about the budget?', ['May']],
  ['Protesters plan to march on the parliament building.', ['march']],
  ['Thousands of workers will March through the capital to demand higher wages.', ['March']],
  ['The interview first appeared in the Sunday Times.', ['Sunday']],
  ['She starred in the film Friday\'s Child before entering politics.', ['Friday']],
  ['The association now counts 2024 members across the region.', ['2024']],
  ['Rescue teams evacuated 1,945 people from the flooded district.', ['1,945', '945']],
  ['The ticket costs $2025 for the whole season.', ['2025']],
  ['Flight 1999 landed safely after the engine warning.', ['1999']],
  ['April Ryan asked the spokesman about the new sanctions.', ['April']],
  ['The senator praised June Carter for her work with refugees.', ['June']],
  ['A 52-year-old man was arrested at the scene.', ['52-year-old', '52-year']],
  ['The suspect, 37 years old, was released on bail.', ['37 years']],
  ['The firm raised its quarterly dividend by five cents.', ['quarterly']],
  ['Iraq imports about three-quarters of its food.', ['three-quarters']],
  ['A second group of observers arrived by bus.', ['A second']],
  ['The party daily Granma printed the letter in full.', ['daily']],
  ['They watched the ABC programme This Week With the anchor.', ['This Week']],
  ['The store sells about 500 units a week in the summer months.', ['a week']],
];

for (const [text, words] of negatives) {
  test(`negative: ${text}`, async () => {
    const found = await timexesOf(text);
    for (const w of words) {
      const at = text.indexOf(w);
      assert.ok(at >= 0, `fixture: "${w}" not in text`);
      const hit = found.find((t) => t.start < at + w.length && at < t.end && (t.text === w || t.text.includes(w) || w.includes(t.text)));
      assert.equal(hit, undefined, `"${w}" marked as ${hit?.label} ${hit?.attrs.value} ("${hit?.text}")`);
    }
  });
}
