import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockRule, findBoilerplate, tailStart } from './boilerplate.js';

// Article sentences that resemble boilerplate but are news text.
const negatives = [
  'Also, read the fine print before signing, the regulator warned consumers on Monday.',
  'Related research published last year found a similar effect in older patients.',
  'Subscribers to the service will pay two euros more a month from June, the company said.',
  'By the end of the year, the council expects to have hired 40 more teachers.',
  'Photographs of the damaged bridge circulated widely on social media after the storm.',
  'The share price fell 4 percent after the announcement.',
  'We use the figures from the national statistics office, the minister said.',
  'Watchdog officials said the inquiry would take months.',
  'In March 2024, the board approved the plan by seven votes to two.',
  'Advertising revenue at the broadcaster fell for the third year in a row.',
  'Comments by the minister drew criticism from the opposition on Tuesday.',
  'Read more carefully, the report tells a different story, critics said.',
  'Watchdogs warned that the subscription model could hurt readers.',
  'Subscribe-and-save schemes have drawn complaints from consumer groups, the regulator said.',
  'Sign up rates for the scheme fell sharply, officials said.',
];

for (const s of negatives) {
  test(`not boilerplate: ${s.slice(0, 50)}`, () => {
    assert.equal(blockRule(s), undefined);
    assert.deepEqual(findBoilerplate(s, 0, s.length), []);
  });
}

test('tailStart: a label in the first half does not cut the article', () => {
  const blocks = ['Comments', 'The harbour board voted on Wednesday to run a six-month trial of late-night ferries.', 'The operator will receive a subsidy.'];
  assert.equal(tailStart(blocks).index, -1);
});
