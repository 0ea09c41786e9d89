import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../model/doc.js';
import { buildPipeline } from '../runner.js';
import { paragraphsStage, findParagraphs } from './paragraphs.js';
import { boilerplateStage } from './boilerplate.js';
import { tokenizeStage } from './tokenize.js';

const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage]);
const run = async (text: string) => (await pipeline).run(createDoc(text));
const spans = (anns: readonly { start: number; end: number; text: string }[], text: string) =>
  anns.map((a) => [a.start, a.end, text.slice(a.start, a.end)]);

test('paragraphs: blank lines separate blocks; without any blank line every line is a paragraph', () => {
  const cases: [string, [number, number, string][]][] = [
    ['One line.\nSecond line.', [[0, 9, 'One line.'], [10, 22, 'Second line.']]],
    ['  A.\n\n\n  B b.  \n', [[2, 4, 'A.'], [9, 13, 'B b.']]],
    ['First block\nstill first.\n\nSecond.', [[0, 24, 'First block\nstill first.'], [26, 33, 'Second.']]],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(findParagraphs(text).map(([s, e]) => [s, e, text.slice(s, e)]), expected, JSON.stringify(text));
  }
});

test('sentences never cross a line break, even without a full stop', async () => {
  const text = 'Leaders meet in Vienna\nThe talks began on Monday. They ended late.';
  const doc = await run(text);
  assert.deepEqual(spans(doc.layers.sentences, text), [
    [0, 22, 'Leaders meet in Vienna'], [23, 49, 'The talks began on Monday.'], [50, 66, 'They ended late.']]);
});

test('tokens carry exact offsets, including curly apostrophes and quotes', async () => {
  const text = 'The mayor’s office said: “We agree.”';
  const doc = await run(text);
  for (const t of doc.layers.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(doc.layers.tokens.map((t) => t.text), ['The', 'mayor', '’s', 'office', 'said', ':', '“', 'We', 'agree', '.', '”']);
  assert.equal(doc.layers.tokens[0].attrs.sentence, doc.layers.sentences[0].id);
});

test('boilerplate lines get no sentences or tokens, and are recorded', async () => {
  const text = 'The port reopened on Friday.\nAlso Read: Ten things to know about shipping\nTrucks queued for hours.';
  const doc = await run(text);
  assert.deepEqual(spans(doc.layers.boilerplate, text), [[29, 73, 'Also Read: Ten things to know about shipping']]);
  assert.equal(doc.layers.boilerplate[0].label, 'related-link');
  assert.deepEqual(doc.layers.sentences.map((s) => s.text), ['The port reopened on Friday.', 'Trucks queued for hours.']);
  assert.ok(doc.layers.tokens.every((t) => t.end <= 29 || t.start >= 74));
  assert.ok(doc.messages.some((m) => m.rule === 'boilerplate/related-link' && m.start === 29));
});

test('hard-wrapped paragraphs are not split at every line break', async () => {
  const text = [
    'The committee met for the third time this month and agreed on a',
    'draft text that members said would be published before the end of',
    'the year, after a final round of consultations with industry groups.',
    '',
    'A second paragraph follows.',
  ].join('\n');
  const doc = await run(text);
  assert.equal(doc.layers.sentences.length, 2);
  assert.ok(doc.layers.sentences[0].text.endsWith('industry groups.'));
});

test('a run-on sentence is cut at MAX_SENTENCE_TOKENS, at a comma when one is near, with one info message', async () => {
  const { MAX_SENTENCE_TOKENS } = await import('./tokenize.js');
  const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i % 7}`);
  const cases: { name: string; tokens: string[]; pieces: number[]; message: boolean }[] = [
    { name: 'just under the limit', tokens: words(MAX_SENTENCE_TOKENS, 'w'), pieces: [MAX_SENTENCE_TOKENS], message: false },
    { name: 'one over, no comma: hard cut', tokens: words(MAX_SENTENCE_TOKENS + 1, 'w'), pieces: [MAX_SENTENCE_TOKENS, 1], message: true },
    { name: 'a comma in the second half: cut after it',
      tokens: [...words(200, 'a'), ',', ...words(100, 'b')], pieces: [201, 100], message: true },
    { name: 'a comma too early: hard cut', tokens: [...words(10, 'a'), ',', ...words(300, 'b')], pieces: [MAX_SENTENCE_TOKENS, 61], message: true },
  ];
  for (const c of cases) {
    const text = c.tokens.join(' ').replace(/ ,/g, ',');
    const doc = await run(text);
    assert.deepEqual(doc.layers.sentences.map((s) => doc.layers.tokens.filter((t) => t.attrs.sentence === s.id).length), c.pieces, c.name);
    for (const s of doc.layers.sentences) assert.equal(s.text, text.slice(s.start, s.end));
    assert.equal(doc.layers.tokens.length, c.tokens.length, `${c.name}: no token lost`);
    const msgs = doc.messages.filter((m) => m.rule === 'tokenize/long-sentence');
    assert.equal(msgs.length, c.message ? 1 : 0, c.name);
    if (c.message) assert.deepEqual([msgs[0].start, msgs[0].end, msgs[0].severity], [0, text.length, 'info']);
  }
});
