import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runFuzz } from '../scripts/fuzz/harness.js';

// A short seeded run of the fuzz harness (`npm run fuzz -- --count 10000 --seed 1` is the full one).
// No time bound here: tests run two at a time on shared machines, and speed belongs to `npm run fuzz`.
test('fuzz: 30 generated and mutated inputs, no exception, span violation, oversized output or control character in the report', async () => {
  const r = await runFuzz({ count: 30, seed: 20260, maxItemMs: Number.POSITIVE_INFINITY });
  assert.deepEqual(r.failures, []);
  assert.ok(r.analysed > 10, `only ${r.analysed} items analysed`);
  assert.ok(r.itemErrors > 0, 'the generator makes bad items too, and they come back as typed errors');
});
