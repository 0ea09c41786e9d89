#!/usr/bin/env node
/** `npm run train -- <name> [dataDir]`: dispatches to src/models/<name>/train.ts `train(dataDir)`. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name) { console.error('usage: npm run train -- <name> [dataDir]'); process.exit(2); }
const dataDir = resolve(process.argv[3] ?? join(here, '..', '..', '..', 'shared', 'data'));
const mod = (await import(pathToFileURL(join(here, name, 'train.ts')).href)) as { train(dataDir: string): Promise<void> | void };
await mod.train(dataDir);
