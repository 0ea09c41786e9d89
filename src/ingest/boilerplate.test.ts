import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockRule, findBoilerplate, tailStart } from './boilerplate.js';

const cases: { text: string; line: string; rule: string }[] = [
  { text: 'The mayor spoke.\nAlso Read : Council delays pier vote\nShe left.', line: 'Also Read : Council delays pier vote', rule: 'related-link' },
  { text: 'First.\nREAD MORE: Bridge closure extended\nLast.', line: 'READ MORE: Bridge closure extended', rule: 'related-link' },
  { text: 'Intro.\nRelated: New bus timetable from April', line: 'Related: New bus timetable from April', rule: 'related-link' },
  { text: 'Intro.\nLesen Sie auch: Neue Fahrpläne ab April', line: 'Lesen Sie auch: Neue Fahrpläne ab April', rule: 'related-link' },
  { text: 'Text.\nSubscribe to our newsletter for daily updates', line: 'Subscribe to our newsletter for daily updates', rule: 'subscribe-prompt' },
  { text: 'Text.\nShare this article', line: 'Share this article', rule: 'share-prompt' },
  { text: 'Text.\nPhoto: Maren Holt / Coastline Courier', line: 'Photo: Maren Holt / Coastline Courier', rule: 'photo-credit' },
  { text: 'Text.\nThis story has been updated with a statement from the council.', line: 'This story has been updated with a statement from the council.', rule: 'update-note' },
  { text: 'Text.\nWe use cookies to give you the best experience.', line: 'We use cookies to give you the best experience.', rule: 'cookie-notice' },
  { text: 'Text.\nADVERTISEMENT\nMore text.', line: 'ADVERTISEMENT', rule: 'ad-label' },
  { text: 'By Maren Holt\nThe harbour board met.', line: 'By Maren Holt', rule: 'byline' },
  { text: 'Published: March 14, 2024 at 08:30\nThe harbour board met.', line: 'Published: March 14, 2024 at 08:30', rule: 'date-line' },
];

for (const c of cases) {
  test(`findBoilerplate: ${c.rule} — ${c.line}`, () => {
    const hits = findBoilerplate(c.text, 0, c.text.length);
    assert.equal(hits.length, 1);
    const start = c.text.indexOf(c.line);
    assert.deepEqual(hits[0], { start, end: start + c.line.length, rule: c.rule });
    assert.equal(c.text.slice(hits[0].start, hits[0].end), c.line);
  });
}

test('findBoilerplate: offsets stay inside the given paragraph', () => {
  const text = 'Also Read: one\n\nBody paragraph here.\nAlso Read: two';
  const p2 = text.indexOf('Body');
  const hits = findBoilerplate(text, p2, text.length);
  assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['Also Read: two']);
});

test('tailStart: a related-posts label in the second half cuts the tail', () => {
  const blocks = ['A long first paragraph of the article about the harbour board and its vote on ferries.', 'A second paragraph with more detail about the subsidy and the operator.', 'Related posts', 'Bridge closure extended'];
  assert.deepEqual(tailStart(blocks), { index: 2, rule: 'related' });
});

test('blockRule: long lines are never matched by short-label rules', () => {
  assert.equal(blockRule('Share ' + 'x'.repeat(200)), undefined);
});
