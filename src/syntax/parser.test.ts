import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexicon } from './lexical.js';
import { Move, N_MOVES, ParseState, finishTree, moveCosts } from './parser.js';

const lexicon = new Lexicon();

/**
 * Follows the cheapest move at every step, then attaches the root as the parser does;
 * on a projective tree this must rebuild the tree exactly.
 */
function oracleParse(words: string[], heads: number[]): number[] {
  const st = new ParseState();
  st.init(words.map((w) => lexicon.get(w)), new Int32Array(words.length), new Int32Array(1));
  const gh = Int32Array.from([-1, ...heads]);
  const costs = new Float64Array(N_MOVES);
  let steps = 0;
  while (st.b <= st.n) {
    moveCosts(st, gh, costs);
    let m = 0;
    for (let k = 1; k < N_MOVES; k++) if (costs[k] < costs[m]) m = k;
    assert.equal(costs[m], 0, `a zero-cost move exists at step ${steps}`);
    st.apply(m as Move, 0);
    assert.ok(++steps < 4 * words.length + 4, 'terminates');
  }
  finishTree(st, { rootLabel: 0, label: () => 1 });
  return Array.from(st.head.subarray(1, words.length + 1));
}

const cases: { name: string; words: string[]; heads: number[] }[] = [
  { name: 'subject, object, prepositional attachment',
    words: ['Beijing', 'accuses', 'the', 'authorities', 'in', 'Manila', 'of', 'provoking', 'a', 'clash', '.'],
    heads: [2, 0, 4, 2, 6, 4, 8, 2, 10, 8, 2] },
  { name: 'root late in the sentence',
    words: ['Late', 'on', 'Tuesday', ',', 'the', 'council', 'voted', '.'],
    heads: [7, 3, 1, 7, 6, 7, 0, 7] },
  { name: 'single word', words: ['Yes'], heads: [0] },
];

for (const c of cases) {
  test(`dynamic oracle rebuilds a projective tree: ${c.name}`, () => {
    assert.deepEqual(oracleParse(c.words, c.heads), c.heads);
  });
}

test('oracle charges a SHIFT that strands a dependent on the stack', () => {
  const st = new ParseState();
  const words = ['Ministers', 'resigned'];
  st.init(words.map((w) => lexicon.get(w)), new Int32Array(2), new Int32Array(1));
  const gh = Int32Array.from([-1, 2, 0]);
  const costs = new Float64Array(N_MOVES);
  st.apply(Move.Shift, -1); // stack: ROOT Ministers; buffer: resigned
  moveCosts(st, gh, costs);
  assert.equal(costs[Move.Left], 0);
  assert.equal(costs[Move.Shift], 1, 'shifting "resigned" loses resigned → Ministers (ROOT → resigned comes at the end)');
  assert.equal(costs[Move.Reduce], Infinity, 'REDUCE is invalid for a headless word');
});

test('ROOT takes its dependent only after the last word', () => {
  const st = new ParseState();
  st.init(['Rain', 'fell'].map((w) => lexicon.get(w)), new Int32Array(2), new Int32Array(1));
  assert.equal(st.valid(Move.Right), false, 'no RIGHT from ROOT');
  assert.equal(st.valid(Move.Left), false);
  st.apply(Move.Shift, -1);
  st.apply(Move.Left, 0); // Rain ← fell
  st.apply(Move.Shift, -1);
  assert.ok(st.b > st.n, 'buffer empty');
  finishTree(st, { rootLabel: 7, label: () => 1 });
  assert.deepEqual(Array.from(st.head.subarray(1, 3)), [2, 0]);
  assert.equal(st.label[2], 7);
});

test('oracle charges a LEFT that gives the gold root word a head', () => {
  const st = new ParseState();
  st.init(['Rain', 'fell'].map((w) => lexicon.get(w)), new Int32Array(2), new Int32Array(1));
  const gh = Int32Array.from([-1, 0, 1]); // Rain is the root, fell its dependent
  const costs = new Float64Array(N_MOVES);
  st.apply(Move.Shift, -1);
  moveCosts(st, gh, costs);
  assert.equal(costs[Move.Left], 2, 'Rain ← fell loses ROOT → Rain and Rain → fell');
  assert.equal(costs[Move.Right], 0);
});

test('look-ahead: next and previous verb, next clause boundary, verb counts', () => {
  // Kinds per tag id: 0 other, 1 verb, 3 punctuation, 4 coordinating conjunction (see TagKind).
  const kinds = Uint8Array.from([0, 1, 0, 3, 4]);
  const words = ['Officials', 'said', 'the', 'talks', 'failed', ',', 'and', 'left'];
  const tags = Int32Array.from([0, 1, 0, 0, 1, 3, 4, 1]);
  const st = new ParseState();
  st.init(words.map((w) => lexicon.get(w)), tags, new Int32Array(5), kinds);
  const at = (arr: Int32Array) => Array.from(arr.subarray(1, words.length + 1));
  assert.deepEqual(at(st.nextVerb), [2, 5, 5, 5, 8, 8, 8, -1]);
  assert.deepEqual(at(st.prevVerb), [-1, -1, 2, 2, 2, 5, 5, 5]);
  assert.deepEqual(at(st.nextBound), [6, 6, 6, 6, 6, 7, -1, -1]);
  assert.deepEqual(at(st.vp), [0, 1, 1, 1, 2, 2, 2, 3]);
});

test('without tag kinds the look-ahead is empty', () => {
  const st = new ParseState();
  st.init(['Rain', 'fell'].map((w) => lexicon.get(w)), new Int32Array(2), new Int32Array(1));
  assert.deepEqual(Array.from(st.nextVerb.subarray(1, 3)), [-1, -1]);
  assert.deepEqual(Array.from(st.vp.subarray(0, 3)), [0, 0, 0]);
});
