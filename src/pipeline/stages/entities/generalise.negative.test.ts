/** Negative cases for the titled-person, last-name and metonymy rules. Sentences written for these tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import type { Doc } from '../../../model/types.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { syntaxStage } from '../syntax.js';
import { entitiesStage } from './index.js';

const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage, entitiesStage]);
const run = async (text: string) => (await pipeline).run(createDoc(text));
const persons = (doc: Doc) => (doc.layers.mentions ?? []).filter((m) => m.label === 'PERSON' && m.attrs.kind !== 'pronoun').map((m) => m.text);

test('a title with no name after it is not a person (table)', async () => {
  const cases = [
    'The Prime Minister said on Monday that the budget would pass.',
    'Foreign Ministry officials in Oslo declined to comment.',
    'He later met the Kenyan President in private.',
    "The opposition mocked the Prime Minister's record on housing.",
  ];
  for (const text of cases) {
    const doc = await run(text);
    assert.deepEqual(persons(doc), [], text);
  }
});

test('a demonym before a title with no name stays a demonym of its country', async () => {
  const doc = await run('He later met the Kenyan President in private.');
  const m = (doc.layers.mentions ?? []).find((x) => x.text === 'Kenyan');
  assert.ok(m);
  assert.equal(m.attrs.kind, 'demonym');
});

test('without a full person name in the document, lone capitalised words are not made persons', async () => {
  const text = 'Markets opened higher. Analysts expect Brass and Copper prices to rise.';
  const doc = await run(text);
  assert.deepEqual(persons(doc).filter((p) => p === 'Brass' || p === 'Copper'), [], text);
});

test('capitals as places, passive or copular subjects are not metonymy (table)', async () => {
  const cases: [string, string][] = [
    ['Tourists flock to Quito every summer.', 'Quito'],
    ['Quito was flooded after three days of rain.', 'Quito'],
    ['Tbilisi is a city of old wooden balconies.', 'Tbilisi'],
    ['A monument in Ulaanbaatar was unveiled on Sunday.', 'Ulaanbaatar'],
  ];
  for (const [text, name] of cases) {
    const doc = await run(text);
    const m = (doc.layers.mentions ?? []).find((x) => x.text === name);
    assert.ok(m, `${name} not found in: ${text}`);
    assert.notEqual(m.attrs.metonymy, true, text);
    const e = (doc.layers.entities ?? []).find((x) => x.id === m.attrs.entity)!;
    assert.notEqual(e.attrs.kbKind, 'country', text);
  }
});

test('a demonym followed by an ordinary noun is not an institution', async () => {
  const doc = await run('Kenyan farmers sold more tea this year.');
  assert.deepEqual((doc.layers.mentions ?? []).filter((m) => m.label === 'ORG').map((m) => m.text), []);
});

test('an organisation name does not run on over a date or a lower-case phrase (table)', async () => {
  const cases: [string, string][] = [
    ['A report by the Arctic Council on Monday warned of thinning ice.', 'Monday'],
    ['The Arctic Council on the whole welcomed the plan.', 'whole'],
  ];
  for (const [text, word] of cases) {
    const doc = await run(text);
    const at = text.indexOf(word);
    const orgs = (doc.layers.mentions ?? []).filter((m) => m.label === 'ORG' && m.start < at + word.length && m.end > at);
    assert.deepEqual(orgs.map((m) => m.text), [], text);
  }
});

test('words news writes in lower case are not taken as the name after a title', async () => {
  const doc = await run('Chief Executive Officer pay rose again this year.');
  assert.deepEqual(persons(doc), []);
});

test('a month or a lower-case word never becomes a person through a last name (table)', async () => {
  const cases: [string, string][] = [
    ['Labour MP Sarah May spoke first. The vote is due in May.', 'May'],
  ];
  for (const [text, word] of cases) {
    const doc = await run(text);
    const at = text.lastIndexOf(word);
    const hit = (doc.layers.mentions ?? []).filter((m) => m.label === 'PERSON' && m.start === at);
    assert.deepEqual(hit.map((m) => m.text), [], text);
  }
});

test('a sentence-initial pronoun is not a place through a two-letter code', async () => {
  const doc = await run('It was a long night for the negotiators. No agreement was reached.');
  assert.deepEqual((doc.layers.mentions ?? []).map((m) => m.text), []);
});
