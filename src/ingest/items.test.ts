import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readItems, jsonItems, type InputItem } from './items.js';
import { ingestArticle } from './index.js';

async function collect(paths: string[], limits = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readItems(paths, limits)) out.push(i);
  return out;
}
const errors = (items: InputItem[]) => items.flatMap((i) => ('error' in i ? [i.error.message] : []));
const texts = (items: InputItem[]) => items.flatMap((i) => ('article' in i ? [ingestArticle(i.article).text] : []));
const story = (s: string) => `The council voted on ${s} to extend the ferry trial, the harbour board said.`;

function withDir(f: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-items-'));
    try { await f(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
}

test('a JSON array is analysed element by element: each bad element named with file:line [index] and a reason', withDir(async (dir) => {
  const p = join(dir, 'batch.json');
  writeFileSync(p, `[\n  {"text": "${story('Monday')}"},\n  {"title": "no text here"},\n  {"text": "broken "quote"},\n  42,\n  {"text": ""},\n  {"html": "<p>${story('Friday')}</p>"}\n]\n`);
  const items = await collect([p]);
  assert.equal(items.length, 6);
  assert.deepEqual(texts(items), [story('Monday'), story('Friday')]);
  const errs = errors(items);
  assert.equal(errs.length, 4);
  assert.match(errs[0], /batch\.json:3 \[1\]: expected a "text" or "html" field/);
  assert.match(errs[1], /batch\.json:4 \[2\]: invalid JSON/);
  assert.match(errs[2], /batch\.json:5 \[3\]: expected an object/);
  assert.match(errs[3], /batch\.json:6 \[4\]: the "text" field is empty/);
}));

test('a truncated JSON array: the complete elements are kept, the cut one is named', () => {
  const items = [...jsonItems(`[{"text": "${story('Monday')}"}, {"text": "cut off in the mid`, 'x.json')];
  assert.equal(items.length, 2);
  assert.ok('article' in items[0]);
  assert.match(errors(items)[0], /^x\.json:1 \[1\]: a string is not closed before the end of the file/);
  assert.match(errors([...jsonItems('[{"text": "a b c d"} {"text": "e"}]', 'y.json')])[0], /y\.json:1 \[0\]: invalid JSON/);
});

test('a stray closing brace where an element should start is named once and skipped (the reader always moves on)', { timeout: 10_000 }, () => {
  const cases: [string, number, RegExp][] = [
    [`[{"text": "${story('Monday')}"}}, {"text": "${story('Friday')}"}]`, 2, /^z\.json:1 \[1\]: unexpected "}" where an element should start/],
    [`[}}, {"text": "${story('Friday')}"}]`, 1, /^z\.json:1 \[0\]: unexpected "}"/],
    [`[{"text": "${story('Monday')}"},, {"text": "${story('Friday')}"}]`, 2, /^z\.json:1 \[1\]: empty element \(two commas in a row\?\)/],
  ];
  for (const [json, good, first] of cases) {
    const items = [...jsonItems(json, 'z.json')];
    assert.equal(texts(items).length, good, json);
    assert.match(errors(items)[0], first, json);
    assert.ok(items.length <= json.length, 'one item per character at most: no endless loop');
  }
});

test('an item error is one line even when the parser quotes the input\'s line breaks', () => {
  for (const [json, name] of [['\n\n«', 'q.json'], ['[\n{"text": "a"},\n{\n\n«\n}\n]', 'r.json']] as const) {
    const errs = errors([...jsonItems(json, name)]);
    assert.ok(errs.length >= 1, json);
    for (const e of errs) assert.doesNotMatch(e, /[\r\n]/, e);
  }
  assert.match(errors([...jsonItems('\n\n«', 'q.json')])[0], /^q\.json: invalid JSON/);
});

test('JSONL: good lines analysed, broken, non-JSON and text-less lines named by file:line', withDir(async (dir) => {
  const p = join(dir, 'feed.jsonl');
  writeFileSync(p, `{"text": "${story('Monday')}"}\n{"text": "unterminated\nnot json at all\n\n{"title": "no text"}\n{"text": "${story('Friday')}"}`);
  const items = await collect([p]);
  assert.deepEqual(texts(items), [story('Monday'), story('Friday')]);
  const errs = errors(items);
  assert.deepEqual(errs.map((e) => e.split(': ')[0]), [`${p}:2`, `${p}:3`, `${p}:5`]);
  assert.match(errs[2], /expected a "text" or "html" field/);
}));

test('size limit per item: a file over it is one error, the rest continue; a JSONL line over it too', withDir(async (dir) => {
  const big = join(dir, 'big.txt'), small = join(dir, 'small.txt'), lines = join(dir, 'l.jsonl');
  writeFileSync(big, story('Monday').repeat(200));
  writeFileSync(small, story('Tuesday'));
  writeFileSync(lines, `{"text": "${story('Monday').repeat(100)}"}\n{"text": "${story('Friday')}"}\n`);
  const items = await collect([big, small, lines], { maxItemBytes: 4096 });
  assert.deepEqual(texts(items), [story('Tuesday'), story('Friday')]);
  const errs = errors(items);
  assert.match(errs[0], /big\.txt: 15\.\d KB, over the limit of 4 KB per item \(--max-size\)/);
  assert.match(errs[1], /l\.jsonl:1: more than over the limit|l\.jsonl:1: .*over the limit of 4 KB/);
}));

test('directory walk: a FIFO, a socket-like special file and a symlink loop are skipped with one error each; files are read', withDir(async (dir) => {
  writeFileSync(join(dir, 'a.txt'), story('Monday'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'b.txt'), story('Friday'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const items = await collect([dir]);
  assert.deepEqual(texts(items), [story('Monday'), story('Friday')]);
  const errs = errors(items).join('\n');
  assert.match(errs, /pipe\.txt: skipped: a named pipe \(FIFO\), not a file/);
  assert.match(errs, /dangling\.txt: skipped: a broken symbolic link/);
  assert.match(errs, /loop: skipped: a symbolic link back to a directory already read/);
  assert.equal(errors(items).length, 3);
}));

test('an unreadable file in a directory is named, the others are read', { skip: process.getuid?.() === 0 ? 'running as root: permissions are not enforced' : false }, withDir(async (dir) => {
  writeFileSync(join(dir, 'a.txt'), story('Monday'));
  writeFileSync(join(dir, 'b.txt'), story('Friday'));
  chmodSync(join(dir, 'a.txt'), 0);
  const items = await collect([dir]);
  assert.deepEqual(texts(items), [story('Friday')]);
  assert.match(errors(items)[0], /a\.txt: permission denied/);
}));

test('a feed cut off mid-item: the complete items are read, the cut one is named as truncated', withDir(async (dir) => {
  const item = (t: string) => `<item><title>${t}</title><description>${story(t)}</description></item>`;
  const p = join(dir, 'cut.rss');
  writeFileSync(p, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>${item('Monday')}${item('Tuesday')}<item><title>Wednesday</title><description>The council vo`);
  const items = await collect([p]);
  assert.deepEqual(texts(items), [story('Monday'), story('Tuesday')]);
  assert.match(errors(items)[0], /cut\.rss#3: entry cut off \(the feed ends without <\/rss>: truncated or malformed\)/);
  const whole = join(dir, 'whole.rss');
  writeFileSync(whole, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>${item('Monday')}</channel></rss>\n<!-- cached -->\n`);
  assert.deepEqual(errors(await collect([whole])), []);
  const noEnd = join(dir, 'noend.rss');
  writeFileSync(noEnd, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>${item('Monday')}</chan`);
  const r = await collect([noEnd]);
  assert.deepEqual(texts(r), [story('Monday')]);
  assert.match(errors(r)[0], /noend\.rss: the feed ends without <\/rss> \(truncated or malformed\); 1 complete entry read/);
}));
