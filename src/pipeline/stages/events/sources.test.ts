import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';
import type { SpanRef } from '../../../model/types.js';

interface ActorOut { code: string | null; span: SpanRef }

/**
 * [sentence (written for this test), trigger, source phrase, source code, target code ('' = not checked)].
 * What each row guards: a title the parser hangs as a descriptor ("President", `nmod:desc`) is part
 * of the actor's phrase, so its demonym gives the country over a namesake in the actor dictionary
 * and its title the sector; a religion-only agent word is the religious sector (REL), not the
 * religion code; a refusal is its speaker's act (the refuser is the source, the content's party the target).
 */
const cases: [string, string, string, string, string][] = [
  ['Malian President Amadou Kone on Saturday hosted Senegalese Prime Minister Ousmane Diallo in Bamako.', 'hosted', 'Malian President Amadou Kone', 'MLIGOV', 'SENGOV'],
  ['Bolivian President Carlos Mendoza on Monday received Peruvian Foreign Minister Luis Vargas in La Paz.', 'received', 'Bolivian President Carlos Mendoza', 'BOLGOV', ''],
  ['Catholic bishops in Kenya criticized the government on Sunday.', 'criticized', 'Catholic bishops in Kenya', 'KENREL', 'KENGOV'],
  ['Kenya refused a Ugandan request for extraditing the rebel leader.', 'extraditing', 'Kenya', 'KEN', 'UGA'],
];

test('events: source phrases, codes and sectors (titles, religious agents, refusals)', async () => {
  for (const [sentence, trigger, phrase, source, target] of cases) {
    const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
    const ev = layer(doc, 'events').find((e) => (e.attrs.trigger as SpanRef).text === trigger);
    assert.ok(ev, `${sentence}: no event on "${trigger}"`);
    const tr = ev.attrs.trigger as SpanRef;
    assert.equal(sentence.slice(tr.start, tr.end), trigger, sentence);
    const src = (ev.attrs.source as unknown as ActorOut[])[0];
    assert.ok(src, `${sentence}: no source`);
    assert.equal(src.span.text, phrase, `${sentence}: source phrase`);
    assert.equal(src.span.start, sentence.indexOf(phrase), `${sentence}: source start`);
    assert.equal(sentence.slice(src.span.start, src.span.end), phrase, sentence);
    assert.equal(src.code, source, `${sentence}: source code`);
    if (target) assert.ok((ev.attrs.target as unknown as ActorOut[]).some((a) => a.code === target), `${sentence}: target ${target} (got ${(ev.attrs.target as unknown as ActorOut[]).map((a) => a.code)})`);
  }
});

/**
 * [sentence (written for this test), trigger, source codes in order, each source's span text]:
 * coordinated nationality modifiers of one head are one actor each, with the head's sector
 * (and exercises held by two states are military cooperation, CAMEO 062).
 */
const shared: [string, string, string[], string[]][] = [
  ['Senior Kenyan and Ugandan officials met in Nairobi on Friday.', 'met', ['KENGOV', 'UGAGOV'], ['Senior Kenyan and Ugandan officials', 'Ugandan']],
  ['French and Egyptian warships on Monday began ten days of naval exercises in the Red Sea.', 'exercises', ['FRAMIL', 'EGYMIL'], ['French and Egyptian warships', 'Egyptian']],
];

test('events: coordinated nationalities sharing one head are separate sources with their spans', async () => {
  for (const [sentence, trigger, codes, spans] of shared) {
    const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
    const ev = layer(doc, 'events').find((e) => (e.attrs.trigger as SpanRef).text === trigger);
    assert.ok(ev, `${sentence}: no event on "${trigger}"`);
    const src = ev.attrs.source as unknown as ActorOut[];
    assert.deepEqual(src.map((a) => a.code), codes, sentence);
    assert.deepEqual(src.map((a) => a.span.text), spans, sentence);
    for (const a of src) assert.equal(sentence.slice(a.span.start, a.span.end), a.span.text, sentence);
    if (trigger === 'exercises') assert.equal(ev.attrs.cameo, '062', `${sentence}: joint exercises`);
  }
});
