import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGold, readArticle, sha256 } from './gold.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'whosaid');
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');
const sets = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('whosaid gold files hold offsets, hashes, speakers and labels only (no article text)', () => {
  for (const f of sets) {
    const g = loadGold(join(dir, f));
    assert.ok(g.articles.length > 0, f);
    for (const a of g.articles) {
      assert.deepEqual(Object.keys(a).sort(), ['attributions', 'file', 'sha256'], `${f} ${a.file}`);
      assert.match(a.file, /^(politics|business)\/\d{3}\.txt$/);
      assert.match(a.sha256, /^[0-9a-f]{64}$/);
      for (const x of a.attributions) {
        assert.deepEqual(Object.keys(x).sort(), ['content', 'cue', 'kind', 'source', 'speaker'], `${f} ${a.file}`);
        for (const s of [x.content, x.cue, x.source]) if (s) assert.ok(Number.isInteger(s[0]) && s[1] > s[0]);
        // Speakers are names: short, no sentence punctuation.
        for (const n of x.speaker) assert.ok(n.length <= 60 && !/[.!?"“”]/.test(n), n);
      }
    }
  }
});

test('whosaid gold offsets fall inside the article body and every article matches its hash', (t) => {
  if (readArticle(dataDir, 'politics/001.txt') === null) { t.skip(`needs ${dataDir}/bbc-news`); return; }
  for (const f of sets) {
    for (const a of loadGold(join(dir, f)).articles) {
      const text = readArticle(dataDir, a.file)!;
      assert.equal(sha256(text), a.sha256, a.file);
      const body = text.indexOf('\n');
      for (const x of a.attributions) {
        assert.ok(x.content[0] > body && x.content[1] <= text.length, a.file);
        assert.equal(text.slice(...x.content).trim().length > 0, true);
      }
    }
  }
});
