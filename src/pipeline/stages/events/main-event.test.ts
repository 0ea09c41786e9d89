import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';
import type { Annotation, SpanRef } from '../../../model/types.js';

/** The event a reader takes as the sentence's point: the one more confident than every other (none on a tie). */
function mainOf(events: readonly Annotation[]): Annotation | undefined {
  let best: Annotation | undefined;
  for (const e of events) if (!best || Number(e.attrs.confidence) > Number(best.attrs.confidence)) best = e;
  return events.some((e) => e !== best && Number(e.attrs.confidence) === Number(best!.attrs.confidence)) ? undefined : best;
}

/**
 * [sentence (written for this test), trigger of the main event, its PLOVER category, CAMEO code].
 * What each row guards: a second coordinated clause does not outrank the first; a wrapped event
 * ranks as its wrapper; a relative clause the parser did not label stays below the main clause;
 * an aspectual verb is what its event noun does; halting talks or mediation, surrendering,
 * and violating a ban have their CAMEO codes.
 */
const cases: [string, string, string, string][] = [
  ['Morocco, a close French partner in the fight against smuggling, has refused to send troops to Mali and has urged its citizens to avoid travelling there.', 'send', 'REJECT', '121'],
  ['A Tunisian newspaper has violated a ban by the Algerian government and described the minister as a traitor.', 'violated', 'REJECT', '128'],
  ["The Malian rebels said they will release Niger's ambassador and more than 20 members of his staff, whom they had taken hostage two weeks ago, on the weekend.", 'release', 'AGREE', '035'],
  ['Student riots against the new tuition fees are still continuing across Senegal.', 'continuing', 'PROTEST', '145'],
  ['Nigerian officials ended mediation efforts between the rival parties in Lagos.', 'ended', 'SANCTION', '165'],
  ['Norway suspended talks with Russia over fishing rights.', 'suspended', 'SANCTION', '164'],
  ['Three hundred Congolese rebels surrendered to Rwandan troops on Sunday.', 'surrendered', 'RETREAT', '0874'],
];

test('events: the main event of a sentence, with its trigger span, category and CAMEO code', async () => {
  for (const [sentence, trigger, category, cameo] of cases) {
    const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
    const events = layer(doc, 'events');
    const ev = mainOf(events);
    const list = events.map((e) => `${(e.attrs.trigger as SpanRef).text}:${e.label}:${e.attrs.confidence}`).join(', ');
    assert.ok(ev, `${sentence}: no single main event (got ${list})`);
    const tr = ev.attrs.trigger as SpanRef;
    assert.equal(tr.text, trigger, `${sentence}: main event (got ${list})`);
    assert.equal(tr.start, sentence.indexOf(trigger), sentence);
    assert.equal(tr.end, sentence.indexOf(trigger) + trigger.length, sentence);
    assert.equal(sentence.slice(ev.start, ev.end), ev.text, `${sentence}: evidence span`);
    assert.equal(ev.label, category, `${sentence}: category (got ${list})`);
    assert.equal(ev.attrs.cameo, cameo, `${sentence}: CAMEO`);
  }
});
