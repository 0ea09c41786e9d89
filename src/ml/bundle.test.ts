import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { linearFromBundle, linearModels, loadBundle, readBundle, readBundleHeader, sha256, writeBundle, type BundleHeader } from './bundle.js';
import { SparseLinear } from './linear.js';

const header = (over: Partial<BundleHeader> = {}): Omit<BundleHeader, 'formatVersion'> => ({
  model: 'toy', featureVersion: 3, labels: { tags: ['O', 'B', 'I'] }, config: { epochs: 2, seed: 7 },
  sourceCommit: 'abc123', upstream: { 'syntax.bin': 'f'.repeat(64) }, devScores: { f1: 0.5 }, meta: { note: 'x' }, ...over,
});

test('a bundle round-trips its header and every kind of typed array, aligned', () => {
  const arrays = {
    i32: Int32Array.from([1, -2, 3]), u32: Uint32Array.from([4294967295]), i16: Int16Array.from([-300, 300]),
    u16: Uint16Array.from([65535]), u8: Uint8Array.from([7, 8, 9]), f32: Float32Array.from([0.5, -1.25]), f64: Float64Array.from([Math.PI]),
  };
  const { header: h, arrays: back } = readBundle(writeBundle(header(), arrays));
  assert.equal(h.formatVersion, 1);
  assert.deepEqual({ ...h, formatVersion: undefined }, { ...header(), formatVersion: undefined });
  for (const [name, a] of Object.entries(arrays)) {
    assert.equal(back[name].constructor, a.constructor, name);
    assert.deepEqual(Array.from(back[name]), Array.from(a), name);
    assert.equal(back[name].byteOffset % 8, 0, `${name} is aligned`);
  }
});

test('writing is deterministic (same input, same bytes) and the hash tells different bundles apart', () => {
  const a = writeBundle(header(), { w: Int32Array.from([1, 2]) });
  const b = writeBundle(header(), { w: Int32Array.from([1, 2]) });
  const c = writeBundle(header(), { w: Int32Array.from([1, 3]) });
  assert.equal(sha256(a), sha256(b));
  assert.notEqual(sha256(a), sha256(c));
  assert.match(sha256(a), /^[0-9a-f]{64}$/);
});

test('the header can be read without the arrays', () => {
  const h = readBundleHeader(writeBundle(header({ model: 'ner' }), { w: new Int32Array(1000) }));
  assert.equal(h.model, 'ner');
  assert.deepEqual(h.upstream, { 'syntax.bin': 'f'.repeat(64) });
});

test('bad files get a clear error', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['not gzip', Buffer.from('hello'), /not gzip/],
    ['wrong magic', gzipSync(Buffer.alloc(16)), /bad magic/],
  ];
  for (const [name, buf, re] of cases) assert.throws(() => readBundle(buf), re, name);
  // A future format version is refused, not misread.
  const raw = Buffer.from(JSON.stringify({ formatVersion: 99, sections: [] }));
  const buf = Buffer.alloc(8 + raw.length);
  buf.writeUInt32LE(0x424d474e, 0); buf.writeUInt32LE(raw.length, 4); raw.copy(buf, 8);
  assert.throws(() => readBundle(gzipSync(buf)), /format 99 is not supported/);
});

test('loadBundle checks the model name and feature version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const path = join(dir, 'toy.bin');
  writeFileSync(path, writeBundle(header(), {}));
  assert.equal(loadBundle(path, 'toy', 3).header.model, 'toy');
  assert.throws(() => loadBundle(path, 'ner', 3), /holds model 'toy', expected 'ner'/);
  assert.throws(() => loadBundle(path, 'toy', 4), /feature version 3, this code implements 4; rebuild with `npm run train -- toy`/);
});

test('linear models stored in a bundle score as before', () => {
  for (const C of [3, 6]) {
    const m = SparseLinear.build(C, [{ key: 11, cls: [0, 2], w: [1.5, -2] }, { key: -5, cls: [1], w: [0.25] }]);
    const lin = linearModels({ cue: m });
    const back = linearFromBundle(readBundle(writeBundle(header({ meta: { ...lin.meta } }), lin.arrays)), 'cue');
    const feats = Int32Array.from([11, -5, 99]);
    const a = new Float32Array(C), b = new Float32Array(C);
    m.score(feats, 3, a); back.score(feats, 3, b);
    assert.deepEqual(Array.from(b), Array.from(a), `${C} classes`);
    assert.equal(back.scale, m.scale);
  }
  assert.throws(() => linearFromBundle(readBundle(writeBundle(header(), {})), 'cue'), /has no linear model 'cue'/);
});
