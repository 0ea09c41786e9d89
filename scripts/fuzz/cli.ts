#!/usr/bin/env node
/**
 * `npm run fuzz -- --count N --seed S [--only I] [--max-ms 2000] [--wall] [--json] [--save DIR]`: see
 * ./harness.ts. Exit 0 when no check failed, 1 otherwise. `--save DIR` writes the failing
 * inputs to DIR (to replay them with `newsgraph analyze`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../src/ml/train.js';
import { generate } from './generate.js';
import { runFuzz } from './harness.js';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const count = Number(flag('count') ?? 1000), seed = Number(flag('seed') ?? 1);
const only = flag('only') !== undefined ? Number(flag('only')) : undefined;
const json = argv.includes('--json');
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) { console.error('usage: npm run fuzz -- --count N --seed S [--only I] [--max-ms MS] [--json] [--save DIR]'); process.exit(1); }
const t0 = performance.now();
const progress = process.stderr.isTTY && !json;
let shown = 0;
const report = await runFuzz({
  count, seed, only, wall: argv.includes('--wall'), maxItemMs: flag('max-ms') ? Number(flag('max-ms')) : undefined,
  onInput: (i, _input, _ms, failures) => {
    // Each failure as soon as it is found: a long run stopped early still says what it found.
    for (; shown < failures.length; shown++) {
      const f = failures[shown];
      if (!json) process.stderr.write(`${progress ? '\r' : ''}fuzz: #${f.index} ${f.check} (${f.kind}, ${f.name}): ${f.detail}\n`);
    }
    if (progress && i % 50 === 0) process.stderr.write(`\rfuzz: ${i}/${count}`);
    // Without a terminal (CI, a log file), a line every 500 inputs: a long run shows where it is.
    else if (!progress && !json && (i + 1) % 500 === 0) process.stderr.write(`fuzz: ${i + 1}/${count} inputs, ${failures.length} failure(s) so far, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  },
});
if (progress) process.stderr.write('\r');
const seconds = (performance.now() - t0) / 1000;
const save = flag('save');
if (save && report.failures.length) {
  mkdirSync(save, { recursive: true });
  const r = rng(seed);
  const want = new Set(report.failures.map((f) => f.index));
  for (let i = 0; i < count; i++) { const inp = generate(r, i); if (want.has(i)) writeFileSync(join(save, inp.name), inp.bytes); }
}
if (json) console.log(JSON.stringify({ task: 'fuzz', seconds, ...report }));
else {
  console.log(`fuzz: seed ${seed}, ${report.inputs} inputs → ${report.items} items (${report.analysed} analysed, ${report.itemErrors} named as bad input) in ${seconds.toFixed(0)} s`);
  console.log(`  exceptions ${report.counts.exception}, span violations ${report.counts.span}, items over ${report.maxItemMs} ms (${report.clock} time) ${report.counts.slow}, outputs over bound ${report.counts.output}, control characters in the text report ${report.counts.terminal}`);
  console.log(`  slowest item: ${report.slowest.name} (${report.slowest.kind}) ${Math.round(report.slowest.ms)} ms`);
  for (const f of report.failures.slice(0, 40)) console.log(`  FAIL #${f.index} ${f.kind} ${f.check}: ${f.detail}`);
  if (report.failures.length > 40) console.log(`  … ${report.failures.length - 40} more`);
}
process.exitCode = report.failures.length ? 1 : 0;
