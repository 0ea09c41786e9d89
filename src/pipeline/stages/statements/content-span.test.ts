// Content ends at a coordinated speech verb (./index.ts cutAtCoordinatedCue), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layer } from '../../../model/doc.js';
import type { SpanRef } from '../../../model/types.js';
import { analyzeText, tokenAt } from './test-helpers.js';
import { buildTokView, type TokView } from './tokview.js';
import { cutAtCoordinatedCue } from './index.js';

const tok = tokenAt;

const cases: [string, string, string, string | null][] = [
  // [sentence, first word of the content, its last word, the content wanted (null: unchanged)]
  ['Corvane reported a 9% rise in sales, and it has recently forecast similar gains next year.', 'a', 'year', 'a 9% rise in sales'],
  ['She called the plan reckless and said the budget had to be rewritten.', 'the', 'rewritten', 'the plan reckless'],
  // Negative: talk verbs, stance, and clauses with a named subject stay inside the content.
  ['He said he intends to get out and talk to as many voters as possible.', 'he', 'possible', null],
  ['He said prices had risen and analysts expected more increases.', 'prices', 'increases', null],
  ['He said the vote was close and he believed the result would stand.', 'the', 'stand', null],
];
for (const [text, first, last, want] of cases) {
  test(`content: coordinated speech verb — ${want ?? 'unchanged'}`, async () => {
    const v = buildTokView(await analyzeText(text));
    const a = tok(v, text, first, text.indexOf(' ') + 1), b = tok(v, text, last, text.lastIndexOf(last));
    const { content, next } = cutAtCoordinatedCue(v, [[a, b]]);
    const got = text.slice(v.start[content[0][0]], v.end[content[0][1]]);
    assert.equal(got, want ?? text.slice(v.start[a], v.end[b]));
    assert.equal(next === null, want === null);
  });
}

test('content: the coordinated verb the tagger missed becomes a statement of its own', async () => {
  const text = 'Corvane reported a 9% rise in sales, and it has recently forecast similar gains next year.';
  const doc = await analyzeText(text);
  const st = layer(doc, 'statements');
  const reported = st.find((s) => (s.attrs.cue as SpanRef).text === 'reported');
  assert.ok(reported);
  assert.ok(!(reported.attrs.content as SpanRef).text.includes('forecast'), (reported.attrs.content as SpanRef).text);
  const fc = st.find((s) => (s.attrs.cue as SpanRef).text.endsWith('forecast'));
  assert.ok(fc, JSON.stringify(st.map((s) => (s.attrs.cue as SpanRef).text)));
  assert.match((fc.attrs.content as SpanRef).text, /^similar gains next year/);
  for (const s of st) for (const k of ['cue', 'content', 'source']) {
    const r = s.attrs[k] as SpanRef | null;
    if (r) assert.equal(text.slice(r.start, r.end), r.text);
  }
});

// The subject and auxiliaries of a negated cue are not what was said; a run before a mid-sentence
// cue, with the source between them, is ([sentence, cue, content start, content end, content text]).
const subjectCases: [string, string, number, number, string][] = [
  ['The bank would not confirm that talks had taken place.', 'would not confirm', 27, 53, 'that talks had taken place'],
  ['She would not deny that talks had taken place.', 'would not deny', 19, 45, 'that talks had taken place'],
  ['Prices, he said, will rise again.', 'said', 0, 32, 'Prices, he said, will rise again'],
  // The medium of the speech act after a comma is not what was said; a parenthetical one is kept.
  ['The council blames the flooding on a 2019 budget cut, in a statement signed by six members.', 'blames', 19, 52, 'the flooding on a 2019 budget cut'],
  ['She said the tax was unfair, in an interview with a local radio station.', 'said', 9, 27, 'the tax was unfair'],
  ['The council blames the flooding on a 2019 budget cut, in a letter signed by six members, including the mayor.', 'blames', 19, 52, 'the flooding on a 2019 budget cut'],
  ['He said the deal, in a statement issued on Monday, was final.', 'said', 8, 60, 'the deal, in a statement issued on Monday, was final'],
  // The sentence's setting before the source is not what was said (./boundaries.ts dropSettingRuns).
  ['After the vote, Ms Lane said only a third of members had voted against her and she intended to fight on.', 'said', 29, 103, 'only a third of members had voted against her and she intended to fight on'],
  // A following attribution by someone else ends the content (cutAtNextAttribution).
  ['Dealers were split, with some saying rents will stall but not fall, while others predict a sharp drop.', 'saying', 37, 66, 'rents will stall but not fall'],
  ['The mayor said the city had to take a new approach to housing, which he said was in crisis.', 'said', 15, 61, 'the city had to take a new approach to housing'],
  // The listener of "told X …" is not what was said (skipListener) …
  ['Ms Reed told the station\'s morning programme there was no case for "revenge" in politics.', 'told', 45, 88, 'there was no case for "revenge" in politics'],
  ['Ms Kerr told Radio Four\'s Today with Hale programme there was no room for "spite" in the party.', 'told', 52, 94, 'there was no room for "spite" in the party'],
  // … but a passive cue's object is, and so is an infinitive after the listener.
  ['Pensioners are being promised lower bills by the Green Party, as cold weather continues.', 'are being promised', 30, 41, 'lower bills'],
  ['She told reporters to leave the building.', 'told', 19, 40, 'to leave the building'],
  // "warned X against Y": Y is the content, X the target; "against" inside a clause is not that pattern.
  ['The Greens have warned both parties against "pandering to fear".', 'have warned', 44, 63, '"pandering to fear"'],
  ['He warned that the deal was against the law.', 'warned', 10, 43, 'that the deal was against the law'],
  // "according to X" attributes its own sentence, not the quotation after it.
  ['Under the plans, the average buyer would save more than £900, according to Mr Hale. "First-time buyers are being squeezed out of the market," he said.', 'according to', 0, 60, 'Under the plans, the average buyer would save more than £900'],
];
for (const [text, cue, start, end, want] of subjectCases) {
  test(`content span without the cue's subject: ${text}`, async () => {
    const doc = await analyzeText(text);
    const st = layer(doc, 'statements').find((s) => (s.attrs.cue as SpanRef).text === cue);
    assert.ok(st, JSON.stringify(layer(doc, 'statements').map((s) => (s.attrs.cue as SpanRef).text)));
    const c = st.attrs.content as SpanRef;
    assert.deepEqual([c.start, c.end, c.text], [start, end, want]);
    assert.equal(text.slice(c.start, c.end), want);
  });
}
