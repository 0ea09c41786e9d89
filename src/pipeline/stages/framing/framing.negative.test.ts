// Bad and degenerate input for the framing stage: nothing is lost, nothing is invented, and it stays linear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import { layer } from '../../../model/doc.js';

test('an article with no statements: every framing span is the outlet’s', async () => {
  const doc = await analyze('The so-called reform was passed in Kiev on Tuesday. The bridge reopened after repairs.');
  assert.equal(layer(doc, 'statements').length, 0);
  assert.ok(layer(doc, 'framing').length >= 2);
  for (const a of layer(doc, 'framing')) assert.equal(a.attrs.voice, 'outlet', a.text);
});

test('an article that is all quotation: no outlet-voice adoption', async () => {
  const doc = await analyze('“The so-called reform is a disgrace, and the cowards in Kiev know it,” the mayor said. “We will fight on.”');
  assert.ok(!layer(doc, 'framing').some((a) => a.label === 'authorial-adoption'), JSON.stringify(layer(doc, 'framing').map((a) => [a.label, a.text, a.attrs.voice])));
});

test('10,000 quotation marks: completes, every span exact', async () => {
  const text = 'He said "a" and "b". '.repeat(2500);
  const doc = await analyze(text);
  for (const a of layer(doc, 'framing')) assert.equal(a.text, doc.text.slice(a.start, a.end));
  assert.ok(layer(doc, 'framing').length <= layer(doc, 'quotes').length + layer(doc, 'tokens').length);
});

test('empty and whitespace-only texts give an empty framing layer', async () => {
  for (const t of ['', '   \n\n  ']) {
    const doc = await analyze(t);
    assert.deepEqual(layer(doc, 'framing'), []);
  }
});

test('neutral narration with no loaded words gets no rule labels', async () => {
  const doc = await analyze('The council met on Tuesday. It approved the budget for the new school and adjourned at noon.');
  assert.deepEqual(layer(doc, 'framing').filter((a) => a.attrs.how !== 'model').map((a) => a.label), []);
});
