import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBundle, readBundleHeader, sha256, writeBundle } from '../src/ml/bundle.js';
import { bundleFiles, checkUpstream } from './model-check.js';
import { MODELS_DIR } from './provenance.js';

test('every shipped bundle was trained on the upstream models actually shipped', () => {
  assert.deepEqual(checkUpstream(MODELS_DIR), []);
});

test('the shipped models are bundles with provenance: config, source commit, dev scores', () => {
  const files = bundleFiles(MODELS_DIR);
  for (const f of ['attribution.bin', 'ner.bin', 'syntax.bin']) assert.ok(files.includes(f), f);
  for (const f of ['attribution.bin', 'ner.bin', 'syntax.bin']) {
    const h = readBundleHeader(readFileSync(join(MODELS_DIR, f)));
    assert.equal(`${h.model}.bin`, f);
    assert.match(h.sourceCommit, /^[0-9a-f]{40}$/, `${f} was trained from committed code`);
    assert.ok(Array.isArray(h.config.sources), `${f} records its config`);
    assert.ok(Object.keys(h.devScores).length > 0, `${f} records dev scores`);
  }
  // Attribution reads the parses: it must name the syntax model it was trained on.
  assert.deepEqual(Object.keys(readBundleHeader(readFileSync(join(MODELS_DIR, 'attribution.bin'))).upstream), ['syntax.bin']);
});

test('a stale model is caught: retraining the upstream model without its downstream fails the check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'models-'));
  for (const f of bundleFiles(MODELS_DIR)) copyFileSync(join(MODELS_DIR, f), join(dir, f));
  assert.deepEqual(checkUpstream(dir), [], 'the copy is consistent');
  // Plant a "retrained" syntax model: same content but one weight changed, so its hash differs.
  const { header, arrays } = readBundle(readFileSync(join(dir, 'syntax.bin')));
  const slots = arrays['tagModel.slots'] as Int32Array;
  const i = slots.findIndex((k, j) => j % 3 === 0 && k !== 0);
  slots[i + 1] ^= 1;
  const { formatVersion: _v, ...rest } = header;
  const retrained = writeBundle(rest, arrays);
  assert.notEqual(sha256(retrained), sha256(readFileSync(join(MODELS_DIR, 'syntax.bin'))));
  writeFileSync(join(dir, 'syntax.bin'), retrained);
  const problems = checkUpstream(dir);
  // Every model trained on the parses is now stale (attribution, and framing when shipped).
  assert.ok(problems.length >= 1);
  assert.ok(problems.every((p) => /trained on syntax\.bin .* retrain it/.test(p.problem)));
  const attr = problems.find((p) => p.file === 'attribution.bin');
  assert.match(attr?.problem ?? '', /retrain it \(npm run train -- attribution\)/);
});

test('a bundle naming an upstream model that is not shipped is reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'models-'));
  writeFileSync(join(dir, 'x.bin'), writeBundle({ model: 'x', featureVersion: 1, labels: {}, config: {}, sourceCommit: 'c', upstream: { 'gone.bin': 'a'.repeat(64) }, devScores: {}, meta: {} }, {}));
  writeFileSync(join(dir, 'junk.bin'), 'not a bundle');
  const problems = checkUpstream(dir).map((p) => `${p.file}: ${p.problem}`);
  assert.deepEqual(problems, ['junk.bin: not a newsgraph model bundle (not gzip)', 'x.bin: was trained on gone.bin, which is not shipped']);
});
