import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';
import type { Annotation, SpanRef } from '../../../model/types.js';

interface Party { name: string; country: string | null; sector: string | null; span: SpanRef }

async function eventOn(sentence: string, trigger: string): Promise<Annotation> {
  const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
  const events = layer(doc, 'events');
  const ev = events.find((e) => (e.attrs.trigger as SpanRef).text === trigger);
  assert.ok(ev, `${sentence}: no event on "${trigger}" (got ${events.map((e) => (e.attrs.trigger as SpanRef).text).join(', ')})`);
  const tr = ev.attrs.trigger as SpanRef;
  assert.equal(tr.start, sentence.indexOf(trigger), sentence);
  assert.equal(tr.end, sentence.indexOf(trigger) + trigger.length, sentence);
  return ev;
}

/** The party's span must be the named words of the sentence, exactly. */
function checkParty(sentence: string, p: Party | undefined, text: string, code: string, what: string): void {
  assert.ok(p, `${sentence}: no ${what}`);
  assert.equal(`${p.country ?? ''}/${p.sector ?? ''}`, code, `${sentence}: ${what} ${p.name}`);
  assert.equal(sentence.slice(p.span.start, p.span.end), p.span.text, `${sentence}: ${what} span`);
  assert.equal(p.span.text, text, `${sentence}: ${what} text`);
  assert.equal(p.span.start, sentence.indexOf(text), `${sentence}: ${what} start`);
}

/**
 * [sentence (written for this test), trigger, PLOVER category, source text, source country/sector,
 * target text, target country/sector]. The targets are not arguments of the trigger: the object of
 * its complement, a nominal the parser leaves without its relation, a place behind the source's own
 * troops; the sources and targets named by a capital or by a plural demonym carry their sector, and a
 * place where the event happens, taken as its target, stands for the people there.
 */
const cases: [string, string, string, string, string, string, string][] = [
  ['Norway threatened on Monday to break relations with Iceland unless Reykjavik released the trawler.', 'threatened', 'THREATEN', 'Norway', 'NOR/', 'Iceland', 'ISL/'],
  ['Syria is willing to withdraw its troops from Jordan.', 'withdraw', 'AGREE', 'Syria', 'SYR/', 'Jordan', 'JOR/'],
  ['Kenyan police arrested more than 30 Somalis in Nairobi on Friday.', 'arrested', 'COERCE', 'Kenyan police', 'KEN/COP', '30 Somalis in Nairobi', 'SOM/CVL'],
  ['Washington rejected the proposal from Hanoi.', 'rejected', 'REJECT', 'Washington', 'USA/GOV', 'Hanoi', 'VNM/GOV'],
  ['Ecuador demanded that Colombian officials refuse to recognise the new government.', 'recognise', 'REQUEST', 'Ecuador', 'ECU/', 'Colombian officials', 'COL/GOV'],
  ['The Algerian president threatened to impose a curfew in Oran after the riots.', 'impose', 'THREATEN', 'The Algerian president', 'DZA/GOV', 'Oran', 'DZA/CVL'],
];

test('events targets: parties found in the clause, with exact spans, codes and sectors', async () => {
  for (const [sentence, trigger, category, srcText, src, tgtText, tgt] of cases) {
    const ev = await eventOn(sentence, trigger);
    assert.equal(ev.label, category, sentence);
    checkParty(sentence, (ev.attrs.source as unknown as Party[])[0], srcText, src, 'source');
    checkParty(sentence, (ev.attrs.target as unknown as Party[])[0], tgtText, tgt, 'target');
  }
});

test('events targets: a condition is not what a threat threatens', async () => {
  // Written for this test: "goes ahead" is the condition, not part of the threat.
  const sentence = 'Moldova has threatened to stop negotiations to reduce border tariffs if Romania goes ahead with the planned deployment of new customs posts, a Chisinau newspaper reported today.';
  const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
  for (const e of layer(doc, 'events')) {
    const tr = e.attrs.trigger as SpanRef;
    if (tr.start > sentence.indexOf(' if ')) assert.notEqual(e.label, 'THREATEN', `"${tr.text}" inside the condition coded as the threat`);
  }
});
