#!/usr/bin/env node
// Finds every *.test.ts under src/, test/, eval/, bench/ and training/ and runs them with Node's test runner (via tsx).
// Extra arguments are passed through (e.g. a file filter: `npm test -- src/model`).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['src', 'test', 'eval', 'bench', 'training'];
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passthrough = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = [];
function walk(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const e of entries) {
    if (e === 'node_modules') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (e.endsWith('.test.ts')) files.push(p);
  }
}
roots.forEach(walk);
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (!selected.length) { console.error('no test files found'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...passthrough, ...selected.sort()], { stdio: 'inherit' });
process.exit(r.status ?? 1);
