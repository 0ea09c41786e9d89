import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, Doc } from './types.js';
import { docView } from './view.js';

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
const view = docView(doc);

test('heads, labels and children by index', () => {
  assert.deepEqual(Array.from(view.head), heads);
  assert.deepEqual(view.deprel, labels);
  assert.deepEqual(view.upos, upos);
  assert.deepEqual(Array.from(view.children(2)), [1, 5, 8]);
  assert.deepEqual(Array.from(view.children(5)), [3, 4, 7]);
  assert.deepEqual(Array.from(view.children(0)), []);
  assert.equal(view.rootOf(0), 2);
});

test('subject, object and clausal complement lookups', () => {
  const cases: { fn: 'subjectOf' | 'objectOf' | 'clausalComplementOf'; of: number; want: number }[] = [
    { fn: 'subjectOf', of: 2, want: 1 },
    { fn: 'clausalComplementOf', of: 2, want: 5 },
    { fn: 'objectOf', of: 2, want: -1 },
    { fn: 'subjectOf', of: 5, want: 3 },
    { fn: 'objectOf', of: 5, want: 7 },
  ];
  for (const c of cases) assert.equal(view[c.fn](c.of), c.want, `${c.fn}(${words[c.of]})`);
});

test('subtree spans are UTF-16 offsets into doc.text', () => {
  const cases: { of: number; text: string }[] = [
    { of: 5, text: 'it would expel two diplomats' },
    { of: 1, text: 'The ministry' },
    { of: 2, text: doc.text },
  ];
  for (const c of cases) {
    const span = view.subtreeSpan(c.of);
    assert.equal(doc.text.slice(span.start, span.end), c.text);
  }
});

test('token ids, offsets and sentence ranges by index', () => {
  assert.equal(view.tokenIndex('t7'), 7);
  assert.equal(view.tokenIndex('t99'), -1);
  const cases: { fn: 'tokenEndingAt' | 'tokenStartingAt' | 'firstTokenFrom' | 'tokenAfter'; at: number; want: number }[] = [
    { fn: 'tokenEndingAt', at: 'The ministry'.length, want: 1 },
    { fn: 'tokenEndingAt', at: 'The minist'.length, want: -1 },
    { fn: 'tokenStartingAt', at: 'The '.length, want: 1 },
    { fn: 'tokenStartingAt', at: 'The m'.length, want: -1 },
    { fn: 'firstTokenFrom', at: 'The m'.length, want: 2 },
    { fn: 'tokenAfter', at: 'The m'.length, want: 1 },
  ];
  for (const c of cases) assert.equal(view[c.fn](c.at), c.want, `${c.fn}(${c.at})`);
  assert.deepEqual([view.sentFirst[0], view.sentEnd[0]], [0, words.length]);
  assert.deepEqual(Array.from(view.sentOf), words.map(() => 0));
  for (let i = 0; i < view.n; i++) assert.equal(doc.text.slice(view.start[i], view.end[i]), words[i]);
});

test('subtree depth limit leaves out deeper tokens', () => {
  assert.deepEqual(view.subtreeRange(2), [0, 8]);
  assert.deepEqual(view.subtreeRange(2, 1), [1, 8]);
  assert.deepEqual(view.subtreeRange(2, 0), [2, 2]);
});

test('heads may name dep annotations; parts are shared by documents with the same layers', () => {
  const viaDep: Doc = { ...doc, layers: { ...doc.layers, dep: doc.layers.dep.map((d) => ({ ...d, attrs: { ...d.attrs, head: d.attrs.head === null ? null : `d${String(d.attrs.head).slice(1)}` } })) } };
  assert.deepEqual(Array.from(docView(viaDep).head), heads);
  const later: Doc = { ...doc, layers: { ...doc.layers, extra: [] } };
  assert.equal(docView(later).head, view.head, 'same dep layer: same arrays');
  assert.equal(docView(later).start, view.start);
});

test('a document without pos or dep reads X, no heads and no relations', () => {
  const bare: Doc = { ...doc, layers: { sentences: doc.layers.sentences, tokens: doc.layers.tokens } };
  const v = docView(bare);
  assert.equal(v.hasDep, false);
  assert.deepEqual(v.upos, words.map(() => 'X'));
  assert.deepEqual(Array.from(v.head), words.map(() => -1));
  assert.equal(v.rootOf(0), -1);
});

test('mention and entity of each token', () => {
  const m: Annotation = { id: 'm0', layer: 'mentions', start: 4, end: 12, text: 'ministry', label: 'ORG', attrs: { entity: 'e0' }, source: 'test' };
  const v = docView({ ...doc, layers: { ...doc.layers, mentions: [m] } });
  assert.deepEqual(Array.from(v.mentionOf), [-1, 0, -1, -1, -1, -1, -1, -1, -1]);
  assert.equal(v.entityOf(1), 'e0');
  assert.equal(v.entityOf(0), null);
});
