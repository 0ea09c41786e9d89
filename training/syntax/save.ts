/**
 * The syntax model's writer: a trained tagger, supertagger and parser with their word
 * clusters as one bundle (src/ml/bundle.ts), read back by src/syntax/model-io.ts.
 * @module
 */
import { linearModels, writeBundle } from '../../src/ml/bundle.js';
import type { Tagger } from '../../src/syntax/tagger.js';
import type { Parser } from '../../src/syntax/parser.js';
import { SYNTAX_FEATURE_VERSION } from '../../src/syntax/model-io.js';
import type { TrainConfig } from '../provenance.js';

/** Serialises a trained tagger, parser and (optional) supertagger with their provenance. */
export function saveSyntaxModel(tagger: Tagger, parser: Parser, clusters: ReadonlyMap<string, number>, supertagger: Tagger | null,
  run: { config: TrainConfig; sourceCommit: string; devScores: Record<string, number> }): Buffer {
  const lin = linearModels({
    tagModel: tagger.model, moveModel: parser.moves, labelModel: parser.labeller,
    ...(supertagger ? { stagModel: supertagger.model } : {}),
  });
  return writeBundle({
    model: 'syntax',
    featureVersion: SYNTAX_FEATURE_VERSION,
    labels: { tags: [...tagger.classes], relations: [...parser.labels], ...(supertagger ? { supertags: [...supertagger.classes] } : {}) },
    config: run.config,
    sourceCommit: run.sourceCommit,
    // The syntax model reads no other model's output.
    upstream: {},
    devScores: run.devScores,
    meta: {
      ...lin.meta,
      tagDict: [...tagger.tagDict.entries()],
      ...(supertagger ? { stagDict: [...supertagger.tagDict.entries()] } : {}),
      clusterWords: [...clusters.keys()].join('\n'),
    },
  }, {
    ...lin.arrays,
    leftMask: parser.leftMask,
    rightMask: parser.rightMask,
    clusterIds: Int32Array.from(clusters.values()),
  });
}
