// Full names of persons known by their surname (./surnames.ts), on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NameSpan } from './recognise.js';
import { fullNamesOfSurnames } from './surnames.js';

function spans(text: string, list: [string, string][]): NameSpan[] {
  let from = 0;
  return list.map(([s, type]) => {
    const start = text.indexOf(s, from);
    assert.ok(start >= 0, s);
    from = start + s.length;
    return { start, end: start + s.length, type, sentence: 0 };
  });
}

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
    const names = spans(c.text, c.names);
    fullNamesOfSurnames(c.text, names);
    assert.deepEqual(names.map((n) => n.type), c.want);
    for (const n of names) assert.ok(c.text.slice(n.start, n.end).length > 0);
  });
}
