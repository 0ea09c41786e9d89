import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonBytes } from './scale.js';

test('jsonBytes counts exactly the UTF-8 bytes of JSON.stringify, piece by piece (table)', () => {
  const big = Array.from({ length: 1000 }, (_, i) => ({ id: `t${i}`, text: i % 7 ? 'é“x”' : 'a\u0000\n"', n: i / 3, u: undefined, ok: i % 2 === 0 }));
  const cases: [string, unknown][] = [
    ['scalar', 'plain'],
    ['small object with an undefined member', { a: 1, b: undefined, c: [1, undefined, 'x'] }],
    ['big array of objects with non-ASCII text', big],
    ['big array holding undefined and functions', Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => 1 : i))],
    ['nested big arrays in an object', { layers: { tokens: big, empty: [] }, text: 'x'.repeat(5000), meta: {} }],
    ['null and empty', { a: null, b: [], c: {} }],
  ];
  for (const [name, v] of cases) assert.equal(jsonBytes(v), Buffer.byteLength(JSON.stringify(v)), name);
});
