import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SparseLinear } from './linear.js';
import { AveragedPerceptron, shuffledEpochs } from './train.js';

test('averaged perceptron learns a separable toy problem and keeps it after compaction', () => {
  // Class 0 is never right, so every class that is must be learned (0 wins ties at the start).
  const p = new AveragedPerceptron(4);
  const data: [number[], number][] = [[[11, 99], 1], [[22, 99], 2], [[33, 99], 3]];
  const feats = new Int32Array(2);
  const sc = new Float32Array(4);
  for (const { order } of shuffledEpochs(data, 10, 1)) for (const [f, y] of order) {
    feats.set(f);
    p.learn(feats, 2, y, p.predict(feats, 2, sc));
  }
  const m = p.finish();
  for (const [f, y] of data) {
    feats.set(f); sc.fill(0); m.score(feats, 2, sc);
    let best = 0; for (let c = 1; c < 4; c++) if (sc[c] > sc[best]) best = c;
    assert.equal(best, y);
  }
  assert.equal(m.slot(12345), -1, 'unknown feature has no slot');
});

test('inline (≤ 4 classes) and sparse layouts score alike', () => {
  const rows = [{ key: 101, cls: [0, 3], w: [1.5, -2] }, { key: 202, cls: [1], w: [0.5] }];
  const small = SparseLinear;
  const a = small.build(4, rows), b = small.build(5, rows);
  const feats = Int32Array.from([101, 202, 303]);
  const sa = new Float32Array(4), sb = new Float32Array(5);
  a.score(feats, 3, sa); b.score(feats, 3, sb);
  const real = (s: Float32Array, scale: number) => Array.from(s.subarray(0, 4), (v) => Math.round(v * scale * 100) / 100);
  assert.deepEqual(real(sa, a.scale), [1.5, 0.5, 0, -2]);
  assert.deepEqual(real(sb, b.scale), [1.5, 0.5, 0, -2]);
});

test('the mean of linear models scores as the average of their scores, in both layouts', () => {
    for (const C of [4, 6]) {
    const a = SparseLinear.build(C, [{ key: 101, cls: [0, 3], w: [2, -4] }, { key: 202, cls: [1], w: [1] }]);
    const b = SparseLinear.build(C, [{ key: 101, cls: [0], w: [4] }, { key: 303, cls: [2], w: [-2] }]);
    const m = SparseLinear.mean([a, b]);
    const feats = Int32Array.from([101, 202, 303, 404]);
    const sc = new Float32Array(C);
    m.score(feats, 4, sc);
    const real = Array.from(sc.subarray(0, 4), (v) => Math.round(v * m.scale * 100) / 100);
    assert.deepEqual(real, [3, 0.5, -1, -2], `${C} classes`);
    assert.equal(m.size, 3, 'rows are the union of the members\' rows');
  }
  assert.throws(() => SparseLinear.mean([SparseLinear.build(4, []), SparseLinear.build(5, [])]), /differ in their classes/);
});
