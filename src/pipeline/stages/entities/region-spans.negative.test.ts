// Negative cases for ./region-spans.ts: no region without a country, no feature word after a person or an organisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairRegionSpans } from './region-spans.js';
import { spaceTokens } from './test-helpers.js';

const cases: { name: string; sentence: string; spans: [number, number, string][] }[] = [
  { name: 'a compass word before a city (not a country)', sentence: 'in southern Oslo today', spans: [[2, 1, 'LOC']] },
  { name: 'a compass word already in another span', sentence: 'Northern Russia', spans: [[0, 1, 'ORG'], [1, 1, 'LOC']] },
  { name: 'a person before a feature word', sentence: 'Ana Lake said', spans: [[0, 1, 'PER']] },
  { name: 'an organisation before a feature word', sentence: 'Volmar River Cruises said', spans: [[0, 1, 'ORG']] },
  { name: 'a feature word in lower case', sentence: 'on Varholm island today', spans: [[1, 1, 'LOC']] },
];
for (const c of cases) {
  test(`region spans, left alone: ${c.name}`, () => {
    const toks = spaceTokens(c.sentence);
    const spans = c.spans.map(([s, n, type]) => ({ start: s, end: s + n, type }));
    const before = JSON.stringify(spans);
    assert.equal(JSON.stringify(repairRegionSpans(toks, spans, (w) => w === 'Russia')), before);
  });
}
