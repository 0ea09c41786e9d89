import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { harnessMain, listTasks, taskNames } from './harness.js';

const evalDir = dirname(fileURLToPath(import.meta.url));

test('eval list: every task module is listed; helper modules in tasks/ (extraction-data) are skipped, not a crash', async () => {
  const lines: string[] = [];
  const log = console.log;
  console.log = (s: string) => { lines.push(String(s)); };
  let code: number;
  try { code = await harnessMain(evalDir, ['list']); } finally { console.log = log; }
  assert.equal(code, 0);
  const tasks = await listTasks();
  assert.ok(!tasks.some((t) => t.name === 'extraction-data'));
  assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), tasks.map((t) => t.name));
  for (const name of ['extraction', 'timex', 'samples']) assert.ok(lines.some((l) => l.startsWith(name + ' ')), name);
});
