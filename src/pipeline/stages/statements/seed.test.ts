// The seed article (../shared/seed): every expected statement and the authorial assertions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SpanRef } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';
import { analyzeText } from './test-helpers.js';

const seedDir = fileURLToPath(new URL('../../../../../shared/seed/', import.meta.url));
const skip = existsSync(seedDir + 'expected.json') ? false : 'needs ../shared/seed/expected.json';

interface Expected { kind: string; source: string; cue: string; content: string; target?: string }
const norm = (s: string) => s.replace(/^that\s+/i, '').replace(/[\s.,;]+$/u, '').trim();

test('seed: all expected statements with speaker, cue, content and kind', { skip }, async () => {
  const text = readFileSync(seedDir + 'article.txt', 'utf8');
  const exp = JSON.parse(readFileSync(seedDir + 'expected.json', 'utf8')) as { statements: Expected[] };
  const doc = await analyzeText(text);
  const sts = layer(doc, 'statements');
  const failures: string[] = [];
  for (const e of exp.statements) {
    const st = sts.find((s) => (s.attrs.cue as SpanRef).text === e.cue && norm((s.attrs.content as SpanRef).text) === norm(e.content));
    if (!st) { failures.push(`missing: ${e.cue} / ${e.content.slice(0, 40)}`); continue; }
    const who = `${(st.attrs.source as SpanRef | null)?.text ?? ''} | ${st.attrs.speakerName ?? ''}`.toLowerCase();
    const src = e.source.toLowerCase();
    const speakerOk = String(st.attrs.speakerName ?? '').toLowerCase().includes(src) ||
      (!['he', 'she'].includes(((st.attrs.source as SpanRef | null)?.text ?? '').toLowerCase()) && who.includes(src));
    if (!speakerOk) failures.push(`speaker of "${e.cue}": want ${e.source}, got ${who}`);
    if (st.label !== e.kind) failures.push(`kind of "${e.cue}": want ${e.kind}, got ${st.label}`);
    if (e.target && (st.attrs.target as SpanRef | undefined)?.text !== e.target) failures.push(`target of "${e.cue}"`);
  }
  assert.deepEqual(failures, []);
});

test('seed: authorial assertions are the outlet\'s voice', { skip }, async () => {
  const text = readFileSync(seedDir + 'article.txt', 'utf8');
  const exp = JSON.parse(readFileSync(seedDir + 'expected.json', 'utf8')) as { authorial_assertions: string[] };
  const doc = await analyzeText(text);
  const voice = layer(doc, 'voice');
  for (const a of exp.authorial_assertions) {
    const s = text.indexOf(a);
    assert.ok(s >= 0);
    for (let i = s; i < s + a.length; i++) {
      if (/\s/.test(text[i])) continue;
      const v = voice.find((x) => x.start <= i && x.end > i);
      assert.equal(v?.label, 'outlet', `char ${i} of "${a}" is ${v?.label ?? 'unvoiced'}`);
    }
  }
});
