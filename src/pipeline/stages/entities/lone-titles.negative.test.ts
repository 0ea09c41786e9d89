// Negative cases for ./lone-titles.ts: a title without "the", or with no one so titled, stays itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLoneTitles } from './lone-titles.js';
import { clusterRun } from './test-helpers.js';

const cases: { name: string; text: string; names: [string, string, string?][]; want: string[] }[] = [
  { name: 'no one titled "Emperor" in the text', text: 'The Emperor penguin colony grew.', names: [['Emperor', 'ORG']], want: ['4-11:Emperor → Emperor/ORG'] },
  { name: 'no "the" before the title: a rank given, not a reference', text: 'Shah Rahim Ali ruled. He was made Shah in a day.', names: [['Shah Rahim Ali', 'PERSON'], ['Shah', 'ORG']], want: ['0-14:Shah Rahim Ali → Shah Rahim Ali/PERSON', '34-38:Shah → Shah/ORG'] },
  { name: 'an institution named after a king stays an organisation', text: 'King Oren University opened; the King Oren University board met.', names: [['King Oren University', 'ORG'], ['King Oren University', 'ORG']], want: ['0-20:King Oren University → King Oren University/ORG', '33-53:King Oren University → King Oren University/ORG'] },
];

for (const c of cases) test(`lone titles, left alone: ${c.name}`, () => assert.deepEqual(clusterRun(c.text, c.names, joinLoneTitles), c.want));
