import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../model/doc.js';
import { buildPipeline } from '../pipeline/runner.js';
import type { Stage } from '../pipeline/stage.js';
import { collectingStages, fullCollection } from './collect.js';

/** A stage whose run needs what its init set up on the object itself. */
class Words implements Stage {
  readonly name = 'words';
  readonly version = '1';
  readonly requires = [];
  readonly assigns = ['words'];
  private re: RegExp | undefined;
  init(): void { this.re = /\w+/g; }
  run(doc: Parameters<Stage['run']>[0]) {
    return [...doc.text.matchAll(this.re!)].map((m, i) => ({ id: `w${i}`, layer: 'words', start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  }
}

test('collecting stages give the same document, run init on the original, and collect only for big documents (table)', async () => {
  const cases: [string, number, number][] = [
    // text, minChars, collections expected (one per stage run)
    ['Rain closed the pass', 5, 1],
    ['Rain closed the pass', 100, 0],
    ['', 0, 1],
  ];
  for (const [text, minChars, want] of cases) {
    let collections = 0;
    const plain = await buildPipeline([new Words()]);
    const wrapped = await buildPipeline(collectingStages([new Words()], minChars, () => collections++));
    const a = plain.run(createDoc(text, {})), b = wrapped.run(createDoc(text, {}));
    assert.deepEqual(b.layers, a.layers, text);
    assert.equal(collections, want, `${JSON.stringify(text)} at ${minChars}`);
    assert.equal(wrapped.stages[0].name, 'words');
    assert.deepEqual(wrapped.stages[0].assigns, ['words']);
  }
});

test('fullCollection is available without --expose-gc and frees unreachable memory', () => {
  assert.equal(fullCollection(), true);
  let big: number[] | undefined = Array.from({ length: 2_000_000 }, (_, i) => i);
  fullCollection();
  const withBig = process.memoryUsage().heapUsed;
  assert.equal(big.length, 2_000_000);
  big = undefined;
  fullCollection();
  assert.ok(process.memoryUsage().heapUsed < withBig - 8_000_000, `${withBig} → ${process.memoryUsage().heapUsed}`);
});
