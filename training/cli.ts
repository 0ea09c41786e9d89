#!/usr/bin/env node
/**
 * `npm run train -- <model> [--data DIR]`: trains one model from the gold corpora
 * (default ../shared/data) with its committed config and writes its files into models/.
 *
 * `npm run train -- verify [model …] [--data DIR]`: retrains each model (all by default,
 * upstream first) into a temporary folder and compares every file with the committed
 * one by SHA-256; exits 1 when any differs. `npm run train -- list` lists the models.
 * @module
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256 } from '../src/ml/bundle.js';
import { defaultDataDir } from './corpora/data-dir.js';
import { MODELS_DIR } from './provenance.js';
import type { Trainer } from './trainer.js';
import { trainer as syntax } from './syntax/train.js';
import { trainer as ner } from './ner/train.js';
import { trainer as attribution } from './attribution/train.js';
import { trainer as framing } from './framing/train.js';

/** Every model, upstream models first (attribution and framing read syntax's output). */
const TRAINERS: Trainer[] = [syntax, ner, attribution, framing];

const args = process.argv.slice(2);
const di = args.indexOf('--data');
const dataDir = resolve(di >= 0 && args[di + 1] ? args[di + 1] : defaultDataDir());
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--data');
const log = (line: string) => console.log(line);
const find = (n: string): Trainer => {
  const t = TRAINERS.find((x) => x.name === n);
  if (!t) { console.error(`no model '${n}'; models: ${TRAINERS.map((x) => x.name).join(', ')}`); process.exit(1); }
  return t;
};

const cmd = names[0];
if (!cmd) {
  console.error('usage: npm run train -- <model> | verify [model …] | list   [--data DIR]');
  process.exit(1);
} else if (cmd === 'list') {
  for (const t of TRAINERS) console.log(`${t.name.padEnd(12)} ${t.files.join(', ').padEnd(28)} ${t.description}`);
} else if (cmd === 'verify') {
  const chosen = names.length > 1 ? names.slice(1).map(find) : TRAINERS;
  let bad = 0;
  const rows: string[] = [];
  for (const t of chosen) {
    const outDir = mkdtempSync(join(tmpdir(), `newsgraph-verify-${t.name}-`));
    const t0 = Date.now();
    try {
      await t.train({ dataDir, outDir, log });
      const secs = ((Date.now() - t0) / 1000).toFixed(0);
      for (const f of t.files) {
        const committed = sha256(readFileSync(join(MODELS_DIR, f)));
        const rebuilt = sha256(readFileSync(join(outDir, f)));
        const same = committed === rebuilt;
        if (!same) bad++;
        rows.push(`${same ? 'same' : 'DIFFERS'}  ${f.padEnd(18)} committed ${committed.slice(0, 16)}  rebuilt ${rebuilt.slice(0, 16)}  (${t.name}, ${secs} s)`);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  console.log(rows.join('\n'));
  console.log(bad ? `${bad} file(s) differ from their rebuild` : 'every file rebuilt bit for bit');
  process.exit(bad ? 1 : 0);
} else {
  await find(cmd).train({ dataDir, outDir: MODELS_DIR, log });
}
