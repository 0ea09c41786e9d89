// A demonym starting an organisation's name (./recognise.ts joinDemonymOrgs), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinDemonymOrgs } from './recognise.js';
import { spaceTokens } from './test-helpers.js';

/** Runs the join on `sentence` with tagger spans `[first word, word count, type]`; returns `start-end:text/TYPE` per span. */
function join(sentence: string, spans: [number, number, string][]): string[] {
  const toks = spaceTokens(sentence);
  return joinDemonymOrgs(toks, spans.map(([s, n, type]) => ({ start: s, end: s + n, type })))
    .map((s) => { const a = toks[s.start].start, b = toks[s.end - 1].end; return `${a}-${b}:${sentence.slice(a, b)}/${s.type}`; });
}

test('demonym + organisation: one name', () => {
  assert.deepEqual(join('the Australian Lantern Broadcasting Corporation said', [[1, 1, 'MISC'], [2, 3, 'MISC']]), ['4-47:Australian Lantern Broadcasting Corporation/ORG']);
  assert.deepEqual(join('the Kenyan Tea Growers Guild said', [[1, 1, 'MISC'], [2, 3, 'ORG']]), ['4-28:Kenyan Tea Growers Guild/ORG']);
});

test('demonym + organisation (negative): a known company, a state body, a gap, a place stay apart', () => {
  assert.deepEqual(join('Russian Gazprom said', [[0, 1, 'MISC'], [1, 1, 'ORG']]), ['0-7:Russian/MISC', '8-15:Gazprom/ORG']);
  assert.deepEqual(join('the Saudi Interior Ministry said', [[1, 1, 'MISC'], [2, 2, 'ORG']]), ['4-9:Saudi/MISC', '10-27:Interior Ministry/ORG']);
  assert.deepEqual(join('Australian and Lantern Guild', [[0, 1, 'MISC'], [2, 2, 'ORG']]), ['0-10:Australian/MISC', '15-28:Lantern Guild/ORG']);
  assert.deepEqual(join('Australian Harbour Point', [[0, 1, 'MISC'], [1, 2, 'LOC']]), ['0-10:Australian/MISC', '11-24:Harbour Point/LOC']);
});
