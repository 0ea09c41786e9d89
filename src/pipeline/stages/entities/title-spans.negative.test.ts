// Negative cases for ./title-spans.ts: names that only look like titles stay as the tagger made them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spaceTokens } from './test-helpers.js';
import { repairTitleSpans, type TagSpan } from './title-spans.js';

const cases: [string, string, TagSpan[]][] = [
  ['an organisation ending in an office-like word keeps it', 'The Health and Safety Executive said', [{ start: 1, end: 5, type: 'ORG' }]],
  ['a long organisation name ending in a role word is left alone', 'The Office of the President said', [{ start: 1, end: 5, type: 'ORG' }]],
  ['a name ending in a capitalised word is not trimmed', 'Bank of England figures', [{ start: 0, end: 3, type: 'ORG' }]],
  ['a full name with an honorific is untouched', 'Mrs Ada Lind spoke', [{ start: 0, end: 3, type: 'PER' }]],
];

for (const [name, sentence, spans] of cases) {
  test(`title spans (negative): ${name}`, () => {
    assert.deepEqual(repairTitleSpans(spaceTokens(sentence), spans), spans);
  });
}

test('title spans (negative): a title with no name after it makes no name', () => {
  assert.deepEqual(repairTitleSpans(spaceTokens('said the Mr of it'), [{ start: 2, end: 3, type: 'PER' }]), []);
});
