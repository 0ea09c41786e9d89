/**
 * Error study for the shipped cue tagger on PolNeAR (train by default, not dev):
 *   node --import tsx training/attribution/cue-errors.ts [LIMIT] [SPLIT]
 * Prints the gold cues the tagger misses, grouped by why (never scored: inside a quotation;
 * scored: the model said O) and by the
 * lemma of the cue's main word. Reads ../shared/data/polnear at run time; prints counts only.
 * @module
 */
import { join } from 'node:path';
import { readPolnear } from '../corpora/polnear.js';
import { defaultDataDir } from '../corpora/data-dir.js';
import { prepare, upstreamPipeline } from './prepare.js';
import { loadModels, tagCues } from '../../src/pipeline/stages/statements/model.js';
import { derive } from '../../src/pipeline/stages/statements/features.js';

const dataDir = defaultDataDir();
const limit = Number(process.argv[2] ?? 200);
const split = process.argv[3] ?? 'train';
const gold = readPolnear(join(dataDir, 'polnear'), split, limit);
const m = loadModels();
const pipe = await upstreamPipeline();
const reasons = new Map<string, number>();
const byLemma = new Map<string, number>();
const byPos = new Map<string, number>();
const fpLemma = new Map<string, number>();
let nGold = 0, nHit = 0, nPred = 0, nTp = 0;
const inc = (mp: Map<string, number>, k: string) => mp.set(k, (mp.get(k) ?? 0) + 1);
for (const g of gold) {
  const pd = prepare(pipe, g);
  const v = pd.v;
  const d = derive(v);
  const pred = tagCues(v, d, m.cue);
  const predTok = new Uint8Array(v.n);
  for (const [a, b] of pred) for (let i = a; i <= b; i++) predTok[i] = 1;
  const goldTok = new Uint8Array(v.n);
  for (const a of pd.attributions) for (let i = a.c0; i <= a.c1; i++) goldTok[i] = 1;
  nPred += pred.length;
  for (const [a, b] of pred) {
    let hit = false;
    for (let i = a; i <= b; i++) if (goldTok[i]) hit = true;
    if (hit) nTp++; else inc(fpLemma, `${d.lemma[a]}/${v.pos[a]}`);
  }
  for (const a of pd.attributions) {
    nGold++;
    let hit = false;
    for (let i = a.c0; i <= a.c1; i++) if (predTok[i]) hit = true;
    if (hit) { nHit++; continue; }
    // The main word: the first verb of the cue, else its first token.
    let h = a.c0;
    for (let i = a.c0; i <= a.c1; i++) if (v.pos[i] === 'VERB') { h = i; break; }
    const why = v.quote[a.c0] >= 0 && v.mark[a.c0] === 0 ? 'in-quote' : 'model-O';
    inc(reasons, why);
    inc(byLemma, `${why} ${d.lemma[h]}/${v.pos[h]}${a.c1 > a.c0 ? ` [${a.c1 - a.c0 + 1}w first=${d.lemma[a.c0]}/${v.pos[a.c0]}]` : ''}`);
    inc(byPos, `${v.pos[a.c0]}`);
  }
}
const top = (mp: Map<string, number>, n: number) => [...mp].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, c]) => `${String(c).padStart(5)}  ${k}`).join('\n');
console.log(`${split} docs ${gold.length}: gold cues ${nGold}, found ${nHit} (${(nHit / nGold).toFixed(3)}); predicted ${nPred}, correct ${nTp} (${(nTp / nPred).toFixed(3)})`);
console.log('\nmissed by reason:\n' + top(reasons, 10));
console.log('\nmissed by first POS:\n' + top(byPos, 12));
console.log('\nmissed by lemma:\n' + top(byLemma, 120));
console.log('\nfalse positives by lemma:\n' + top(fpLemma, 40));
