import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, Doc } from '../model/types.js';
import { SyntaxView } from './syntax-view.js';

/** Builds a one-sentence document with hand-written tags and heads (−1 = root). */
function docOf(words: string[], upos: string[], heads: number[], labels: string[]): Doc {
  const text = words.join(' ');
  const tokens: Annotation[] = [], pos: Annotation[] = [], dep: Annotation[] = [];
  let at = 0;
  words.forEach((w, i) => {
    const span = { start: at, end: at + w.length, text: w, source: 'test' };
    tokens.push({ id: `t${i}`, layer: 'tokens', ...span, attrs: { sentence: 's0' } });
    pos.push({ id: `p${i}`, layer: 'pos', ...span, label: upos[i], attrs: { token: `t${i}`, xpos: '' } });
    dep.push({ id: `d${i}`, layer: 'dep', ...span, label: labels[i], attrs: { token: `t${i}`, head: heads[i] < 0 ? null : `t${heads[i]}` } });
    at += w.length + 1;
  });
  const sentences: Annotation[] = [{ id: 's0', layer: 'sentences', start: 0, end: text.length, text, attrs: {}, source: 'test' }];
  return { id: 'x', text, meta: {}, layers: { sentences, tokens, pos, dep }, messages: [] };
}

// "The ministry said it would expel two diplomats ."
const words = ['The', 'ministry', 'said', 'it', 'would', 'expel', 'two', 'diplomats', '.'];
const upos = ['DET', 'NOUN', 'VERB', 'PRON', 'AUX', 'VERB', 'NUM', 'NOUN', 'PUNCT'];
const heads = [1, 2, -1, 5, 5, 2, 7, 5, 2];
const labels = ['det', 'nsubj', 'root', 'nsubj', 'aux', 'ccomp', 'nummod', 'obj', 'punct'];
const doc = docOf(words, upos, heads, labels);
const view = SyntaxView.fromDoc(doc);
const s = view.sentences[0];

test('heads, labels and children by index', () => {
  assert.deepEqual(Array.from(s.heads), heads);
  assert.deepEqual(s.labels, labels);
  assert.deepEqual(Array.from(view.children(s, 2)), [1, 5, 8]);
  assert.deepEqual(Array.from(view.children(s, 5)), [3, 4, 7]);
  assert.deepEqual(Array.from(view.children(s, 0)), []);
  assert.equal(view.rootOf(s), 2);
});

test('subject, object and clausal complement lookups', () => {
  const cases: { fn: 'subjectOf' | 'objectOf' | 'clausalComplementOf'; of: number; want: number }[] = [
    { fn: 'subjectOf', of: 2, want: 1 },
    { fn: 'clausalComplementOf', of: 2, want: 5 },
    { fn: 'objectOf', of: 2, want: -1 },
    { fn: 'subjectOf', of: 5, want: 3 },
    { fn: 'objectOf', of: 5, want: 7 },
  ];
  for (const c of cases) assert.equal(view[c.fn](s, c.of), c.want, `${c.fn}(${words[c.of]})`);
});

test('subtree spans are UTF-16 offsets into doc.text', () => {
  const cases: { of: number; text: string }[] = [
    { of: 5, text: 'it would expel two diplomats' },
    { of: 1, text: 'The ministry' },
    { of: 2, text: doc.text },
  ];
  for (const c of cases) {
    const span = view.subtreeSpan(s, c.of);
    assert.equal(doc.text.slice(span.start, span.end), c.text);
  }
});

test('locate maps token ids to sentence and index', () => {
  assert.equal(view.locate('t7')?.index, 7);
  assert.equal(view.locate('t7')?.sentence, s);
  assert.equal(view.locate('t99'), undefined);
});
