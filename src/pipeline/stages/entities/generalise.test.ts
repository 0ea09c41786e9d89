/**
 * Canonical entities beyond the knowledge base's people: titled persons the KB does not know,
 * document-wide last names, countries linked whatever the tagger said, and capitals acting as
 * governments found through the parse. Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import type { Annotation, Doc } from '../../../model/types.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { syntaxStage } from '../syntax.js';
import { entitiesStage } from './index.js';

const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage, entitiesStage]);
const run = async (text: string) => (await pipeline).run(createDoc(text));
const entityOf = (doc: Doc, m: Annotation) => (doc.layers.entities ?? []).find((e) => e.id === m.attrs.entity)!;

/** The n-th mention with exactly this text, its span checked against the text. */
function mention(doc: Doc, t: string, nth = 0): Annotation {
  const found = (doc.layers.mentions ?? []).filter((m) => m.text === t);
  assert.ok(found[nth], `no mention #${nth} "${t}" in ${JSON.stringify((doc.layers.mentions ?? []).map((m) => [m.text, m.label]))}`);
  const m = found[nth];
  assert.equal(doc.text.slice(m.start, m.end), t);
  let from = -1;
  for (let i = 0; i <= nth; i++) from = doc.text.indexOf(t, from + 1);
  // The n-th mention of a string is at or after its n-th occurrence in the text.
  assert.ok(m.start >= from, `"${t}" at ${m.start}, expected ≥ ${from}`);
  return m;
}

test('[demonym] title Name: demonym of its country + titled person with a role (table)', async () => {
  // text, demonym, its country, person mention, role, entity name
  const cases: [string, string, string, string, string, string][] = [
    ['Chilean Foreign Minister Ramona Ibarra met her counterparts in Lima on Monday.', 'Chilean', 'CL', 'Foreign Minister Ramona Ibarra', 'Foreign Minister', 'Ramona Ibarra'],
    ['Talks were held with Bhutanese Prime Minister Dorji Tenzin in Thimphu.', 'Bhutanese', 'BT', 'Prime Minister Dorji Tenzin', 'Prime Minister', 'Dorji Tenzin'],
    ['Nigerian President Adaeze Okonkwo later left for Abuja.', 'Nigerian', 'NG', 'President Adaeze Okonkwo', 'President', 'Adaeze Okonkwo'],
    ['The envoy met Estonian Defence Minister Kalev Saar behind closed doors.', 'Estonian', 'EE', 'Defence Minister Kalev Saar', 'Defence Minister', 'Kalev Saar'],
  ];
  for (const [text, dem, iso, person, role, name] of cases) {
    const doc = await run(text);
    const d = mention(doc, dem);
    assert.equal(d.attrs.kind, 'demonym', text);
    assert.equal(entityOf(doc, d).attrs.kb, iso, text);
    const p = mention(doc, person);
    assert.equal(p.label, 'PERSON', text);
    assert.equal(p.attrs.role, role, text);
    const e = entityOf(doc, p);
    assert.equal(e.attrs.name, name, text);
    assert.equal(e.attrs.country, iso, text);
  }
});

test('a lower-case office after a demonym is the role; the name alone is the mention', async () => {
  const text = 'Kenyan finance minister Joseph Mwangale said the budget was balanced.';
  const doc = await run(text);
  const p = mention(doc, 'Joseph Mwangale');
  assert.equal(p.label, 'PERSON');
  assert.equal(p.attrs.role, 'finance minister');
  assert.equal(entityOf(doc, p).attrs.country, 'KE');
  assert.equal(entityOf(doc, mention(doc, 'Kenyan')).attrs.kb, 'KE');
});

test('short forms: a last name anywhere in the document corefers with the titled person (table)', async () => {
  const cases: [string, string, number, string][] = [
    ['Chilean Foreign Minister Ramona Ibarra arrived on Monday. Ibarra said the talks went well.', 'Ibarra', 0, 'Foreign Minister Ramona Ibarra'],
    // Before the full name, at a sentence start, where the tagger often skips a lone word.
    ['Okonkwo opened the session. Nigerian President Adaeze Okonkwo later left for Abuja.', 'Okonkwo', 0, 'President Adaeze Okonkwo'],
    ['Talks were held with Bhutanese Prime Minister Dorji Tenzin in Thimphu. Tenzin smiled.', 'Tenzin', 0, 'Prime Minister Dorji Tenzin'],
  ];
  for (const [text, short, nth, full] of cases) {
    const doc = await run(text);
    const s = mention(doc, short, nth);
    assert.equal(s.label, 'PERSON', text);
    assert.equal(s.attrs.entity, mention(doc, full).attrs.entity, text);
  }
});

test('a name spelled like a KB country links to it as a GPE (table)', async () => {
  const cases: [string, string, string][] = [
    ['Mongolia, Ecuador and Jordan signed the accord on Friday.', 'Mongolia', 'MN'],
    ['Mongolia, Ecuador and Jordan signed the accord on Friday.', 'Jordan', 'JO'],
    ['Grain from Ukraine reached Egypt last week.', 'Egypt', 'EG'],
  ];
  for (const [text, name, iso] of cases) {
    const doc = await run(text);
    const m = mention(doc, name);
    assert.equal(m.label, 'GPE', text);
    assert.equal(entityOf(doc, m).attrs.kb, iso, text);
  }
});

test('places named in local spelling in the KB take the English spelling of the text', async () => {
  const doc = await run('ZURICH, May 2 - Negotiators met in Zurich for a second day.');
  const e = entityOf(doc, mention(doc, 'Zurich'));
  assert.equal(e.attrs.name, 'Zurich');
  assert.equal(mention(doc, 'ZURICH').attrs.entity, e.id);
});

test('metonymy: any KB capital as the active subject of a verb is its state (table)', async () => {
  const cases: [string, string, string][] = [
    ['Ulaanbaatar regards the pipeline as vital to its economy.', 'Ulaanbaatar', 'MN'],
    ['In June, Quito and Lima signed a border accord.', 'Quito', 'EC'],
    ['In June, Quito and Lima signed a border accord.', 'Lima', 'PE'],
    ['Officials said Tbilisi would reconsider the tariff.', 'Tbilisi', 'GE'],
  ];
  for (const [text, name, iso] of cases) {
    const doc = await run(text);
    const m = mention(doc, name);
    assert.equal(m.attrs.metonymy, true, text);
    assert.equal(entityOf(doc, m).attrs.kb, iso, text);
  }
});

test('"<demonym> … ministry/embassy" is an ORG of its own, and the demonym still names the country', async () => {
  const doc = await run('The Kenyan health ministry declined to comment, and the Peruvian embassy was closed.');
  const org = mention(doc, 'Kenyan health ministry');
  assert.equal(org.label, 'ORG');
  assert.equal(entityOf(doc, org).attrs.country, 'KE');
  assert.equal(entityOf(doc, mention(doc, 'Kenyan')).attrs.kb, 'KE');
  assert.equal(mention(doc, 'Peruvian embassy').label, 'ORG');
});

test('surname particles stay inside a titled person name (table)', async () => {
  const cases: [string, string, string][] = [
    ['Dutch Prime Minister Anna van der Berg met farmers in Utrecht.', 'Prime Minister Anna van der Berg', 'Anna van der Berg'],
    ['Former Brazilian President Luiz Inacio Lula da Silva spoke in Recife.', 'President Luiz Inacio Lula da Silva', 'Luiz Inacio Lula da Silva'],
  ];
  for (const [text, m, name] of cases) {
    const doc = await run(text);
    assert.equal(entityOf(doc, mention(doc, m)).attrs.name, name, text);
  }
});

test('an organisation head word runs on over "on/for/of" + capitalised words', async () => {
  const text = "The African Commission on Human and Peoples' Rights said the arrests were unlawful.";
  const doc = await run(text);
  const m = mention(doc, "African Commission on Human and Peoples' Rights");
  assert.equal(m.label, 'ORG');
  assert.equal(m.start, text.indexOf('African'));
});

test('an object pronoun skips the subject of its own verb; a reflexive one does not', async () => {
  const text = 'Kenyan finance minister Joseph Mwangale met Tanzanian envoy Peter Kimaro on Monday. Kimaro thanked him for the visit. Kimaro later praised himself.';
  const doc = await run(text);
  assert.equal(mention(doc, 'him').attrs.entity, mention(doc, 'Joseph Mwangale').attrs.entity);
  assert.equal(mention(doc, 'himself').attrs.entity, mention(doc, 'Peter Kimaro').attrs.entity);
});

test('multi-word and "of" titles; a country name before the title gives the country (table)', async () => {
  // text, person mention, role, entity name, country or ''
  const cases: [string, string, string, string, string][] = [
    ['Chief Executive Marta Kowalczyk said sales rose in the third quarter.', 'Chief Executive Marta Kowalczyk', 'Chief Executive', 'Marta Kowalczyk', ''],
    ['Chief of Staff Daniel Oduya resigned on Thursday.', 'Chief of Staff Daniel Oduya', 'Chief of Staff', 'Daniel Oduya', ''],
    ['U.S. Secretary of State Helen Marsh flew to Vilnius.', 'Secretary of State Helen Marsh', 'Secretary of State', 'Helen Marsh', 'US'],
  ];
  for (const [text, m, role, name, iso] of cases) {
    const doc = await run(text);
    const p = mention(doc, m);
    assert.equal(p.label, 'PERSON', text);
    assert.equal(p.attrs.role, role, text);
    const e = entityOf(doc, p);
    assert.equal(e.attrs.name, name, text);
    if (iso) assert.equal(e.attrs.country, iso, text);
  }
});

test('a capital as the passive subject of a raising verb acts for its state', async () => {
  const doc = await run('Canberra is expected to reject the proposal next week.');
  const m = mention(doc, 'Canberra');
  assert.equal(m.attrs.metonymy, true);
  assert.equal(entityOf(doc, m).attrs.kb, 'AU');
});
