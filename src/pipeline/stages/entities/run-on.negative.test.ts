// Negative cases for ./run-on.ts: names that hold lower-case connectors, particles or inner capitals stay whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spaceTokens } from './test-helpers.js';
import type { TagSpan } from './title-spans.js';
import { cutRunOnSpans } from './run-on.js';

const cases: [string, string, TagSpan[]][] = [
  ['connectors inside an organisation', 'the Bank of Oswin and Tarrant said', [{ start: 1, end: 5, type: 'ORG' }]],
  ['a university "at" a city', 'the University of Wexbury at Holm rose', [{ start: 1, end: 6, type: 'ORG' }]],
  ['surname particles', 'Ines de la Corva arrived', [{ start: 0, end: 4, type: 'PER' }]],
  ['a lower-case first letter with a capital inside', 'the eQuill Foundation grew', [{ start: 1, end: 3, type: 'ORG' }]],
  ['a name with a digit', 'the 7th Lancer Regiment left', [{ start: 1, end: 4, type: 'ORG' }]],
  ['a greeting word alone stays what the tagger said', 'Hello magazine sold', [{ start: 0, end: 1, type: 'ORG' }]],
  ['a possessive inside a name', "the People 's Alliance won", [{ start: 1, end: 4, type: 'ORG' }]],
];

for (const [name, sentence, spans] of cases) {
  test(`run-on spans (negative): ${name}`, () => {
    assert.deepEqual(cutRunOnSpans(spaceTokens(sentence), spans, () => true), spans);
  });
}

test('run-on spans (negative): a span of lower-case words only makes no name', () => {
  assert.deepEqual(cutRunOnSpans(spaceTokens('it was quite late'), [{ start: 1, end: 3, type: 'MISC' }], () => false), []);
});
