// The SemEval-2020 Task 11 measures on hand-made spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SiScore, TcScore, mergeSpans } from './semeval-task11.js';

const sp = (start: number, end: number) => ({ start, end });

test('overlapping spans merge; touching ones do not', () => {
  assert.deepEqual(mergeSpans([sp(5, 10), sp(0, 6), sp(10, 12)]), [sp(0, 10), sp(10, 12)]);
});

test('SI partial-overlap precision and recall', () => {
  const cases: { pred: { start: number; end: number }[]; gold: { start: number; end: number }[]; p: number; r: number }[] = [
    { pred: [sp(0, 10)], gold: [sp(0, 10)], p: 1, r: 1 },
    // Half of the prediction inside a gold span twice its length.
    { pred: [sp(5, 15)], gold: [sp(10, 30)], p: 0.5, r: 0.25 },
    // Two predictions, one a miss; one gold span fully covered, one missed.
    { pred: [sp(0, 4), sp(50, 54)], gold: [sp(0, 4), sp(20, 30)], p: 0.5, r: 0.5 },
    { pred: [], gold: [sp(0, 4)], p: 0, r: 0 },
  ];
  for (const c of cases) {
    const s = new SiScore();
    s.add(c.pred, c.gold);
    assert.deepEqual([s.p, s.r], [c.p, c.r], JSON.stringify(c));
  }
});

test('TC micro-F1 over gold labels, a span with two labels needs both', () => {
  const s = new TcScore();
  s.add(['Doubt'], ['Doubt']);
  s.add(['Loaded_Language', 'Name_Calling,Labeling'], ['Loaded_Language', 'Repetition']);
  s.add(['Slogans'], ['Loaded_Language']);
  assert.equal(s.micro, 2 / 4);
  assert.deepEqual(s.of('Loaded_Language'), { p: 0.5, r: 1, f1: 2 / 3, n: 1 });
});
