import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import type { Annotation, Doc } from '../../../model/types.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { entitiesStage } from './index.js';

// Original sentences written for these tests.
const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, entitiesStage]);
const run = async (text: string) => (await pipeline).run(createDoc(text, { publishedAt: '2005-03-01' }));
const mentions = (doc: Doc) => doc.layers.mentions ?? [];
const entityOf = (doc: Doc, m: Annotation) => (doc.layers.entities ?? []).find((e) => e.id === m.attrs.entity)!;
/** The n-th mention with text `t`, its span checked against the document text. */
function mention(doc: Doc, t: string, nth = 0): Annotation {
  const found = mentions(doc).filter((m) => m.text === t);
  assert.ok(found[nth], `no mention "${t}" in ${JSON.stringify(mentions(doc).map((m) => m.text))}`);
  assert.equal(doc.text.slice(found[nth].start, found[nth].end), t);
  return found[nth];
}

test('compatible names of one person merge within a document; titles become the role (table)', async () => {
  const cases: { text: string; forms: string[]; name: string; role?: string; type?: string }[] = [
    { text: 'Prime Minister Tony Blair opened the new wing on Monday. Mr Blair said the hospital had waited too long. Blair left before lunch.',
      forms: ['Prime Minister Tony Blair', 'Mr Blair', 'Blair'], name: 'Tony Blair', role: 'Prime Minister' },
    { text: 'Trade and Industry Secretary Patricia Hewitt visited the plant. Ms Hewitt told workers the order book was full.',
      forms: ['Trade and Industry Secretary Patricia Hewitt', 'Ms Hewitt'], name: 'Patricia Hewitt', role: 'Trade and Industry Secretary' },
    { text: 'Home Secretary David Blunkett met police chiefs in Leeds. Mr Blunkett promised more officers for the city.',
      forms: ['Home Secretary David Blunkett', 'Mr Blunkett'], name: 'David Blunkett', role: 'Home Secretary' },
    { text: 'Shadow Health Secretary Yvonne Ashgrove criticised the figures. Ashgrove called for an inquiry.',
      forms: ['Shadow Health Secretary Yvonne Ashgrove', 'Ashgrove'], name: 'Yvonne Ashgrove', role: 'Shadow Health Secretary' },
  ];
  for (const c of cases) {
    const doc = await run(c.text);
    const ms = c.forms.map((f) => mention(doc, f));
    const ids = new Set(ms.map((m) => m.attrs.entity));
    assert.equal(ids.size, 1, `${c.text}: ${JSON.stringify(ms.map((m) => [m.text, m.attrs.entity]))}`);
    const e = entityOf(doc, ms[0]);
    assert.equal(e.attrs.name, c.name, c.text);
    assert.equal(e.label, c.type ?? 'PERSON', c.text);
    for (const m of ms) assert.equal(m.label, 'PERSON', `${m.text} in ${c.text}`);
    if (c.role) assert.equal(e.attrs.role, c.role, c.text);
  }
});

test('a bare surname follows the most mentioned person, and an honorific keeps genders apart', async () => {
  const text = 'Clara Venn won the prize. Her father, Hugo Venn, was a painter. Clara Venn thanked the jury. Venn said she would keep painting. Ms Venn left for Rome.';
  const doc = await run(text);
  const clara = entityOf(doc, mention(doc, 'Clara Venn', 0));
  assert.equal(entityOf(doc, mention(doc, 'Venn', 0)).id, clara.id);
  assert.equal(entityOf(doc, mention(doc, 'Ms Venn')).id, clara.id);
  assert.notEqual(entityOf(doc, mention(doc, 'Hugo Venn')).id, clara.id);
});

test('types from evidence: honorifics and titles make people, institution words organisations (table)', async () => {
  const cases: [string, string, string][] = [
    ['Mr Tallis declined to comment on the report.', 'Mr Tallis', 'PERSON'],
    ['Critics wrote to Dr Okoro about the delays.', 'Dr Okoro', 'PERSON'],
    ['The grant went to Kyoto University and two smaller labs.', 'Kyoto University', 'ORG'],
    ['She studied at Ferndale College before moving abroad.', 'Ferndale College', 'ORG'],
  ];
  for (const [text, form, type] of cases) {
    const doc = await run(text);
    assert.equal(mention(doc, form).label, type, text);
  }
});

test('the organisation in "<Org> chief <Person>" is the person\'s affiliation (table)', async () => {
  const cases: [string, string, string, string][] = [
    ['Gazprom chief Alexei Miller confirmed the new contract on Tuesday.', 'Alexei Miller', 'Gazprom', 'chief'],
    ["Ruth Okafor, Barclays' chief economist, expects rates to fall.", 'Ruth Okafor', 'Barclays', 'chief economist'],
    ['Acme Corp chief executive Dana Whitfield resigned after the vote.', 'Dana Whitfield', 'Acme Corp', 'chief executive'],
  ];
  for (const [text, person, org, role] of cases) {
    const doc = await run(text);
    const p = entityOf(doc, mention(doc, person));
    const o = entityOf(doc, mention(doc, org));
    assert.equal(p.label, 'PERSON', text);
    assert.equal(o.label, 'ORG', text);
    assert.equal(p.attrs.affiliation, o.id, text);
    assert.equal(p.attrs.role, role, text);
  }
});

test('people and organisations from the PETRARCH2 actor table carry a KB id (table)', async () => {
  const cases: [string, string, string, string][] = [
    ['Trade Secretary Patricia Hewitt opened the fair in Birmingham.', 'Trade Secretary Patricia Hewitt', 'actor:patricia-hewitt', 'Patricia Hewitt'],
    ['Shares in Microsoft rose after the results.', 'Microsoft', 'actor:microsoft', 'Microsoft'],
    ['Analysts at Reuters said the deal would close.', 'Reuters', 'actor:reuters', 'Reuters'],
    ['Analysts said Google would appeal.', 'Google', 'org:GOOGLE', 'Google'],
  ];
  for (const [text, form, kb, name] of cases) {
    const doc = await run(text);
    const e = entityOf(doc, mention(doc, form));
    assert.equal(e.attrs.kb, kb, text);
    assert.equal(e.attrs.name, name, text);
  }
  const doc = await run('Analysts said Google would appeal.');
  assert.equal(mention(doc, 'Google').label, 'ORG');
});

test('a short form joins its organisation and takes its type; a run-on span ends at the name (table)', async () => {
  const text = 'Maria Olsen studied law at Penbury University in the 1990s. At Penbury she met her husband. The Penbury Courier observed that she was a keen rower.';
  const doc = await run(text);
  const uni = mention(doc, 'Penbury University'), short = mention(doc, 'Penbury');
  assert.equal(short.attrs.entity, uni.attrs.entity);
  assert.equal(short.label, 'ORG');
  assert.equal(entityOf(doc, short).attrs.name, 'Penbury University');
  // "observed" is not part of the newspaper's name.
  const paper = mention(doc, 'Penbury Courier');
  assert.deepEqual([paper.start, paper.end], [text.indexOf('Penbury Courier'), text.indexOf('Penbury Courier') + 'Penbury Courier'.length]);
  assert.notEqual(paper.attrs.entity, uni.attrs.entity);
});

test('a fuller form of an earlier full name is the same person; the shorter name in use stays canonical (table)', async () => {
  const cases: [string, string[], string][] = [
    ['Peter Hallam\n\nPeter James Hallam (born 4 May 1971) is an English actor. Hallam grew up in Devon.', ['Peter Hallam', 'Peter James Hallam', 'Hallam'], 'Peter Hallam'],
    ['Ines Corva\n\nDame Ines Maria Corva DBE designed the new library. Corva died in 2016.', ['Ines Corva', 'Dame Ines Maria Corva DBE', 'Corva'], 'Ines Corva'],
  ];
  for (const [text, forms, name] of cases) {
    const doc = await run(text);
    const ms = forms.map((f) => mention(doc, f));
    assert.equal(new Set(ms.map((m) => m.attrs.entity)).size, 1, `${text}: ${JSON.stringify(ms.map((m) => [m.text, m.attrs.entity]))}`);
    assert.equal(entityOf(doc, ms[0]).attrs.name, name);
  }
});
