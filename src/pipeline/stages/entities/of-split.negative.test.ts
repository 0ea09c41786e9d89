// Negative cases for ./of-split.ts: names holding "of" that are one name stay whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameSpans } from './test-helpers.js';
import { splitNameOfName, splitTrailingCountry } from './of-split.js';

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

test('trailing country (negative): a name that needs its country stays whole', () => {
  const table: [string, [string, string][]][] = [
    ['the Bank of the United States failed', [['Bank of the United States', 'ORG']]],
    ['the Tarwick Trust of the Lenmoor Isles', [['Tarwick Trust of the Lenmoor Isles', 'ORG']]],
    ['Ana Velo of the US team', [['Ana Velo of the US', 'PERSON']]],
  ];
  for (const [text, names] of table) {
    const spans = nameSpans(text, names);
    const before = JSON.stringify(spans);
    splitTrailingCountry(text, spans);
    assert.equal(JSON.stringify(spans), before, text);
  }
});
