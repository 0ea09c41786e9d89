import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import { buildPipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { entitiesStage } from './index.js';

const pipeline = buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, entitiesStage]);
const run = async (text: string) => (await pipeline).run(createDoc(text));

test('negative cases: capitalised non-entities are not mentions', async () => {
  const cases: [string, string[]][] = [
    ['The meeting ended on Monday without an agreement.', ['The', 'Monday']],
    ['However, prices rose sharply in March and April.', ['However', 'March', 'April']],
    ['Officials said the plan would be published in September.', ['Officials', 'September']],
    ['Yesterday the committee voted to delay the decision.', ['Yesterday']],
    ['Despite the rain, thousands marched through the city centre.', ['Despite']],
    ['Experts warn that Inflation Could Rise Again next year.', ['Experts']],
  ];
  for (const [text, words] of cases) {
    const doc = await run(text);
    for (const w of words) {
      const at = text.indexOf(w);
      const hit = (doc.layers.mentions ?? []).find((m) => m.start <= at && m.end > at);
      assert.equal(hit, undefined, `"${w}" tagged as ${hit?.label} in: ${text}`);
    }
  }
});

test('negative cases: pronouns without a person named before stay unresolved', async () => {
  const doc = await run('He said the bridge would reopen in spring. She disagreed.');
  assert.equal((doc.layers.mentions ?? []).filter((m) => m.attrs.kind === 'pronoun').length, 0);
});

test('negative cases: a capital as a place is not metonymy', async () => {
  const doc = await run('Tourists flocked to Paris for the festival.');
  const m = (doc.layers.mentions ?? []).find((x) => x.text === 'Paris');
  assert.ok(m);
  assert.equal(m.attrs.metonymy, undefined);
});

test('negative cases: Title-Case headline words are not part of names', async () => {
  const text = 'Carmaker Shares Slide After Volvo Warns On Margins\nVolvo said on Tuesday that costs had risen.';
  const doc = await run(text);
  for (const w of ['Shares', 'Slide', 'After', 'Warns', 'Margins']) {
    const at = text.indexOf(w);
    const hit = (doc.layers.mentions ?? []).find((m) => m.start <= at && m.end > at);
    assert.equal(hit, undefined, `"${w}" inside ${hit?.text}`);
  }
});

test('negative cases: an organisation qualifying an office holder is not a person, even when it reads like a given name', async () => {
  const cases: [string, string, string][] = [
    ['Lib Dem home affairs spokesman Mark Oaten said the plan was flawed.', 'Lib Dem', 'Mark Oaten'],
  ];
  for (const [text, org, person] of cases) {
    const doc = await run(text);
    const at = text.indexOf(org);
    const orgMention = doc.layers.mentions.find((m) => m.start === at && m.end === at + org.length);
    assert.ok(orgMention, `${org} is a mention`);
    assert.equal(doc.text.slice(orgMention.start, orgMention.end), org);
    assert.notEqual(orgMention.label, 'PERSON', `${org} in ${text}`);
    const p = text.indexOf(person);
    const personMention = doc.layers.mentions.find((m) => m.start === p && m.end === p + person.length);
    assert.equal(personMention?.label, 'PERSON', `${person} in ${text}`);
  }
});
