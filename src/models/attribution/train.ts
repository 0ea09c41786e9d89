/**
 * Trains the attribution models from PolNeAR train:
 *   npm run train -- attribution [dataDir]
 * writes models/attribution-cue.json.gz and models/attribution-role.json.gz.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from './polnear.js';
import { prepare, upstreamPipeline, type PreparedDoc } from './prepare.js';
import { PerceptronModel, PerceptronTrainer } from '../../pipeline/stages/statements/perceptron.js';
import { CUE_LABELS, ROLE_LABELS, cueContext, cueFeatures } from '../../pipeline/stages/statements/features.js';
import { decodeRoles } from '../../pipeline/stages/statements/model.js';

// Cue epochs chosen on train held out (HOLDOUT=120): 10 beat 6 on cue F1 (0.762 vs 0.757).
const CUE_EPOCHS = Number(process.env.CUE_EPOCHS ?? 10);
const ROLE_EPOCHS = process.env.ONLY === 'cue' ? 0 : Number(process.env.ROLE_EPOCHS ?? 6);

function shuffle<T>(a: T[], seed: number): T[] {
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export async function train(dataDir: string): Promise<void> {
  const t0 = Date.now();
  let gold = readPolnear(join(dataDir, 'polnear'), 'train', process.env.LIMIT ? Number(process.env.LIMIT) : undefined);
  // HOLDOUT=N leaves the first N train documents out (for choosing settings on train:
  // `cue-errors.ts N` then scores them). Never commit such a model.
  if (process.env.HOLDOUT) gold = gold.slice(Number(process.env.HOLDOUT));
  const pipe = await upstreamPipeline();
  const docs: PreparedDoc[] = gold.map((g) => prepare(pipe, g));
  console.log(`prepared ${docs.length} docs in ${Date.now() - t0} ms`);
  const repo = new URL('../../../', import.meta.url);

  // Cue tagger (ONLY=role skips it and keeps the committed cue model; ONLY=cue skips the role model).
  const onlyRole = process.env.ONLY === 'role';
  const cue = new PerceptronTrainer(CUE_LABELS);
  const feats: number[] = [];
  const scores = new Float64Array(CUE_LABELS.length);
  for (let ep = 0; ep < (onlyRole ? 0 : CUE_EPOCHS); ep++) {
    let err = 0, tot = 0;
    for (const pd of shuffle([...docs], ep + 1)) {
      let prev = 0;
      for (let i = 0; i < pd.v.n; i++) {
        if (i > 0 && pd.v.sent[i] !== pd.v.sent[i - 1]) prev = 0;
        // Every token, also those inference never scores (./model.ts scoredToken): training
        // only on the scored ones was measured slightly worse.
        const g = CUE_LABELS.indexOf(pd.cueTags[i]);
        cueFeatures(pd.v, pd.d, i, prev, feats);
        scores.fill(0);
        const pred = argmax(cue.score(feats, scores), prev);
        cue.update(feats, g, pred);
        if (pred !== g) err++;
        tot++;
        prev = g;
      }
    }
    console.log(`cue epoch ${ep}: token error ${(err / tot).toFixed(4)}`);
  }
  const header = { rebuild: 'npm run train -- attribution', data: 'PolNeAR v1.0 train (../shared/data/polnear/train)', docs: docs.length };
  if (!onlyRole) writeFileSync(new URL('models/attribution-cue.json.gz', repo), PerceptronModel.toBuffer(CUE_LABELS, cue.averaged(), { ...header, model: 'cue tagger' }));

  // Role tagger.
  const role = new PerceptronTrainer(ROLE_LABELS);
  const rs = new Float64Array(ROLE_LABELS.length);
  for (let ep = 0; ep < ROLE_EPOCHS; ep++) {
    let err = 0, tot = 0;
    for (const pd of shuffle([...docs], ep + 7)) {
      for (const a of pd.attributions) {
        const c = cueContext(pd.v, pd.d, a.c0, a.c1, pd.isCue);
        // Teacher forcing: the update happens inside the decoder, which then continues with the gold label.
        decodeRoles(pd.v, pd.d, c, role, feats, rs, (i, pred) => {
          const g = ROLE_LABELS.indexOf(a.roles.get(i) ?? 'O');
          role.update(feats, g, pred);
          if (pred !== g) err++;
          tot++;
          return g;
        }, true);
      }
    }
    console.log(`role epoch ${ep}: token error ${(err / tot).toFixed(4)}`);
  }
  if (ROLE_EPOCHS > 0) writeFileSync(new URL('models/attribution-role.json.gz', repo), PerceptronModel.toBuffer(ROLE_LABELS, role.averaged(), { ...header, model: 'role tagger' }));
  console.log(`done in ${Date.now() - t0} ms`);
}

/** Best cue label; `I` only after `B`/`I`. */
export function argmax(s: Float64Array, prev: number): number {
  let best = 0;
  for (let k = 1; k < s.length; k++) {
    if (k === 2 && prev === 0) continue;
    if (s[k] > s[best]) best = k;
  }
  return best;
}

