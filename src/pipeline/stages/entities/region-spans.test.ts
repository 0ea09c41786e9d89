// Place names cut short (./region-spans.ts), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairRegionSpans } from './region-spans.js';
import { spaceTokens } from './test-helpers.js';

const COUNTRIES = new Set(['Russia', 'Chile', 'Norway']);

/** Runs the repair on `sentence` with tagger spans `[first word, word count, type]`; returns `start-end:text/TYPE` per span. */
function repair(sentence: string, spans: [number, number, string][]): string[] {
  const toks = spaceTokens(sentence);
  const out = repairRegionSpans(toks, spans.map(([s, n, type]) => ({ start: s, end: s + n, type })), (w) => COUNTRIES.has(w));
  return out.map((s) => { const a = toks[s.start].start, b = toks[s.end - 1].end; return `${a}-${b}:${sentence.slice(a, b)}/${s.type}`; });
}

const cases: { name: string; sentence: string; spans: [number, number, string][]; want: string[] }[] = [
  { name: 'a lower-case compass word before a country', sentence: 'wars in southern Russia ended', spans: [[3, 1, 'LOC']], want: ['8-23:southern Russia/LOC'] },
  { name: 'a capitalised one, and "mainland"', sentence: 'Northern Chile and mainland Norway', spans: [[1, 1, 'LOC'], [4, 1, 'LOC']], want: ['0-14:Northern Chile/LOC', '19-34:mainland Norway/LOC'] },
  { name: 'a feature word the tagger made a name of its own', sentence: 'on Varholm Island today', spans: [[1, 1, 'LOC'], [2, 1, 'PER']], want: ['3-17:Varholm Island/LOC'] },
  { name: 'a feature word after a demonym-like word', sentence: 'across the Kellish Sea now', spans: [[2, 1, 'MISC']], want: ['11-22:Kellish Sea/LOC'] },
];
for (const c of cases) test(`region spans: ${c.name}`, () => assert.deepEqual(repair(c.sentence, c.spans), c.want));
