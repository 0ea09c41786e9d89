#!/usr/bin/env node
/** `npm run eval -- <task>`: see eval/harness.ts. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { harnessMain } from './harness.js';

harnessMain(dirname(fileURLToPath(import.meta.url)), process.argv.slice(2))
  .then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 2; });
