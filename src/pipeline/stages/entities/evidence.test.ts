// Title words off the front of a person's name (./evidence.ts splitPersonTitle), on names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitPersonTitle } from './evidence.js';

const cases: [string, string[], string[]][] = [
  ['St. Aldric', ['St.'], ['Aldric']],
  ['Saint Aldric of Venn', ['Saint'], ['Aldric', 'of', 'Venn']],
  ['Mr Orrin Vale', ['Mr'], ['Orrin', 'Vale']],
  ['Shadow Health Secretary Yvonne Ashgrove', ['Shadow', 'Health', 'Secretary'], ['Yvonne', 'Ashgrove']],
  ['Tsar Ivan the Bold', ['Tsar'], ['Ivan', 'the', 'Bold']],
  ['Sultan Kerem', ['Sultan'], ['Kerem']],
];
for (const [name, title, rest] of cases) {
  test(`splitPersonTitle: ${name}`, () => {
    const got = splitPersonTitle(name.split(' '));
    assert.deepEqual(got.title, title);
    assert.deepEqual(got.name, rest);
  });
}
test('splitPersonTitle (negative): a lone saint\'s title keeps the name word, a name stays whole', () => {
  assert.deepEqual(splitPersonTitle(['St.', 'Aldric']).name, ['Aldric']);
  assert.deepEqual(splitPersonTitle(['Saint']).name, ['Saint']);
  assert.deepEqual(splitPersonTitle(['Orrin', 'Vale']).title, []);
  // "Emperor"/"Empress" are part of the names some rulers are known by ("Emperor Meiji").
  assert.deepEqual(splitPersonTitle(['Emperor', 'Tenmu']).name, ['Emperor', 'Tenmu']);
  assert.deepEqual(splitPersonTitle(['Tsar']).name, ['Tsar']);
});
