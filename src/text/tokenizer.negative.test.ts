import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, TokenBuffer } from './tokenizer.js';
import { splitSentences } from './sentence-splitter.js';

const forms = (text: string) => {
  const buf = new TokenBuffer();
  tokenize(text, 0, text.length, buf);
  return Array.from({ length: buf.length }, (_, i) => text.slice(buf.starts[i], buf.ends[i]));
};

test('negative: periods that are not abbreviations are split off', () => {
  const cases: [string, string[]][] = [
    ['He sat.', ['He', 'sat', '.']], // "sat" is not "Sat." (Saturday)
    ['It rose to $500m.', ['It', 'rose', 'to', '$', '500', 'm', '.']],
    ['I said no.', ['I', 'said', 'no', '.']], // "No." only before a number
    ['a new era.Next', ['a', 'new', 'era', '.', 'Next']], // a missing space is not a domain
    ['Inc.The', ['Inc.', 'The']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(forms(text), expected, text);
});

test('negative: no token is empty, crosses whitespace, or overlaps another', () => {
  const nasty = ['', '   ', '\n\t', '...', '\'', '’s', '-', '--5', '@', '#', 'http://', 'a@b', 'x.', '.5', '\ud83d', '1,00', '5-', 'n\'t', '\u200b'];
  for (const text of nasty) {
    const buf = new TokenBuffer();
    tokenize(text, 0, text.length, buf);
    let prev = 0;
    for (let i = 0; i < buf.length; i++) {
      const s = buf.starts[i], e = buf.ends[i];
      assert.ok(s >= prev && e > s && e <= text.length, `${JSON.stringify(text)} token ${i} [${s}, ${e})`);
      assert.ok(!/\s/.test(text.slice(s, e)), JSON.stringify(text));
      prev = e;
    }
  }
});

test('negative: unsplittable text is one sentence', () => {
  for (const text of ['Mr. Smith and Dr. Jones met Gen. Milley.', 'The U.S. Senate voted.', '"Why?" she asked.', 'Wait... what now?']) {
    const buf = new TokenBuffer();
    tokenize(text, 0, text.length, buf);
    let n = 0;
    splitSentences(text, buf, () => n++);
    assert.equal(n, 1, text);
  }
});

test('negative: long runs without spaces take linear time (no rescans per word)', { timeout: 20_000 }, () => {
  // Each of these made an earlier version rescan the rest of the chunk at every word.
  const cases: [string, number][] = [
    ['ab-'.repeat(50_000), 100_000],
    ['a.com.'.repeat(50_000), 50_000],
    ['x.'.repeat(50_000) + '@host', 3],
    ['1a'.repeat(50_000), 2],
  ];
  for (const [text, expected] of cases) {
    const buf = new TokenBuffer();
    tokenize(text, 0, text.length, buf);
    assert.equal(buf.length, expected, text.slice(0, 12));
  }
});
