/**
 * `npm run train -- <name> [--data DIR]`: runs `src/models/<name>/train.ts`'s exported
 * `train(dataDir)`. The data directory defaults to ../shared/data beside the repository.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--'));
const di = args.indexOf('--data');
const dataDir = resolve(di >= 0 ? args[di + 1] : join(here, '..', '..', '..', 'shared', 'data'));
if (!name) { console.error('usage: npm run train -- <model name> [--data DIR]'); process.exit(1); }
const mod = (await import(join(here, name, 'train.ts'))) as { train(dataDir: string): Promise<void> | void };
await mod.train(dataDir);
