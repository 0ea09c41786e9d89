import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charF1, namesSpeaker, scoreArticle, figures, type PredStatement } from './score.js';
import type { GoldAttribution, Span } from './gold.js';

// Original text, written for this test.
const text = 'The mayor, Ada Quill, said the bridge would reopen in May. "We are nearly there," she added. Critics doubt it.';
const at = (s: string): Span => { const i = text.indexOf(s); assert.ok(i >= 0, s); return [i, i + s.length]; };

const last = (s: string): Span => { const i = text.lastIndexOf(s); return [i, i + s.length]; };
const gold: GoldAttribution[] = [
  { kind: 'indirect', source: at('The mayor, Ada Quill'), cue: at('said'), content: at('the bridge would reopen in May'), speaker: ['Ada Quill'] },
  { kind: 'direct', source: at('she'), cue: at('added'), content: at('We are nearly there,'), speaker: ['Ada Quill'] },
  { kind: 'indirect', source: at('Critics'), cue: at('doubt'), content: last('it'), speaker: [] },
];
const pred = (p: Partial<PredStatement> & { content: Span[] }): PredStatement =>
  ({ id: 'st', label: 'indirect', source: null, cue: null, speaker: null, speakerEntity: null, ...p });

test('namesSpeaker: titles ignored, the surname suffices, another first name does not', () => {
  const table: [string, string, boolean][] = [
    ['Mr Quill', 'Ada Quill', true], ['Quill', 'Ada Quill', true], ['Ada Quill', 'Ada Quill', true],
    ['Bo Quill', 'Ada Quill', false], ['Ada', 'Ada Quill', false], ['the Harbour Board', 'Harbour Board', true],
    ['Harbour', 'Harbour Board', false], ['', 'Ada Quill', false],
  ];
  for (const [p, g, want] of table) assert.equal(namesSpeaker(p, g), want, `${p} / ${g}`);
});

test('charF1: exact 1, half coverage lower, disjoint 0', () => {
  assert.equal(charF1([[0, 10]], [0, 10]), 1);
  assert.ok(Math.abs(charF1([[0, 5]], [0, 10]) - 2 / 3) < 1e-9);
  assert.equal(charF1([[20, 30]], [0, 10]), 0);
});

test('scoreArticle: found by half coverage, speaker and all-fields, spurious statements lower precision', () => {
  const preds = [
    pred({ label: 'indirect', source: at('Ada Quill'), cue: at('said'), content: [at('the bridge would reopen')], speaker: 'Ada Quill', speakerEntity: 'Ada Quill' }),
    // Covers the quote but names the wrong speaker.
    pred({ label: 'direct', source: at('she'), cue: at('added'), content: [at('"We are nearly there,"')], speaker: 'Mayor' }),
    // Not an attribution in the gold.
    pred({ label: 'indirect', content: [at('Critics doubt')], speaker: null }),
  ];
  const { counts, misses } = scoreArticle(gold, preds);
  const f = figures(counts);
  assert.equal(counts.found, 2); // the third gold ("it") is not covered by half
  assert.equal(f.recall, 0.6667);
  assert.equal(f.precision, 0.6667);
  assert.equal(counts.speakerOk, 1);
  assert.equal(counts.allOk, 1); // the first: F1 of 23/30 chars ≥ 0.8
  assert.equal(counts.labelOk, 2);
  assert.deepEqual(misses.map((m) => m.what).sort(), ['missed', 'speaker', 'spurious']);
});

test('scoreArticle: a vague gold source wants no named speaker', () => {
  const { counts } = scoreArticle([gold[2]], [pred({ content: [last('it')], speaker: 'Ada Quill' })]);
  assert.equal(counts.found, 1);
  assert.equal(counts.speakerOk, 0);
  const ok = scoreArticle([gold[2]], [pred({ content: [last('it')], speaker: null })]);
  assert.equal(ok.counts.speakerOk, 1);
});

test('scoreArticle: one statement for a quotation and its cue-less continuation counts for both', () => {
  const t2 = '"We are ready," she said. "The rest can wait."';
  const a2 = (s: string): Span => { const i = t2.indexOf(s); return [i, i + s.length]; };
  const g2: GoldAttribution[] = [
    { kind: 'direct', source: a2('she'), cue: a2('said'), content: a2('We are ready,'), speaker: ['Ada Quill'] },
    { kind: 'continuation', source: null, cue: null, content: a2('The rest can wait.'), speaker: ['Ada Quill'] },
  ];
  const whole = scoreArticle(g2, [pred({ label: 'direct', content: [[1, t2.length - 1]], speaker: 'Quill' })]);
  assert.equal(whole.counts.found, 2);
  assert.equal(whole.counts.allOk, 2);
  const split = scoreArticle(g2, [pred({ label: 'direct', content: [a2('We are ready,')], speaker: 'Quill' }), pred({ label: 'direct', content: [a2('The rest can wait.')], speaker: 'Quill' })]);
  assert.equal(split.counts.allOk, 2);
});
