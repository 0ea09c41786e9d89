import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate } from '../../ingest/boilerplate.js';

// Article sentences that look a little like boilerplate but are news prose.
const prose = [
  'Related talks in Vienna are expected to begin next week.',
  'Read more carefully, the report tells a different story, critics said.',
  'Watchdogs warned that the subscription model could hurt readers.',
  'Subscribe-and-save schemes have drawn complaints from consumer groups, the regulator said.',
  'Photographs of the damaged bridge circulated widely on Tuesday.',
  'Sign up rates for the scheme fell sharply, officials said.',
];

for (const line of prose) {
  test(`not boilerplate: ${line.slice(0, 40)}`, () => {
    assert.deepEqual(findBoilerplate(line, 0, line.length), []);
  });
}
