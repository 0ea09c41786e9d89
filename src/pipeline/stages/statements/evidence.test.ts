// Which cue relations report a proposition (./evidence.ts): statements vs reportingCues, on
// sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { analyzeText } from './test-helpers.js';

const propositions: [string, string][] = [
  ['The ministry said exports rose by 3% in May.', 'said'],
  ['Orvane Mining announced a copper discovery in the north.', 'announced'],
  ['The council promised to repair the bridge before winter.', 'promised'],
  ['Critics accused the mayor of hiding the cost of the stadium.', 'accused'],
  ['The governor welcomed the ruling, calling it "a victory for common sense".', 'calling'],
];

for (const [text, cue] of propositions) {
  test(`evidence: a statement — ${text}`, async () => {
    const doc = await analyzeText(text);
    const cues = layer(doc, 'statements').map((s) => (s.attrs.cue as SpanRef).text);
    assert.ok(cues.some((c) => c.includes(cue)), JSON.stringify(cues));
  });
}
