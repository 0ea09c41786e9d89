import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../model/doc.js';
import type { Annotation } from '../../../model/types.js';
import { buildPipeline, type Pipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { posOnlyStage } from '../test-helpers.js';
import { timexStage } from './index.js';

let pipeline: Promise<Pipeline> | undefined;
async function timexesOf(text: string, dct?: string) {
  pipeline ??= buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, posOnlyStage, timexStage]);
  const doc = (await pipeline).run(createDoc(text, dct ? { publishedAt: dct } : {}));
  return { doc, timexes: (doc.layers.timexes ?? []) as readonly Annotation[] };
}

/** [sentence(s), DCT, expected timexes as [text, value, type?, occurrence?]] */
type Case = [string, string, [string, string, string?][]];

// Sentences written for these tests. DCT 2025-09-03 is a Wednesday.
const cases: Case[] = [
  ['The ministers met in Geneva on Wednesday to discuss the ceasefire.', '2025-09-03', [['Wednesday', '2025-09-03', 'DATE']]],
  ['The two leaders will meet again on Friday in Vienna.', '2025-09-03', [['Friday', '2025-09-05', 'DATE']]],
  ['The council voted last Friday to delay the budget.', '2025-09-03', [['last Friday', '2025-08-29', 'DATE']]],
  ['In June 2024, the two governments signed a trade pact. Two months later, the first shipments arrived.', '2025-09-03',
    [['June 2024', '2024-06', 'DATE'], ['Two months later', '2024-08', 'DATE']]],
  ['Police reported the arrest of three suspects in April.', '2025-09-03', [['April', '2025-04', 'DATE']]],
  ['Elections are due to be held in November.', '2025-09-03', [['November', '2025-11', 'DATE']]],
  ['The company posted a loss yesterday, its first since 2019.', '2025-09-03', [['yesterday', '2025-09-02', 'DATE'], ['2019', '2019', 'DATE']]],
  ['Prices rose sharply last year and are expected to fall next year.', '2025-09-03', [['last year', '2024', 'DATE'], ['next year', '2026', 'DATE']]],
  ['The strike began three weeks ago and has lasted 21 days.', '2025-09-03', [['three weeks ago', '2025-W33', 'DATE'], ['21 days', 'P21D', 'DURATION']]],
  ['Unemployment has fallen over the past two years, the agency said.', '2025-09-03', [['the past two years', 'P2Y', 'DURATION']]],
  ['The factory reported third-quarter revenue of $4 million.', '2025-10-20', [['third-quarter', '2025-Q3', 'DATE']]],
  ['Sales in the third quarter of 2023 were flat.', '2025-09-03', [['the third quarter of 2023', '2023-Q3', 'DATE']]],
  ['The vote is scheduled for Sept. 30, 2025, at 3 p.m.', '2025-09-03', [['Sept. 30, 2025', '2025-09-30', 'DATE'], ['3 p.m.', '2025-09-30T15:00', 'TIME']]],
  ['The treaty was signed on 12 March 1998 in Oslo.', '2025-09-03', [['12 March 1998', '1998-03-12', 'DATE']]],
  ['Officials now say the talks will resume soon.', '2025-09-03', [['now', 'PRESENT_REF', 'DATE'], ['soon', 'FUTURE_REF', 'DATE']]],
  ['The region has recently seen heavy rainfall.', '2025-09-03', [['recently', 'PAST_REF', 'DATE']]],
  ['The committee meets every week and publishes a report annually.', '2025-09-03', [['every week', 'P1W', 'SET'], ['annually', 'P1Y', 'SET']]],
  ['Many veterans of World War II attended the ceremony.', '2025-09-03', [['World War II', '1939/1945', 'DATE']]],
  ['The parade marked the 80th anniversary of the end of World War II.', '2025-09-03', [['80th anniversary', '2025', 'DATE'], ['World War II', '1939/1945', 'DATE']]],
  ['The storm hit the coast on Monday. The next day, rescue teams reached the villages.', '2025-09-03', [['Monday', '2025-09-01', 'DATE'], ['The next day', '2025-09-02', 'DATE']]],
  ['Inflation peaked in the 1970s and again in the early 1980s.', '2025-09-03', [['the 1970s', '197', 'DATE'], ['the early 1980s', '198', 'DATE']]],
  ['The bridge will be closed until late November.', '2025-09-03', [['late November', '2025-11', 'DATE']]],
  ['The ministry said it expects a decision early next year.', '2025-09-03', [['early next year', '2026', 'DATE']]],
  ['Rescuers worked through the night and reached the miners this morning.', '2025-09-03', [['the night', '2025-09-03TNI', 'TIME'], ['this morning', '2025-09-03TMO', 'TIME']]],
  ['The market closed at noon on Friday because of the holiday.', '2025-09-05', [['noon', '2025-09-05T12:00', 'TIME'], ['Friday', '2025-09-05', 'DATE']]],
  ['The flights were suspended for nearly six months in 2020.', '2025-09-03', [['nearly six months', 'P6M', 'DURATION'], ['2020', '2020', 'DATE']]],
  ['He was released last November after a long trial.', '2025-09-03', [['last November', '2024-11', 'DATE']]],
  ['The fund was created in the summer of 2019.', '2025-09-03', [['the summer of 2019', '2019-SU', 'DATE']]],
  ['Turnout was higher this year than a decade ago.', '2025-09-03', [['this year', '2025', 'DATE'], ['a decade ago', '2015', 'DATE']]],
  ['The results were published on 2024-06-03 by the agency.', '2025-09-03', [['2024-06-03', '2024-06-03', 'DATE']]],
  ['The convoy left at 4 in the morning on Tuesday.', '2025-09-03', [['4 in the morning', '2025-09-02T04:00', 'TIME'], ['Tuesday', '2025-09-02', 'DATE']]],
  ['Voters will go to the polls on Election Day.', '2024-10-20', [['Election Day', '2024-11-05', 'DATE']]],
  ['The bank earned $12 million in the third quarter, up from $9 million a year ago. In the 2024 period, costs were higher.', '2025-10-28',
    [['the third quarter', '2025-Q3', 'DATE'], ['a year ago', '2024-Q3', 'DATE'], ['the 2024 period', '2024-Q3', 'DATE']]],
  ['Talks collapsed in early 2019 and resumed in mid-2021.', '2025-09-03', [['early 2019', '2019', 'DATE'], ['mid-2021', '2021', 'DATE']]],
  ['The ban will stay in place for 2 1/2 years.', '2025-09-03', [['2 1/2 years', 'P2Y6M', 'DURATION']]],
  ['The scheme has been on trial since May and usage has grown.', '2025-03-01', [['May', '2024-05', 'DATE']]],
  ['The game had sold more than a million copies by year end.', '2025-03-01', [['year end', '2024', 'DATE']]],
  ['The plant closed last fall and reopened this spring.', '2025-09-03', [['last fall', '2024-FA', 'DATE'], ['this spring', '2025-SP', 'DATE']]],
  // In January the coming spring is this year's: the current season is the winter that began in December.
  ['Crews will start the repairs in the spring.', '2026-01-22', [['the spring', '2026-SP', 'DATE']]],
  ['Profits fell in the first half of next year, the firm warned.', '2025-09-03', [['the first half of next year', '2026-H1', 'DATE']]],
];

for (const [text, dct, expected] of cases) {
  test(`timex: ${text}`, async () => {
    const { timexes } = await timexesOf(text, dct);
    const got = timexes.map((t) => [t.text, t.attrs.value, t.label]);
    assert.equal(timexes.length, expected.length, `found ${JSON.stringify(got)}`);
    let from = 0;
    for (let i = 0; i < expected.length; i++) {
      const [etext, evalue, etype] = expected[i];
      const start = text.indexOf(etext, from);
      assert.ok(start >= 0, `fixture: "${etext}" not in text`);
      const t = timexes[i];
      assert.equal(t.start, start, `start of "${etext}" (got ${JSON.stringify(got)})`);
      assert.equal(t.end, start + etext.length, `end of "${etext}"`);
      assert.equal(text.slice(t.start, t.end), etext);
      assert.equal(t.attrs.value, evalue, `value of "${etext}": ${t.attrs.reason}`);
      if (etype) assert.equal(t.label, etype);
      from = start + etext.length;
    }
  });
}

test('timex: an anaphoric expression records its anchor; a deictic one the DCT', async () => {
  const { timexes } = await timexesOf('In June 2024, the treaty was signed. Two months later, troops crossed the border on Wednesday.', '2025-09-03');
  const [june, later, wed] = timexes;
  assert.equal(later.attrs.anchor, june.id);
  assert.match(String(later.attrs.reason), new RegExp(`relative to ${june.id}`));
  assert.equal(wed.attrs.anchor, 'dct');
  assert.deepEqual(june.attrs.stated, ['year', 'month']);
  assert.deepEqual(june.attrs.inferred, []);
});

test('timex: a month without a year says the year was inferred', async () => {
  const { timexes } = await timexesOf('Troops were withdrawn in April.', '2025-09-03');
  assert.deepEqual(timexes[0].attrs.stated, ['month']);
  assert.deepEqual(timexes[0].attrs.inferred, ['year']);
  assert.equal(timexes[0].attrs.anchor, 'dct');
});

test('timex: without a DCT relative values stay unresolved and a message is raised', async () => {
  const { doc, timexes } = await timexesOf('The talks collapsed yesterday, and a new round starts in May 2026.');
  assert.equal(timexes[0].attrs.value, 'XXXX-XX-XX');
  assert.equal(timexes[0].attrs.anchor, null);
  assert.equal(timexes[1].attrs.value, '2026-05');
  assert.ok(doc.messages.some((m) => m.rule === 'timex/no-dct'));
});

test('timex: modifiers are recorded', async () => {
  const { timexes } = await timexesOf('Talks collapsed in early 2019 and resumed in mid-2021, before the end of the year.', '2025-09-03');
  assert.deepEqual(timexes.map((t) => t.attrs.mod), ['START', 'MID', 'END']);
});

test('timex: the tense of the clause picks past or future for a month', async () => {
  const past = await timexesOf('The company cut 300 jobs in February.', '2025-09-03');
  const fut = await timexesOf('The company will cut 300 jobs in February.', '2025-09-03');
  assert.equal(past.timexes[0].attrs.value, '2025-02');
  assert.equal(fut.timexes[0].attrs.value, '2026-02');
});

test('timex: with a dep layer, the tense comes from the governing verb', async () => {
  const text = 'In April, officials said, the army will withdraw.';
  // Token heads by index: In→April, April→withdraw, officials→said, said→withdraw, the→army, army→withdraw, will→withdraw.
  const heads = [1, 9, 1, 4, 9, 4, 7, 9, 9, null, 9];
  const depStage = {
    name: 'fixture-dep', version: '0', requires: ['tokens'], assigns: ['dep'],
    run(doc: import('../../../model/types.js').Doc, ctx: import('../../stage.js').StageContext) {
      const toks = doc.layers.tokens ?? [];
      return toks.map((t, i) => ({ id: ctx.newId('d'), layer: 'dep', start: t.start, end: t.end, text: t.text, label: 'dep',
        attrs: { token: t.id, head: heads[i] === null || heads[i] === undefined ? null : toks[heads[i]!].id } }));
    },
  };
  const withDep = await buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, posOnlyStage, depStage, timexStage]);
  const doc = withDep.run(createDoc(text, { publishedAt: '2025-09-03' }));
  const toks = (doc.layers.tokens ?? []).map((t) => t.text);
  assert.deepEqual(toks, ['In', 'April', ',', 'officials', 'said', ',', 'the', 'army', 'will', 'withdraw', '.'].slice(0, toks.length), 'fixture tokenisation');
  const tx = doc.layers.timexes![0];
  assert.equal(tx.attrs.tense, 'FUTURE');
  assert.equal(tx.attrs.value, '2026-04');
});
