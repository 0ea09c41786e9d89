/**
 * The harness behind `npm run eval` and `npm run bench`: tasks are modules in a
 * `tasks/` folder exporting `task`; each prints a table, or one JSON object with `--json`.
 *
 * `npm run eval -- <task> [--data DIR] [--seed DIR] [--limit N] [--json]`
 * `npm run eval -- gate` runs every task named in eval/floors.json and fails when a metric is below its floor.
 * `npm run eval -- list` lists the tasks.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MissingDataError, type EvalOptions, type EvalReport, type EvalTask } from './types.js';
import { formatTable } from './table.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let here = join(repo, 'eval');

function parseArgs(argv: string[]): { positional: string[]; flags: Record<string, string | boolean> } {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--') && key !== 'json') { flags[key] = next; i++; } else flags[key] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}

export function taskNames(): string[] {
  return readdirSync(join(here, 'tasks')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).sort();
}

/** The task exported by `tasks/<name>.ts`, or undefined for a helper module there (e.g. a data loader). */
async function taskIn(name: string): Promise<EvalTask | undefined> {
  const mod = (await import(join(here, 'tasks', `${name}.ts`))) as { task?: EvalTask };
  return mod.task && typeof mod.task.run === 'function' ? mod.task : undefined;
}

export async function loadTask(name: string): Promise<EvalTask> {
  const task = taskNames().includes(name) ? await taskIn(name) : undefined;
  if (!task) throw new Error(`unknown eval task "${name}"; tasks: ${(await listTasks()).map((t) => t.name).join(', ')}`);
  return task;
}

/** Every module in `tasks/` that exports a task (helper modules beside them are skipped). */
export async function listTasks(): Promise<EvalTask[]> {
  const out: EvalTask[] = [];
  for (const n of taskNames()) { const t = await taskIn(n); if (t) out.push(t); }
  return out;
}

function printReport(r: EvalReport): void {
  console.log(`\n== ${r.task} — ${r.data}`);
  console.log(formatTable(r.rows));
  for (const n of r.notes ?? []) console.log(`  note: ${n}`);
}

/** Runs the harness over the tasks in `<dir>/tasks`; returns the exit code. */
export async function harnessMain(dir: string, argv: string[], defaultTask = 'list'): Promise<number> {
  here = dir;
  const { positional, flags } = parseArgs(argv);
  const name = positional[0] ?? defaultTask;
  const opts: EvalOptions = {
    dataDir: resolve(String(flags.data ?? join(repo, '..', 'shared', 'data'))),
    seedDir: resolve(String(flags.seed ?? join(repo, '..', 'shared', 'seed'))),
    limit: flags.limit ? Number(flags.limit) : undefined,
    flags,
  };
  if (name === 'list') {
    for (const t of await listTasks()) console.log(`${t.name.padEnd(14)} ${t.description}`);
    return 0;
  }
  if (name === 'gate' && existsSync(join(here, 'floors.json'))) return gate(opts, flags.json === true);
  try {
    const report = await (await loadTask(name)).run(opts);
    if (flags.json) console.log(JSON.stringify(report));
    else printReport(report);
    return 0;
  } catch (e) {
    if (e instanceof MissingDataError) { console.error(`eval ${name}: skipped — ${e.message}`); return 1; }
    throw e;
  }
}

/** Runs the tasks in eval/floors.json; exit 1 when any metric is below its floor. */
async function gate(opts: EvalOptions, json: boolean): Promise<number> {
  const floorsPath = join(here, 'floors.json');
  const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Record<string, Record<string, number>>;
  const results: { task: string; metric: string; floor: number; value: number | null; ok: boolean; skipped?: string }[] = [];
  for (const [task, metrics] of Object.entries(floors)) {
    if (task.startsWith('$')) continue;
    let report: EvalReport | undefined;
    let skipped: string | undefined;
    try { report = await (await loadTask(task)).run(opts); } catch (e) {
      if (e instanceof MissingDataError) skipped = e.message; else throw e;
    }
    for (const [metric, floor] of Object.entries(metrics)) {
      const value = report ? report.metrics[metric] ?? null : null;
      const ok = skipped !== undefined || (value !== null && value >= floor);
      results.push({ task, metric, floor, value, ok, ...(skipped ? { skipped } : {}) });
    }
  }
  if (json) console.log(JSON.stringify({ task: 'gate', results }));
  else {
    console.log(formatTable(results.map((r) => ({ task: r.task, metric: r.metric, floor: r.floor, value: r.value ?? '—', status: r.skipped ? 'skipped (no data)' : r.ok ? 'ok' : 'BELOW FLOOR' }))));
  }
  const failed = results.filter((r) => !r.ok);
  if (failed.length) { console.error(`eval gate: ${failed.length} metric(s) below floor`); return 1; }
  if (!existsSync(opts.dataDir)) console.error(`eval gate: ${opts.dataDir} absent; data tasks skipped`);
  return 0;
}

