// Negative cases for ./of-split.ts: names holding "of" that are one name stay whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameSpans } from './test-helpers.js';
import { splitNameOfName } from './of-split.js';

const cases: [string, string, [string, string][]][] = [
  ['an institution "of" a place', 'The Bank of Marlow cut rates; Marlow is small.', [['Bank of Marlow', 'ORG'], ['Marlow', 'LOC']]],
  ['a title "of" a place', 'The Duke of Tessa came. Tessa cheered.', [['Duke of Tessa', 'PERSON'], ['Tessa', 'LOC']]],
  ['a journal "of" a country', 'The Medical Journal of Norland said Norland lags.', [['Medical Journal of Norland', 'ORG'], ['Norland', 'GPE']]],
  ['the second part never named alone', 'Lena Marsh of the Harbour Party won.', [['Lena Marsh of the Harbour Party', 'ORG']]],
];

for (const [name, text, list] of cases) {
  test(`of-split (negative): ${name}`, () => {
    const names = nameSpans(text, list);
    const before = names.map((n) => ({ ...n }));
    splitNameOfName(text, names);
    assert.deepEqual(names, before);
  });
}
