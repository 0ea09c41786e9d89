// Negative cases of the framing rules: look-alikes that are not framing (sentences written for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../model/types.js';
import { findContested } from './contested.js';
import { findVague } from './vague.js';
import { findScare } from './scare.js';
import { findAdoptionPatterns } from './adoption.js';

test('no contested term inside longer words or as ordinary lower-case words', () => {
  for (const text of ['Kievan Rus was a medieval state.', 'The pok of the ball echoed.', 'Kyiv and Kharkiv are Ukrainian spellings.', 'The operation was special.']) {
    assert.deepEqual(findContested(text), [], text);
  }
});

test('named sources and plain verbs are not vague sourcing', () => {
  for (const text of ['Historian Anna Berg noted that the treaty was signed.', 'The experts’ report was published.', 'It is raining in Vienna.', 'The sources of the river are in the hills.']) {
    assert.deepEqual(findVague(text, []), [], text);
  }
});

test('speech quotations and long quotations are not scare quotes', () => {
  const text = '“We will not give up,” she said. “The harvest was poor this year because of the drought” was the reply.';
  const mk = (s: string, label: string): Annotation => { const i = text.indexOf(s); return { id: `q${i}`, layer: 'quotes', start: i, end: i + s.length, text: s, label, attrs: { statement: 'st0' }, source: 's@1' }; };
  const quotes = [mk('“We will not give up,”', 'speech'), mk('“The harvest was poor this year because of the drought”', 'speech')];
  assert.deepEqual(findScare(text, quotes, () => false), []);
});

test('ordinary deaths and defence are not adoption', () => {
  for (const text of ['He died in hospital on Tuesday.', 'The lawyer was defending the company in court.', 'Called so because of its shape.']) {
    assert.deepEqual(findAdoptionPatterns(text), [], text);
  }
});
