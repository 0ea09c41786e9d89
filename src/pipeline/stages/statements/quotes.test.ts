import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './quotes.js';

const cases: { text: string; want: [string, number, boolean][] }[] = [
  { text: '“We are ready,” she said.', want: [['“We are ready,”', 0, false]] },
  { text: 'He said "not now" and left.', want: [['"not now"', 0, false]] },
  { text: '“They told us ‘wait’ again,” he said.', want: [['“They told us ‘wait’ again,”', 0, false], ['‘wait’', 1, false]] },
  { text: 'The workers’ fund isn’t empty.', want: [] },
  { text: '“First we fix the roads.', want: [['“First we fix the roads.', 0, true]] },
  { text: 'She called it "a mess" and "a scandal".', want: [['"a mess"', 0, false], ['"a scandal"', 0, false]] },
  // Mistyped closing marks: a left mark after punctuation, a straight mark closing a typographic quote.
  { text: '“The bridge is safe,“ the mayor said.', want: [['“The bridge is safe,“', 0, false]] },
  { text: '“We will appeal," the lawyer said on Monday.', want: [['“We will appeal,"', 0, false]] },
  { text: '“He told me "never again" and hung up,” she said.', want: [['“He told me "never again" and hung up,”', 0, false], ['"never again"', 1, false]] },
];

for (const c of cases) {
  test(`quotes: ${c.text}`, () => {
    const got = findQuotes(c.text, 0, c.text.length).map((q) => [c.text.slice(q.start, q.end), q.depth, q.open]);
    assert.deepEqual(got, c.want);
  });
}
