/**
 * Trains the attribution models from PolNeAR train and writes `models/attribution.bin`:
 * the cue tagger (B/I/O per token) and the source/content tagger conditioned on a cue,
 * averaged perceptrons over the features of src/pipeline/stages/statements/features.ts.
 * The documents are first run through the shipped upstream stages (tokens, POS and
 * dependency parse from `models/syntax.bin`, whose SHA-256 the bundle records), so
 * training reads the parse exactly as inference will.
 *
 * `npm run train -- attribution`; settings in ./config.json.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../corpora/polnear.js';
import { prepare, upstreamPipeline, type PreparedDoc } from './prepare.js';
import { linearModels, readBundle, writeBundle } from '../../src/ml/bundle.js';
import { argmax, AveragedPerceptron, EpochErrors, shuffledEpochs } from '../../src/ml/train.js';
import { CUE_LABELS, ROLE_LABELS, cueContext, cueFeatures } from '../../src/pipeline/stages/statements/features.js';
import { ATTRIBUTION_FEATURE_VERSION, decodeRoles, scoreFeatures } from '../../src/pipeline/stages/statements/model.js';
import { readConfig, sourceCommit, upstreamHashes, type TrainConfig } from '../provenance.js';
import type { Trainer, TrainRun } from '../trainer.js';
import { scoreAttribution } from './dev-score.js';

/** The committed settings (./config.json). */
export interface AttributionConfig extends TrainConfig {
  /** Epochs of the cue tagger (10 beat 6 on cue F1 on 120 held-out train documents: 0.762 vs 0.757). */
  cueEpochs: number;
  /** Epochs of the role tagger. */
  roleEpochs: number;
  /** Seeds of the two taggers' document orders. */
  cueSeed: number;
  roleSeed: number;
  /**
   * Feature rows whose largest |weight| is below this share of the model's largest are
   * dropped (0.04: on PolNeAR dev that halved the model with no loss; a smaller table
   * means fewer cache misses).
   */
  pruneBelow: number;
}

/** The upstream model files whose output training reads. */
const UPSTREAM = ['syntax.bin'];

/** Trains both taggers with the committed config and writes `attribution.bin` into `run.outDir`. */
export async function train({ dataDir, outDir, log }: TrainRun): Promise<void> {
  const t0 = Date.now();
  const config = readConfig<AttributionConfig>('attribution');
  // Taken before training, so later edits elsewhere in the checkout cannot leak into the record.
  const commit = sourceCommit(config.sources);
  const gold = readPolnear(join(dataDir, 'polnear'), 'train');
  const pipe = await upstreamPipeline();
  const docs: PreparedDoc[] = gold.map((g) => prepare(pipe, g));
  log(`prepared ${docs.length} docs in ${Date.now() - t0} ms`);

  const cue = new AveragedPerceptron(CUE_LABELS.length, null, true);
  const feats: number[] = [];
  const scores = new Float32Array(CUE_LABELS.length);
  // `I` only after `B`/`I`.
  const afterO = (k: number) => k !== 2;
  for (const { epoch, order } of shuffledEpochs(docs, config.cueEpochs, config.cueSeed)) {
    const errors = new EpochErrors();
    for (const pd of order) {
      let prev = 0;
      for (let i = 0; i < pd.v.n; i++) {
        if (i > 0 && pd.v.sent[i] !== pd.v.sent[i - 1]) prev = 0;
        // Every token, also those inference never scores (src/…/statements/model.ts
        // scoredToken): training only on the scored ones was measured slightly worse.
        const g = CUE_LABELS.indexOf(pd.cueTags[i]);
        cueFeatures(pd.v, pd.d, i, prev, feats);
        const keys = scoreFeatures(cue, feats, scores);
        const pred = argmax(scores, scores.length, prev === 0 ? afterO : undefined);
        errors.add(cue.learn(keys, feats.length, g, pred));
        prev = g;
      }
    }
    log(errors.line('cue', epoch, config.cueEpochs));
  }

  const role = new AveragedPerceptron(ROLE_LABELS.length, null, true);
  const rs = new Float32Array(ROLE_LABELS.length);
  for (const { epoch, order } of shuffledEpochs(docs, config.roleEpochs, config.roleSeed)) {
    const errors = new EpochErrors();
    for (const pd of order) {
      for (const a of pd.attributions) {
        const c = cueContext(pd.v, pd.d, a.c0, a.c1, pd.isCue);
        // Teacher forcing: the update happens inside the decoder, which then continues with the gold label.
        decodeRoles(pd.v, pd.d, c, role, feats, rs, (i, pred, keys) => {
          const g = ROLE_LABELS.indexOf(a.roles.get(i) ?? 'O');
          errors.add(role.learn(keys, feats.length, g, pred));
          return g;
        }, true);
      }
    }
    log(errors.line('role', epoch, config.roleEpochs));
  }

  const prune = (p: AveragedPerceptron) => {
    const m = p.finish(1e-6);
    return m.pruned(config.pruneBelow * m.scale * 32767);
  };
  const lin = linearModels({ cue: prune(cue), role: prune(role) });
  const bundle = (devScores: Record<string, number>): Buffer => writeBundle({
    model: 'attribution',
    featureVersion: ATTRIBUTION_FEATURE_VERSION,
    labels: { cue: [...CUE_LABELS], role: [...ROLE_LABELS] },
    config,
    sourceCommit: commit,
    upstream: upstreamHashes(UPSTREAM),
    devScores,
    meta: { ...lin.meta },
  }, lin.arrays);
  const devScores = await scoreAttribution(dataDir, readBundle(bundle({})));
  log(`PolNeAR dev: ${JSON.stringify(devScores)}`);
  const bin = bundle(devScores);
  const out = join(outDir, 'attribution.bin');
  writeFileSync(out, bin);
  log(`wrote ${out} (${(bin.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** `npm run train -- attribution`. */
export const trainer: Trainer = {
  name: 'attribution',
  files: ['attribution.bin'],
  description: 'cue tagger and source/content tagger from PolNeAR train, on the parses of the shipped syntax model',
  train,
};
