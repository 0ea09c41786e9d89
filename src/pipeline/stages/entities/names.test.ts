// Canonical names (./canonical.ts expandUS, person names through the stage) on texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { entitiesStage } from './index.js';
import { expandUS } from './canonical.js';

test('canonical names: "U.S." bodies take the name they are known by', () => {
  const table: [string, string][] = [
    ['U.S. Army', 'United States Army'], ['US Department of Agriculture', 'United States Department of Agriculture'],
    ['US National Park Service', 'National Park Service'], ['U.S. Federal Reserve', 'Federal Reserve'],
    // Negative: no prefix, or "US" inside a name.
    ['Army Corps', 'Army Corps'], ['USA Today', 'USA Today'], ['Bank of the US', 'Bank of the US'],
    // Negative: a name that is no public body keeps its spelling.
    ['US Weekly', 'US Weekly'], ['U.S. Steel', 'U.S. Steel'],
  ];
  for (const [input, want] of table) assert.equal(expandUS(input), want, input);
});

const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, entitiesStage]);

test('canonical names: a person is named by the shorter full name on a tie, without honours after it', async () => {
  const text = 'Dame Ilsa Maren Okonjo DBE was born in Lagos. Ilsa Okonjo studied architecture in London. Okonjo later taught in Vienna.';
  const doc = await (await pipeline).run(createDoc(text));
  const names = (doc.layers.entities ?? []).filter((e) => e.label === 'PERSON').map((e) => String(e.attrs.name));
  assert.ok(names.includes('Ilsa Okonjo'), JSON.stringify(names));
  assert.ok(!names.some((n) => /DBE|Maren/.test(n)), JSON.stringify(names));
});

test('types: a political party is an organisation, whatever the tagger says', async () => {
  const cases: [string, string][] = [
    ['Labour said the plan was fair, but the Lib Dems disagreed.', 'Labour'],
    ['Labour said the plan was fair, but the Lib Dems disagreed.', 'Lib Dems'],
    ['The Tories promised a review of the rules.', 'Tories'],
  ];
  for (const [text, name] of cases) {
    const doc = await (await pipeline).run(createDoc(text));
    const m = (doc.layers.mentions ?? []).find((x) => x.text === name);
    assert.ok(m, `${name} not found in: ${text}`);
    assert.equal(m.label, 'ORG', `${name}: ${m.label}`);
    assert.equal(text.slice(m.start, m.end), m.text);
  }
});

test('types (negative): a person whose name starts like a party word stays a person', async () => {
  const doc = await (await pipeline).run(createDoc('Mr Greens Okafor said the plan was fair.'));
  const m = (doc.layers.mentions ?? []).find((x) => x.text.includes('Okafor'));
  assert.ok(m);
  assert.equal(m.label, 'PERSON');
});

test('canonical names: a tsar without the title, a pope with it (Wikipedia\'s conventions)', async () => {
  const cases: [string, string][] = [
    ['The general served Tsar Fyodor Orlov for ten years. The court of Tsar Fyodor Orlov moved to the coast.', 'Fyodor Orlov'],
    ['Pope Anselm IX visited Lyon in May. Pope Anselm IX then returned to Rome.', 'Pope Anselm IX'],
  ];
  for (const [text, want] of cases) {
    const doc = await (await pipeline).run(createDoc(text));
    const names = (doc.layers.entities ?? []).filter((e) => e.label === 'PERSON').map((e) => String(e.attrs.name));
    assert.ok(names.includes(want), `${want} not in ${JSON.stringify(names)}`);
  }
});

test('KB lookup: dotted initials without their last dot ("the U.S government")', async () => {
  const text = 'Talks between Moscow and the U.S government stalled, and the U.S later walked away.';
  const doc = await (await pipeline).run(createDoc(text));
  const us = (doc.layers.mentions ?? []).filter((m) => m.text === 'U.S');
  assert.equal(us.length, 2, JSON.stringify((doc.layers.mentions ?? []).map((m) => m.text)));
  for (const m of us) {
    assert.equal(text.slice(m.start, m.end), 'U.S');
    const e = (doc.layers.entities ?? []).find((x) => x.id === m.attrs.entity)!;
    assert.equal(e.attrs.kb, 'US');
  }
});

test('KB lookup (negative): capitals without dots are not taken for dotted initials', async () => {
  const { lookupName } = await import('./recognise.js');
  assert.equal(lookupName('U.S').some((e) => e.id === 'US'), true);
  assert.equal(lookupName('UZ').some((e) => e.id === 'US'), false);
  assert.equal(lookupName('U.Sx').length, 0);
});
