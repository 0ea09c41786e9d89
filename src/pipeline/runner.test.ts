import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../model/doc.js';
import { PipelineError, SpanError } from '../model/errors.js';
import { buildPipeline, checkDeclarations } from './runner.js';
import type { AnnotationDraft, Stage } from './stage.js';

const stage = (name: string, requires: string[], assigns: string[], run: Stage['run'] = () => [], optional?: string[]): Stage =>
  ({ name, version: '1', requires, assigns, optional, run });

test('declarations: a required layer must be assigned by an earlier stage', () => {
  assert.throws(() => checkDeclarations([stage('b', ['x'], ['y']), stage('a', [], ['x'])]),
    (e: unknown) => e instanceof PipelineError && e.code === 'E_REQUIRES' && /"b" requires layer "x"/.test(e.message));
  assert.doesNotThrow(() => checkDeclarations([stage('a', [], ['x']), stage('b', ['x'], ['y'])]));
});

test('declarations: two stages cannot assign the same layer', () => {
  assert.throws(() => checkDeclarations([stage('a', [], ['x']), stage('b', [], ['x'])]),
    (e: unknown) => e instanceof PipelineError && e.code === 'E_ASSIGNS_TWICE');
});

test('declarations: an optional layer assigned later in the pipeline is an ordering error', () => {
  assert.throws(() => checkDeclarations([stage('a', [], ['x'], undefined, ['y']), stage('b', [], ['y'])]),
    (e: unknown) => e instanceof PipelineError && e.code === 'E_OPTIONAL_ORDER');
  assert.doesNotThrow(() => checkDeclarations([stage('a', [], ['x'], undefined, ['absent'])]));
});

const TEXT = 'Officials said the talks in Geneva ended.';
const writer = (drafts: AnnotationDraft[]) => stage('w', [], ['spans'], () => drafts);

const bad: [string, AnnotationDraft[], string, RegExp][] = [
  ['end beyond the text', [{ id: 'a', layer: 'spans', start: 30, end: 99, text: 'x' }], 'E_BOUNDS', /outside the text \(length 41\)/],
  ['start after end', [{ id: 'a', layer: 'spans', start: 5, end: 2, text: '' }], 'E_BOUNDS', /\[5, 2\)/],
  ['claimed text differs', [{ id: 'a', layer: 'spans', start: 0, end: 9, text: 'Officialz' }], 'E_TEXT', /claiming "Officialz", but the text there is "Officials"/],
  ['off-by-one span', [{ id: 'a', layer: 'spans', start: 28, end: 33, text: 'Geneva' }], 'E_TEXT', /Geneva/],
  ['undeclared layer', [{ id: 'a', layer: 'other', start: 0, end: 9, text: 'Officials' }], 'E_LAYER', /does not assign/],
  ['duplicate id', [{ id: 'a', layer: 'spans', start: 0, end: 9, text: 'Officials' }, { id: 'a', layer: 'spans', start: 10, end: 14, text: 'said' }], 'E_DUP_ID', /twice/],
  ['wrong nested span', [{ id: 'a', layer: 'spans', start: 0, end: 9, text: 'Officials', attrs: { cue: { start: 10, end: 14, text: 'says' } } }], 'E_TEXT', /a\.cue/],
];

for (const [name, drafts, code, re] of bad) {
  test(`runner rejects a stage that writes a wrong span: ${name}`, async () => {
    const p = await buildPipeline([writer(drafts)]);
    assert.throws(() => p.run(createDoc(TEXT)), (e: unknown) => e instanceof SpanError && e.code === code && re.test(e.message));
  });
}

test('runner writes valid spans sorted, stamps the source, and leaves the input document untouched', async () => {
  const p = await buildPipeline([writer([
    { id: 'g', layer: 'spans', start: 28, end: 34, text: 'Geneva', label: 'GPE', attrs: { ref: { start: 10, end: 14, text: 'said' } } },
    { id: 'o', layer: 'spans', start: 0, end: 9, text: 'Officials' },
  ])]);
  const input = createDoc(TEXT);
  const out = p.run(input);
  assert.deepEqual(out.layers.spans.map((a) => [a.start, a.end, TEXT.slice(a.start, a.end)]), [[0, 9, 'Officials'], [28, 34, 'Geneva']]);
  assert.equal(out.layers.spans[1].source, 'w@1');
  assert.equal(out.layers.spans[1].label, 'GPE');
  assert.deepEqual(Object.keys(input.layers), []);
  assert.ok(Object.isFrozen(out) && Object.isFrozen(out.layers) && Object.isFrozen(out.layers.spans));
});

test('ids from ctx.newId are unique per prefix across stages', async () => {
  const mk = (name: string, layerName: string): Stage => stage(name, [], [layerName], (doc, ctx) => [
    { id: ctx.newId('x'), layer: layerName, start: 0, end: 9, text: 'Officials' }]);
  const p = await buildPipeline([mk('a', 'l1'), mk('b', 'l2')]);
  const out = p.run(createDoc(TEXT));
  assert.deepEqual([out.layers.l1[0].id, out.layers.l2[0].id], ['x0', 'x1']);
});

test('a stage that does not know the document language is not run, says so, and leaves its layers empty', async () => {
  const english: Stage = { ...stage('english', [], ['words'], (doc) => [{ id: 'w0', layer: 'words', start: 0, end: 9, text: doc.text.slice(0, 9) }]), languages: ['en'] };
  const any = stage('any', ['words'], ['counts'], (doc) => [{ id: 'c0', layer: 'counts', start: 0, end: 0, text: '', attrs: { n: doc.layers.words.length } }]);
  const p = await buildPipeline([english, any]);
  const cases: { language?: string; words: number; messages: string[] }[] = [
    { language: undefined, words: 1, messages: [] },
    { language: 'en', words: 1, messages: [] },
    { language: 'en-GB', words: 1, messages: [] },
    { language: 'de', words: 0, messages: ['pipeline/language-unsupported', 'pipeline/language-unsupported'] },
  ];
  for (const c of cases) {
    const doc = p.run(createDoc(TEXT, c.language ? { language: c.language } : {}));
    assert.equal(doc.layers.words.length, c.words, String(c.language));
    assert.equal(doc.layers.counts[0].attrs.n, c.words, 'later stages still run');
    assert.deepEqual(doc.messages.map((m) => m.rule), c.messages, String(c.language));
  }
  const de = p.run(createDoc(TEXT, { language: 'de' }));
  assert.match(de.messages[0].message, /"de".*english; they were not run/);
  assert.equal(de.messages[0].severity, 'warning');
  assert.deepEqual([de.messages[1].origin, de.messages[1].severity], ['english', 'info']);
});
