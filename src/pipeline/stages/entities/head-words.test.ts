// "The Society" → the Society named in full (./head-words.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headWord, joinHeadWords } from './head-words.js';
import { clusterRun } from './test-helpers.js';

test('head words of organisation names', () => {
  const table: [string, string | undefined][] = [
    ['Society of the Marsh Wardens', 'Society'], ['the Guild for Lamp Makers', 'Guild'], ["Tinkers' Brotherhood", 'Brotherhood'],
    ['Korvel', undefined], ['of Things', undefined],
  ];
  for (const [name, want] of table) assert.equal(headWord(name), want, name);
});

const cases: { name: string; text: string; names: [string, string, string?][]; want: string[] }[] = [
  { name: '"the Society" after the Society named in full, typed as a person by the tagger',
    text: 'He joined the Society of the Marsh Wardens in 1790. Members of the Society wore badges.',
    names: [['Society of the Marsh Wardens', 'ORG'], ['Society', 'PERSON']],
    want: ['14-42:Society of the Marsh Wardens → Society of the Marsh Wardens/ORG', '67-74:Society → Society of the Marsh Wardens/ORG'] },
  { name: 'two guilds: the one named more often',
    text: 'The Guild of Coopers and the Guild of Smiths met; the Guild of Smiths won. Then the Guild voted.',
    names: [['Guild of Coopers', 'ORG'], ['Guild of Smiths', 'ORG'], ['Guild of Smiths', 'ORG'], ['Guild', 'ORG']],
    want: ['4-20:Guild of Coopers → Guild of Coopers/ORG', '29-44:Guild of Smiths → Guild of Smiths/ORG', '54-69:Guild of Smiths → Guild of Smiths/ORG', '84-89:Guild → Guild of Smiths/ORG'] },
];
for (const c of cases) test(`head words: ${c.name}`, () => assert.deepEqual(clusterRun(c.text, c.names, joinHeadWords), c.want));
