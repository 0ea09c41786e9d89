import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonBytes, medianSample } from './scale.js';
import type { ScaleSample } from '../scale-child.js';

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

test('medianSample: the run of median wall time, with the largest peak RSS of all runs (table)', () => {
  const s = (seconds: number, peakRssKB: number, cpuSeconds = seconds): ScaleSample => ({ chars: 1000, tokens: 200, seconds, cpuSeconds, stages: { syntax: seconds / 2 }, jsonBytes: 10, peakRssKB });
  const cases: [string, ScaleSample[], number, number][] = [
    ['one run', [s(2, 100)], 2, 100],
    ['three runs, the slow one an outlier', [s(9, 300), s(2, 100), s(3, 200)], 3, 300],
    ['four runs take the lower middle', [s(4, 1), s(1, 5), s(3, 2), s(2, 3)], 2, 5],
  ];
  for (const [name, runs, seconds, rss] of cases) {
    const m = medianSample(runs);
    assert.equal(m.seconds, seconds, name);
    assert.equal(m.peakRssKB, rss, name);
    assert.equal(m.stages.syntax, seconds / 2, `${name}: stage times come from the same run`);
  }
  assert.throws(() => medianSample([]), /no samples/);
});
