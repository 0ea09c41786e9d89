// Names joined by a glued dash (./recognise.ts joinDashedSpans), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NerToken } from './recognise.js';
import { joinDashedSpans } from './recognise.js';

/** Tokens at word boundaries and around dashes, with UTF-16 offsets ("A–B" gives three glued tokens). */
function dashTokens(sentence: string): NerToken[] {
  const out: NerToken[] = [];
  for (const m of sentence.matchAll(/[–—]|[^\s–—]+/g)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}

/** Runs the join; returns `start-end:text/TYPE` per span. */
function join(sentence: string, spans: [number, number, string][]): string[] {
  const toks = dashTokens(sentence);
  return joinDashedSpans(toks, spans.map(([s, e, type]) => ({ start: s, end: e, type })))
    .map((s) => { const a = toks[s.start].start, b = toks[s.end - 1].end; return `${a}-${b}:${sentence.slice(a, b)}/${s.type}`; });
}

test('dashed spans: an adjective and an organisation glued by a dash are one organisation', () => {
  // the(0) Forum(1) on(2) Veltran(3) –(4) Orish(5) Relations(6) said(7)
  assert.deepEqual(join('the Forum on Veltran–Orish Relations said', [[1, 2, 'ORG'], [3, 4, 'MISC'], [5, 7, 'ORG']]),
    ['4-9:Forum/ORG', '13-36:Veltran–Orish Relations/ORG']);
});

test('dashed spans (negative): two places, a spaced dash, and a dash between digits stay apart', () => {
  assert.deepEqual(join('Ostara–Velm trains', [[0, 1, 'LOC'], [2, 3, 'LOC']]), ['0-6:Ostara/LOC', '7-11:Velm/LOC']);
  assert.deepEqual(join('Tarn Guild – Orish Union', [[0, 2, 'ORG'], [3, 5, 'ORG']]), ['0-10:Tarn Guild/ORG', '13-24:Orish Union/ORG']);
});
