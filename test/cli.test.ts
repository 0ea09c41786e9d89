import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'test/run-cli.ts'), ...args], { cwd: repo, input, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };

const schema = JSON.parse(readFileSync(join(repo, 'schema/doc.v2.schema.json'), 'utf8'));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false }).compile<any>(schema); // eslint-disable-line @typescript-eslint/no-explicit-any

test('bad inputs give one clear line on stderr and exit 1, never a stack trace', () => {
  const cases: [string, string, RegExp][] = [
    ['missing file', join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['empty file', file('empty.txt', ''), /empty\.txt: the file is empty/],
    ['blank file', file('blank.txt', '  \n\n '), /blank\.txt: has no text/],
    ['binary junk', file('junk.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 9])), /junk\.txt: looks like binary data/],
    ['broken JSON', file('bad.json', '{"text": "abc"'), /bad\.json: invalid JSON/],
  ];
  for (const [name, path, re] of cases) {
    const r = cli(['analyze', path]);
    assert.equal(r.status, 1, `${name}: ${r.stderr}`);
    assert.match(r.stderr, re, name);
    assert.equal(r.stderr.trim().split('\n').length, 1, `${name}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, name);
  }
});

test('a bad item does not stop the others', () => {
  const good = file('good.txt', 'The bridge reopened on Monday, officials said.');
  const r = cli(['analyze', '--format', 'jsonl', join(dir, 'missing.txt'), good]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal(JSON.parse(lines[0]).text, 'The bridge reopened on Monday, officials said.');
});

test('unknown format and --date-order values are usage errors (exit 1)', () => {
  const good = file('ok.txt', 'Text.');
  assert.equal(cli(['analyze', '--format', 'yaml', good]).status, 1);
  const r = cli(['analyze', '--date-order', 'ydm', good]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--date-order: expected dmy or mdy/);
});

test('an unreadable or impossible --published is not the anchor: a warning on the document (#15)', () => {
  const good = file('ok2.txt', 'The bridge reopened on Monday, officials said.');
  for (const bad of ['yesterday', '2025-02-30']) {
    const r = cli(['analyze', '--format', 'json', '--published', bad, good]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.meta.publishedAt, undefined);
    const rules = doc.messages.map((m: { rule: string }) => m.rule);
    assert.ok(rules.includes('ingest/invalid-publication-date'), rules.join());
    assert.ok(rules.includes('ingest/no-publication-date'), rules.join());
  }
});

test('--crawled-at anchors a relative byline date ("3 hours ago") on an HTML page; a bad value is a usage error', () => {
  const page = file('ferry.html', '<html lang="en"><head><title>Night ferry trial approved</title></head><body><article><h1>Night ferry trial approved</h1><p class="date">Published 3 hours ago</p><p>The harbour board approved a night ferry trial after a long debate about noise, cost and the timetable for the coming summer season, members said.</p></article></body></html>');
  const cases: [string[], string | undefined][] = [
    [['--crawled-at', '2024-05-01T02:00:00Z'], '2024-04-30'],
    [['--crawled-at', '2024-05-01T09:00:00Z'], '2024-05-01'],
    [[], undefined],
  ];
  for (const [flags, want] of cases) {
    const r = cli(['analyze', '--format', 'json', ...flags, page]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.meta.publishedAt, want, flags.join(' '));
    if (want) assert.equal(doc.meta.publishedAtSource, 'text-relative');
  }
  const bad = cli(['analyze', '--crawled-at', 'yesterday', page]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--crawled-at: expected an ISO 8601 time/);
});

test('json output validates against the committed schema and keeps exact spans', () => {
  const p = file('story.txt', 'Title: Harbour works\nPublished: 2026-02-02\n---\nThe harbour reopened.\nDockers said the cranes were repaired.');
  const r = cli(['analyze', '--format', 'json', p]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  assert.equal(doc.meta.title, 'Harbour works');
  assert.equal(doc.meta.publishedAt, '2026-02-02');
  for (const anns of Object.values(doc.layers) as { start: number; end: number; text: string }[][]) {
    for (const a of anns) assert.equal(doc.text.slice(a.start, a.end), a.text);
  }
  // The token-level layers are columns: the tokens read back exactly.
  const t = doc.tokenTable;
  assert.deepEqual(t.start.map((s: number, i: number) => doc.text.slice(s, t.end[i])).slice(0, 3), ['The', 'harbour', 'reopened']);
  assert.equal(doc.layers.tokens, undefined);
});

test('stdin is read with -', () => {
  const r = cli(['analyze', '--format', 'json', '-'], 'Rain closed the pass on Sunday.');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).text, 'Rain closed the pass on Sunday.');
});

test('html output escapes hostile article content and allows no script', () => {
  const p = file('hostile.txt', 'Title: <img src=x onerror=alert(1)>\n---\nHe wrote <script>alert("x")</script> and "quoted" it.');
  const r = cli(['analyze', '--format', 'html', p]);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /<script>alert/);
  assert.doesNotMatch(r.stdout, /<img src=x/);
  // Highlights may split the text into spans; the escaped text must survive once they are removed.
  const plain = r.stdout.replace(/<\/?span[^>]*>/g, '');
  assert.match(plain, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  assert.match(r.stdout, /Content-Security-Policy" content="default-src 'none'/);
});

test('with no input it analyses the built-in samples', () => {
  const r = cli(['analyze', '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(docs.length >= 4);
  for (const d of docs) assert.ok(validate(d), JSON.stringify(validate.errors));
});
