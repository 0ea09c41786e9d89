// Negative cases for ./surnames.ts: names that end in a person's surname but are not that person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameSpans } from './test-helpers.js';
import { fullNamesOfSurnames } from './surnames.js';

const cases: [string, string, [string, string][]][] = [
  ['one surname mention is not enough', 'Wrenfield wrote. Anatol Wrenfield was 20.', [['Wrenfield', 'PERSON'], ['Anatol Wrenfield', 'ORG']]],
  ['an institution word', 'Wrenfield wrote. Wrenfield died. The Wrenfield Institute opened.', [['Wrenfield', 'PERSON'], ['Wrenfield', 'PERSON'], ['Wrenfield Institute', 'ORG']]],
  ['an acronym in front', 'Berkel spoke. Berkel left. UC Berkel grew.', [['Berkel', 'PERSON'], ['Berkel', 'PERSON'], ['UC Berkel', 'ORG']]],
  ['the surname not last', 'Wrenfield wrote. Wrenfield died. Wrenfield Theory spread.', [['Wrenfield', 'PERSON'], ['Wrenfield', 'PERSON'], ['Wrenfield Theory', 'MISC']]],
];
for (const [name, text, list] of cases) {
  test(`surnames (negative): ${name}`, () => {
    const names = nameSpans(text, list);
    const before = names.map((n) => n.type);
    fullNamesOfSurnames(text, names);
    assert.deepEqual(names.map((n) => n.type), before);
  });
}
