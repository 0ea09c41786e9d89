// A surname the tagger left out (./person-tail.ts), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendPersonTails, type TailLexicon } from './person-tail.js';
import { spaceTokens } from './test-helpers.js';

/** A small lexicon standing in for the KB's given names, the casing lexicon and the place words. */
const lexicon: TailLexicon = {
  givenName: (w) => ['Pierre', 'Charles', 'Simon', 'Marta', 'John'].includes(w),
  common: (w) => ['Foundation', 'Said', 'Street', 'drew', 'was', 'today', 'won'].includes(w),
  placeWord: (w) => ['French', 'Italy'].includes(w),
};

/** Runs the rule on `sentence` with tagger spans `[first word, word count, type]`; returns `start-end:text/TYPE` per span. */
function tails(sentence: string, spans: [number, number, string][]): string[] {
  const toks = spaceTokens(sentence);
  const out = extendPersonTails(toks, spans.map(([s, n, type]) => ({ start: s, end: s + n, type })), lexicon);
  return out.map((s) => { const a = toks[s.start].start, b = toks[s.end - 1].end; return `${a}-${b}:${sentence.slice(a, b)}/${s.type}`; });
}

const cases: { name: string; sentence: string; spans: [number, number, string][]; want: string[] }[] = [
  { name: 'given names then a surname with an elided particle', sentence: "Pierre Charles L'Orvant drew the plan",
    spans: [[0, 2, 'PER']], want: ["0-23:Pierre Charles L'Orvant/PER"] },
  { name: 'a hyphenated given name the tagger took for a place', sentence: 'work of Pierre-Simon Lavalle was known',
    spans: [[2, 1, 'LOC']], want: ['8-28:Pierre-Simon Lavalle/PER'] },
  { name: "a person span before a particle surname", sentence: "He wrote to Jean le Rond d'Ambreuse today",
    spans: [[3, 3, 'PER']], want: ["12-35:Jean le Rond d'Ambreuse/PER"] },
  { name: 'a one-word surname before a romanised given name', sentence: 'Councillor Tam Wai-kit won',
    spans: [[1, 1, 'PER']], want: ['11-22:Tam Wai-kit/PER'] },
];
for (const c of cases) test(`person tail: ${c.name}`, () => assert.deepEqual(tails(c.sentence, c.spans), c.want));
