import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { buildPipeline } from '../runner.js';
import { analyzeWith } from '../../analyze.js';
import { paragraphsStage } from './paragraphs.js';
import { boilerplateStage } from './boilerplate.js';
import { tokenizeStage } from './tokenize.js';
import { SYNTAX_MODEL_URL, syntaxStage } from './syntax.js';
import { docView, type DocView } from '../../model/view.js';
import type { Doc } from '../../model/types.js';

const skip = existsSync(SYNTAX_MODEL_URL) ? false : 'needs models/syntax.bin (npm run train -- syntax)';

async function parse(text: string): Promise<Doc> {
  const p = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage]);
  return analyzeWith(p, text, { published: '2026-03-02' });
}

/** Token index of the first token with this text. */
function idx(v: DocView, text: string): number {
  const i = v.tokens.findIndex((t) => t.text === text);
  assert.ok(i >= 0, `token "${text}" present`);
  return i;
}

const accuseCases: { text: string; verb: string; subj: string; obj: string }[] = [
  { text: 'Beijing accuses the authorities in Manila of provoking a dangerous confrontation near the disputed shoal.',
    verb: 'accuses', subj: 'Beijing', obj: 'authorities' },
  { text: 'Caracas accuses the government in Bogotá of sheltering armed groups along the border.',
    verb: 'accuses', subj: 'Caracas', obj: 'government' },
  { text: 'The opposition accused the ruling party of rigging the regional vote.',
    verb: 'accused', subj: 'opposition', obj: 'party' },
];

for (const c of accuseCases) {
  test(`"X accuses Y of …": ${c.subj} is nsubj, ${c.obj} is obj`, { skip }, async () => {
    const v = docView(await parse(c.text));
    const verb = idx(v, c.verb);
    assert.equal(v.tokens[v.subjectOf(verb)]?.text, c.subj);
    assert.equal(v.deprel[v.subjectOf(verb)], 'nsubj');
    assert.equal(v.tokens[v.objectOf(verb)]?.text, c.obj);
    assert.equal(v.rootOf(0), verb);
  });
}

test('reporting verb takes its clause as ccomp', { skip }, async () => {
  const doc = await parse('The minister said that the talks had collapsed late on Friday.');
  const v = docView(doc);
  const said = idx(v, 'said');
  assert.equal(v.tokens[v.subjectOf(said)].text, 'minister');
  const comp = v.clausalComplementOf(said);
  assert.equal(v.tokens[comp]?.text, 'collapsed');
  const span = v.subtreeSpan(comp);
  assert.equal(doc.text.slice(span.start, span.end), 'that the talks had collapsed late on Friday');
});

test('one pos and one dep per token with the token span; one root per sentence', { skip }, async () => {
  const text = 'Rescue teams reached the flooded village on Sunday. Officials said 40 people were missing, and roads remained closed.\n\nThe country\u2019s president can\u2019t visit before Tuesday, her office said.';
  const doc = await parse(text);
  const tokens = doc.layers.tokens;
  const pos = doc.layers.pos, dep = doc.layers.dep;
  assert.equal(pos.length, tokens.length);
  assert.equal(dep.length, tokens.length);
  const tokById = new Map(tokens.map((t) => [t.id, t]));
  for (let i = 0; i < tokens.length; i++) {
    for (const a of [pos[i], dep[i]]) {
      assert.equal(a.attrs.token, tokens[i].id);
      assert.equal(a.start, tokens[i].start);
      assert.equal(a.end, tokens[i].end);
      assert.equal(a.text, text.slice(a.start, a.end));
    }
    assert.match(pos[i].id, /^p\d+$/);
    assert.match(dep[i].id, /^d\d+$/);
    assert.equal(typeof pos[i].attrs.xpos, 'string');
    const h = dep[i].attrs.head;
    if (h !== null) assert.equal(tokById.get(h as string)?.attrs.sentence, tokens[i].attrs.sentence, 'head in the same sentence');
  }
  const v = docView(doc);
  assert.equal(v.sentences.length, doc.layers.sentences.length);
  for (let s = 0; s < v.sentences.length; s++) {
    const a = v.sentFirst[s], b = v.sentEnd[s];
    const roots = Array.from(v.head.subarray(a, b)).filter((h) => h < 0).length;
    assert.equal(roots, 1);
    assert.equal(v.deprel[v.rootOf(s)], 'root');
    // Acyclic: every token reaches the root.
    for (let i = a; i < b; i++) {
      let k = i, steps = 0;
      while (v.head[k] >= 0 && steps++ <= b - a) k = v.head[k];
      assert.ok(steps <= b - a, 'no cycle');
    }
  }
  const poss = dep.find((d) => d.text === '\u2019s');
  assert.equal(poss?.label, 'case', 'possessive ’s is a case marker');
});
