// Tagger-span repairs around titles (./title-spans.ts), on token lists written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spaceTokens } from './test-helpers.js';
import type { NerToken } from './recognise.js';
import { repairTitleSpans, splitOrgPerson, type TagSpan } from './title-spans.js';

/** Tokens of a space-separated sentence, with their character spans. */
const words = (t: NerToken[], s: TagSpan) => t.slice(s.start, s.end).map((x) => x.text).join(' ');

interface Case { name: string; sentence: string; spans: TagSpan[]; want: [string, string][] }
const cases: Case[] = [
  { name: 'an honorific cut off as its own span joins the name after it',
    sentence: 'Mr Pendleton announced a review', spans: [{ start: 0, end: 1, type: 'PER' }, { start: 1, end: 2, type: 'PER' }],
    want: [['Mr Pendleton', 'PER']] },
  { name: 'a peer title alone before an untagged capitalised word takes it',
    sentence: 'Lord Abernethy said so', spans: [{ start: 0, end: 1, type: 'LOC' }], want: [['Lord Abernethy', 'PER']] },
  { name: 'an office word naming no one goes; the party word before it stays',
    sentence: 'Sayeed quits as Tory MP', spans: [{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 5, type: 'ORG' }],
    want: [['Sayeed', 'PER'], ['Tory', 'ORG']] },
  { name: 'a span running on over function words ends at its last name word',
    sentence: 'Tory MP Jonathan Sayeed is to stand down', spans: [{ start: 0, end: 6, type: 'ORG' }],
    want: [['Tory MP Jonathan Sayeed', 'ORG']] },
  { name: 'a person span of office words only is dropped',
    sentence: 'The MP had denied it', spans: [{ start: 1, end: 2, type: 'PER' }], want: [] },
];

for (const c of cases) {
  test(`title spans: ${c.name}`, () => {
    const t = spaceTokens(c.sentence);
    const got = repairTitleSpans(t, c.spans);
    assert.deepEqual(got.map((s) => [words(t, s), s.type]), c.want);
    // Spans stay inside the sentence and in text order.
    for (let i = 0; i < got.length; i++) {
      assert.ok(got[i].start >= 0 && got[i].end <= t.length && got[i].start < got[i].end);
      if (i) assert.ok(got[i - 1].end <= got[i].start);
    }
  });
}

const GIVEN = new Set(['Enver', 'Simon', 'Ruth']);
const orgPerson: [string, TagSpan[], [string, string][]][] = [
  ['the Refugee Council Enver Solomon said', [{ start: 1, end: 5, type: 'ORG' }], [['Refugee Council', 'ORG'], ['Enver Solomon', 'PER']]],
  ['at Kellan State University Simon Ford', [{ start: 1, end: 6, type: 'ORG' }], [['Kellan State University', 'ORG'], ['Simon Ford', 'PER']]],
  // Negative: no organisation word before the given name, a person span, a short span.
  ['the Ruth Gallery Trust opened', [{ start: 1, end: 4, type: 'ORG' }], [['Ruth Gallery Trust', 'ORG']]],
  ['Ruth Council Smith spoke', [{ start: 0, end: 3, type: 'PER' }], [['Ruth Council Smith', 'PER']]],
  ['Council Simon said', [{ start: 0, end: 2, type: 'ORG' }], [['Council Simon', 'ORG']]],
];
for (const [sentence, spans, want] of orgPerson) {
  test(`org run-on spans: ${sentence}`, () => {
    const t = spaceTokens(sentence);
    const got = splitOrgPerson(t, spans, (w) => GIVEN.has(w));
    assert.deepEqual(got.map((s) => [words(t, s), s.type]), want);
  });
}
