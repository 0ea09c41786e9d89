import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Annotation, Doc } from '../model/types.js';
import { analyze } from '../analyze.js';
import { SYNTAX_MODEL_URL } from '../pipeline/stages/syntax.js';
import { toDocJSON, type DocJSON } from './json.js';
import { fromDocJSON } from './read.js';
import { decodeTokenTable, encodeTokenTable } from './token-table.js';

const TEXT = 'Rain closed the pass. Crews cleared it';

/** A hand-made document: two sentences, tokens (ids `t<i>`), pos and dep from a toy "parser". */
function handDoc(edit: (l: Record<string, Annotation[]>) => void = () => {}): Doc {
  const words: [number, number, number][] = [];
  for (const m of TEXT.matchAll(/\w+|\./g)) words.push([m.index!, m.index! + m[0].length, m.index! < 21 ? 0 : 1]);
  const ann = (id: string, layer: string, s: number, e: number, attrs: Record<string, unknown>, label?: string, source = 'tokenize@2'): Annotation =>
    ({ id, layer, start: s, end: e, text: TEXT.slice(s, e), ...(label ? { label } : {}), attrs, source }) as Annotation;
  const layers: Record<string, Annotation[]> = {
    sentences: [ann('s0', 'sentences', 0, 21, { paragraph: 'para0' }), ann('s1', 'sentences', 22, TEXT.length, { paragraph: 'para0' })],
    tokens: words.map(([s, e, si], i) => ann(`t${i}`, 'tokens', s, e, { sentence: `s${si}` })),
    pos: words.map(([s, e], i) => ann(`p${i}`, 'pos', s, e, { token: `t${i}`, xpos: i === 0 ? 'NN' : 'VBD' }, i === 0 ? 'NOUN' : 'VERB', 'syntax@3')),
    dep: words.map(([s, e], i) => ann(`d${i}`, 'dep', s, e, { token: `t${i}`, head: i === 1 ? null : 't1' }, i === 1 ? 'root' : 'dep', 'syntax@3')),
  };
  edit(layers);
  return { id: 'x', text: TEXT, meta: {}, layers, messages: [] };
}

/** JSON text and back, as a consumer sees it. */
const roundTrip = (j: DocJSON): DocJSON => JSON.parse(JSON.stringify(j));

test('the token table round-trips every token-level layer exactly, or the layers stay arrays (table)', () => {
  // [case, document, --layers, layers expected in the table, layers expected as arrays]
  const cases: [string, Doc, string[] | undefined, string[], string[]][] = [
    ['regular layers', handDoc(), undefined, ['tokens', 'pos', 'dep'], ['sentences']],
    ['--layers tokens,sentences', handDoc(), ['tokens', 'sentences'], ['tokens'], ['sentences']],
    ['--layers pos (no tokens: no table)', handDoc(), ['pos'], [], ['pos']],
    ['a tagger without xpos', handDoc((l) => { l.pos = l.pos.map((a) => ({ ...a, attrs: { token: a.attrs.token } })); }), undefined, ['tokens', 'pos', 'dep'], ['sentences']],
    ['a token without pos or dep (outside every sentence)', handDoc((l) => {
      const renumber = (xs: Annotation[], p: string) => xs.filter((a) => a.attrs.token !== 't3').map((a, k) => ({ ...a, id: `${p}${k}` }));
      l.pos = renumber(l.pos, 'p'); l.dep = renumber(l.dep, 'd');
    }), undefined, ['tokens', 'pos', 'dep'], ['sentences']],
    ['token ids not sequential', handDoc((l) => { l.tokens[2] = { ...l.tokens[2], id: 'tx' }; }), undefined, [], ['sentences', 'tokens', 'pos', 'dep']],
    ['pos with an extra attribute', handDoc((l) => { l.pos[0] = { ...l.pos[0], attrs: { ...l.pos[0].attrs, lemma: 'rain' } }; }), undefined, ['tokens', 'dep'], ['sentences', 'pos']],
    ['dep annotations out of token order', handDoc((l) => { [l.dep[0], l.dep[1]] = [{ ...l.dep[1], id: 'd0' }, { ...l.dep[0], id: 'd1' }]; }), undefined, ['tokens', 'pos'], ['sentences', 'dep']],
  ];
  for (const [name, doc, keep, inTable, asArrays] of cases) {
    const j = roundTrip(toDocJSON(doc, keep ? { layers: keep } : {}));
    assert.deepEqual(Object.keys(j.layers).sort(), [...asArrays].sort(), `${name}: layers`);
    assert.deepEqual(Object.keys(j.tokenTable?.source ?? {}).sort(), [...inTable].sort(), `${name}: table`);
    const back = fromDocJSON(j);
    const want = Object.fromEntries(Object.entries(doc.layers).filter(([l]) => !keep || keep.includes(l)));
    assert.deepEqual({ ...back.layers }, want, `${name}: read back`);
    for (const anns of Object.values(back.layers)) for (const a of anns) assert.equal(back.text.slice(a.start, a.end), a.text, `${name}: ${a.id}`);
  }
});

test('a token table with columns of different lengths is refused with a clear error', () => {
  const t = encodeTokenTable(handDoc().layers, () => true)!;
  assert.throws(() => decodeTokenTable({ ...t, deprel: t.deprel!.slice(1) }, TEXT), /column "deprel" has 7 entries for 8 tokens/);
  assert.throws(() => fromDocJSON({ ...roundTrip(toDocJSON(handDoc())), version: '3.0.0' }), /known version/);
});

test('a document analysed by the default pipeline reads back identical from its compact export', { skip: existsSync(SYNTAX_MODEL_URL) ? false : 'needs models/syntax.bin' }, async () => {
  const doc = await analyze('Finance Minister Clara Osei said on Tuesday that the bridge would cost $2.3 billion. "We expect more talks," she told reporters in Accra.', { published: '2025-06-01' });
  const j = roundTrip(toDocJSON(doc));
  assert.ok(j.tokenTable && j.tokenTable.upos && j.tokenTable.deprel, 'token table with pos and dep');
  for (const l of ['tokens', 'pos', 'dep']) assert.equal(j.layers[l], undefined, l);
  const back = fromDocJSON(j);
  assert.deepEqual({ ...back.layers }, { ...doc.layers });
  // Columns instead of objects: well under half the bytes of the annotation form.
  const v1Bytes = JSON.stringify({ ...j, tokenTable: undefined, layers: doc.layers }).length;
  assert.ok(JSON.stringify(j).length < 0.5 * v1Bytes, `${JSON.stringify(j).length} vs ${v1Bytes}`);
});
