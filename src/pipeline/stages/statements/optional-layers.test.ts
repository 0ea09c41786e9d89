// The statements stage reads `dep`, `mentions` and `entities` when present (written here by
// stand-in stages over sentences written for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpanRef } from '../../../model/types.js';
import { createDoc, layer } from '../../../model/doc.js';
import { buildPipeline } from '../../runner.js';
import type { AnnotationDraft, Stage } from '../../stage.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { posOnlyStage } from '../test-helpers.js';
import { statementsStage, refine } from './index.js';
import { buildTokView } from './tokview.js';

/** A stand-in parser: heads and relations given per token index. */
function fakeDep(heads: number[], rels: string[]): Stage {
  return {
    name: 'fake-dep', version: '0', requires: ['tokens'], assigns: ['dep'],
    run(doc, ctx) {
      const toks = layer(doc, 'tokens');
      return toks.map((t, i) => ({ id: ctx.newId('d'), layer: 'dep', start: t.start, end: t.end, text: t.text, label: rels[i],
        attrs: { token: t.id, head: heads[i] >= 0 ? toks[heads[i]].id : null } }));
    },
  };
}

test('with a dep layer, a cue without tagged arguments takes its nsubj and ccomp subtrees', async () => {
  const text = 'The senator, visibly tired, insisted the vote was rigged.';
  //            0    1      2 3       4     5 6        7   8    9   10    11
  const heads = [1, 6, 4, 4, 1, 4, -1, 8, 10, 10, 6, 6];
  const rels = ['det', 'nsubj', 'punct', 'advmod', 'amod', 'punct', 'root', 'det', 'nsubj:pass', 'aux:pass', 'ccomp', 'punct'];
  const pipe = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, posOnlyStage, fakeDep(heads, rels)]);
  const doc = pipe.run(createDoc(text));
  const v = buildTokView(doc);
  assert.equal(v.n, 12);
  const [st] = refine(v, [{ cue: [6, 6], cueLemma: 'insist', source: null, content: [] }]);
  assert.ok(st);
  assert.equal(text.slice(v.start[st.source![0]], v.end[st.source![1]]), 'The senator, visibly tired,');
  assert.equal(text.slice(v.start[st.content[0][0]], v.end[st.content[0][1]]), 'the vote was rigged');
});

test('with a dep layer, a tagged content that stops inside the clausal complement runs on to its end', async () => {
  const text = 'The senator, visibly tired, insisted the vote was rigged.';
  const heads = [1, 6, 4, 4, 1, 4, -1, 8, 10, 10, 6, 6];
  const rels = ['det', 'nsubj', 'punct', 'advmod', 'amod', 'punct', 'root', 'det', 'nsubj:pass', 'aux:pass', 'ccomp', 'punct'];
  const pipe = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, posOnlyStage, fakeDep(heads, rels)]);
  const v = buildTokView(pipe.run(createDoc(text)));
  const cases: [[number, number], string][] = [
    [[7, 8], 'the vote was rigged'], // opens the complement, stops inside: extended
    [[7, 10], 'the vote was rigged'], // already whole: unchanged
    [[9, 10], 'was rigged'], // does not open the complement: left as tagged
  ];
  for (const [run, want] of cases) {
    // A second cue inside the clause ("rigged" read as a cue, after an auxiliary) stops the
    // run-to-the-sentence-end rule, so only the complement rule can extend the content.
    const [st] = refine(v, [{ cue: [6, 6], cueLemma: 'insist', source: [0, 1], content: [[run[0], run[1]]] },
      { cue: [10, 10], cueLemma: 'rig', source: null, content: [] }]);
    assert.equal(text.slice(v.start[st.content[0][0]], v.end[st.content[0][1]]), want, `tagged ${run}`);
  }
});

test('without a dep layer the same cue falls back to the clause subject', async () => {
  const text = 'The senator, visibly tired, insisted the vote was rigged.';
  const pipe = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, posOnlyStage]);
  const v = buildTokView(pipe.run(createDoc(text)));
  assert.equal(v.head, undefined);
  const [st] = refine(v, [{ cue: [6, 6], cueLemma: 'insist', source: null, content: [[7, 10]] }]);
  assert.equal(text.slice(v.start[st.content[0][0]], v.end[st.content[0][1]]), 'the vote was rigged');
});

/** A stand-in entity stage: mentions given as [text, occurrence, type, entity key, kind]. */
function fakeMentions(ms: [string, number, string, string, string][]): Stage {
  return {
    name: 'fake-ner', version: '0', requires: ['tokens'], assigns: ['mentions', 'entities'],
    run(doc, ctx) {
      const out: AnnotationDraft[] = [];
      const ents = new Map<string, string>();
      for (const [t, occ, type, key, kind] of ms) {
        let at = -1;
        for (let k = 0; k <= occ; k++) at = doc.text.indexOf(t, at + 1);
        if (!ents.has(key)) {
          const id = ctx.newId('e');
          ents.set(key, id);
          out.push({ id, layer: 'entities', start: at, end: at + t.length, text: t, label: type, attrs: { name: key, mentions: [] } });
        }
        out.push({ id: ctx.newId('m'), layer: 'mentions', start: at, end: at + t.length, text: t, label: type, attrs: { entity: ents.get(key)!, kind } });
      }
      return out;
    },
  };
}

test('with mentions, the speaker is the entity behind the source, inferred through a pronoun', async () => {
  const text = 'Mayor Lena Brandt opened the new bridge on Sunday. She said the repairs had cost less than planned.';
  const pipe = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, posOnlyStage,
    fakeMentions([['Lena Brandt', 0, 'PER', 'Lena Brandt', 'name'], ['She', 0, 'PER', 'Lena Brandt', 'pronoun']]), statementsStage]);
  const doc = pipe.run(createDoc(text));
  const st = layer(doc, 'statements').find((s) => (s.attrs.cue as SpanRef).text === 'said');
  assert.ok(st, JSON.stringify(layer(doc, 'statements').map((s) => s.text)));
  const ent = layer(doc, 'entities')[0];
  assert.equal(st.attrs.speaker, ent.id);
  assert.equal(st.attrs.speakerName, 'Lena Brandt');
  assert.equal(st.attrs.speakerInferred, true);
  assert.equal(st.attrs.sourceKind, 'person');
  assert.equal((st.attrs.source as SpanRef).text, 'She');
});
