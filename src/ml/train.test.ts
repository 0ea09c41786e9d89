import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argmax, AveragedPerceptron, EpochErrors, rng, shuffle, shuffledEpochs } from './train.js';

test('the PRNG is seeded: same seed, same sequence; values in [0, 1)', () => {
  const a = rng(42), b = rng(42), c = rng(43);
  const xa = Array.from({ length: 50 }, a), xb = Array.from({ length: 50 }, b), xc = Array.from({ length: 50 }, c);
  assert.deepEqual(xa, xb);
  assert.notDeepEqual(xa, xc);
  assert.ok(xa.every((x) => x >= 0 && x < 1));
});

test('shuffle permutes in place; shuffled epochs are repeatable and reshuffle each epoch', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);
  const s = shuffle(items.slice(), rng(1));
  assert.deepEqual([...s].sort((x, y) => x - y), items);
  const orders = (seed: number) => { const out: number[][] = []; for (const e of shuffledEpochs(items, 3, seed)) out.push([...e.order]); return out; };
  assert.deepEqual(orders(5), orders(5));
  const o = orders(5);
  assert.notDeepEqual(o[0], o[1]);
  assert.deepEqual(items, Array.from({ length: 20 }, (_, i) => i), 'the input is not reordered');
});

test('argmax: first best, skipping classes not allowed', () => {
  const cases: [number[], ((k: number) => boolean) | undefined, number][] = [
    [[1, 3, 3, 2], undefined, 1],
    [[1, 3, 3, 2], (k) => k !== 1, 2],
    [[-1, -2], undefined, 0],
  ];
  for (const [s, allowed, want] of cases) assert.equal(argmax(s, s.length, allowed), want, JSON.stringify(s));
});

test('learn updates only on mistakes and advances the averaging clock each time', () => {
  const p = new AveragedPerceptron(2);
  const f = Int32Array.from([7]);
  assert.equal(p.learn(f, 1, 0, 0), true);
  assert.equal(p.rows, 0, 'no row for a correct prediction');
  assert.equal(p.c, 2);
  assert.equal(p.learn(f, 1, 1, 0), false);
  assert.equal(p.rows, 1);
  const sc = new Float32Array(2);
  assert.equal(p.predict(f, 1, sc), 1);
  const e = new EpochErrors();
  e.add(true); e.add(false);
  assert.match(e.line('toy', 0, 2), /^toy epoch 1\/2: error 0\.5000/);
});

test('averaging damps late flips: a weight that held for most of training outweighs a late update', () => {
  // Class 0 is right for 98 instances, then one mistake-driven update pushes towards 1.
  const p = new AveragedPerceptron(2);
  const f = Int32Array.from([1]);
  p.learn(f, 1, 0, 1);
  for (let i = 0; i < 97; i++) p.learn(f, 1, 0, 0);
  p.learn(f, 1, 1, 0);
  p.learn(f, 1, 1, 0);
  const sc = new Float32Array(2);
  assert.equal(p.predict(f, 1, sc), 1, 'current weights prefer 1');
  const m = p.finish();
  sc.fill(0); m.score(f, 1, sc);
  assert.equal(argmax(sc), 0, 'averaged weights still prefer 0');
});
