import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle } from '../../test/generate-article.js';
import { jsonChunks } from '../../src/export/json-stream.js';
import type { EvalReport, EvalTask } from '../../eval/types.js';
import { round } from '../../eval/metrics.js';
import type { ScaleSample } from '../scale-child.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Bytes of `JSON.stringify(value)` (UTF-8), counted chunk by chunk as the CLI writes them, never as one string. */
export function jsonBytes(value: unknown): number {
  let n = 0;
  for (const c of jsonChunks(value)) n += Buffer.byteLength(c);
  return n;
}

/** One size, analysed in a child process of its own (bench/scale-child.ts). */
function sample(kind: 'article' | 'runon', n: number): ScaleSample {
  const r = spawnSync(process.execPath, [...process.execArgv, join(repo, 'bench/scale-child.ts'), kind, String(n)], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench scale: ${kind} ${n} failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ScaleSample;
}

/**
 * One figure from repeated samples of a size: the sample of median wall time (its stage times
 * and CPU seconds with it) and the largest peak RSS of all. The small article takes only a few
 * seconds, so a single run of it swings the s/MB ratio by ±30 % on this kind of machine.
 */
export function medianSample(samples: readonly ScaleSample[]): ScaleSample {
  if (!samples.length) throw new Error('medianSample: no samples');
  const byTime = [...samples].sort((a, b) => a.seconds - b.seconds);
  const mid = byTime[(byTime.length - 1) >> 1];
  return { ...mid, peakRssKB: Math.max(...samples.map((s) => s.peakRssKB)) };
}

/** `reps` samples of one size, each in its own process, as one {@link medianSample}. */
function sampleRepeated(kind: 'article' | 'runon', n: number, reps: number): ScaleSample {
  return medianSample(Array.from({ length: reps }, () => sample(kind, n)));
}

/** Newest modification time under `dir` (ms). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The CLI as a user runs it, `newsgraph analyze FILE --format json` (its worker thread, streamed
 * export) on `text`, its output counted from the pipe: wall seconds, bytes, the process's peak
 * RSS (printed at exit by bench/report-peak-rss.mjs). The built CLI when dist/ is newer than
 * src/, else from source through tsx (which costs some memory itself; said in the notes).
 */
async function cliRun(text: string): Promise<{ seconds: number; bytes: number; peakRssKB: number; built: boolean; status: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-scale-'));
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    let built = false;
    try { built = statSync(join(repo, 'dist/cli/main.js')).mtimeMs >= newest(join(repo, 'src')); } catch { /* no dist */ }
    const entry = built ? [join(repo, 'bin/newsgraph.js')] : ['--import', 'tsx', join(repo, 'test/run-cli.ts')];
    const args = ['--import', join(repo, 'bench/report-peak-rss.mjs'), ...entry, 'analyze', file, '--format', 'json', '--published', '2025-06-01', '--timeout', '3600'];
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0, err = '';
    child.stdout.on('data', (b: Buffer) => { bytes += b.length; });
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const m = /newsgraph-bench peak-rss-kb (\d+)/.exec(err);
    if (!m) throw new Error(`bench scale: the CLI run gave no peak RSS (exit ${status}): ${err.slice(-500)}`);
    return { seconds: (performance.now() - t0) / 1000, bytes, peakRssKB: Number(m[1]), built, status };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

/**
 * `npm run bench -- scale [--sizes 250,1000,2000] [--runon 50000] [--cli 0]`: the whole pipeline
 * over one generated article (test/generate-article.ts) of each size in KB, then `--runon` words
 * with no sentence-ending punctuation, each in a child process of its own (bench/scale-child.ts)
 * so that each peak RSS (getrusage of that process) belongs to that size alone: seconds, seconds
 * per MB, the per-MB ratio against the smallest size, peak RSS, per stage seconds, the size of the
 * compact JSON export. Then, unless `--cli 0`, the CLI itself (`analyze FILE --format json`, worker
 * thread and streamed export) on the largest article: wall seconds, peak RSS, output MB.
 * Linear time shows as a flat seconds-per-MB column.
 */
export const task: EvalTask = {
  name: 'scale',
  description: 'time and memory against input size: a generated article at 250 KB, 1 MB, 2 MB, and 50,000 words without punctuation, each in its own process; the CLI at the largest size',
  async run(opts): Promise<EvalReport> {
    const sizes = String(opts.flags.sizes ?? '250,1000,2000').split(',').map(Number);
    const runOn = Number(opts.flags.runon ?? 50000);
    const withCli = String(opts.flags.cli ?? '1') !== '0';
    const reps = Math.max(1, Number(opts.flags.repeat ?? 3));
    const metrics: Record<string, number> = {};
    const rows: Record<string, string | number>[] = [];
    let basePerMB = 0;
    const record = (name: string, s: ScaleSample) => {
      const perMB = s.seconds / (s.chars / 1e6);
      const rss = Math.round(s.peakRssKB / 1024);
      metrics[`${name}.chars`] = s.chars;
      metrics[`${name}.tokens`] = s.tokens;
      metrics[`${name}.seconds`] = round(s.seconds, 3);
      metrics[`${name}.s_per_mb`] = round(perMB, 3);
      metrics[`${name}.cpu_seconds`] = round(s.cpuSeconds, 3);
      metrics[`${name}.peak_rss_mb`] = rss;
      const row: Record<string, string | number> = { input: name, chars: s.chars, seconds: round(s.seconds, 2), 's/MB': round(perMB, 2) };
      if (!name.startsWith('runon')) {
        if (!basePerMB) basePerMB = perMB;
        metrics[`${name}.per_mb_ratio`] = round(perMB / basePerMB, 3);
        row['÷ first'] = round(perMB / basePerMB, 2);
      }
      row['CPU s'] = round(s.cpuSeconds, 2);
      row['peak RSS MB'] = rss;
      for (const [stage, secs] of Object.entries(s.stages)) { metrics[`${name}.stage.${stage}.s`] = round(secs, 3); row[stage] = round(secs, 2); }
      metrics[`${name}.json_mb`] = round(s.jsonBytes / 1e6, 1);
      metrics[`${name}.json_bytes_per_char`] = round(s.jsonBytes / s.chars, 1);
      row['JSON MB'] = round(s.jsonBytes / 1e6, 1);
      rows.push(row);
    };
    for (const kb of sizes) record(`article_${kb}k`, sampleRepeated('article', kb, reps));
    if (runOn > 0) record(`runon_${runOn}w`, sampleRepeated('runon', runOn, reps));
    metrics.repeat = reps;
    const largest = sizes[sizes.length - 1];
    const last = `article_${largest}k`;
    const notes = [`s/MB at ${largest} KB = ${metrics[`${last}.per_mb_ratio`]}× that at ${sizes[0]} KB; peak RSS ${metrics[`${last}.peak_rss_mb`]} MB; compact JSON ${metrics[`${last}.json_mb`]} MB`];
    if (withCli) {
      const c = await cliRun(generateArticle(largest * 1000, 1));
      const rss = Math.round(c.peakRssKB / 1024);
      metrics[`cli.${last}.seconds`] = round(c.seconds, 2);
      metrics[`cli.${last}.peak_rss_mb`] = rss;
      metrics[`cli.${last}.json_mb`] = round(c.bytes / 1e6, 1);
      metrics[`cli.${last}.exit`] = c.status ?? -1;
      rows.push({ input: `CLI ${last}`, chars: metrics[`${last}.chars`], seconds: round(c.seconds, 2), 's/MB': round(c.seconds / (metrics[`${last}.chars`] / 1e6), 2), 'peak RSS MB': rss, 'JSON MB': round(c.bytes / 1e6, 1) });
      notes.push(`CLI (${c.built ? 'bin/newsgraph.js, built' : 'from source through tsx: dist/ is older than src/'}) analyze ${largest} KB --format json: peak RSS ${rss} MB, ${round(c.seconds, 1)} s wall (process start and model loading included), exit ${c.status}`);
    }
    notes.push(`each size run ${reps} times, each time in its own process: the run of median wall time is shown, with the largest peak RSS of the ${reps} (--repeat N)`);
    return { task: 'bench scale', data: `generated articles of ${sizes.join(', ')} KB; ${runOn} words without punctuation; each in its own process`, rows, metrics, notes };
  },
};
