import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lex, Lexicon, normalizeForm, wordShape } from './lexical.js';

test('normalizeForm maps curly apostrophes and quotes to straight ones', () => {
  const cases: [string, string][] = [
    ['country\u2019s', "country's"], ['\u2019s', "'s"], ['n\u2019t', "n't"], ['\u201Cwe', '"we'], ['plain', 'plain'], ['\u2014', '\u2014'],
  ];
  for (const [inp, out] of cases) assert.equal(normalizeForm(inp), out, inp);
});

test('wordShape caps runs at two characters', () => {
  const cases: [string, string][] = [['Kiev', 'Xxx'], ['NATO', 'XX'], ['3.5', 'd.d'], ['2025', 'dd'], ['Jong', 'Xxx'], ['e-mail', 'x-xx']];
  for (const [inp, out] of cases) assert.equal(wordShape(inp), out, inp);
});

test('typographic variants share their lexical record values', () => {
  const lex = new Lexicon();
  const a = lex.get('country\u2019s'), b = lex.get("country's");
  assert.deepEqual(Array.from(a), Array.from(b));
  assert.notEqual(lex.get('Kiev')[Lex.Form], lex.get('kiev')[Lex.Form]);
  assert.equal(lex.get('Kiev')[Lex.Lower], lex.get('kiev')[Lex.Lower]);
});
