// Content boundaries (./boundaries.ts) on token ranges given as words, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, tokenAt } from './test-helpers.js';
import { buildTokView, type TokView } from './tokview.js';
import { cutAtNextAttribution, dropSettingRuns, skipListener } from './boundaries.js';

const tok = tokenAt;
const slice = (v: TokView, text: string, [a, b]: [number, number]) => text.slice(v.start[a], v.end[b]);

/** The token range covering the first occurrence of `sub` in `text`. */
function range(v: TokView, text: string, sub: string): [number, number] {
  const at = text.indexOf(sub);
  let a = -1, b = -1;
  for (let i = 0; i < v.n; i++) {
    if (v.start[i] === at) a = i;
    if (v.end[i] === at + sub.length) b = i;
  }
  if (a < 0 || b < 0) throw new Error(`no token range for "${sub}"`);
  return [a, b];
}

// [sentence, cue word, content runs (substrings), the runs wanted]
const settingCases: [string, string, string[], string[]][] = [
  ['After the vote, Ms Lane said the result was fair.', 'said', ['After the vote,', 'the result was fair'], ['the result was fair']],
  ['In a speech on Monday, the mayor said taxes would rise.', 'said', ['In a speech on Monday,', 'taxes would rise'], ['taxes would rise']],
  // Kept: a noun phrase ("Prices") may be the reported clause's subject; a run past a comma may end with one;
  // and with no content after the cue the run is all there is.
  ['Prices, he said, will rise again.', 'said', ['Prices,', 'will rise again'], ['Prices,', 'will rise again']],
  ['Despite the fall, prices, he said, would recover.', 'said', ['Despite the fall, prices,', 'would recover'], ['Despite the fall, prices,', 'would recover']],
  ['After the vote, she said.', 'said', ['After the vote,'], ['After the vote,']],
];
for (const [text, cueWord, runs, want] of settingCases) {
  test(`dropSettingRuns: ${text}`, async () => {
    const v = buildTokView(await analyzeText(text));
    const c = tok(v, text, cueWord);
    const content = runs.map((r) => range(v, text, r));
    assert.deepEqual(dropSettingRuns(v, [c, c], content).map((r) => slice(v, text, r)), want);
  });
}

// [sentence, first word of the run, its last word, the run wanted]
const nextCases: [string, string, string, string][] = [
  ['Some said rents will stall, while others predict a sharp drop.', 'rents', 'drop', 'rents will stall'],
  ['He said the city needed a new approach, which he said was overdue.', 'the', 'overdue', 'the city needed a new approach'],
  ['She said costs had risen, but analysts say the worst is over.', 'costs', 'over', 'costs had risen'],
  ['Experts note that small firms turn to distant partners, a pattern that analysts say is likely to continue.', 'that', 'continue', 'that small firms turn to distant partners'],
  // Kept: a clause without a cue of its own, and a relative clause whose subject is the relative pronoun.
  ['She said costs had risen, while wages had fallen.', 'costs', 'fallen', 'costs had risen, while wages had fallen'],
  ['He said the plan came from the council, which said it was cheaper.', 'the', 'cheaper', 'the plan came from the council, which said it was cheaper'],
];
for (const [text, first, last, want] of nextCases) {
  test(`cutAtNextAttribution: ${want}`, async () => {
    const v = buildTokView(await analyzeText(text));
    const cueTok = new Uint8Array(v.n);
    for (const w of ['said', 'say', 'predict']) for (let i = 0; i < v.n; i++) if (v.lower[i] === w) cueTok[i] = 1;
    const a = tok(v, text, first), b = tok(v, text, last);
    assert.equal(slice(v, text, cutAtNextAttribution(v, cueTok, [a, b])), want);
  });
}

// [sentence, cue word, lemma, the content wanted after the listener rule]
const listenerCases: [string, string, string, string][] = [
  ['Ms Reed told the station\'s morning programme there was no case for revenge.', 'told', 'tell', 'there was no case for revenge'],
  ['He assured investors the company would keep its dividend.', 'assured', 'assure', 'the company would keep its dividend'],
  // Unchanged: an infinitive after the listener, a passive cue, "that" after the listener.
  ['She told reporters to leave the building.', 'told', 'tell', 'reporters to leave the building'],
  ['Pensioners are being promised lower bills by the party.', 'promised', 'promise', 'lower bills by the party'],
  ['He told MPs that the plan would work.', 'told', 'tell', 'MPs that the plan would work'],
];
for (const [text, cueWord, lemma, want] of listenerCases) {
  test(`skipListener: ${text}`, async () => {
    const v = buildTokView(await analyzeText(text));
    const c = tok(v, text, cueWord);
    let e = v.n - 1;
    while (v.shape[e] === 'p') e--;
    const [run] = skipListener(v, c, lemma, [[c + 1, e]]);
    assert.equal(slice(v, text, run), want);
  });
}
