// Who said what in the project's own wire sample (samples/02-wire-grain-talks.txt, written for the project):
// roles the tagger swaps, a verb coordinated with a cue, and a noun cue with a relative clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layer } from '../../../model/doc.js';
import type { SpanRef } from '../../../model/types.js';
import { analyzeText } from './test-helpers.js';

const file = new URL('../../../../samples/02-wire-grain-talks.txt', import.meta.url);
const body = readFileSync(file, 'utf8').split('\n---\n')[1];

test('wire sample: sources, cues and contents of the statements', async () => {
  const doc = await analyzeText(body);
  const rows = layer(doc, 'statements').map((s) => {
    const a = s.attrs as Record<string, SpanRef | null>;
    for (const k of ['cue', 'content', 'source']) if (a[k]) assert.equal(body.slice(a[k]!.start, a[k]!.end), a[k]!.text);
    return [a.source?.text ?? null, a.cue!.text, a.content!.text];
  });
  const has = (src: string | null, cue: string, content: string) =>
    assert.ok(rows.some(([s, c, t]) => s === src && c === cue && t === content), `${src} | ${cue} | ${content} not in ${JSON.stringify(rows, null, 1)}`);
  // "Bulgarian officials, speaking on condition of anonymity, said Sofia had pushed …": not the other way round.
  has('Bulgarian officials', 'said', 'Sofia had pushed for the scheme to cover fertiliser cargoes as well');
  // "… said his country would …, but warned that …": the coordinated verb's source is the minister.
  has('Romanian Defence Minister Mihai Dobre', 'warned', 'that drifting mines remained "the single biggest danger" to crews');
  // "after talks that ran through the night" reports nothing.
  assert.ok(!rows.some(([, c]) => c === 'talks'), JSON.stringify(rows));
});

test('an aside with its own cue: the source of the verb after it is the phrase before the aside', async () => {
  const text = 'A Lao education official, who asked not to be named, said no site had been chosen and that the project had no budget yet.';
  const st = layer(await analyzeText(text), 'statements').find((s) => (s.attrs.cue as SpanRef).text === 'said');
  assert.ok(st);
  const src = st.attrs.source as SpanRef, c = st.attrs.content as SpanRef;
  assert.deepEqual([src.start, src.end, src.text], [0, 24, 'A Lao education official']);
  assert.deepEqual([c.start, c.end, c.text], [58, 120, 'no site had been chosen and that the project had no budget yet']);
});
