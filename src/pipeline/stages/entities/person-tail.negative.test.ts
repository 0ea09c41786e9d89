// Negative cases for ./person-tail.ts: words after a name that are no surname stay out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendPersonTails } from './person-tail.js';
import { spaceTokens } from './test-helpers.js';

const lexicon = {
  givenName: (w: string) => ['Pierre', 'Charles', 'Simon', 'Marta', 'John'].includes(w),
  common: (w: string) => ['Foundation', 'Street'].includes(w) || /^\p{Ll}/u.test(w),
  placeWord: (w: string) => ['French', 'Italy'].includes(w),
};

const cases: { name: string; sentence: string; spans: [number, number, string][] }[] = [
  { name: 'a full name does not take the next capitalised word', sentence: 'the Marta Okafor Trust gave', spans: [[1, 2, 'PER']] },
  { name: 'a word news writes in lower case', sentence: 'John Foundation', spans: [[0, 1, 'PER']] },
  { name: 'a weekday', sentence: 'Marta Monday said', spans: [[0, 1, 'PER']] },
  { name: 'a demonym or a country', sentence: 'Pierre French was', spans: [[0, 1, 'PER']] },
  { name: 'an acronym', sentence: 'John BBC said', spans: [[0, 1, 'PER']] },
  { name: 'a word already in another span', sentence: 'Marta Lindqvist', spans: [[0, 1, 'PER'], [1, 1, 'ORG']] },
  { name: 'a one-word non-person span that is no given name', sentence: 'Oslo Lindqvist', spans: [[0, 1, 'LOC']] },
];
for (const c of cases) {
  test(`person tail, left alone: ${c.name}`, () => {
    const toks = spaceTokens(c.sentence);
    const spans = c.spans.map(([s, n, type]) => ({ start: s, end: s + n, type }));
    const before = JSON.stringify(spans);
    assert.equal(JSON.stringify(extendPersonTails(toks, spans, lexicon)), before);
  });
}
