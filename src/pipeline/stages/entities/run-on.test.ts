// Tagger spans cut at ordinary lower-case words (./run-on.ts), on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spaceTokens } from './test-helpers.js';
import type { TagSpan } from './title-spans.js';
import { cutRunOnSpans } from './run-on.js';

/** Tokens of a space-separated sentence, with their character spans. */
/** Words news mostly writes in lower case, for these sentences. */
const common = (w: string) => ['Web', 'Poet'].includes(w);

interface Case { name: string; sentence: string; spans: TagSpan[]; want: [string, string][] }
const cases: Case[] = [
  { name: 'a verb after the name leaves the span', sentence: 'The Larkfield Courier observed that the vote was close',
    spans: [{ start: 1, end: 4, type: 'ORG' }], want: [['Larkfield Courier', 'ORG']] },
  { name: '"etc." after an acronym leaves the span', sentence: 'outlets like the BBC etc. ran it',
    spans: [{ start: 3, end: 5, type: 'ORG' }], want: [['BBC', 'ORG']] },
  { name: 'a place after "in" becomes a name of its own', sentence: 'they played at Varno Stadium in Kestrel last night',
    spans: [{ start: 3, end: 7, type: 'ORG' }], want: [['Varno Stadium', 'ORG'], ['Kestrel', 'ORG']] },
  { name: 'a connector left at the end of a piece goes', sentence: 'he wrote to the Academy and instead published it',
    spans: [{ start: 4, end: 8, type: 'ORG' }], want: [['Academy', 'ORG']] },
  { name: 'a one-word piece news writes in lower case is dropped', sentence: 'Web search engines including Quarrly were slow',
    spans: [{ start: 0, end: 5, type: 'LOC' }], want: [['Quarrly', 'LOC']] },
  { name: 'a greeting in front of a name goes', sentence: "they say ' Hey Tobin , my name is Ana '",
    spans: [{ start: 3, end: 5, type: 'PER' }], want: [['Tobin', 'PER']] },
  { name: 'a hyphen left at the end of a piece goes', sentence: 'a Meridian Trust - owned hotel',
    spans: [{ start: 1, end: 6, type: 'ORG' }], want: [['Meridian Trust', 'ORG']] },
];

for (const c of cases) {
  test(`run-on spans: ${c.name}`, () => {
    const t = spaceTokens(c.sentence);
    const got = cutRunOnSpans(t, c.spans, common);
    assert.deepEqual(got.map((s) => [c.sentence.slice(t[s.start].start, t[s.end - 1].end), s.type]), c.want);
    for (const s of got) assert.ok(s.start >= 0 && s.end <= t.length && s.start < s.end);
  });
}
