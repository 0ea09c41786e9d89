/**
 * Trains the named-entity recogniser: averaged perceptrons over BILOU labels with greedy
 * left-to-right decoding (features in src/ner/features.ts) on CoNLL-2003 train, several
 * trained on different document orders and averaged (parameter mixing: lower variance
 * at no cost at inference). Builds the casing lexicon and word clusters from unlabelled
 * news first, and writes all three into `models/ner.bin`; prints CoNLL valid F1.
 *
 * `npm run train -- ner`; settings in ./config.json.
 * @module
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll, type GoldDoc, type TokSpan } from '../corpora/conll.js';
import { decodeSentence, History, label, MAX_FEATURES, NLABELS, SentenceFeatures, TYPES } from '../../src/ner/features.js';
import { getGazetteer } from '../../src/ner/gazetteer.js';
import { NER_FEATURE_VERSION, nerModelFromBundle } from '../../src/ner/model.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { lexiconMap, packClusterPath } from '../../src/ner/lexicons.js';
import { linearModels, readBundle, writeBundle } from '../../src/ml/bundle.js';
import { SparseLinear } from '../../src/ml/linear.js';
import { AveragedPerceptron, EpochErrors, shuffledEpochs } from '../../src/ml/train.js';
import { buildCaseLexicon, buildClusters, lexiconColumns } from './lexicons.js';
import { countSpans, overallF1, type Counts } from './score.js';
import { readConfig, sourceCommit, type TrainConfig } from '../provenance.js';
import type { Trainer, TrainRun } from '../trainer.js';

/** The committed settings (./config.json). */
export interface NerConfig extends TrainConfig {
  /** Epochs of each perceptron. */
  epochs: number;
  /** Perceptrons (different document orders) averaged into the shipped model. */
  runs: number;
  /** Seed of the first run's document order (run k uses seed + k). */
  seed: number;
  /** Averaged weights with a smaller |weight| are dropped. */
  minWeight: number;
}

/** Gold BILOU labels of a sentence's spans. */
export function goldLabels(n: number, spans: readonly TokSpan[]): Int32Array {
  const out = new Int32Array(n);
  for (const s of spans) {
    const t = (TYPES as readonly string[]).indexOf(s.type);
    if (t < 0) continue;
    if (s.end - s.start === 1) out[s.start] = label(t, 3);
    else {
      out[s.start] = label(t, 0);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = label(t, 1);
      out[s.end - 1] = label(t, 2);
    }
  }
  return out;
}

/** Scores a scorer on documents with the CoNLL types. */
export function evaluateDocs(docs: GoldDoc[], tagger: NerTagger): Counts {
  const counts: Counts = new Map();
  for (const d of docs) {
    const pred = tagger.tagDocument(d.sentences.map((s) => s.tokens));
    d.sentences.forEach((s, i) => countSpans(s.spans, pred[i], counts));
  }
  return counts;
}

/** Trains the recogniser with the committed config and writes `ner.bin` into `run.outDir`. */
export async function train({ dataDir, outDir, log }: TrainRun): Promise<void> {
  const config = readConfig<NerConfig>('ner');
  // Taken before training, so later edits elsewhere in the checkout cannot leak into the record.
  const commit = sourceCommit(config.sources);
  const trainPath = join(dataDir, 'conll2003', 'eng.train.txt');
  const validPath = join(dataDir, 'conll2003', 'eng.valid.txt');
  if (!existsSync(trainPath)) throw new Error(`ner train: ${trainPath} not found`);
  const docs = readConll(trainPath);
  const valid = existsSync(validPath) ? readConll(validPath) : [];
  const gaz = getGazetteer();
  const caseCols = lexiconColumns(buildCaseLexicon(dataDir), Number);
  const caseLex = lexiconMap(caseCols.words, caseCols.values);
  log(`casing lexicon: ${caseLex.size} words`);
  const unlabelled = docs.flatMap((d) => d.sentences.map((s) => s.tokens));
  const clusterCols = lexiconColumns(buildClusters(dataDir, unlabelled), packClusterPath);
  const clusters = lexiconMap(clusterCols.words, clusterCols.values);
  log(`word clusters: ${clusters.size} words`);
  const sf = new SentenceFeatures(gaz, caseLex, clusters);
  const hist = new History();
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(NLABELS);
  let labels = new Int32Array(256);
  const members: SparseLinear[] = [];
  for (let run = 0; run < config.runs; run++) {
    const weights = new AveragedPerceptron(NLABELS, null, true);
    for (const { epoch, order } of shuffledEpochs(docs, config.epochs, config.seed + run)) {
      const errors = new EpochErrors();
      for (const d of order) {
        hist.clear();
        sf.prepareDoc(d.sentences.map((s) => s.tokens));
        for (const s of d.sentences) {
          const n = s.tokens.length;
          if (n > labels.length) labels = new Int32Array(n * 2);
          sf.prepare(s.tokens, n);
          const gold = goldLabels(n, s.spans);
          // Learns from the prediction; decoding then continues with it (not the gold label).
          decodeSentence(sf, weights, hist, labels, feats, scores, (i, f, nf, pred) => {
            errors.add(weights.learn(f, nf, gold[i], pred));
            return pred;
          });
        }
      }
      log(`${errors.line(`run ${run + 1}/${config.runs}`, epoch, config.epochs)}, rows ${weights.rows}`);
    }
    members.push(weights.finish(config.minWeight));
  }
  const model = members.length === 1 ? members[0] : SparseLinear.mean(members);
  const lin = linearModels({ weights: model });
  const bundle = (devScores: Record<string, number>): Buffer => writeBundle({
    model: 'ner',
    featureVersion: NER_FEATURE_VERSION,
    labels: { bilou: ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))] },
    config,
    sourceCommit: commit,
    // Reads tokens only: no upstream model.
    upstream: {},
    devScores,
    meta: { ...lin.meta, caseWords: caseCols.words.join('\n'), clusterWords: clusterCols.words.join('\n') },
  }, { ...lin.arrays, caseClasses: Uint8Array.from(caseCols.values), clusterPaths: Int32Array.from(clusterCols.values) });
  let devScores: Record<string, number> = {};
  if (valid.length) {
    // Scored through the file format, as inference will read it.
    const counts = evaluateDocs(valid, new NerTagger(nerModelFromBundle(readBundle(bundle({}))), gaz));
    for (const [t, c] of counts) {
      const p = c.tp / Math.max(1, c.tp + c.fp), r = c.tp / Math.max(1, c.tp + c.fn);
      log(`${t.padEnd(5)} P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${(p + r ? 2 * p * r / (p + r) : 0).toFixed(4)}`);
    }
    devScores = { 'conll.valid.f1': +overallF1(counts).toFixed(4) };
    log(`CoNLL valid F1 ${devScores['conll.valid.f1']}`);
  }
  const bin = bundle(devScores);
  const out = join(outDir, 'ner.bin');
  writeFileSync(out, bin);
  log(`wrote ${out} (${(bin.length / 1e6).toFixed(2)} MB)`);
}

/** `npm run train -- ner`. */
export const trainer: Trainer = {
  name: 'ner',
  files: ['ner.bin'],
  description: 'named-entity recogniser (BILOU PER/ORG/LOC/MISC) from CoNLL-2003 train + casing lexicon and clusters from unlabelled news',
  train,
};
