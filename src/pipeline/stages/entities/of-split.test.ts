// "<Person> of [the] <Name>" split (./of-split.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameSpans } from './test-helpers.js';
import { splitNameOfName, splitTrailingCountry } from './of-split.js';

/** Name spans for the quoted names of `text`, in order ([surface, type]). */
const cases: { name: string; text: string; names: [string, string][]; want: [string, string][] }[] = [
  { name: 'a person of a party named on its own elsewhere',
    text: 'Lena Marsh of the Harbour Party won. The Harbour Party gained seats.',
    names: [['Lena Marsh of the Harbour Party', 'ORG'], ['Harbour Party', 'ORG']],
    want: [['Lena Marsh', 'PERSON'], ['Harbour Party', 'ORG'], ['Harbour Party', 'ORG']] },
  { name: 'a hyphenated given name without "the"',
    text: 'Tam Ka-ming of Civic Dawn lost. Civic Dawn conceded.',
    names: [['Tam Ka-ming of Civic Dawn', 'MISC'], ['Civic Dawn', 'ORG']],
    want: [['Tam Ka-ming', 'PERSON'], ['Civic Dawn', 'ORG'], ['Civic Dawn', 'ORG']] },
];

for (const c of cases) {
  test(`of-split: ${c.name}`, () => {
    const names = nameSpans(c.text, c.names);
    splitNameOfName(c.text, names);
    assert.deepEqual(names.map((n) => [c.text.slice(n.start, n.end), n.type]), c.want);
  });
}

test('trailing country: an institution "of the <country>" is the institution and the country', () => {
  const table: [string, [string, string][], [string, string, string?][]][] = [
    ['at Tarwick State University of the US today', [['Tarwick State University of the US', 'ORG']], [['Tarwick State University', 'ORG'], ['US', 'GPE', 'US']]],
    ['at the University of Lenmoor of the UK today', [['University of Lenmoor of the UK', 'ORG']], [['University of Lenmoor', 'ORG'], ['UK', 'GPE', 'GB']]],
  ];
  for (const [text, names, want] of table) {
    const spans = nameSpans(text, names);
    splitTrailingCountry(text, spans);
    assert.deepEqual(spans.map((n) => [text.slice(n.start, n.end), n.type, ...(n.kb ? [n.kb.id] : [])]), want);
  }
});
