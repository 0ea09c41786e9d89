// The who-said-what part of the reports, on text written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { summarize } from './summary.js';
import { renderText } from './text.js';
import { renderHtml } from './html.js';

const text = 'Trade minister Oskar Lindqvist said exports had recovered in the spring. "We have turned the corner," he added. Analysts said the krona could weaken further.';

test('report statements: canonical name, differing source words, "inferred" only where resolved, sentence and offsets', async () => {
  const doc = await analyze(text, { published: '2026-03-01' });
  const st = summarize(doc).statements;
  const added = st.find((s) => s.cue === 'added');
  assert.ok(added, JSON.stringify(st));
  assert.equal(added.speaker, 'Oskar Lindqvist');
  assert.equal(added.source, 'he');
  assert.equal(added.inferred, true);
  assert.ok(added.evidence.length > 0);
  assert.equal(added.sentence, '"We have turned the corner," he added.');
  assert.equal(doc.text.slice(added.start, added.end).includes('turned the corner'), true);
  const said = st.find((s) => s.cue === 'said' && s.content.startsWith('exports'));
  assert.ok(said);
  assert.equal(said.speaker, 'Oskar Lindqvist');
  assert.equal(said.inferred, false);
  const vague = st.find((s) => s.content.startsWith('the krona'));
  assert.ok(vague);
  assert.equal(vague.speaker, '“Analysts”');
  assert.equal(vague.inferred, false);
  const out = renderText(doc);
  assert.match(out, /Oskar Lindqvist \(“he”, inferred\) added/);
  assert.doesNotMatch(out, /Analysts.*inferred/);
  assert.match(out, new RegExp(`@${added.start}–${added.end} "We have turned the corner," he added\\.`));
  const html = renderHtml([doc]);
  assert.match(html, /@\d+–\d+<\/span>/);
});
