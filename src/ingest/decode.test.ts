import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, declaredCharset, repairMojibake } from './decode.js';
import { InputError } from '../model/errors.js';

const sentence = 'Café owners in Zürich said “prices will rise” — again.';

test('decodeBytes: UTF-8 with and without BOM', () => {
  const utf8 = Buffer.from(sentence, 'utf8');
  assert.equal(decodeBytes(utf8).text, sentence);
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])).text, sentence);
});

test('decodeBytes: UTF-16 LE and BE by BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]);
  assert.deepEqual([decodeBytes(le).text, decodeBytes(le).encoding], [sentence, 'utf-16le']);
  const be = Buffer.from(le.subarray(2)).swap16();
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text, sentence);
});

// Windows-1252 bytes of the sentence: 0x93/0x94 are curly quotes, 0x97 an em dash.
const cp1252 = Buffer.from([...Buffer.from('Caf', 'latin1'), 0xe9, ...Buffer.from(' owners in Z', 'latin1'), 0xfc, ...Buffer.from('rich said ', 'latin1'), 0x93, ...Buffer.from('prices will rise', 'latin1'), 0x94, 0x20, 0x97, ...Buffer.from(' again.', 'latin1')]);

test('decodeBytes: undeclared Windows-1252 is sniffed (invalid UTF-8)', () => {
  const d = decodeBytes(cp1252);
  assert.equal(d.text, sentence);
  assert.equal(d.encoding, 'windows-1252');
});

test('decodeBytes: charset declared in <meta> and in the XML prolog', () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>'), cp1252, Buffer.from('</p></body></html>')]);
  const d = decodeBytes(html);
  assert.equal(d.how, 'declared');
  assert.ok(d.text.includes(sentence));
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')), 'windows-1252');
  assert.equal(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')), 'utf-8');
});

test('repairMojibake: UTF-8 read as Windows-1252 is repaired and counted', () => {
  const broken = 'Cafâ€¦ said â€œyesâ€\u009d â€” MÃ¼ller, StraÃŸe';
  const r = repairMojibake(broken);
  assert.equal(r.text, 'Caf… said “yes” — Müller, Straße');
  assert.equal(r.repaired, 6);
});

test('repairMojibake: clean text is left alone', () => {
  for (const s of [sentence, 'Âge and Ãrea are not words here', 'São Paulo, Ångström, naïve']) assert.deepEqual(repairMojibake(s), { text: s, repaired: 0 });
});

test('decodeBytes: empty and binary input throw InputError', () => {
  assert.throws(() => decodeBytes(new Uint8Array()), InputError);
  assert.throws(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), InputError);
});

test('decodeBytes: an HTTP charset overrides the page declaration', () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), cp1252, Buffer.from('</p></body></html>')]);
  assert.ok(decodeBytes(html, 'page', 'windows-1252').text.includes(sentence));
});
