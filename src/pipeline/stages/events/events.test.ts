import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';
import type { Annotation, SpanRef } from '../../../model/types.js';

interface Party { name: string; country: string | null; sector: string | null; span: SpanRef }

async function eventsOf(text: string): Promise<{ text: string; events: readonly Annotation[] }> {
  const doc = await analyze({ text: text, meta: { language: 'en' } }, { published: '2026-03-05' });
  return { text: doc.text, events: layer(doc, 'events') };
}

/** [sentence (written for this test), trigger word, PLOVER category, status, source country/sector, target country/sector, place, time, negated] */
const cases: [string, string, string, string, string, string, string | null, string | null, boolean][] = [
  ['Turkish troops shelled Kurdish positions near Aleppo on Tuesday.', 'shelled', 'ASSAULT', 'reported', 'TUR/MIL', '', 'Aleppo', '2026-03-03', false],
  ['The Greek government signed a fisheries agreement with Portugal in Lisbon on Friday.', 'signed', 'AGREE', 'reported', 'GRC/GOV', 'PRT/', 'Lisbon', '2026-02-27', false],
  ['Canada did not send troops to Haiti.', 'send', 'COOPERATE', 'reported', 'CAN/', 'HTI/', null, null, true],
  ['Egypt has pledged to send humanitarian aid to Sudan.', 'send', 'AGREE', 'planned', 'EGY/', 'SDN/', null, null, false],
  ['Argentina demanded that Britain withdraw its warships.', 'withdraw', 'REQUEST', 'demanded', 'ARG/', 'GBR/', null, null, false],
  ['Brazil denied attacking Venezuelan border posts.', 'attacking', 'ASSAULT', 'denied', 'BRA/', 'VEN/', null, null, false],
  ['If Serbia attacks Kosovo, the alliance will respond.', 'attacks', 'ASSAULT', 'hypothetical', 'SRB/', '', null, null, false],
  ['Japan imposed sanctions on North Korea.', 'imposed', 'COERCE', 'reported', 'JPN/', 'PRK/', null, null, false],
  ['The Kenyan president met his Ugandan counterpart in Kampala on Monday.', 'met', 'CONSULT', 'reported', 'KEN/GOV', 'UGA/GOV', 'Kampala', '2026-03-02', false],
  ['Moscow accused Kyiv of shelling the power plant.', 'accused', 'ACCUSE', 'reported', 'RUS/', 'UKR/', null, null, false],
  ['Chilean students staged a protest against the government in Santiago.', 'staged', 'PROTEST', 'reported', 'CHL/EDU', '', null, null, false],
];

test('events: category, status, parties, place, time and negation, with exact trigger spans', async () => {
  for (const [sentence, trigger, category, status, src, tgt, place, time, negated] of cases) {
    const { text, events } = await eventsOf(sentence);
    const ev = events.find((e) => (e.attrs.trigger as SpanRef).text === trigger);
    assert.ok(ev, `${sentence}: no event on "${trigger}" (got ${events.map((e) => (e.attrs.trigger as SpanRef).text).join(', ')})`);
    const tr = ev.attrs.trigger as SpanRef;
    assert.equal(tr.start, sentence.indexOf(trigger), sentence);
    assert.equal(tr.end, sentence.indexOf(trigger) + trigger.length, sentence);
    assert.equal(text.slice(tr.start, tr.end), trigger);
    assert.equal(text.slice(ev.start, ev.end), ev.text, 'evidence span');
    assert.ok(ev.start <= tr.start && tr.end <= ev.end, 'evidence covers the trigger');
    assert.equal(ev.label, category, sentence);
    assert.equal(ev.attrs.status, status, sentence);
    assert.equal(ev.attrs.negated, negated, sentence);
    const first = (side: unknown) => { const p = (side as unknown as Party[])[0]; return p ? `${p.country ?? ''}/${p.sector ?? ''}` : ''; };
    const srcGot = first(ev.attrs.source);
    assert.equal(srcGot.slice(0, src.length), src, `${sentence}: source ${srcGot}`);
    if (tgt) assert.equal(first(ev.attrs.target).slice(0, tgt.length), tgt, `${sentence}: target`);
    for (const p of [...(ev.attrs.source as unknown as Party[]), ...(ev.attrs.target as unknown as Party[])]) assert.equal(text.slice(p.span.start, p.span.end), p.span.text);
    const pl = ev.attrs.place as { name: string; lat: number | null; lon: number | null; span: SpanRef } | null;
    if (place) {
      assert.ok(pl, `${sentence}: no place`);
      assert.equal(pl.name, place);
      assert.equal(typeof pl.lat, 'number');
      assert.equal(text.slice(pl.span.start, pl.span.end), pl.span.text);
    }
    const tm = ev.attrs.time as { timex: string; value: string } | null;
    if (time) assert.equal(tm?.value, time, `${sentence}: time`);
    assert.ok(typeof ev.attrs.cameo === 'string' && /^\d{3,4}$/.test(ev.attrs.cameo), 'CAMEO code');
    const c = Number(ev.attrs.confidence);
    assert.ok(c > 0 && c <= 1, 'confidence in (0, 1]');
  }
});

test('events: a claim inside someone\'s statement is attributed to its speaker', async () => {
  const text = 'The interior ministry said that rebels attacked a police station in Goma.';
  const { events } = await eventsOf(text);
  const ev = events.find((e) => (e.attrs.trigger as SpanRef).text === 'attacked');
  assert.ok(ev);
  assert.equal(ev.label, 'ASSAULT');
  assert.equal(ev.attrs.status, 'attributed');
});

test('events: repeated mentions of one event in a document merge into one with both spans', async () => {
  const text = 'Nigerian troops attacked rebel camps near Maiduguri on Sunday. The attack by Nigerian troops on the rebel camps killed dozens, officials said.';
  const { events } = await eventsOf(text);
  const assaults = events.filter((e) => e.label === 'ASSAULT' && (e.attrs.source as unknown as Party[]).some((p) => p.country === 'NGA'));
  assert.ok(assaults.length >= 1);
  const merged = assaults.find((e) => (e.attrs.mentions as SpanRef[]).length > 0);
  if (merged) for (const m of merged.attrs.mentions as SpanRef[]) assert.equal(text.slice(m.start, m.end), m.text);
});

test('events: the seed pattern — a pledge is planned, the promiser is the source', async () => {
  const text = 'Portugal has pledged to build a hospital in Maputo to help Mozambique.';
  const { events } = await eventsOf(text);
  const planned = events.filter((e) => e.attrs.status === 'planned');
  assert.ok(planned.length >= 1, `no planned event: ${events.map((e) => `${e.label}/${e.attrs.status}`).join(', ')}`);
  assert.ok(planned.every((e) => (e.attrs.source as unknown as Party[]).some((p) => p.country === 'PRT')));
});

test('events: an event inside what a coded speech act says ranks below the act', async () => {
  // A sentence written for this test: the threat is what happened.
  const cases: [string, string, string][] = [
    ['The Estonian parliament threatened on Monday to cut ties with Belarus unless Minsk closed its border camps.', 'threatened', 'cut'],
  ];
  for (const [sentence, act, inner] of cases) {
    const { events } = await eventsOf(sentence);
    const conf = (w: string) => events.filter((e) => (e.attrs.trigger as SpanRef).text === w).map((e) => Number(e.attrs.confidence));
    const [a] = conf(act);
    assert.ok(a !== undefined, `${sentence}: no event on "${act}" (got ${events.map((e) => (e.attrs.trigger as SpanRef).text).join(', ')})`);
    assert.ok(conf(inner).length, `${sentence}: no event on "${inner}"`);
    for (const c of conf(inner)) assert.ok(c < a, `${sentence}: "${inner}" (${c}) ranks below "${act}" (${a})`);
  }
});
