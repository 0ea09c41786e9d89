// Negative cases for ./head-words.ts: a head word without "the", before the full name, or of no organisation stays itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinHeadWords } from './head-words.js';
import { clusterRun } from './test-helpers.js';

const cases: { name: string; text: string; names: [string, string, string?][]; want: string[] }[] = [
  { name: 'no "the" before the word', text: 'The Guild of Smiths met. Guild members left.', names: [['Guild of Smiths', 'ORG'], ['Guild', 'ORG']],
    want: ['4-19:Guild of Smiths → Guild of Smiths/ORG', '25-30:Guild → Guild/ORG'] },
  { name: 'the word comes before the full name', text: 'the Guild met. The Guild of Smiths left.', names: [['Guild', 'ORG'], ['Guild of Smiths', 'ORG']],
    want: ['4-9:Guild → Guild/ORG', '19-34:Guild of Smiths → Guild of Smiths/ORG'] },
  { name: 'the full name is a place, not an organisation', text: 'the Vale of Tarrow is green; the Vale floods.', names: [['Vale of Tarrow', 'LOC'], ['Vale', 'LOC']],
    want: ['4-18:Vale of Tarrow → Vale of Tarrow/LOC', '33-37:Vale → Vale/LOC'] },
];
for (const c of cases) test(`head words, left alone: ${c.name}`, () => assert.deepEqual(clusterRun(c.text, c.names, joinHeadWords), c.want));
