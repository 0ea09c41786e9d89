// The framing stage over texts written for these tests: labels, spans and voices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';
import type { Annotation, Doc } from '../../../model/types.js';
import { framingSummary } from './summary.js';
import { TECHNIQUES } from './techniques.js';

const find = (doc: Doc, label: string, text: string): Annotation | undefined => layer(doc, 'framing').find((a) => a.label === label && a.text === text);

test('every rule label with its voice, spans exact (sample 05)', async () => {
  const src = readFileSync(new URL('../../../../samples/05-dam-talks-framing.txt', import.meta.url), 'utf8');
  const doc = await analyze(src);
  const cases: { label: string; text: string; voice: string; speaker?: RegExp }[] = [
    { label: 'vague-sourcing', text: 'Experts say', voice: 'outlet' },
    { label: 'vague-sourcing', text: 'It is widely believed', voice: 'outlet' },
    { label: 'contested-term', text: 'Kiev', voice: 'outlet' },
    { label: 'contested-term', text: 'special military operation', voice: 'quoted', speaker: /Russian officials/ },
    { label: 'scare-quotes', text: '"water committee"', voice: 'outlet' },
    { label: 'authorial-adoption', text: 'died while defending the dam', voice: 'outlet' },
    { label: 'authorial-adoption', text: 'so-called', voice: 'outlet' },
  ];
  for (const c of cases) {
    const a = find(doc, c.label, c.text);
    assert.ok(a, `${c.label} "${c.text}" in ${JSON.stringify(layer(doc, 'framing').map((x) => [x.label, x.text]))}`);
    assert.equal(doc.text.slice(a.start, a.end), c.text);
    assert.equal(a.attrs.voice, c.voice, c.text);
    if (c.speaker) assert.match(String(a.attrs.speakerName ?? ''), c.speaker);
  }
  for (const a of layer(doc, 'framing')) {
    assert.equal(a.text, doc.text.slice(a.start, a.end));
    assert.ok(['quoted', 'attributed', 'outlet'].includes(String(a.attrs.voice)));
    assert.ok(typeof a.attrs.confidence === 'number' && a.attrs.confidence >= 0 && a.attrs.confidence <= 1);
  }
});

test('a loaded term inside a direct quotation is the speaker’s, with the speaker’s entity id', async () => {
  const doc = await analyze('“These traitors and thugs are destroying our beloved homeland,” said Interior Minister Dalia Varga on Monday.');
  const model = layer(doc, 'framing').filter((a) => (TECHNIQUES as readonly string[]).includes(a.label ?? ''));
  assert.ok(model.length > 0, 'the technique tagger finds something in an openly loaded quotation');
  for (const a of model) {
    assert.equal(a.attrs.voice, 'quoted', a.text);
    const ent = layer(doc, 'entities').find((e) => e.id === a.attrs.speaker);
    assert.match(String(ent?.attrs.name ?? ''), /Varga/);
  }
});

test('framing summary: counts by label and voice, tone, most loaded statements', async () => {
  const doc = await analyze('“These traitors are destroying our homeland,” Varga said. Experts say the dam is safe. Officials in Kiev praised the good news.');
  const f = framingSummary(doc)!;
  const total = layer(doc, 'framing').length;
  assert.equal(Object.values(f.byLabel).reduce((x, y) => x + y, 0), total);
  assert.equal(Object.values(f.byVoice).reduce((x, y) => x + y, 0), total);
  assert.ok(f.outletShare !== null && f.outletShare > 0 && f.outletShare < 1);
  assert.ok(f.tone.document.words > 15 && f.tone.document.negative >= 1 && f.tone.document.positive >= 2);
  assert.ok(f.tone.speakers.some((s) => /Varga/.test(s.speakerName) && s.tone < 0), JSON.stringify(f.tone.speakers));
  assert.ok(f.mostLoaded.length >= 1 && /Varga/.test(f.mostLoaded[0].speakerName));
});
