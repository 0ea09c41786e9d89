// Sources after the content (./postposed.ts), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { analyzeText } from './test-helpers.js';

interface Case { text: string; cue: string; source: string; content: string }

const cases: Case[] = [
  { text: 'The ferry service will resume on Friday after the storm damage is repaired, the harbour board said.',
    cue: 'said', source: 'the harbour board', content: 'The ferry service will resume on Friday after the storm damage is repaired' },
  { text: 'Rents in the capital rose faster than wages for the third year running, says a tenants\' group.',
    cue: 'says', source: 'a tenants\' group', content: 'Rents in the capital rose faster than wages for the third year running' },
  { text: 'The plant will close in March with the loss of 300 jobs, union officials told Radio North.',
    cue: 'told', source: 'union officials', content: 'The plant will close in March with the loss of 300 jobs' },
  { text: 'Fuel duty should be frozen for another year, the motoring association has argued.',
    cue: 'has argued', source: 'the motoring association', content: 'Fuel duty should be frozen for another year' },
  // A predicate coordinated with the cue is the source's next statement, not more content.
  { text: 'The freight market is improving, Norlink said, but warned that it was not benefiting because most traffic went by sea.',
    cue: 'said', source: 'Norlink', content: 'The freight market is improving' },
  { text: 'Prices will rise, the bank said, and added that wages would follow.',
    cue: 'said', source: 'the bank', content: 'Prices will rise' },
];

for (const c of cases) {
  test(`postposed source: ${c.text}`, async () => {
    const doc = await analyzeText(c.text);
    const st = layer(doc, 'statements');
    const s = st.find((x) => (x.attrs.cue as SpanRef).text.endsWith(c.cue.split(' ').pop()!));
    assert.ok(s, JSON.stringify(st.map((x) => x.text)));
    assert.equal((s.attrs.source as SpanRef).text, c.source);
    assert.equal((s.attrs.content as SpanRef).text, c.content);
    assert.equal(doc.text.slice(s.start, s.end), s.text);
    // No other statement runs over the source.
    const src = s.attrs.source as SpanRef;
    for (const o of st) if (o !== s) assert.ok((o.attrs.content as SpanRef).end <= src.start || (o.attrs.content as SpanRef).start >= src.end);
  });
}

test('postposed source: a dash continues the content ("says the party - and …")', async () => {
  const doc = await analyzeText('The scheme would cut heating bills, says the party - and it could save families £200 a year.');
  const s = layer(doc, 'statements').find((x) => (x.attrs.cue as SpanRef).text === 'says');
  assert.ok(s);
  assert.equal((s.attrs.source as SpanRef).text, 'the party');
  const parts = (s.attrs.contentParts as SpanRef[]).map((p) => p.text);
  assert.deepEqual(parts, ['The scheme would cut heating bills', 'and it could save families £200 a year']);
});

test('postposed source: narration with a comma and a verb after it is no attribution', async () => {
  const doc = await analyzeText('The bridge was closed on Monday, the council reopened it on Tuesday after repairs.');
  assert.equal(layer(doc, 'statements').length, 0);
});
