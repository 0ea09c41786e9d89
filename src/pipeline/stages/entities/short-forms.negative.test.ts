// Negative cases for ./short-forms.ts: names that only share words with an organisation stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterDraft, MentionDraft } from './canonical.js';
import { joinShortForms } from './short-forms.js';
import type { KbEntry } from '../../../kb/index.js';

function clustersAfter(text: string, names: [string, string, KbEntry?][]): number[] {
  const mentions: MentionDraft[] = [];
  const clusters: ClusterDraft[] = [];
  let from = 0;
  for (const [n, type, kb] of names) {
    const start = text.indexOf(n, from);
    assert.ok(start >= 0);
    from = start + n.length;
    mentions.push({ start, end: start + n.length, type, kind: 'name', cluster: clusters.length });
    clusters.push({ type, name: n, kb });
  }
  joinShortForms(text, mentions, clusters);
  return mentions.map((m) => m.cluster);
}

const kbCity = { id: 'city:XX:Ardley', name: 'Ardley', type: 'GPE', kind: 'city', variants: ['Ardley'] } as unknown as KbEntry;
const cases: [string, string, [string, string, KbEntry?][]][] = [
  ['a place after "of" is the place', 'The Municipality of Brenna fined the firm. Brenna has 4,000 people.',
    [['Municipality of Brenna', 'ORG'], ['Brenna', 'LOC']]],
  ['a place after "of" and a direction word is the place', 'The University of Upper Tessa grew. Upper Tessa is rural.',
    [['University of Upper Tessa', 'ORG'], ['Upper Tessa', 'LOC']]],
  ['a linked place keeps its link', 'Ardley Town Council met. Ardley is quiet.', [['Ardley Town Council', 'ORG'], ['Ardley', 'GPE', kbCity]]],
  ['a person is never a short form', 'Hollins Bank lent money to Hollins.', [['Hollins Bank', 'ORG'], ['Hollins', 'PERSON']]],
  ['a generic word alone joins nothing', 'The Pellam Heritage Society met; the Society voted.', [['Pellam Heritage Society', 'ORG'], ['Society', 'ORG']]],
  ['a word with a distinctive rest is no short form', 'The Brotherhood of Jugglers met. Brotherhood is a film.', [['Brotherhood of Jugglers', 'ORG'], ['Brotherhood', 'MISC']]],
  ['an acronym that is not the initials', 'The National Tidal Authority and the NTB met.', [['National Tidal Authority', 'ORG'], ['NTB', 'ORG']]],
];

for (const [name, text, names] of cases) {
  test(`short forms (negative): ${name}`, () => {
    assert.deepEqual(clustersAfter(text, names), names.map((_, i) => i));
  });
}
