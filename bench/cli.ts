#!/usr/bin/env node
/** `npm run bench [-- <task>] [--data DIR] [--limit N] [--json]`: throughput tasks in bench/tasks (default: pipeline). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { harnessMain } from '../eval/harness.js';

harnessMain(dirname(fileURLToPath(import.meta.url)), process.argv.slice(2), 'pipeline')
  .then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 2; });
