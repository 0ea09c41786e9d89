import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, linkParagraphQuotes } from './quotes.js';

// Original sentences written for these tests. Each want: [quoted text, depth, open, reopen marks inside].
const cases: { text: string; want: [string, number, boolean, number?][] }[] = [
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
  // A quotation over two paragraphs flattened into one: the reopening mark after a sentence end
  // continues the quotation (straight and typographic), it does not close it.
  { text: 'The coach said: "We trained hard. "Next year we go up." Fans cheered.', want: [['"We trained hard. "Next year we go up."', 0, false, 1]] },
  { text: 'The coach said: “We trained hard. “Next year we go up.” Fans cheered.', want: [['“We trained hard. “Next year we go up.”', 0, false, 1]] },
  { text: '"Rates stay low," she said. "Growth will follow."', want: [['"Rates stay low,"', 0, false], ['"Growth will follow."', 0, false]] },
  { text: 'He asked: "Why now? "Why not last year?" and sat down.', want: [['"Why now? "Why not last year?"', 0, false, 1]] },
  // Nested straight single quotes inside straight double quotes; apostrophes around them.
  { text: '"The sign said \'keep out\' and we didn\'t," he said.', want: [['"The sign said \'keep out\' and we didn\'t,"', 0, false], ["'keep out'", 1, false]] },
  // A plural possessive inside a single-quoted fragment is no closing mark.
  { text: 'It was called ‘the farmers’ last stand’ by critics.', want: [['‘the farmers’ last stand’', 0, false]] },
  { text: 'The ‘quiet’ option failed.', want: [['‘quiet’', 0, false]] },
];

for (const c of cases) {
  test(`quotes: ${c.text}`, () => {
    const got = findQuotes(c.text, 0, c.text.length).map((q) => {
      const row: [string, number, boolean, number?] = [c.text.slice(q.start, q.end), q.depth, q.open];
      if (q.reopen) row.push(q.reopen.length);
      return row;
    });
    assert.deepEqual(got, c.want);
  });
}

test('quotes: a quotation over paragraphs is open in each paragraph and continued by the next', () => {
  const paras = ['The chair said: “We lost money this year.', '“We will lose less next year.', '“After that we grow,” she added.', 'Shares fell.'];
  const text = paras.join('\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of paras) { starts.push(at); at += p.length + 2; }
  const per = paras.map((p, i) => findQuotes(text, starts[i], starts[i] + p.length));
  linkParagraphQuotes(text, per, starts);
  const got = per.map((qs) => qs.map((q) => [text.slice(q.start, q.end), q.open, q.continues === true]));
  assert.deepEqual(got, [
    [['“We lost money this year.', true, false]],
    [['“We will lose less next year.', true, true]],
    [['“After that we grow,”', false, true]],
    [],
  ]);
});

test('quotes: a paragraph after a closed quotation does not continue it', () => {
  const paras = ['“We lost money,” she said.', '“We will grow,” he said.'];
  const text = paras.join('\n\n');
  const starts = [0, paras[0].length + 2];
  const per = paras.map((p, i) => findQuotes(text, starts[i], starts[i] + p.length));
  linkParagraphQuotes(text, per, starts);
  assert.equal(per[1][0].continues, undefined);
});
