/**
 * Complexity guard, per stage of the default pipeline: on a 4× larger input a stage may take
 * at most about 5× the time of the 1× input (linear time with room for noise; a quadratic
 * loop over the document shows as ≈ 16×). Measured in CPU time, best of three, on generated
 * text (test/generate-article.ts): a news-like article, and words without any sentence end
 * (one run-on "sentence", cut by the tokenizer). Speed itself is reported by `npm run bench`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createDoc } from '../model/doc.js';
import type { Doc } from '../model/types.js';
import { Pipeline, buildPipeline } from './runner.js';
import { defaultStages } from './default.js';
import { SYNTAX_MODEL_URL } from './stages/syntax.js';
import { generateArticle, generateRunOn } from '../../test/generate-article.js';

const skip = existsSync(SYNTAX_MODEL_URL) ? false : 'needs models/syntax.bin';

/** Allowed ratio of 4× to 1× time, and a floor (ms) under which a stage is too fast to judge on a shared machine. */
const MAX_RATIO = 5, FLOOR_MS = 40;

function cpuMs(f: () => void): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

/** The document before each stage, and each stage's CPU time on it. */
function perStage(stages: Pipeline[], text: string): number[] {
  let doc: Doc = createDoc(text, { publishedAt: '2025-06-01' });
  const out: number[] = [];
  for (const p of stages) {
    const before = doc;
    out.push(cpuMs(() => { p.run(before, { published: '2025-06-01' }); }));
    doc = p.run(before, { published: '2025-06-01' });
  }
  return out;
}

const inputs: { name: string; make: (scale: number) => string; todo?: string }[] = [
  { name: 'article (15 KB vs 60 KB)', make: (k) => generateArticle(15_000 * k, 3) },
  // Known gap (#15, open): on run-on input the entities stage measured 33 → 206 ms (6.2×) in a
  // clean-clone CI run; reported here as a to-do (its failure is printed, not counted) until fixed.
  { name: 'words without punctuation (2,000 vs 8,000)', make: (k) => generateRunOn(2_000 * k, 3), todo: 'entities is not yet linear on run-on input (#15)' },
];

for (const input of inputs) {
  test(`every stage is linear in the input: ${input.name}`, { skip, todo: input.todo }, async (t) => {
    const stages = defaultStages();
    await buildPipeline(stages);
    const single = stages.map((s) => new Pipeline([s]));
    perStage(single, input.make(1)); // warm-up: JIT and caches
    const t1 = perStage(single, input.make(1));
    const t4 = perStage(single, input.make(4));
    const report = stages.map((s, i) => `${s.name} ${t1[i].toFixed(0)}→${t4[i].toFixed(0)} ms`).join(', ');
    t.diagnostic(report);
    for (let i = 0; i < stages.length; i++) {
      assert.ok(t4[i] <= MAX_RATIO * Math.max(t1[i], FLOOR_MS), `${stages[i].name}: 4× input took ${(t4[i] / t1[i]).toFixed(1)}× the time (${report})`);
    }
  });
}
