import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, TokenBuffer } from './tokenizer.js';
import { splitSentences } from './sentence-splitter.js';

/** Sentences of `text` as [start, end, sliced text]. */
function sentences(text: string): [number, number, string][] {
  const buf = new TokenBuffer();
  tokenize(text, 0, text.length, buf);
  const out: [number, number, string][] = [];
  splitSentences(text, buf, (a, b) => out.push([buf.starts[a], buf.ends[b], text.slice(buf.starts[a], buf.ends[b])]));
  return out;
}

test('spans: sentence boundaries with closing quotes and brackets', () => {
  assert.deepEqual(sentences('He said "no." Then he left. (It ended.) Next.'), [
    [0, 13, 'He said "no."'], [14, 27, 'Then he left.'], [28, 39, '(It ended.)'], [40, 45, 'Next.']]);
  assert.deepEqual(sentences('“We agree,” Kim said. “We will win.”'), [[0, 21, '“We agree,” Kim said.'], [22, 36, '“We will win.”']]);
});

test('table: abbreviations, initials, numbers, ellipses', () => {
  const cases: [string, string[]][] = [
    ['Mr. Kim met Dr. Lee. They spoke.', ['Mr. Kim met Dr. Lee.', 'They spoke.']],
    ['It was 4 a.m. When they left, it rained.', ['It was 4 a.m.', 'When they left, it rained.']],
    ['He flew to the U.S. The talks began.', ['He flew to the U.S.', 'The talks began.']],
    ['The U.S. Senate and the U.N. Security Council met.', ['The U.S. Senate and the U.N. Security Council met.']],
    ['Profit was $500m. It intends to grow.', ['Profit was $500m.', 'It intends to grow.']],
    ['Sales rose in 2023. 2024 was worse!', ['Sales rose in 2023.', '2024 was worse!']],
    ['Really? Yes! Well... maybe. Wait... No.', ['Really?', 'Yes!', 'Well... maybe.', 'Wait...', 'No.']],
    ['It is No. 1 in the list of J. R. R. Tolkien.', ['It is No. 1 in the list of J. R. R. Tolkien.']],
    ['He was born c. 1818 in London. [6] He left in 1805. [17]', ['He was born c. 1818 in London. [6]', 'He left in 1805. [17]']],
    ['See [a] here. [12b] Next.', ['See [a] here.', '[12b] Next.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(sentences(text).map((s) => s[2]), expected, text);
});
