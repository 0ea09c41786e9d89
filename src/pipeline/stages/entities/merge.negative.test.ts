import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { entitiesStage } from './index.js';

// Original sentences written for these tests.
const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, entitiesStage]);
const run = async (text: string) => (await pipeline).run(createDoc(text, { publishedAt: '2005-03-01' }));

test('wrong-link set: no entity links to these KB entries (table)', async () => {
  const cases: [string, string, RegExp][] = [
    ['Fans of Doctor Who queued for hours outside the studio.', 'Who', /^org:WHO$/],
    ['The ferry left Hong Kong Island at noon.', 'Island', /^IS$/],
    ['Officials on the Island said the storm had passed.', 'Island', /^IS$/],
    ['Batman returns to cinemas next week with a new director.', 'Batman', /^city:TR:/],
    ['The orchestra toured St. Petersburg and Moscow in May.', 'St. Petersburg', /^city:US:/],
    ['Shares in Warner Bros. and WB fell on Monday.', 'WB', /^actor:world-bank$/],
    ['The Senate voted on the budget in Canberra.', 'Senate', /^actor:/],
    ['The president asked the United States National Security Council to review the sale.', 'Security Council', /^org:UNSC$/],
  ];
  for (const [text, word, bad] of cases) {
    const doc = await run(text);
    const at = text.indexOf(word);
    const ents = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
    for (const m of doc.layers.mentions ?? []) {
      if (m.start > at || m.end < at + word.length) continue;
      const kb = String(ents.get(String(m.attrs.entity))?.attrs.kb ?? '');
      assert.doesNotMatch(kb, bad, `"${m.text}" linked to ${kb} in: ${text}`);
    }
  }
  const sp = await run('The orchestra toured St. Petersburg and Moscow in May.');
  const ent = (sp.layers.entities ?? []).find((e) => e.text === 'St. Petersburg');
  assert.equal(ent?.attrs.kb, 'city:RU:Saint Petersburg');
  assert.equal(ent?.attrs.name, 'Saint Petersburg');
});

test('pronouns are never names; Facebook and Google are never places; an honorific name is never a place (table)', async () => {
  const cases: [string, string, string | null][] = [
    ['I think we should wait, I told the board.', 'I', null],
    ['We were surprised, said the coach.', 'We', null],
    ['Users of Facebook and Google complained.', 'Google', 'ORG'],
    ['Mr Blunkett visited Sheffield on Friday.', 'Mr Blunkett', 'PERSON'],
  ];
  for (const [text, word, label] of cases) {
    const doc = await run(text);
    const at = text.indexOf(word);
    const hit = (doc.layers.mentions ?? []).find((m) => m.attrs.kind === 'name' && m.start <= at && m.end >= at + word.length);
    if (label === null) assert.equal(hit, undefined, `"${word}" is a ${hit?.label} name in: ${text}`);
    else assert.equal(hit?.label, label, text);
    for (const m of doc.layers.mentions ?? []) if (m.attrs.kind === 'name') assert.notEqual(m.label === 'GPE' || m.label === 'LOC', /Facebook|Google|Blunkett/.test(m.text), `${m.text} typed ${m.label}`);
  }
});

test('no affiliation without an organisation right before the title or after the comma', async () => {
  const cases: [string, string][] = [
    ['In London chief inspector Mary Abbot spoke to reporters.', 'Mary Abbot'],
    ['Tom Reyes, who once worked in Paris, is now chief editor.', 'Tom Reyes'],
  ];
  for (const [text, person] of cases) {
    const doc = await run(text);
    const m = (doc.layers.mentions ?? []).find((x) => x.text.endsWith(person));
    assert.ok(m, `${person} not found in: ${text}`);
    const e = (doc.layers.entities ?? []).find((x) => x.id === m.attrs.entity)!;
    assert.equal(e.attrs.affiliation, undefined, text);
  }
});

test('merge (negative): a headline "Mrs X" never joins a man named X in full later', async () => {
  const text = 'Mrs Calloway defends husband\n\nGerald Calloway has led the party since May. Mrs Calloway said she rarely joins him on the road.';
  const doc = await run(text);
  const ents = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const headline = (doc.layers.mentions ?? []).find((m) => m.start === 0);
  assert.ok(headline, 'headline mention');
  assert.equal(text.slice(headline.start, headline.end), headline.text);
  assert.notEqual(String(ents.get(String(headline.attrs.entity))?.attrs.name), 'Gerald Calloway');
});

test('a longer name with another first or last word is another person', async () => {
  const text = 'Peter Hallam met his son Peter Hallam Junior and his cousin Anna Peter Hallam in Devon.';
  const doc = await run(text);
  const m = (t: string) => (doc.layers.mentions ?? []).find((x) => x.text === t);
  const a = m('Peter Hallam'), b = m('Anna Peter Hallam');
  assert.ok(a && b, JSON.stringify((doc.layers.mentions ?? []).map((x) => x.text)));
  assert.equal(text.slice(b.start, b.end), 'Anna Peter Hallam');
  assert.notEqual(a.attrs.entity, b.attrs.entity);
});
