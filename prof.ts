import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchSentence } from './src/pipeline/stages/time/matchers.js';
const root = '/work/shared/data/bbc-news';
const texts: string[] = [];
for (const t of readdirSync(root)) { if (t.endsWith('.TXT')) continue; const fs = readdirSync(join(root, t)).slice(0, 80); for (const f of fs) texts.push(readFileSync(join(root, t, f), 'latin1')); }
const sents = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/));
const prof = new Map<string, number>();
const t0 = performance.now();
for (const s of sents) matchSentence({ s, base: 0, posAt: () => undefined });
console.log('total', performance.now() - t0, sents.length);
console.log([...prof.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15));
