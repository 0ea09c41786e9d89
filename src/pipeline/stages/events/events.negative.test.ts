import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';
import type { SpanRef } from '../../../model/types.js';

/**
 * Sentences (written for this test) with a word that looks like an event trigger but codes no
 * event between parties, and the words that must not be triggers.
 */
const negatives: [string, string[]][] = [
  ['The striker scored twice as the home side beat the visitors.', ['beat', 'scored']],
  ['She said the weather would improve by the weekend.', ['said', 'improve']],
  ['The recipe calls for two cups of flour and a pinch of salt.', ['calls']],
  ['Shares of the carmaker fell sharply after the announcement.', ['fell']],
  ['The novel describes a family meeting in a small village.', ['meeting', 'describes']],
  ['He attacked the problem with great energy.', ['attacked']],
  ['The museum will host an exhibition of Roman coins.', ['host']],
  ['Rain fell on the capital for most of the day.', ['fell']],
  // Telling a listener what is so reports speech; only "told X to …" is a demand.
  ['The foreign minister told reporters the deal would keep the ships moving.', ['told']],
];

test('events negative: no event on words that only look like triggers', async () => {
  for (const [sentence, words] of negatives) {
    const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
    const events = layer(doc, 'events');
    for (const w of words) {
      const hit = events.find((e) => (e.attrs.trigger as SpanRef).text === w && ((e.attrs.source as unknown[]).length > 0 && (e.attrs.target as unknown[]).length > 0));
      assert.equal(hit, undefined, `${sentence}: "${w}" coded as ${hit?.label}`);
    }
  }
});

test('events negative: an empty or eventless document has an empty events layer', async () => {
  for (const text of ['', 'Weather: sunny, 24 degrees.', 'Contact us at the address below.']) {
    const doc = await analyze({ text: text, meta: { language: 'en' } }, { published: '2026-03-05' });
    assert.deepEqual([...layer(doc, 'events')], []);
  }
});

test('events negative: sports results and boilerplate are not coded as attacks between states', async () => {
  const doc = await analyze({ text: 'France beat Germany 2-1 in the final on Sunday.', meta: { language: 'en' } }, { published: '2026-03-05' });
  assert.equal(layer(doc, 'events').filter((e) => e.label === 'ASSAULT').length, 0);
});

test('events negative: a target found in the clause never comes from the attribution or a coordinated clause', async () => {
  // Sentences written for this test: the Bolivian official only reports; Chile's talks are another event.
  const cases: [string, string, string][] = [
    ['Peru agreed on Monday to reopen its embassy, a Bolivian official said.', 'agreed', 'BOL'],
    ['Peru agreed to reopen its embassy and Chile held talks with Bolivia.', 'agreed', 'BOL'],
  ];
  for (const [sentence, trigger, notTarget] of cases) {
    const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
    const ev = layer(doc, 'events').find((e) => (e.attrs.trigger as SpanRef).text === trigger);
    assert.ok(ev, `${sentence}: no event on "${trigger}"`);
    const targets = (ev.attrs.target as unknown as { country: string | null }[]).map((t) => t.country);
    assert.ok(!targets.includes(notTarget), `${sentence}: target ${targets.join(',')}`);
  }
});
