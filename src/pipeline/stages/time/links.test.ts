import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, spanRef } from '../../../model/doc.js';
import type { Doc } from '../../../model/types.js';
import { applyOutput } from '../../runner.js';
import type { AnnotationDraft, Stage, StageContext } from '../../stage.js';
import { timelinksStage } from './links.js';

/** A stage that only exists to write hand-built annotations through the validating runner. */
function fake(layers: string[]): Stage {
  return { name: 'fixture', version: '0', requires: [], assigns: layers, run: () => [] };
}
function ctx(): StageContext {
  let n = 0;
  return { options: {}, newId: (p) => `${p}${n++}` };
}
function ann(doc: Doc, id: string, layer: string, text: string, from = 0, label?: string, attrs: Record<string, unknown> = {}): AnnotationDraft {
  const start = doc.text.indexOf(text, from);
  assert.ok(start >= 0, `fixture: "${text}"`);
  return { id, layer, start, end: start + text.length, text, label, attrs: attrs as AnnotationDraft['attrs'] };
}

// Sentences written for this test.
const TEXT = 'The minister said on Tuesday that the army withdrew its troops in April. The talks lasted three days; a deal was signed.';

function build(withStatements: boolean, withEvents: boolean): Doc {
  let doc = createDoc(TEXT, { publishedAt: '2025-09-03' });
  const s1end = TEXT.indexOf('.') + 1;
  doc = applyOutput(doc, fake(['sentences']), { annotations: [
    { id: 's0', layer: 'sentences', start: 0, end: s1end, text: TEXT.slice(0, s1end) },
    { id: 's1', layer: 'sentences', start: s1end + 1, end: TEXT.length, text: TEXT.slice(s1end + 1) },
  ] });
  doc = applyOutput(doc, fake(['timexes']), { annotations: [
    ann(doc, 'tx0', 'timexes', 'Tuesday', 0, 'DATE', { value: '2025-09-02' }),
    ann(doc, 'tx1', 'timexes', 'April', 0, 'DATE', { value: '2025-04' }),
    ann(doc, 'tx2', 'timexes', 'three days', 0, 'DURATION', { value: 'P3D' }),
  ] });
  if (withStatements) {
    const cueAt = TEXT.indexOf('said');
    const cStart = TEXT.indexOf('the army');
    const cEnd = TEXT.indexOf('April') + 5;
    doc = applyOutput(doc, fake(['statements']), { annotations: [
      { id: 'st0', layer: 'statements', start: 0, end: cEnd, text: TEXT.slice(0, cEnd), label: 'indirect',
        attrs: { cue: spanRef(TEXT, cueAt, cueAt + 4), content: spanRef(TEXT, cStart, cEnd), source: spanRef(TEXT, 0, 12) } },
    ] });
  }
  if (withEvents) {
    doc = applyOutput(doc, fake(['events']), { annotations: [
      ann(doc, 'ev0', 'events', 'withdrew', 0, 'withdraw'),
      ann(doc, 'ev1', 'events', 'talks', 0, 'negotiate'),
      ann(doc, 'ev2', 'events', 'signed', 0, 'agree'),
    ] });
  }
  return doc;
}

function links(doc: Doc) {
  const out = timelinksStage.run(doc, ctx());
  const anns = Array.isArray(out) ? out : out.annotations;
  // Through the runner, so spans and ids are validated.
  const done = applyOutput(doc, timelinksStage, { annotations: anns });
  return (done.layers.timelinks ?? []).map((l) => ({ ...(l.attrs as Record<string, unknown>), span: [l.start, l.end, l.text] }) as Record<string, unknown>);
}

test('timelinks: a timex inside a statement content dates the content; outside it, the cue', () => {
  const got = links(build(true, false));
  const tue = got.find((l) => l.timex === 'tx0')!;
  assert.deepEqual([tue.target, tue.role, tue.relation, tue.signal], ['st0', 'cue', 'at', 'on']);
  const apr = got.find((l) => l.timex === 'tx1')!;
  assert.deepEqual([apr.target, apr.role, apr.relation, apr.signal], ['st0', 'content', 'during', 'in']);
  const start = TEXT.indexOf('April');
  assert.deepEqual(apr.span, [start, start + 5, 'April']);
  assert.equal(got.filter((l) => l.timex === 'tx2').length, 0, 'no statement in the second sentence');
});

test('timelinks: events in the clause, not across a clause break', () => {
  const got = links(build(false, true));
  assert.equal(got.find((l) => l.timex === 'tx1')?.target, 'ev0');
  const dur = got.find((l) => l.timex === 'tx2')!;
  assert.deepEqual([dur.target, dur.relation], ['ev1', 'for']);
});

test('timelinks: no statements and no events, no links', () => {
  assert.deepEqual(links(build(false, false)), []);
});

test('timelinks: with a dep layer, the event of the governing verb wins over the nearest one', () => {
  const text = 'In April, after the talks collapsed, the army withdrew.';
  let doc = createDoc(text, { publishedAt: '2025-09-03' });
  doc = applyOutput(doc, fake(['sentences']), { annotations: [{ id: 's0', layer: 'sentences', start: 0, end: text.length, text }] });
  const words = ['In', 'April', 'after', 'the', 'talks', 'collapsed', 'the', 'army', 'withdrew'];
  let from = 0;
  const toks: AnnotationDraft[] = words.map((w, i) => {
    const t = ann(doc, `t${i}`, 'tokens', w, from);
    from = t.end;
    return t;
  });
  doc = applyOutput(doc, fake(['tokens']), { annotations: toks });
  // Heads (token index): April → withdrew; collapsed → withdrew (advcl); withdrew is the root.
  const head: Record<number, number | null> = { 0: 1, 1: 8, 2: 5, 3: 4, 4: 5, 5: 8, 6: 7, 7: 8, 8: null };
  doc = applyOutput(doc, fake(['dep']), { annotations: toks.map((t, i) => ({
    id: `d${i}`, layer: 'dep', start: t.start, end: t.end, text: t.text, label: 'dep',
    attrs: { token: t.id, head: head[i] === null ? null : `d${head[i]}` },
  })) });
  doc = applyOutput(doc, fake(['timexes']), { annotations: [ann(doc, 'tx0', 'timexes', 'April', 0, 'DATE', { value: '2025-04' })] });
  doc = applyOutput(doc, fake(['events']), { annotations: [ann(doc, 'ev0', 'events', 'collapsed'), ann(doc, 'ev1', 'events', 'withdrew')] });
  const got = links(doc);
  assert.deepEqual(got.map((l) => [l.timex, l.target, l.relation]), [['tx0', 'ev1', 'during']]);
});
