// "The Tsar" → the person named "Tsar X" (./lone-titles.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLoneTitles } from './lone-titles.js';
import { clusterRun } from './test-helpers.js';

const cases: { name: string; text: string; names: [string, string, string?][]; want: string[] }[] = [
  { name: '"the Tsar" joins the one Tsar named, typed as a place by the tagger: both a person',
    text: 'He served Tsar Ivan the Bold. Later the Tsar made him a general.',
    names: [['Tsar Ivan the Bold', 'LOC'], ['Tsar', 'LOC']],
    want: ['10-28:Tsar Ivan the Bold → Tsar Ivan the Bold/PERSON', '40-44:Tsar → Tsar Ivan the Bold/PERSON'] },
  { name: 'two sultans: the one named more often, by any name',
    text: 'Sultan Omar Bey ruled, then Sultan Kerem. Omar Bey fought; Omar Bey won. The Sultan\'s army',
    names: [['Sultan Omar Bey', 'PERSON'], ['Sultan Kerem', 'PERSON'], ['Omar Bey', 'PERSON', 'Sultan Omar Bey'], ['Omar Bey', 'PERSON', 'Sultan Omar Bey'], ['Sultan\'s', 'ORG']],
    want: ['0-15:Sultan Omar Bey → Sultan Omar Bey/PERSON', '28-40:Sultan Kerem → Sultan Kerem/PERSON', '42-50:Omar Bey → Sultan Omar Bey/PERSON', '59-67:Omar Bey → Sultan Omar Bey/PERSON', '77-85:Sultan\'s → Sultan Omar Bey/PERSON'] },
];

for (const c of cases) test(`lone titles: ${c.name}`, () => assert.deepEqual(clusterRun(c.text, c.names, joinLoneTitles), c.want));
