import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iobSpans } from '../corpora/conll.js';
import { allowed, label, NLABELS } from '../../src/ner/features.js';
import { labelsToSpans } from '../../src/ner/tagger.js';
import { goldLabels } from './train.js';
import { hashLower, hashRange } from '../../src/ml/hash.js';

test('iobSpans: IOB1 and IOB2 chunks with conlleval rules', () => {
  const cases: [string[], [number, number, string][]][] = [
    [['I-PER', 'I-PER', 'O', 'I-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    [['I-LOC', 'B-LOC', 'O'], [[0, 1, 'LOC'], [1, 2, 'LOC']]],
    [['B-ORG', 'I-ORG', 'I-MISC'], [[0, 2, 'ORG'], [2, 3, 'MISC']]],
    [['O', 'O'], []],
  ];
  for (const [tags, exp] of cases) assert.deepEqual(iobSpans(tags).map((s) => [s.start, s.end, s.type]), exp, tags.join(' '));
});

test('BILOU: gold labels round-trip through labelsToSpans', () => {
  const spans = [{ start: 0, end: 3, type: 'ORG' }, { start: 4, end: 5, type: 'PER' }, { start: 6, end: 8, type: 'MISC' }];
  const labels = goldLabels(9, spans);
  assert.deepEqual(labelsToSpans(labels, 9), spans);
});

test('allowed: BILOU transitions', () => {
  const B = (t: number) => label(t, 0), I = (t: number) => label(t, 1), L = (t: number) => label(t, 2), U = (t: number) => label(t, 3);
  assert.ok(allowed(0, B(0), false));
  assert.ok(!allowed(0, I(0), false));
  assert.ok(!allowed(0, B(0), true), 'B cannot end a sentence');
  assert.ok(allowed(B(1), I(1), false) && allowed(B(1), L(1), false));
  assert.ok(!allowed(B(1), L(2), false) && !allowed(B(1), 0, false));
  assert.ok(allowed(U(2), B(3), false) && allowed(L(2), 0, false));
  let count = 0;
  for (let l = 0; l < NLABELS; l++) if (allowed(I(0), l, true)) count++;
  assert.equal(count, 1, 'after I at the last token only L of the same type');
});

test('hashing normalises curly quotes and case, not content', () => {
  assert.equal(hashRange('Korea’s', 0, 7), hashRange("Korea's", 0, 7));
  assert.equal(hashLower('PUTIN', 0, 5), hashLower('Putin', 0, 5));
  assert.notEqual(hashLower('Putin', 0, 5), hashLower('Patin', 0, 5));
});

test('conllStyle: GUM spans mapped to CoNLL conventions', async () => {
  const { conllStyle } = await import('../corpora/gum.js');
  const cases: [string[], [number, number], [number, number] | null][] = [
    [['Professor', 'Ana', 'Ruiz', 'said'], [0, 3], [1, 3]],
    [['Ruth', 'Okafor', ',', 'QC'], [0, 4], [0, 2]],
    [['Gloria', "'s", 'lawyer'], [0, 2], [0, 1]],
    [['Mr.'], [0, 1], [0, 1]],
  ];
  for (const [toks, [a, b], exp] of cases) {
    const r = conllStyle(toks, { start: a, end: b, type: 'person' });
    assert.deepEqual(r ? [r.start, r.end] : null, exp, toks.join(' '));
  }
});
