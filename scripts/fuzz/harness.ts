/**
 * The fuzz harness behind `npm run fuzz -- --count N --seed S` (and a short run in `npm test`,
 * test/fuzz.test.ts). Each generated input goes the way a file goes through the CLI — bytes →
 * items (src/ingest/items.ts) → `analyzeWith` the default pipeline → JSON export and text report —
 * and is checked:
 * - **exception**: anything thrown (a bad item must come back as a typed error item instead);
 * - **span**: an annotation (or a span in its attrs) whose text is not `doc.text.slice(start, end)`
 *   or that lies outside the text;
 * - **slow**: an item (ingest + analysis) slower than `maxItemMs` (2 s). Time is the process's CPU
 *   time for the item (`process.cpuUsage`, user + system, GC included) unless `wall` is set: on a
 *   shared machine wall time mostly measures the neighbours (the same page measured 112–2081 ms
 *   wall in five runs at load 17 on 2 cores);
 * - **output**: a compact JSON export over `bytesPerChar` (250) × text characters (+ 64 KB): a guard
 *   against output that grows faster than the text (≈ 39 bytes per character on generated news text with
 *   every layer, the token-level ones in the token table); and the export must read back
 *   (`fromDocJSON`) into exactly the document's layers;
 * - **terminal**: a control character in the text report without colour.
 * Runs in-thread (timing an item needs no worker); the seed and index of each failure are
 * printed so one input can be regenerated with `--only I`.
 * @module
 */
import { analyzeWith, getDefaultPipeline } from '../../src/analyze.js';
import { toDocJSON } from '../../src/export/json.js';
import { jsonChunks } from '../../src/export/json-stream.js';
import { fromDocJSON } from '../../src/export/read.js';
import { isDeepStrictEqual } from 'node:util';
import { itemsFromBytes } from '../../src/ingest/items.js';
import { rng } from '../../src/ml/train.js';
import type { AttrValue, Doc } from '../../src/model/types.js';
import { renderText } from '../../src/report/text.js';
import { samplePaths } from '../../src/samples.js';
import { readFileSync } from 'node:fs';
import { generate, type FuzzInput } from './generate.js';

/** Options of a run. */
export interface FuzzOptions {
  count: number;
  seed: number;
  /** Per-item time bound (ms). */
  maxItemMs?: number;
  /** Output bound: compact JSON bytes per input character (plus 64 KB). */
  bytesPerChar?: number;
  /** Run only input `only` of the sequence (to reproduce one failure). */
  only?: number;
  /** Measure wall-clock time instead of CPU time. */
  wall?: boolean;
  /** Called after each input (progress). */
  onInput?: (i: number, input: FuzzInput, ms: number, failures: readonly FuzzFailure[]) => void;
}

/** One failed check. */
export interface FuzzFailure { index: number; name: string; kind: string; check: 'exception' | 'span' | 'slow' | 'output' | 'terminal'; detail: string }

/** The run's counts and failures. */
export interface FuzzReport {
  seed: number; inputs: number; items: number; itemErrors: number; analysed: number;
  maxItemMs: number; clock: 'cpu' | 'wall'; slowest: { name: string; kind: string; ms: number };
  failures: FuzzFailure[];
  counts: Record<FuzzFailure['check'], number>;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

function spanProblem(doc: Doc): string | undefined {
  const t = doc.text;
  const bad = (s: number, e: number, claimed: string) => !Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > t.length || s > e || t.slice(s, e) !== claimed;
  const inAttr = (v: AttrValue): string | undefined => {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) { for (const x of v) { const p = inAttr(x); if (p) return p; } return undefined; }
    const o = v as { start?: unknown; end?: unknown; text?: unknown };
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') return bad(o.start, o.end, o.text) ? `attr span [${o.start}, ${o.end}) ${JSON.stringify(o.text.slice(0, 40))}` : undefined;
    return undefined;
  };
  for (const [name, anns] of Object.entries(doc.layers)) {
    for (const a of anns) {
      if (bad(a.start, a.end, a.text)) return `${name} ${a.id} [${a.start}, ${a.end}) claims ${JSON.stringify(a.text.slice(0, 40))}`;
      for (const [k, v] of Object.entries(a.attrs)) { const p = inAttr(v); if (p) return `${name} ${a.id}.${k}: ${p}`; }
    }
  }
  return undefined;
}

/** Runs the harness (see module doc). */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const maxItemMs = opts.maxItemMs ?? 2000;
  const bytesPerChar = opts.bytesPerChar ?? 250;
  const pipeline = await getDefaultPipeline();
  // Warm up (lazy lexicons, JIT) on the built-in samples, so the first input is not billed for it.
  for (const p of samplePaths()) analyzeWith(pipeline, { text: readFileSync(p, 'utf8') });
  const r = rng(opts.seed);
  const failures: FuzzFailure[] = [];
  let items = 0, itemErrors = 0, analysed = 0;
  let slowest = { name: '', kind: '', ms: 0 };
  for (let i = 0; i < opts.count; i++) {
    const input = generate(r, i);
    if (opts.only !== undefined && i !== opts.only) continue;
    const fail = (check: FuzzFailure['check'], detail: string) => failures.push({ index: i, name: input.name, kind: input.kind, check, detail });
    const t0 = performance.now();
    try {
      const it = itemsFromBytes(input.bytes, input.name, input.ext);
      for (;;) {
        const tItem = performance.now(), cpu0 = process.cpuUsage();
        const next = it.next();
        if (next.done) break;
        const item = next.value;
        items++;
        if ('error' in item) {
          itemErrors++;
          if (!item.error.message || /\n/.test(item.error.message)) fail('exception', `error item without a one-line message: ${JSON.stringify(item.error)}`);
          continue;
        }
        const before = pipeline.timings.map((t) => t.ms);
        const doc = analyzeWith(pipeline, item.article);
        const cpu = process.cpuUsage(cpu0);
        const ms = opts.wall ? performance.now() - tItem : (cpu.user + cpu.system) / 1000;
        const stageMs = pipeline.timings.map((t, k) => [t.name, t.ms - before[k]] as const).sort((a, b) => b[1] - a[1]);
        analysed++;
        if (ms > slowest.ms) slowest = { name: item.where, kind: input.kind, ms };
        if (ms > maxItemMs) fail('slow', `${item.where}: ${Math.round(ms)} ms (bound ${maxItemMs} ms), ${doc.text.length} characters, ${doc.layers.sentences?.length ?? 0} sentences; slowest stages ${stageMs.slice(0, 2).map(([n, t]) => `${n} ${Math.round(t)} ms`).join(', ')}, ingest ${Math.round(ms - stageMs.reduce((a, [, t]) => a + t, 0))} ms`);
        const span = spanProblem(doc);
        if (span) fail('span', `${item.where}: ${span}`);
        const exported = toDocJSON(doc);
        const json = JSON.stringify(exported);
        // The CLI writes the export in pieces (src/export/json-stream.ts): they must add up to the same bytes.
        if ([...jsonChunks(exported, 0, 4096)].join('') !== json) fail('output', `${item.where}: the streamed JSON export differs from JSON.stringify`);
        const size = Buffer.byteLength(json);
        const bound = bytesPerChar * doc.text.length + 65536;
        if (size > bound) fail('output', `${item.where}: compact JSON ${size} bytes > ${bound} for ${doc.text.length} characters`);
        const back = fromDocJSON(JSON.parse(json));
        const differs = Object.keys(doc.layers).filter((l) => !isDeepStrictEqual(back.layers[l], JSON.parse(JSON.stringify(doc.layers[l]))));
        if (differs.length || back.text !== doc.text) fail('output', `${item.where}: the JSON export does not read back into the same ${differs.length ? `layers (${differs.join(', ')})` : 'text'}`);
        const report = renderText(doc, { color: false });
        const m = CONTROL.exec(report.replace(/\n|\t/g, ' '));
        if (m) fail('terminal', `${item.where}: U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} in the text report`);
      }
    } catch (e) {
      fail('exception', `${(e as Error).name ?? 'Error'}: ${(e as Error).message ?? String(e)}`.slice(0, 300));
    }
    opts.onInput?.(i, input, performance.now() - t0, failures);
  }
  const counts = { exception: 0, span: 0, slow: 0, output: 0, terminal: 0 };
  for (const f of failures) counts[f.check]++;
  return { seed: opts.seed, inputs: opts.only !== undefined ? 1 : opts.count, items, itemErrors, analysed, maxItemMs, clock: opts.wall ? 'wall' : 'cpu', slowest, failures, counts };
}
