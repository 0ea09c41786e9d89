// Negative cases for ./title-spans.ts: names that only look like titles stay as the tagger made them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NerToken } from './recognise.js';
import { repairTitleSpans, type TagSpan } from './title-spans.js';

function toks(sentence: string): NerToken[] {
  const out: NerToken[] = [];
  let at = 0;
  for (const w of sentence.split(' ')) { out.push({ start: at, end: at + w.length, text: w }); at += w.length + 1; }
  return out;
}

const cases: [string, string, TagSpan[]][] = [
  ['an organisation ending in an office-like word keeps it', 'The Health and Safety Executive said', [{ start: 1, end: 5, type: 'ORG' }]],
  ['a long organisation name ending in a role word is left alone', 'The Office of the President said', [{ start: 1, end: 5, type: 'ORG' }]],
  ['a name ending in a capitalised word is not trimmed', 'Bank of England figures', [{ start: 0, end: 3, type: 'ORG' }]],
  ['a full name with an honorific is untouched', 'Mrs Ada Lind spoke', [{ start: 0, end: 3, type: 'PER' }]],
];

for (const [name, sentence, spans] of cases) {
  test(`title spans (negative): ${name}`, () => {
    assert.deepEqual(repairTitleSpans(toks(sentence), spans), spans);
  });
}

test('title spans (negative): a title with no name after it makes no name', () => {
  assert.deepEqual(repairTitleSpans(toks('said the Mr of it'), [{ start: 2, end: 3, type: 'PER' }]), []);
});
