// "The North" → the document's North-country (./compass.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compassRun } from './test-helpers.js';

const cases: { name: string; text: string; names: [string, string, string?][]; want: string[] }[] = [
  { name: '"the North" after North Korea is North Korea',
    text: 'North Korea shelled a post. Radios carried it into the North.',
    names: [['North Korea', 'GPE', 'North Korea'], ['North', 'LOC']],
    want: ['0-11:North Korea → North Korea', '55-60:North → North Korea'] },
  { name: '"the South" with both Koreas named is South Korea, "the North" North Korea',
    text: 'Talks between South Korea and North Korea failed; the South blamed the North.',
    names: [['South Korea', 'GPE', 'South Korea'], ['North Korea', 'GPE', 'North Korea'], ['South', 'LOC'], ['North', 'LOC']],
    want: ['14-25:South Korea → South Korea', '30-41:North Korea → North Korea', '54-59:South → South Korea', '71-76:North → North Korea'] },
  { name: 'the first word of "North and South Korea"',
    text: 'North and South Korea traded fire. North Korea blamed Seoul.',
    names: [['North', 'LOC'], ['South Korea', 'GPE', 'South Korea'], ['North Korea', 'GPE', 'North Korea']],
    want: ['0-5:North → North Korea', '10-21:South Korea → South Korea', '35-46:North Korea → North Korea'] },
];

for (const c of cases) test(`compass: ${c.name}`, () => assert.deepEqual(compassRun(c.text, c.names), c.want));
