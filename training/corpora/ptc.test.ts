import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir } from './data-dir.js';
import { codePointToUtf16, parseTechniqueLabels, readPtc } from './ptc.js';

test('code-point offsets map to UTF-16 offsets', () => {
  const cases: [string, number, number][] = [
    ['plain', 3, 3],
    ['a😀b', 2, 3], // after the emoji: 2 code points, 3 code units
    ['😀😀x', 2, 4],
    ['é😀', 2, 3],
  ];
  for (const [text, cp, u16] of cases) assert.equal(codePointToUtf16(text)[cp], u16, text);
});

test('a tiny corpus reads into exact spans, sorted, with non-BMP text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptc-'));
  mkdirSync(join(dir, 'train-articles'));
  // Original text written for this test.
  const a = 'Headline 🚀 here\n\nThey are traitors, all of them.\n';
  writeFileSync(join(dir, 'train-articles', 'article1.txt'), a);
  writeFileSync(join(dir, 'train-articles', 'article2.txt'), 'Nothing to see.\n');
  writeFileSync(join(dir, 'propaganda-techniques-names-semeval2020task11.txt'), 'Loaded_Language\nName_Calling,Labeling\n');
  // Code-point offsets: "traitors" starts at code point 26 (the rocket is one code point).
  writeFileSync(join(dir, 'train-task2-TC.labels'), '1\tName_Calling,Labeling\t26\t34\n1\tLoaded_Language\t9\t10\n');
  const c = readPtc(dir);
  assert.deepEqual(c.techniques, ['Loaded_Language', 'Name_Calling,Labeling']);
  assert.deepEqual(c.articles.map((x) => x.id), ['1', '2']);
  const spans = c.articles[0].spans.map((s) => [s.technique, s.start, s.end, a.slice(s.start, s.end)]);
  assert.deepEqual(spans, [['Loaded_Language', 9, 11, '🚀'], ['Name_Calling,Labeling', 27, 35, 'traitors']]);
  assert.deepEqual(c.articles[1].spans, []);
});

test('malformed label lines are named', () => {
  assert.throws(() => parseTechniqueLabels('1\tDoubt\t5\n'), /line 1: expected/);
  assert.throws(() => parseTechniqueLabels('1\tDoubt\t9\t5\n'), /line 1/);
  assert.throws(() => readPtc(join(tmpdir(), 'no-such-ptc')), /not found/);
});

const shared = join(defaultDataDir(), 'ptc');
test('the PTC train split: every span lies inside its article', { skip: existsSync(shared) ? false : `${shared} absent` }, () => {
  const c = readPtc(shared);
  assert.equal(c.techniques.length, 14);
  assert.equal(c.articles.length, 371);
  let n = 0;
  for (const a of c.articles) for (const s of a.spans) {
    n++;
    assert.ok(s.start < s.end && s.end <= a.text.length, `${a.id} ${s.start}-${s.end}`);
    assert.ok(c.techniques.includes(s.technique), s.technique);
  }
  assert.equal(n, 6129);
});
