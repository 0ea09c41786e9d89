// Full names of persons known by their surname (./surnames.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameSpans } from './test-helpers.js';
import { fullNamesOfSurnames } from './surnames.js';

const cases: { name: string; text: string; names: [string, string][]; want: string[] }[] = [
  { name: 'a full name tagged ORG after two surname mentions',
    text: 'Wrenfield wrote at night. Wrenfield died young. Anatol Wrenfield was 20.',
    names: [['Wrenfield', 'PERSON'], ['Wrenfield', 'PERSON'], ['Anatol Wrenfield', 'ORG']], want: ['PERSON', 'PERSON', 'PERSON'] },
  { name: 'a three-word name tagged MISC, the surnames after it',
    text: 'Anatol Maru Wrenfield was born in May. Wrenfield studied. Wrenfield wrote.',
    names: [['Anatol Maru Wrenfield', 'MISC'], ['Wrenfield', 'PERSON'], ['Wrenfield', 'PERSON']], want: ['PERSON', 'PERSON', 'PERSON'] },
];
for (const c of cases) {
  test(`surnames: ${c.name}`, () => {
    const names = nameSpans(c.text, c.names);
    fullNamesOfSurnames(c.text, names);
    assert.deepEqual(names.map((n) => n.type), c.want);
    for (const n of names) assert.ok(c.text.slice(n.start, n.end).length > 0);
  });
}
