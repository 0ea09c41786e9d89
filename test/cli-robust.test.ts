import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Hostile and broken input through the CLI: every bad item named, exit codes 0/1, never a hang.
const repo = fileURLToPath(new URL('..', import.meta.url));
const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'test/run-cli.ts'), ...args], { cwd: repo, input, encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-robust-'));
const file = (name: string, content: string) => { const p = join(dir, name); writeFileSync(p, content); return p; };
const story = (s: string) => `The council voted on ${s} to extend the ferry trial, the harbour board said.`;

test('a JSON array with bad elements: the good ones are analysed, each bad one named with [index], exit 1, a summary', () => {
  const p = file('batch.json', JSON.stringify([{ text: story('Monday') }, { title: 'no text' }, { text: story('Friday') }], null, 1));
  const r = cli(['analyze', '--format', 'jsonl', p]);
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).text), [story('Monday'), story('Friday')]);
  assert.match(r.stderr, /batch\.json:\d+ \[1\]: expected a "text" or "html" field/);
  assert.match(r.stderr, /newsgraph: 2 item\(s\) analysed, 1 failed\n$/);
});

test('a directory holding a FIFO: skipped with a message, no hang, the files are analysed', () => {
  const d = join(dir, 'withfifo');
  mkdirSync(d);
  writeFileSync(join(d, 'a.txt'), story('Monday'));
  execFileSync('mkfifo', [join(d, 'b.txt')]);
  const r = cli(['analyze', '--format', 'jsonl', d]);
  assert.equal(r.error, undefined, 'the CLI must not hang');
  assert.equal(r.status, 1);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  assert.match(r.stderr, /b\.txt: skipped: a named pipe \(FIFO\), not a file/);
});

test('escape sequences in article text and metadata never reach the text report; JSON keeps them exactly', () => {
  const hostile = 'Title: Bad \x1b]0;pwned\x07 title\n---\nThe mayor said \x1b[2J the budget \x9b31m passed on Monday.\x1b[0m';
  const p = file('esc.txt', hostile);
  for (const color of ['--no-color', '--color']) {
    const r = cli(['analyze', color, p]);
    assert.equal(r.status, 0, r.stderr);
    const withoutOwnColours = r.stdout.replace(/\x1b\[\d+m/g, '');
    assert.doesNotMatch(withoutOwnColours, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, color);
    assert.ok(r.stdout.includes('␛[2J'), color);
    assert.ok(r.stdout.includes('␛]0;pwned␇'), color);
  }
  const j = JSON.parse(cli(['analyze', '--format', 'json', p]).stdout);
  assert.ok(j.text.includes('\x1b[2J'));
  assert.ok(j.meta.title.includes('\x1b]0;pwned\x07'));
});

test('JSON is compact when piped, indented with --pretty; --layers keeps only the named layers', () => {
  const p = file('ok.txt', story('Monday'));
  const compact = cli(['analyze', '--format', 'json', p]).stdout;
  assert.equal(compact.trim().split('\n').length, 1);
  const pretty = cli(['analyze', '--format', 'json', '--pretty', p]).stdout;
  assert.match(pretty, /^\{\n  "\$schema"/);
  assert.deepEqual(JSON.parse(pretty), JSON.parse(compact));
  const two = JSON.parse(cli(['analyze', '--format', 'json', '--layers', 'sentences,statements', p, p]).stdout);
  assert.equal(two.length, 2);
  for (const d of two) assert.deepEqual(Object.keys(d.layers).sort(), ['sentences', 'statements']);
  const bad = cli(['analyze', '--format', 'json', '--layers', 'sentences,nonsense', p]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--layers: unknown layer\(s\) nonsense/);
});

test('an item over the time budget is stopped and named; the run ends with exit 1', () => {
  const a = file('slow-a.txt', story('Monday')), b = file('slow-b.txt', story('Friday'));
  const r = cli(['analyze', '--format', 'jsonl', '--timeout', '0.001', a, b]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /slow-a\.txt: stopped after [\d.]+ s \(time budget per item: 0\.001 s, --timeout\)/);
  assert.match(r.stderr, /slow-b\.txt: stopped after/);
  assert.match(r.stderr, /0 item\(s\) analysed, 2 failed/);
});

test('an item over --max-size is refused with a message; a truncated feed says so', () => {
  const big = file('big.txt', story('Monday').repeat(20_000));
  const r = cli(['analyze', '--format', 'jsonl', '--max-size', '0.5', big]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /big\.txt: 1\.\d MB, over the limit of 512 KB per item \(--max-size\)/);
  const feed = file('cut.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>G</title><item><title>A</title><description>${story('Monday')}</description></item><item><title>B</title><description>The cou`);
  const f = cli(['analyze', '--format', 'jsonl', feed]);
  assert.equal(f.status, 1);
  assert.equal(f.stdout.trim().split('\n').length, 1);
  assert.match(f.stderr, /cut\.rss#2: entry cut off \(the feed ends without <\/rss>: truncated or malformed\)/);
});

test('streamed JSON: one object for one item, an array for several (a read error is no item), pretty elements indented; JSONL the same documents', () => {
  const a = file('shape-a.txt', story('Monday')), b = file('shape-b.txt', story('Friday')), missing = join(dir, 'shape-missing.txt');
  const single = (p: string) => { const r = cli(['analyze', '--format', 'json', p]); assert.equal(r.status, 0, r.stderr); return r.stdout; };
  const sa = single(a), sb = single(b);
  assert.ok(sa.endsWith('}\n') && sa.startsWith('{"$schema"'));
  const one = cli(['analyze', '--format', 'json', a, missing]);
  assert.equal(one.status, 1);
  assert.match(one.stderr, /shape-missing\.txt: no such file/);
  assert.equal(one.stdout, sa);
  const two = cli(['analyze', '--format', 'json', a, missing, b]);
  assert.equal(two.status, 1);
  assert.equal(two.stdout, `[${sa.trimEnd()},${sb.trimEnd()}]\n`);
  const pretty = cli(['analyze', '--format', 'json', '--pretty', a, b]).stdout;
  const indented = (s: string) => JSON.stringify(JSON.parse(s), null, 2).replace(/^/gm, '  ');
  assert.equal(pretty, `[\n${indented(sa)},\n${indented(sb)}\n]\n`);
  const lines = cli(['analyze', '--format', 'jsonl', a, missing, b]).stdout;
  assert.equal(lines, sa + sb);
});
