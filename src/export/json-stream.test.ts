import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { analyze } from '../analyze.js';
import { samplePaths } from '../samples.js';
import { SYNTAX_MODEL_URL } from '../pipeline/stages/syntax.js';
import { readItems } from '../ingest/items.js';
import { toDocJSON } from './json.js';
import { jsonChunks } from './json-stream.js';

const big = Array.from({ length: 300 }, (_, i) => ({ id: `t${i}`, text: i % 7 ? 'é“x”\n' : 'a\u0000"\ud800', n: i / 3, u: undefined, f: () => 1, ok: i % 2 === 0, nested: { a: [i, { b: [] }], e: {} } }));
const cases: [string, unknown][] = [
  ['string', 'plain "quoted"\nline'],
  ['number', -0],
  ['null', null],
  ['empty object and array', { a: {}, b: [], c: [[]], d: [{}] }],
  ['object with undefined, function and symbol members', { a: 1, b: undefined, c: () => 2, d: Symbol('x'), e: [undefined, () => 3, Symbol('y'), 4] }],
  ['big array of objects with non-ASCII, lone surrogate and control text', big],
  ['big array holding undefined, functions and nulls', Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? undefined : i % 4 === 1 ? () => 1 : i % 4 === 2 ? null : i))],
  ['a document-like object: big layers, columns, long text', { $schema: 'x', text: 'x\n"'.repeat(5000), meta: { title: 't', authors: ['a', 'b'] }, layers: { tokens: big, empty: [] }, tokenTable: { start: Array.from({ length: 1000 }, (_, i) => i), upos: Array.from({ length: 1000 }, (_, i) => (i % 3 ? 'NOUN' : null)) }, messages: [] }],
  ['a Date (toJSON) inside and at the top', { when: new Date(0), list: Array.from({ length: 100 }, (_, i) => new Date(i * 1e9)) }],
  ['toJSON giving undefined drops the member, null in an array', { a: { toJSON: () => undefined }, b: [{ toJSON: () => undefined }], c: 1 }],
  ['a Map and a class instance (not plain objects)', { m: new Map([[1, 2]]), c: new (class { x = 1; y = [1, 2]; })() }],
  ['deep nesting', { a: { b: { c: { d: { e: [1, { f: [2, 3] }] } } } } }],
];

test('jsonChunks concatenates to exactly JSON.stringify, compact and indented, at any chunk size (table)', () => {
  for (const [name, v] of cases) {
    for (const indent of [0, 2, 4]) {
      for (const chunk of [1, 100, 1 << 20]) {
        const parts = [...jsonChunks(v, indent, chunk)];
        assert.equal(parts.join(''), JSON.stringify(v, null, indent), `${name}, indent ${indent}, chunk ${chunk}`);
        if (chunk === 1 && typeof v === 'object' && v !== null) assert.ok(parts.length > 1, `${name}: split into pieces`);
      }
    }
  }
});

test('jsonChunks yields nothing where JSON.stringify gives undefined (table)', () => {
  for (const v of [undefined, () => 1, Symbol('s'), { toJSON: () => undefined }]) assert.deepEqual([...jsonChunks(v)], [], String(v));
});

test('jsonChunks keeps chunks near the asked size: a big layer is not one string', () => {
  const v = { layers: { tokens: Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, start: i, end: i + 1 })) } };
  const parts = [...jsonChunks(v, 0, 10_000)];
  assert.ok(parts.length > 40, `${parts.length} chunks`);
  assert.ok(parts.every((p) => p.length < 10_100), `largest ${Math.max(...parts.map((p) => p.length))}`);
});

test('the streamed export of every sample article equals the one-string export byte for byte', { skip: existsSync(SYNTAX_MODEL_URL) ? false : 'needs models/syntax.bin' }, async () => {
  let n = 0;
  for await (const item of readItems(samplePaths())) {
    if ('error' in item) assert.fail(item.error.message);
    const doc = await analyze(item.article, { published: '2025-06-01' });
    for (const layers of [undefined, ['sentences', 'statements', 'tokens']]) {
      const j = toDocJSON(doc, layers ? { layers } : {});
      for (const indent of [0, 2]) assert.equal([...jsonChunks(j, indent, 4096)].join(''), JSON.stringify(j, null, indent), `${item.where} ${layers ?? 'all'} ${indent}`);
    }
    n++;
  }
  assert.ok(n >= 5, `${n} samples`);
});
