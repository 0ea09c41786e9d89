/**
 * Fixtures shared by the entities stage's rule tests (not published: excluded from the build).
 * @module
 */
import assert from 'node:assert/strict';
import type { NameSpan, NerToken } from './recognise.js';

/** Name spans for `[surface, type]` pairs, found left to right in `text` (UTF-16 offsets, sentence 0). */
export function nameSpans(text: string, list: [string, string][]): NameSpan[] {
  let from = 0;
  return list.map(([s, type]) => {
    const start = text.indexOf(s, from);
    assert.ok(start >= 0, s);
    from = start + s.length;
    return { start, end: start + s.length, type, sentence: 0 };
  });
}

/** Tokens of a sentence split at single spaces, with their offsets. */
export function spaceTokens(sentence: string): NerToken[] {
  const out: NerToken[] = [];
  let at = 0;
  for (const w of sentence.split(' ')) { out.push({ start: at, end: at + w.length, text: w }); at += w.length + 1; }
  return out;
}
