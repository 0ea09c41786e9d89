// Source spans (./index.ts widenSource, subjectBeforeAside) on token views of sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, tokenAt } from './test-helpers.js';
import { buildTokView, type TokView } from './tokview.js';
import { subjectBeforeAside, trimSource, widenSource } from './index.js';

const tok = tokenAt;
const slice = (text: string, v: TokView, r: [number, number] | null) => (r ? text.slice(v.start[r[0]], v.end[r[1]]) : null);

const widen: [string, string, string, string][] = [
  // [sentence, first word of the tagger's source, its last word, the source span wanted]
  ['Veltrian premier Ana Sol-ferre reaffirmed her support for the treaty.', 'ferre', 'ferre', 'Veltrian premier Ana Sol-ferre'],
  ['On Monday the envoy Omar Bel-haj said talks would resume.', 'haj', 'haj', 'the envoy Omar Bel-haj'],
];
for (const [text, first, last, want] of widen) {
  test(`source span: a source cut inside a name widens to "${want}"`, async () => {
    const v = buildTokView(await analyzeText(text));
    const from = text.indexOf('-');
    const src: [number, number] = [tok(v, text, first, from), tok(v, text, last, from)];
    assert.equal(slice(text, v, widenSource(v, src)), want);
  });
}

test('source span (negative): a whole name keeps its span; dates and prepositions stay out', async () => {
  const cases: [string, string][] = [
    ['Party chairman Ivor Pendleton said the rules would change.', 'Party chairman Ivor Pendleton'],
    ['On Friday Ivor Pendleton said the rules would change.', 'Ivor Pendleton'],
    ['The group said the rules would change.', 'The group'],
  ];
  for (const [text, source] of cases) {
    const v = buildTokView(await analyzeText(text));
    const a = tok(v, text, source.split(' ')[0]), b = tok(v, text, source.split(' ').pop()!, text.indexOf(source));
    assert.equal(slice(text, v, widenSource(v, [a, b])), source, text);
  }
});

const asides: [string, string, string | null][] = [
  ["Research from Almond Bank, the region's largest lender, suggests prices are rising.", 'suggests', 'Research from Almond Bank'],
  ['Almond Bank figures - published on Thursday - suggest prices are rising.', 'suggest', 'Almond Bank figures'],
  // Negative: no aside before the cue, or the phrase does not open its clause.
  ['Almond Bank suggests prices are rising.', 'suggests', null],
  ['Prices rose in May after Almond Bank, the lender, suggested a cut.', 'suggested', null],
];
for (const [text, cue, want] of asides) {
  test(`source span: subject before an aside — ${want ?? 'none'}`, async () => {
    const v = buildTokView(await analyzeText(text));
    assert.equal(slice(text, v, subjectBeforeAside(v, tok(v, text, cue))), want);
  });
}

const trims: [string, string, string][] = [
  // [sentence, the tagger's source, the source wanted]
  ['Shares rose 6% after the firm said output doubled.', '6% after the firm', 'the firm'],
  ['Prices fell as the bank said rates would rise.', 'Prices fell as the bank', 'the bank'],
  // Negative: no clause opener, or nothing nominal after it.
  ['The head of the bank said rates would rise.', 'The head of the bank', 'The head of the bank'],
  ['Ministers, as before, said little.', 'Ministers, as before', 'Ministers, as before'],
];
for (const [text, source, want] of trims) {
  test(`source span: trimmed at a clause opener — "${want}"`, async () => {
    const v = buildTokView(await analyzeText(text));
    const a = tok(v, text, source.split(' ')[0]);
    const b = tok(v, text, source.split(' ').pop()!, text.indexOf(source));
    assert.equal(slice(text, v, trimSource(v, [a, b])), want);
  });
}

test('source span: a conjunct without its own determiner takes the shared modifiers ("the council standards and ethics committee")', async () => {
  const text = 'Ms Hale was suspended last month after the council standards and ethics committee said her conduct had fallen short.';
  const v = buildTokView(await analyzeText(text));
  const src: [number, number] = [tok(v, text, 'ethics'), tok(v, text, 'committee')];
  assert.equal(slice(text, v, widenSource(v, src)), 'the council standards and ethics committee');
  // A conjunct with a determiner of its own is another party: unchanged.
  const t2 = 'The mayor and the ethics committee said the rules were clear.';
  const v2 = buildTokView(await analyzeText(t2));
  const s2: [number, number] = [tok(v2, t2, 'the ethics'), tok(v2, t2, 'committee')];
  assert.equal(slice(t2, v2, widenSource(v2, s2)), 'the ethics committee');
});
