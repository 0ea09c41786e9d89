// Statement labels from the quotations inside the content (./index.ts), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layer } from '../../../model/doc.js';
import type { SpanRef } from '../../../model/types.js';
import { analyzeText } from './test-helpers.js';

// [sentence, cue, label wanted]
const cases: [string, string, string][] = [
  // A fragment of the speaker's words inside reported speech: mixed.
  ['Ms Dunn said the ruling was "unfair and wrong" and that she would appeal.', 'said', 'mixed'],
  ['The union said the offer was a "different" deal from the one it had rejected.', 'said', 'mixed'],
  // A term held at a distance stays a scare quote: indirect.
  ['Moscow has long maintained that the “reform” of the army is a central aim.', 'has long maintained', 'indirect'],
  ['He said the plan\'s so-called "savings" would never reach patients.', 'said', 'indirect'],
  // No quotation: indirect; all quoted and clause-like: direct.
  ['The minister said the budget would be balanced by 2030.', 'said', 'indirect'],
  ['"We will win this vote," she said.', 'said', 'direct'],
];
for (const [text, cue, want] of cases) {
  test(`label: ${want} — ${text}`, async () => {
    const st = layer(await analyzeText(text), 'statements').find((s) => (s.attrs.cue as SpanRef).text === cue);
    assert.ok(st, `no statement with cue "${cue}"`);
    assert.equal(st.label, want);
  });
}
