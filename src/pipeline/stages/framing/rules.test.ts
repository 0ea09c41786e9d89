// Table-driven tests of the framing rules (sentences written for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../model/types.js';
import { findContested } from './contested.js';
import { findVague } from './vague.js';
import { findScare } from './scare.js';
import { findAdoptionPatterns } from './adoption.js';
import { ToneCounter } from './tone.js';

/** [start, end, sliced text] of each span, for exact comparison. */
const spans = (text: string, xs: { start: number; end: number }[]) => xs.map((x) => [x.start, x.end, text.slice(x.start, x.end)]);
const at = (text: string, s: string): [number, number, string] => { const i = text.indexOf(s); assert.ok(i >= 0, s); return [i, i + s.length, s]; };

test('contested terms and exonyms: term, competing usage, whose usage', () => {
  const cases: { text: string; found: string[]; competes?: string[] }[] = [
    { text: 'The delegation flew in from Kiev on Monday.', found: ['Kiev'], competes: ['Kyiv'] },
    { text: 'Moscow calls it a special military operation against the Kiev regime.', found: ['special military operation', 'Kiev regime'], competes: ['invasion / war', 'the Ukrainian government'] },
    { text: 'Settlers speak of Judea and Samaria; the UN speaks of the West Bank.', found: ['Judea and Samaria'] },
    { text: 'Beijing now writes Xizang in English documents.', found: ['Xizang'] },
    { text: 'Buenos Aires renewed its claim to the Malvinas and the FYROM dispute ended.', found: ['Malvinas', 'FYROM'] },
    { text: 'The goal of denazification was repeated.', found: ['denazification'] },
  ];
  for (const c of cases) {
    const hits = findContested(c.text);
    assert.deepEqual(spans(c.text, hits), c.found.map((f) => at(c.text, f)), c.text);
    if (c.competes) assert.deepEqual(hits.map((h) => h.entry.competesWith), c.competes);
    for (const h of hits) assert.ok(h.entry.usageOf && h.entry.conflict, 'every entry says whose usage and which conflict');
  }
});

test('vague sourcing patterns', () => {
  const cases: { text: string; found: string[] }[] = [
    { text: 'Historians note that the treaty was never ratified.', found: ['Historians note'] },
    { text: 'Experts say the bridge is unsafe, and many believe it will close.', found: ['Experts say', 'many believe'] },
    { text: 'It is widely believed that the vote was rigged.', found: ['It is widely believed'] },
    { text: 'Sources close to the minister denied it.', found: ['Sources close to'] },
    { text: 'The plan, according to some reports, was dropped.', found: ['according to some reports'] },
  ];
  for (const c of cases) assert.deepEqual(spans(c.text, findVague(c.text, [])), c.found.map((f) => at(c.text, f)), c.text);
});

test('vague sourcing from a statement whose source is classed vague', () => {
  const text = 'Analysts at the bank warned of a slowdown.';
  const st = { id: 'st0', layer: 'statements', start: 0, end: text.length, text, attrs: { sourceKind: 'vague', source: { start: 0, end: 20, text: text.slice(0, 20) }, cue: { start: 21, end: 27, text: 'warned' } }, source: 't@1' } as Annotation;
  assert.deepEqual(spans(text, findVague(text, [st])), [[0, 27, 'Analysts at the bank warned']]);
});

test('scare quotes: classed scare, short unattributed, or wrapping a term', () => {
  const text = 'The “cleanup” began. They said “we will stay”. A “special military operation” followed. The “Great Leap”.';
  const q = (s: string, label: string, statement?: string): Annotation => {
    const [start, end] = at(text, s);
    return { id: `q${start}`, layer: 'quotes', start, end, text: s, label, attrs: statement ? { statement } : {}, source: 's@1' };
  };
  const quotes = [q('“cleanup”', 'speech'), q('“we will stay”', 'speech', 'st0'), q('“special military operation”', 'speech', 'st1'), q('“Great Leap”', 'title')];
  const term = at(text, 'special military operation');
  const hits = findScare(text, quotes, (s, e) => s === term[0] && e === term[1]);
  assert.deepEqual(spans(text, hits), [at(text, '“cleanup”'), at(text, '“special military operation”')]);
  assert.deepEqual(hits.map((h) => h.why), ['short-unattributed', 'wraps-term']);
});

test('authorial adoption patterns', () => {
  const cases: { text: string; found: string[] }[] = [
    { text: 'A monument honours the soldiers who were killed while defending Russian territory.', found: ['killed while defending Russian territory'] },
    { text: 'Volunteers who died while defending the dam during the floods were honoured.', found: ['died while defending the dam'] },
    { text: 'The so-called committee met once.', found: ['so-called'] },
    { text: 'Troops liberated Avdiivka, the ministry said.', found: ['liberated Avdiivka'] },
  ];
  for (const c of cases) assert.deepEqual(spans(c.text, findAdoptionPatterns(c.text)), c.found.map((f) => at(c.text, f)), c.text);
});

test('tone: positive minus negative words per 100 words (AFINN-165)', () => {
  const cases: { words: string[]; positive: number; negative: number; tone: number }[] = [
    { words: ['the', 'good', 'plan', 'failed', 'badly', '.'], positive: 1, negative: 2, tone: -20 },
    { words: ['a', 'calm', 'day'], positive: 1, negative: 0, tone: 33.33 },
    { words: [], positive: 0, negative: 0, tone: 0 },
  ];
  for (const c of cases) {
    const t = new ToneCounter();
    for (const w of c.words) t.add(w);
    const r = t.result();
    assert.deepEqual([r.positive, r.negative, r.tone], [c.positive, c.negative, c.tone], c.words.join(' '));
  }
});
