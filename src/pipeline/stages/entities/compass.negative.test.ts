// Negative cases for ./compass.ts: a compass word stays itself without one country to be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compassRun } from './test-helpers.js';

const cases: { name: string; text: string; names: [string, string, string?][]; want: string[] }[] = [
  { name: 'no North/South country in the document: "the South" is a region',
    text: 'Voters in Georgia and the South turned out.',
    names: [['Georgia', 'GPE', 'Georgia'], ['South', 'LOC']],
    want: ['10-17:Georgia → Georgia', '26-31:South → South'] },
  { name: 'no article and no "and South X": a bare "North" is left alone',
    text: 'North Korea fired. North said nothing.',
    names: [['North Korea', 'GPE', 'North Korea'], ['North', 'PERSON']],
    want: ['0-11:North Korea → North Korea', '19-24:North → North'] },
  { name: 'two countries start with the word: no guess',
    text: 'North Korea and North Macedonia voted; the North abstained.',
    names: [['North Korea', 'GPE', 'North Korea'], ['North Macedonia', 'GPE', 'North Macedonia'], ['North', 'LOC']],
    want: ['0-11:North Korea → North Korea', '16-31:North Macedonia → North Macedonia', '43-48:North → North'] },
];

for (const c of cases) test(`compass, left alone: ${c.name}`, () => assert.deepEqual(compassRun(c.text, c.names), c.want));
