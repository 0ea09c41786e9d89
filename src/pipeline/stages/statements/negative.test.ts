// Negative cases: things that look like attribution but are not (sentences written for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { analyzeText } from './test-helpers.js';

test('scare quotes are not speech and make no statement', async () => {
  const doc = await analyzeText('The so-called “peace dividend” never reached the border towns.');
  assert.deepEqual(layer(doc, 'quotes').map((q) => [q.text, q.label]), [['“peace dividend”', 'scare']]);
  assert.equal(layer(doc, 'statements').length, 0);
});

test('titles in quotes are titles', async () => {
  const doc = await analyzeText('She read the novel “The Long Winter” twice during the strike.');
  assert.deepEqual(layer(doc, 'quotes').map((q) => [q.text, q.label]), [['“The Long Winter”', 'title']]);
});

test('"said" as an adjective is not a cue', async () => {
  const doc = await analyzeText('The said document was never signed by the council.');
  const cues = layer(doc, 'statements').map((s) => (s.attrs.cue as SpanRef).text);
  assert.ok(!cues.includes('said'), JSON.stringify(cues));
});

test('plain narration has no statements and is all outlet voice', async () => {
  const doc = await analyzeText('The bridge was closed for repairs on Tuesday. Traffic was diverted through the old town.');
  assert.equal(layer(doc, 'statements').length, 0);
  assert.ok(layer(doc, 'voice').every((v) => v.label === 'outlet'));
  assert.equal(layer(doc, 'voice').length, 2);
});

test('reported speech without a source gets no invented source', async () => {
  const doc = await analyzeText('It was reported that the bridge would reopen in May.');
  for (const s of layer(doc, 'statements')) assert.equal(s.attrs.source, null);
});

test('apostrophes do not open quotations', async () => {
  const doc = await analyzeText('The farmers’ union didn’t accept the ministry’s offer.');
  assert.equal(layer(doc, 'quotes').length, 0);
});

test('a passive cue\'s subject is what was said, not its source', async () => {
  const doc = await analyzeText('The closure of the ferry line was announced on Tuesday, weeks before the summer season.');
  const sources = layer(doc, 'statements').map((s) => (s.attrs.source as SpanRef | null)?.text ?? null);
  assert.ok(!sources.some((t) => t !== null && t.includes('closure')), JSON.stringify(sources));
});

// Cue relations without a reported proposition go to `reportingCues`, not `statements`.
const noProposition: [string, string][] = [
  ['Harbour Line Shipping is still struggling with debts of more than 2bn euros.', 'struggling'],
  ['The opposition leader will publish his alternative budget on Monday.', 'publish'],
  ['The carrier had wanted to use the reserve to pay its running costs.', 'wanted'],
  ['Mr Alvarez was asked if he would stand again.', 'asked'],
  // A noun phrase before the cue is its subject or a relative pronoun, not what was said.
  ['Mrs Carter, the scheme\'s founder, has also appeared on TV chat shows.', 'appeared'],
  ['The plan, which she supports, was dropped.', 'supports'],
  ['It is a scheme which she supports strongly.', 'supports'],
  // A withheld answer reports no proposition.
  ['The minister could not say whether the ferry contract had been signed.', 'say'],
  ['He did not say when the plant would reopen.', 'say'],
  ['He refused to say whether he would stand again.', 'say'],
];
for (const [text, cue] of noProposition) {
  test(`no proposition, no statement: ${text}`, async () => {
    const doc = await analyzeText(text);
    const cues = layer(doc, 'statements').map((s) => (s.attrs.cue as SpanRef).text);
    assert.ok(!cues.some((c) => c.includes(cue)), JSON.stringify(cues));
  });
}

test('a headline makes no statement, even when it says who said what (its cue stays a reporting cue)', async () => {
  const text = 'Ex-minister says budget rule intact\n\nThe former minister said on Sunday that the budget rule would be met.';
  const doc = await analyzeText(text);
  const st = layer(doc, 'statements');
  assert.ok(st.every((s) => s.start > 35), JSON.stringify(st.map((s) => s.text)));
  assert.ok(st.some((s) => (s.attrs.cue as SpanRef).text === 'said'));
  assert.ok(layer(doc, 'reportingCues').some((c) => c.start < 35), 'the headline cue is kept as a reporting cue');
});

test('a short quotation after an action verb is no statement', async () => {
  const doc = await analyzeText('Turkey has signed a "letter of intent" with the fund.');
  assert.deepEqual(layer(doc, 'statements').map((s) => s.text), []);
});

test('a headline of an action makes no statement; the body\'s does', async () => {
  const doc = await analyzeText('Orvane shares up on copper find\n\nShares in Orvane Mining rose 6% after the firm said its new pit was larger than thought.');
  const st = layer(doc, 'statements');
  assert.ok(st.every((s) => s.start > 32), JSON.stringify(st.map((s) => s.text)));
  assert.ok(st.some((s) => (s.attrs.cue as SpanRef).text === 'said'));
});

test('denying or rejecting a noun phrase is no statement; denying a clause is', async () => {
  const cases: [string, string, boolean][] = [
    ['Mr Pendleton had denied the claims before the hearing.', 'the claims', false],
    ['The union rejected the offer on Tuesday.', 'the offer', false],
    ['Mr Pendleton denied that he had been paid for the tours.', 'he had been paid', true],
  ];
  for (const [text, content, statement] of cases) {
    const doc = await analyzeText(text);
    const has = (l: string) => layer(doc, l).some((s) => (s.attrs.content as SpanRef).text.includes(content));
    assert.equal(has('statements'), statement, `${text}: ${JSON.stringify(layer(doc, 'statements').map((s) => s.text))}`);
    if (!statement) assert.ok(!has('statements'));
  }
});

test('an answered question is still a statement: "said whether … depends on …"', async () => {
  const doc = await analyzeText('She said whether the plant reopens depends on the banks.');
  assert.deepEqual(layer(doc, 'statements').map((s) => (s.attrs.cue as SpanRef).text), ['said']);
});

test('an action verb with a coordinated clause after its object is no attribution', async () => {
  // "voted against her and she intended …": the subject after "and" opens a coordinated clause,
  // not a reported one (./evidence.ts isClausal); the clause belongs to "said".
  const text = 'Ms Lane said only a third of members had voted against her and she intended to fight on.';
  const st = layer(await analyzeText(text), 'statements');
  const cues = st.map((s) => (s.attrs.cue as SpanRef).text);
  assert.ok(!cues.some((c) => c.includes('voted')), JSON.stringify(cues));
  assert.deepEqual(cues, ['said']);
});

test('a question that opens the sentence is no statement, and its answer is the next one', async () => {
  const text = 'Asked whether he was happy with the policy, he told the radio station: "I reject that entirely."';
  const st = layer(await analyzeText(text), 'statements');
  assert.deepEqual(st.map((s) => [(s.attrs.cue as SpanRef).text, (s.attrs.content as SpanRef).text]), [['told', '"I reject that entirely."']]);
});

test('a speech noun with a relative clause reports nothing ("after talks that ran through the night")', async () => {
  const doc = await analyzeText('The three states agreed on Friday to extend the scheme, after talks that ran through the night.');
  assert.deepEqual(layer(doc, 'statements').map((s) => (s.attrs.cue as SpanRef).text), []);
});

test('an action verb with "as" inside a later relative clause is no statement', async () => {
  const doc = await analyzeText('Norland and Eastmark signed a set of agreements on Tuesday, the latest step in a partnership that both governments describe as strategic.');
  assert.ok(!layer(doc, 'statements').some((s) => (s.attrs.cue as SpanRef).text === 'signed'), JSON.stringify(layer(doc, 'statements').map((s) => s.text)));
});
