import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextLines } from './metadata-lines.js';

/** Builds lines from a script: strings are text nodes, '|' ends a line (block), '_' separates inline elements. */
function build(script: string[]): TextLines {
  const l = new TextLines();
  for (const s of script) { if (s === '|') l.flush(); else if (s === '_') l.space(); else l.add(s); }
  l.flush();
  return l;
}

const cases: [string, string[], { text: string; at: number }[]][] = [
  ['blocks become lines with their stream offsets', ['Ferry trial', '|', 'By Ana Ruiz'], [{ text: 'Ferry trial', at: 0 }, { text: 'By Ana Ruiz', at: 11 }]],
  ['inline elements are kept apart by one space', ['Ana Ruiz', '_', '3.11.2023'], [{ text: 'Ana Ruiz 3.11.2023', at: 0 }]],
  ['whitespace collapsed, soft hyphens out', ['  Nacht\u00adfähre \n im   Test '], [{ text: 'Nachtfähre im Test', at: 0 }]],
  ['empty blocks make no line; a space alone opens none', ['|', '_', '|', 'Text'], [{ text: 'Text', at: 0 }]],
];
for (const [name, script, want] of cases) {
  test(`TextLines: ${name}`, () => {
    const l = build(script);
    assert.deepEqual([...l.window(0, 1e9)], want);
  });
}

test('TextLines: a window reads only the lines around an offset', () => {
  const l = build(['first line', '|', 'second line', '|', 'third line']);
  assert.deepEqual([...l.window(12, 20)].map((x) => x.text), ['second line']);
  assert.deepEqual([...l.window(0, 0)].map((x) => x.text), ['first line']);
  assert.equal(l.firstEndingAfter(21), 2, 'the second line ends at 21: the first line ending after 21 is the third');
  assert.equal(l.firstEndingAfter(10), 1);
});

test('TextLines: find skips lines outside the raw-length bounds; tail reads the open line', () => {
  const l = build(['short', '|', 'a much longer line of text', '|', 'tiny']);
  assert.equal(l.find(10, 100, () => true)?.text, 'a much longer line of text');
  assert.equal(l.find(0, 4, () => true)?.text, 'tiny');
  const open = new TextLines();
  open.add('Posted by Ana Ruiz on'); open.space();
  assert.equal(open.tail(10), 'a Ruiz on ');
  assert.equal(open.tail(100), 'Posted by Ana Ruiz on ');
});
