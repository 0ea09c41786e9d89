#!/usr/bin/env node
/**
 * `npm run train -- <name> [--data DIR]`: runs `src/models/<name>/train.ts`'s exported
 * `train(dataDir)`; the data dir defaults to ../shared/data relative to the repo root.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--'));
const di = args.indexOf('--data');
const dataDir = resolve(di >= 0 && args[di + 1] ? args[di + 1] : join(repo, '..', 'shared', 'data'));
if (!name) { console.error('usage: npm run train -- <name> [--data DIR]'); process.exit(1); }
// Training scripts move to training/<name>/ (the learning-layer issue); both places are looked up.
const moved = join(repo, 'training', name, 'train.ts');
const script = existsSync(moved) ? moved : join(here, name, 'train.ts');
if (!existsSync(script)) { console.error(`no training script ${script}`); process.exit(1); }
const mod = (await import(pathToFileURL(script).href)) as { train(dataDir: string): Promise<void> | void };
await mod.train(dataDir);
