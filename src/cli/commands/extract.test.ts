import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { InputError } from '../../model/errors.js';
import { registerExtract } from './extract.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/ingest/${f}`, import.meta.url));

async function run(args: string[]): Promise<{ out: string; err: string; error?: unknown }> {
  const program = new Command('newsgraph').exitOverride();
  let out = '', err = '';
  registerExtract(program, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  try { await program.parseAsync(['extract', ...args], { from: 'user' }); return { out, err }; } catch (error) { return { out, err, error }; }
}

test('extract: text format prints a metadata header and the article', async () => {
  const { out, error } = await run([fx('news-page.html')]);
  assert.equal(error, undefined);
  assert.match(out, /^Title: Harbour authority approves night ferry trial\n/);
  assert.match(out, /\nPublished: 2024-03-14T08:30:00\+01:00 \(json-ld\)\n/);
  assert.match(out, /\n---\nThe harbour authority voted on Wednesday/);
});

test('extract: json format; a feed with a broken entry reports it on stderr and fails with InputError', async () => {
  const { out, err, error } = await run([fx('feed.rss'), '--format', 'json']);
  const items = JSON.parse(out) as { meta: { title: string }; text: string }[];
  // The broken entry is named on stderr, not printed as an empty article.
  assert.deepEqual(items.map((i) => i.meta.title), ['Library extends weekend opening hours', 'Road works on Mill Street']);
  assert.match(err, /feed\.rss#2: entry "Broken entry without content" has no content/);
  assert.ok(error instanceof InputError);
});

test('extract: a missing file is one clear line and an InputError', async () => {
  const { err, error } = await run(['/nonexistent/page.html']);
  assert.equal(err.trim(), 'newsgraph: /nonexistent/page.html: no such file');
  assert.ok(error instanceof InputError);
});
