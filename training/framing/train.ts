/**
 * Trains the framing models from every PTC train article (`<data>/ptc`, SemEval-2020
 * Task 11) and writes `framing.bin`: a src/ml bundle with the config, the source commit,
 * the SHA-256 of the upstream syntax model (the articles are first run through the
 * shipped tokenizer and parser, whose output the features read), the count-derived
 * loaded-language lexicon and the sentence detector's bucket cut points in `meta`, and
 * three SparseLinear tables: the sentence detector, the SI tagger and the TC classifier.
 *
 * `npm run train -- framing`; settings in ./config.json. Deterministic: articles are read
 * in id order, every example order comes from a seeded PRNG and bundles are written
 * byte-stably, so `npm run train -- verify framing` rebuilds the committed file bit for bit.
 * @module
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPtc } from '../corpora/ptc.js';
import { prepareArticle, upstreamPipeline } from './prepare.js';
import { buildLexicon, crossFitSentence, tcInstances, trainSi, trainTc, viewsOf, type FramingConfig } from './learn.js';
import { linearModels, sha256, writeBundle } from '../../src/ml/bundle.js';
import { FRAMING_FEATURE_VERSION } from '../../src/pipeline/stages/framing/model.js';
import { TECHNIQUES } from '../../src/pipeline/stages/framing/techniques.js';
import { readConfig, sourceCommit, upstreamHashes, type TrainConfig } from '../provenance.js';
import type { Trainer, TrainRun } from '../trainer.js';

/** The committed settings (./config.json): the learners' settings and the code they depend on. */
export type FramingTrainConfig = FramingConfig & TrainConfig;

/** The committed training settings, without the documentation comment. */
export function loadConfig(): FramingTrainConfig {
  const { $comment: _c, ...cfg } = readConfig<FramingTrainConfig & { $comment?: string }>('framing');
  return cfg;
}

/** The upstream model files whose output training reads. */
const UPSTREAM = ['syntax.bin'];

/** Trains the lexicon, the sentence detector, SI and TC with the committed config; writes `framing.bin` into `run.outDir`. */
export async function train({ dataDir, outDir, log }: TrainRun): Promise<void> {
  const dir = join(dataDir, 'ptc');
  if (!existsSync(join(dir, 'train-articles'))) throw new Error(`PTC train data not found in ${dir} (needs train-articles/ and train-task2-TC.labels)`);
  const cfg = loadConfig();
  // Taken before training, so later edits elsewhere in the checkout cannot leak into the record.
  const commit = sourceCommit(cfg.sources);
  const t0 = Date.now();
  const pipe = await upstreamPipeline();
  const arts = readPtc(dir).articles.map((a) => prepareArticle(pipe, a));
  log(`prepared ${arts.length} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const lex = buildLexicon(arts, cfg.lexicon);
  const views = viewsOf(arts, lex);
  const det = crossFitSentence(arts, views, cfg.sentence);
  const si = trainSi(arts, views, cfg);
  const tc = trainTc(tcInstances(arts, views), cfg);
  const linear = linearModels({ sent: det.model, si, tc });
  const buf = writeBundle({
    model: 'framing', featureVersion: FRAMING_FEATURE_VERSION,
    labels: { techniques: [...TECHNIQUES], si: ['O', 'B', 'I'], sent: ['no', 'yes'] },
    config: cfg as unknown as Record<string, unknown>,
    sourceCommit: commit,
    upstream: upstreamHashes(UPSTREAM),
    // PTC's dev and test labels are not in the shared data: cross-validation over the
    // train articles (`npm run eval -- propaganda`) measures these models instead.
    devScores: {},
    meta: { ...linear.meta, data: `ptc train-articles (SemEval-2020 Task 11), ${arts.length} articles`, lexicon: [...lex], sentenceCuts: det.cuts },
  }, linear.arrays);
  const out = join(outDir, 'framing.bin');
  writeFileSync(out, buf);
  log(`wrote ${out} (sha256 ${sha256(buf).slice(0, 16)}…): sentence ${det.model.size} rows, SI ${si.size} rows, TC ${tc.size} rows, lexicon ${lex.size} words (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

/** `npm run train -- framing`. */
export const trainer: Trainer = {
  name: 'framing',
  files: ['framing.bin'],
  description: 'propaganda span tagger, sentence detector and technique classifier from PTC train, on the parses of the shipped syntax model',
  train,
};

