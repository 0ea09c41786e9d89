import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lookahead } from './lookahead.js';

async function* items<T>(xs: T[], log: T[]): AsyncGenerator<T> {
  for (const x of xs) { log.push(x); yield x; }
}

test('Lookahead: hasMore reads ahead only as far as needed and next still gives every item in order (table)', async () => {
  const cases: [string, (number | string)[], number, boolean, number][] = [
    // name, items, items taken before asking, answer (a number to come?), items read when asked
    ['a number right after', [1, 2, 3], 1, true, 2],
    ['errors before the next number', [1, 'e1', 'e2', 3], 1, true, 4],
    ['only errors after', [1, 'e1', 'e2'], 1, false, 3],
    ['nothing after', [1], 1, false, 1],
    ['empty', [], 0, false, 0],
  ];
  for (const [name, xs, taken, want, readWhenAsked] of cases) {
    const log: (number | string)[] = [];
    const la = new Lookahead(items(xs, log));
    const got: (number | string)[] = [];
    for (let i = 0; i < taken; i++) got.push((await la.next())!);
    assert.equal(await la.hasMore((x) => typeof x === 'number'), want, name);
    assert.equal(log.length, readWhenAsked, `${name}: read`);
    assert.equal(await la.hasMore((x) => typeof x === 'number'), want, `${name}: asked twice`);
    for (let v = await la.next(); v !== undefined; v = await la.next()) got.push(v);
    assert.deepEqual(got, xs, name);
  }
});

test('Lookahead.close ends the source early', async () => {
  let finished = false;
  async function* src() { try { yield 1; yield 2; } finally { finished = true; } }
  const la = new Lookahead(src());
  assert.equal(await la.next(), 1);
  await la.close();
  assert.equal(finished, true);
  assert.equal(await la.next(), undefined);
});
