import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';
import type { Annotation, SpanRef } from '../../../model/types.js';

/** The most confident event, outlet-voiced first (as the PLOVER eval picks a record's event). */
function mainOf(events: readonly Annotation[]): Annotation | undefined {
  let best: Annotation | undefined;
  const score = (e: Annotation) => Number(e.attrs.confidence) + (e.attrs.status === 'reported' ? 0.05 : 0);
  for (const e of events) if (!best || score(e) > score(best)) best = e;
  return best;
}

/**
 * [sentence (written for this test), trigger, PLOVER category, CAMEO code, source code, target code].
 * Each row is a CAMEO codebook entry the PETRARCH2 verb blocks alone code as something else or not
 * at all: what a verb does to its object (reduce relations 16x, yield 08x, recognise 054, destroy
 * property 1712, ban a party 1722), particle verbs the parser splits, "went on strike", police
 * deployed, aid sent, exercises held jointly or alone; ending a blockade is easing it, not its
 * aspect; armed men withdrawing retreat militarily; a light verb's event-noun object outranks a
 * pattern matched on other words of the clause.
 */
const cases: [string, string, string, string, string, string][] = [
  ['Chile severed relations with Peru on Monday.', 'severed', 'SANCTION', '161', 'CHL', 'PER'],
  ['Sweden suspended development assistance to Uganda.', 'suspended', 'SANCTION', '1621', 'SWE', 'UGA'],
  ['Iraq expelled the United Nations weapons inspectors.', 'expelled', 'SANCTION', '1662', 'IRQ', 'IGO'],
  ['Sudan expelled thirteen foreign aid agencies from Darfur.', 'expelled', 'SANCTION', '1663', 'SDN', ''],
  ['The United States lifted economic sanctions on Vietnam.', 'lifted', 'RETREAT', '085', 'USA', 'VNM'],
  ['Israel eased its blockade of the Gaza Strip.', 'eased', 'RETREAT', '0872', 'ISR', ''],
  ['Haiti allowed United Nations peacekeepers into the country.', 'allowed', 'RETREAT', '0861', 'HTI', 'IGO'],
  ['Germany recognized the independence of Croatia.', 'recognized', 'SUPPORT', '054', 'DEU', 'HRV'],
  ['Kurdish prisoners went on hunger strike in Turkey.', 'went', 'PROTEST', '142', '', ''],
  ['The government of Kenya deployed riot police in Nairobi.', 'deployed', 'MOBILIZE', '153', 'KENGOV', ''],
  ['Ethiopian troops pulled out of Somalia on Tuesday.', 'pulled out', 'RETREAT', '0874', 'ETHMIL', 'SOM'],
  ['Pirates hijacked a Greek tanker off Somalia.', 'hijacked', 'ASSAULT', '181', '', 'GRC'],
  ['Nigeria sent peacekeepers to Liberia.', 'sent', 'AID', '074', 'NGA', 'LBR'],
  ['The Turkish army held military exercises near the Syrian border.', 'held', 'MOBILIZE', '150', 'TURMIL', ''],
  ['The military government of Thailand dissolved the ruling party.', 'dissolved', 'COERCE', '1722', 'THAGOV', ''],
  ['Egypt ended its naval blockade of the port on Friday.', 'ended', 'RETREAT', '0872', 'EGY', ''],
  ['Rebel fighters withdrew from the captured town.', 'withdrew', 'RETREAT', '0874', '', ''],
  ['Nigerian oil workers launched a strike on Monday.', 'launched', 'PROTEST', '143', 'NGALAB', ''],
];

test('events: codebook acts on objects, particle verbs and event nouns, with trigger spans', async () => {
  for (const [sentence, trigger, category, cameo, src, tgt] of cases) {
    const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
    const events = layer(doc, 'events');
    const ev = mainOf(events);
    const list = events.map((e) => `${(e.attrs.trigger as SpanRef).text}:${e.label}/${e.attrs.cameo}`).join(', ');
    assert.ok(ev, `${sentence}: no event`);
    const tr = ev.attrs.trigger as SpanRef;
    assert.equal(tr.text, trigger, `${sentence}: trigger (got ${list})`);
    assert.equal(tr.start, sentence.indexOf(trigger), sentence);
    assert.equal(sentence.slice(tr.start, tr.end), trigger, sentence);
    assert.equal(sentence.slice(ev.start, ev.end), ev.text, `${sentence}: evidence span`);
    assert.equal(ev.label, category, `${sentence}: category (got ${list})`);
    assert.equal(ev.attrs.cameo, cameo, `${sentence}: CAMEO (got ${list})`);
    const codes = (side: unknown) => (side as { code: string | null }[]).map((a) => a.code ?? '');
    if (src) assert.ok(codes(ev.attrs.source).includes(src), `${sentence}: source ${src} (got ${codes(ev.attrs.source)})`);
    if (tgt) assert.ok(codes(ev.attrs.target).some((c) => c.startsWith(tgt)), `${sentence}: target ${tgt} (got ${codes(ev.attrs.target)})`);
  }
});

/** [sentence (written for this test), trigger, a CAMEO code it must not get]: the act needs its object. */
const negatives: [string, string, string][] = [
  ['The baker cut the bread and lifted the tray from the oven.', 'lifted', '085'],
  ['Chile severed the cable during the storm, the company said.', 'severed', '161'],
  ['Sweden suspended the football match because of snow.', 'suspended', '162'],
  ['The bank allowed customers to withdraw their savings.', 'allowed', '0861'],
  ['The workers went on holiday to Spain.', 'went', '142'],
];

test('events negative: an object act codes only the objects the codebook names', async () => {
  for (const [sentence, trigger, cameo] of negatives) {
    const doc = await analyze({ text: sentence, meta: { language: 'en' } }, { published: '2026-03-05' });
    const hit = layer(doc, 'events').find((e) => (e.attrs.trigger as SpanRef).text === trigger && String(e.attrs.cameo).startsWith(cameo));
    assert.equal(hit, undefined, `${sentence}: "${trigger}" coded ${hit?.attrs.cameo}`);
  }
});
