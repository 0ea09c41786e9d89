import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { analyzeText } from './test-helpers.js';
import { buildTokView } from './tokview.js';
import { clipContent } from './index.js';

interface Case {
  text: string;
  cue: string;
  source: string | null;
  content: string;
  kind: string;
  target?: string;
  speakerName?: string;
  sourceKind?: string;
}

// Sentences written for these tests (not from any corpus).
const cases: Case[] = [
  { text: 'Finance Minister Ana Costa said the budget would be balanced by next spring.',
    cue: 'said', source: 'Finance Minister Ana Costa', content: 'the budget would be balanced by next spring', kind: 'indirect', sourceKind: 'person' },
  { text: '“We will not raise taxes this year,” Costa told reporters in Lisbon on Monday.',
    cue: 'told', source: 'Costa', content: '“We will not raise taxes this year,”', kind: 'direct' },
  { text: 'According to the health ministry, 40 people were treated for smoke inhalation.',
    cue: 'According to', source: 'the health ministry', content: '40 people were treated for smoke inhalation', kind: 'indirect', sourceKind: 'government' },
  { text: 'The mayor thanked the volunteers for their work. He described the flood response as a “model for the whole region.”',
    cue: 'described', source: 'He', content: '“model for the whole region.”', kind: 'partial-direct' },
  { text: 'Brasilia accuses the mining company of hiding the true extent of the spill.',
    cue: 'accuses', source: 'Brasilia', content: 'hiding the true extent of the spill', kind: 'indirect', target: 'the mining company', sourceKind: 'government' },
  { text: 'The union has long maintained that the factory closure was politically motivated.',
    cue: 'has long maintained', source: 'The union', content: 'the factory closure was politically motivated', kind: 'indirect', sourceKind: 'organisation' },
  // The seed's first-sentence shape: a cue, then a participle cue sharing its subject.
  { text: 'Chilean President Elena Ruiz renewed her support for the fisheries treaty, saying Santiago regards it as a duty to protect the southern coast.',
    cue: 'saying', source: 'Chilean President Elena Ruiz', content: 'Santiago regards it as a duty to protect the southern coast', kind: 'indirect' },
  // "according to X" after a comma: X is the source, not content (and the cue is no participle).
  { text: 'Unemployment fell to its lowest level in a decade last month, according to figures released by the labour ministry.',
    cue: 'according to', source: 'figures released by the labour ministry', content: 'Unemployment fell to its lowest level in a decade last month', kind: 'indirect' },
  { text: 'Economists warn that the drought could push food prices higher next year.',
    cue: 'warn', source: 'Economists', content: 'the drought could push food prices higher next year', kind: 'indirect', sourceKind: 'vague' },
];

const norm = (s: string) => s.replace(/^that\s+/i, '').replace(/[\s.,;]+$/u, '').trim();

for (const c of cases) {
  test(`statement: ${c.text.slice(0, 60)}…`, async () => {
    const doc = await analyzeText(c.text);
    const sts = layer(doc, 'statements');
    const st = sts.find((s) => (s.attrs.cue as SpanRef).text === c.cue);
    assert.ok(st, `no statement with cue "${c.cue}"; got ${JSON.stringify(sts.map((s) => (s.attrs.cue as SpanRef).text))}`);
    const cue = st.attrs.cue as SpanRef;
    assert.equal(doc.text.slice(cue.start, cue.end), c.cue);
    assert.equal(cue.start, c.text.indexOf(c.cue));
    const content = st.attrs.content as SpanRef;
    assert.equal(norm(content.text), norm(c.content));
    assert.equal(doc.text.slice(content.start, content.end), content.text);
    const src = st.attrs.source as SpanRef | null;
    assert.equal(src ? src.text.replace(/[,\s]+$/, '') : null, c.source);
    assert.equal(st.label, c.kind);
    if (c.target) assert.equal((st.attrs.target as SpanRef).text, c.target);
    if (c.sourceKind) assert.equal(st.attrs.sourceKind, c.sourceKind);
    // The statement span covers cue and content.
    assert.ok(st.start <= Math.min(cue.start, content.start) && st.end >= Math.max(cue.end, content.end));
  });
}

test('pronoun source resolves to the previous speaker by name, marked inferred', async () => {
  const doc = await analyzeText('Mayor Lena Brandt thanked the volunteers for their work. She described the response as a “model for the region.”');
  const st = layer(doc, 'statements').find((s) => (s.attrs.cue as SpanRef).text === 'described');
  assert.ok(st);
  assert.match(String(st.attrs.speakerName), /Brandt/);
  assert.equal(st.attrs.speakerInferred, true);
});

test('voice: the outlet narrates, contents are attributed', async () => {
  const text = 'The storm reached the coast on Friday. Officials said three towns had lost power.';
  const doc = await analyzeText(text);
  const voice = layer(doc, 'voice');
  const outlet = voice.filter((v) => v.label === 'outlet').map((v) => v.text);
  assert.ok(outlet.includes('The storm reached the coast on Friday.'), JSON.stringify(outlet));
  const attributed = voice.filter((v) => v.label === 'attributed').map((v) => v.text);
  assert.deepEqual(attributed, ['three towns had lost power']);
});

test('multi-paragraph quotation: the first paragraph stays open', async () => {
  const text = '“The plan has three parts,” the governor said. “First, we repair the roads.\n\n“Then we rebuild the schools before winter,” she added.';
  const doc = await analyzeText(text);
  const qs = layer(doc, 'quotes');
  const open = qs.find((q) => q.attrs.open === true);
  assert.ok(open, JSON.stringify(qs.map((q) => q.text)));
  assert.equal(open.text, '“First, we repair the roads.');
  assert.ok(qs.every((q) => q.label === 'speech'));
});

test('content after the cue stops at its sentence end (quoted: where the quotation closes)', async () => {
  const cases: { text: string; cue: string; from: string; want: string }[] = [
    { text: 'The mayor said the harbour would reopen in May. Nobody in the crowd believed her.', cue: 'said', from: 'the harbour', want: 'the harbour would reopen in May' },
    { text: 'The mayor said: “The harbour reopens in May.” Nobody in the crowd believed her.', cue: 'said', from: '“The', want: '“The harbour reopens in May.”' },
  ];
  for (const c of cases) {
    const doc = await analyzeText(c.text);
    const v = buildTokView(doc);
    const at = (s: string) => { const o = c.text.indexOf(s); let i = 0; while (v.start[i] < o) i++; return i; };
    const k = at(c.cue);
    const [[a, b]] = clipContent(v, [k, k], [[at(c.from), v.n - 1]]);
    assert.equal(c.text.slice(v.start[a], v.end[b]), c.want);
  }
});
