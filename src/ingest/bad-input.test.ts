import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InputError } from '../model/errors.js';
import { extractHtml, MAX_HTML_CHARS } from './html.js';
import { ingestArticle, readArticles } from './index.js';

const para = '<p>The water board said on Friday that repairs to the main pipe under the market square would take until the end of the month.</p>';

test('truncated HTML: the text before the cut is extracted', () => {
  const html = `<html><head><title>Pipe repairs</title></head><body><article>${para}${para}<p>Traders on the square said the work had cut their sales by half, and asked the town for comp`;
  const r = extractHtml(html);
  assert.match(r.text, /^The water board said on Friday/);
  assert.match(r.text, /asked the town for comp$/);
});

test('malformed HTML: unclosed and mis-nested tags do not lose text', () => {
  const html = `<body><div><p>First paragraph of the report about the pipe repairs under the square, which started on Monday.<p>Second paragraph <b><i>with mis-nested</b></i> markup that continues for a while so it counts.</div></span></body>`;
  const r = extractHtml(html);
  assert.ok(r.text.includes('First paragraph of the report'));
  assert.ok(r.text.includes('with mis-nested markup'));
});

test('a 50 MB page is cut before parsing and says so', () => {
  const filler = '<div class="row"><p>' + 'word '.repeat(40) + '</p></div>\n';
  const big = `<html><body><article>${para}${filler.repeat(Math.ceil(50_000_000 / filler.length))}</article></body></html>`;
  assert.ok(big.length >= 50_000_000);
  const r = extractHtml(big);
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0].message, new RegExp(`cut to the first ${MAX_HTML_CHARS}`));
  assert.ok(r.text.startsWith('The water board said'));
});

test('binary junk is refused with an InputError', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bad-'));
  try {
    const p = join(dir, 'junk.html');
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(p, bytes);
    await assert.rejects(readArticles(p), (e: unknown) => e instanceof InputError && /binary/.test(e.message));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('a page with no article gives empty text, not a crash', () => {
  const html = '<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav><footer>© 2024 Example</footer></body></html>';
  const r = extractHtml(html);
  assert.equal(r.text, '');
  assert.equal(r.method, 'none');
});

test('a directory with one bad file: the bad file is an item with an error note, the rest are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-dir-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'The ferry trial starts in May, the harbour board said on Wednesday.');
    writeFileSync(join(dir, 'b.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 9, 0]));
    writeFileSync(join(dir, 'c.jsonl'), '{"text":"Good record about the town budget vote."}\n{not json\n');
    const items = await readArticles(dir);
    assert.equal(items.length, 4);
    assert.match(ingestArticle(items[0]).text, /^The ferry trial/);
    assert.equal(items[1].notes?.[0].severity, 'error');
    assert.match(ingestArticle(items[2]).text, /^Good record/);
    assert.equal(items[3].notes?.[0].rule, 'ingest/bad-record');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('URL input is fetched (loopback server), decoded and extracted', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/missing') { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<html lang="en"><head><title>Pipe repairs</title></head><body><article>${para}${para}</article></body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const [a] = await readArticles(`${base}/story`);
    const r = ingestArticle(a);
    assert.equal(r.meta.url, `${base}/story`);
    assert.match(r.text, /^The water board said/);
    await assert.rejects(readArticles(`${base}/missing`), (e: unknown) => e instanceof InputError && /HTTP 404/.test(e.message));
  } finally { server.close(); }
});

test('100,000 unclosed nested elements: no stack overflow, text kept', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}${para}${para}</body></html>`;
  const r = extractHtml(html);
  assert.match(r.text, /The water board said on Friday/);
});
