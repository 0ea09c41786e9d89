import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import type { Annotation, Doc } from '../../../model/types.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { entitiesStage } from './index.js';

const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, entitiesStage]);
const run = async (text: string) => (await pipeline).run(createDoc(text));
const mentions = (doc: Doc) => doc.layers.mentions ?? [];
const entityOf = (doc: Doc, m: Annotation) => (doc.layers.entities ?? []).find((e) => e.id === m.attrs.entity)!;
/** The mention whose text is `t` (the n-th occurrence), with its span checked against the text. */
function mention(doc: Doc, t: string, nth = 0, kind?: string): Annotation {
  const found = mentions(doc).filter((m) => m.text === t && (!kind || m.attrs.kind === kind));
  assert.ok(found[nth], `no mention "${t}" in ${JSON.stringify(mentions(doc).map((m) => m.text))}`);
  assert.equal(doc.text.slice(found[nth].start, found[nth].end), t);
  return found[nth];
}

test('names: spans and fine types (table)', async () => {
  const cases: [string, [string, string][]][] = [
    ['German Chancellor Olaf Scholz met officials from the European Union in Brussels on Tuesday.',
      [['Olaf Scholz', 'PERSON'], ['European Union', 'ORG'], ['Brussels', 'GPE'], ['German', 'NORP']]],
    ['Protesters gathered outside the parliament in Tbilisi as Georgian police closed the main avenue.',
      [['Tbilisi', 'GPE'], ['Georgian', 'NORP']]],
    ['The talks in Geneva were chaired by Maria Fernandez, a senior United Nations envoy.',
      [['Geneva', 'GPE'], ['Maria Fernandez', 'PERSON'], ['United Nations', 'ORG']]],
    ['Veterans gathered to remember the victims of World War II at a ceremony in Warsaw.',
      [['World War II', 'EVENT'], ['Warsaw', 'GPE']]],
  ];
  for (const [text, exp] of cases) {
    const doc = await run(text);
    for (const [t, type] of exp) {
      const m = mentions(doc).find((x) => doc.text.slice(x.start, x.end).endsWith(t) && x.text.length - t.length <= 25);
      assert.ok(m, `${t} not found in: ${text} → ${JSON.stringify(mentions(doc).map((x) => [x.text, x.label]))}`);
      assert.equal(m.label, type, `${t} in: ${text}`);
    }
  }
});

test('hyphenated given names stay one person span across hyphen-split tokens', async () => {
  const text = 'Analysts in Seoul said Kim Jong-un had inspected a new missile base.';
  const doc = await run(text);
  const m = mention(doc, 'Kim Jong-un');
  assert.equal(m.label, 'PERSON');
  assert.equal(m.start, text.indexOf('Kim'));
});

test('canonical entities: short names, titles, demonyms and KB links', async () => {
  const text = 'President Vladimir Putin hosted Chinese leader Xi Jinping in Moscow on Friday. Putin praised the Chinese economy.';
  const doc = await run(text);
  const full = mention(doc, 'President Vladimir Putin');
  const short = mention(doc, 'Putin', 0);
  assert.equal(full.attrs.entity, short.attrs.entity);
  const putin = entityOf(doc, full);
  assert.equal(putin.attrs.name, 'Vladimir Putin');
  assert.equal(putin.attrs.kb, 'person:PUTIN');
  const chinese = mention(doc, 'Chinese', 1);
  assert.equal(chinese.attrs.kind, 'demonym');
  assert.equal(entityOf(doc, chinese).attrs.iso, 'CN');
  const title = mention(doc, 'Chinese leader', 0, 'title');
  assert.equal(entityOf(doc, title).attrs.kb, 'person:XI-JINPING');
  assert.equal(title.attrs.inferred, true);
});

test('metonymy: capitals acting as governments link to the state; places stay places', async () => {
  const text = 'Moscow accuses the government in Kiev of sabotage. Officials plan a new monument in Moscow.';
  const doc = await run(text);
  const acting = mention(doc, 'Moscow', 0);
  assert.equal(acting.attrs.metonymy, true);
  assert.equal(entityOf(doc, acting).attrs.kb, 'RU');
  const kiev = mention(doc, 'Kiev');
  assert.equal(kiev.attrs.metonymy, true);
  assert.equal(entityOf(doc, kiev).attrs.kb, 'UA');
  const place = mention(doc, 'Moscow', 1);
  assert.equal(place.attrs.metonymy, undefined);
  assert.equal(entityOf(doc, place).attrs.kb, 'city:RU:Moscow');
});

test('Kiev as a place is Kyiv, with the variant noted', async () => {
  const doc = await run('Heavy rain fell on Kiev and nearby villages overnight.');
  const e = entityOf(doc, mention(doc, 'Kiev'));
  assert.equal(e.attrs.name, 'Kyiv');
  assert.equal(e.attrs.variant, 'Kiev');
  assert.equal(e.attrs.kb, 'city:UA:Kyiv');
});

test('pronouns resolve to the subject person and are marked inferred; "his country" follows the role', async () => {
  const text = 'North Korean leader Kim Jong-un praised his country’s engineers. Vladimir Putin thanked Kim for the visit. He described the talks as frank.';
  const doc = await run(text);
  const his = mention(doc, 'his', 0, 'pronoun');
  assert.equal(entityOf(doc, his).attrs.name, 'Kim Jong-un');
  assert.equal(his.attrs.inferred, true);
  const he = mention(doc, 'He', 0, 'pronoun');
  assert.equal(entityOf(doc, he).attrs.name, 'Vladimir Putin');
  const country = mention(doc, 'his country', 0, 'nominal');
  assert.equal(entityOf(doc, country).attrs.kb, 'KP');
});

test('every mention points at an entity that lists it', async () => {
  const doc = await run('Polish and Lithuanian ministers met in Vilnius. The Polish minister later flew to Berlin.');
  const ents = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  assert.ok(mentions(doc).length > 0);
  for (const m of mentions(doc)) {
    const e = ents.get(String(m.attrs.entity));
    assert.ok(e, `dangling ${m.id}`);
    assert.ok((e.attrs.mentions as string[]).includes(m.id));
  }
});

test('pronouns agree in gender with given names', async () => {
  const doc = await run('John Carter met Maria Lopez in Lisbon on Monday. She said the talks had gone well.');
  const she = mention(doc, 'She', 0, 'pronoun');
  assert.equal(entityOf(doc, she).attrs.name, 'Maria Lopez');
});

test('a surname in a headline joins the full name given later', async () => {
  const text = 'Shares Tumble As Okonkwo Quits Board\nChief executive Adaeze Okonkwo resigned on Friday, the company said.';
  const doc = await run(text);
  const short = mention(doc, 'Okonkwo', 0);
  assert.equal(short.label, 'PERSON');
  assert.equal(entityOf(doc, short).attrs.name, 'Adaeze Okonkwo');
});

test('"its neighbour": the latest state before it in the sentence, and the bordering state named before that (table)', async () => {
  // [text, expected country of "its neighbour" (KB id) or null when none is found]
  const cases: [string, string | null][] = [
    ['Kenya signed a water deal with Uganda on Monday, and its neighbour welcomed the move.', 'KE'],
    ['Talks between Uganda and Kenya resumed. Kenya said its neighbour had agreed.', 'UG'],
    // Norway does not border Kenya: no state is taken.
    ['Norway sent aid to Kenya, and its neighbour thanked the donors.', null],
    // No state named before in the sentence: nothing.
    ['Kenya held talks. Later its neighbour objected.', null],
  ];
  for (const [text, want] of cases) {
    const doc = await run(text);
    const at = text.indexOf('its neighbour');
    const m = mentions(doc).find((x) => x.start === at && x.attrs.kind === 'nominal');
    if (want === null) { assert.equal(m, undefined, `${text} → ${JSON.stringify(m)}`); continue; }
    assert.ok(m, `no "its neighbour" mention in: ${text}`);
    assert.equal(m.text, 'its neighbour');
    assert.equal(doc.text.slice(m.start, m.end), m.text);
    assert.equal(entityOf(doc, m).attrs.kb, want, text);
  }
});
