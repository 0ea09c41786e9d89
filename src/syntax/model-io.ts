/**
 * The syntax model file (`models/syntax.bin`): a bundle (src/ml/bundle.ts) with the POS
 * tagger, supertagger, parser move and label models as {@link SparseLinear} tables, the
 * parser's label masks and the word clusters. Rebuilt by `npm run train -- syntax`
 * (the writer lives with the training, in training/syntax/save.ts).
 * @module
 */
import type { SparseLinear } from '../ml/linear.js';
import { linearFromBundle, loadBundle, type Bundle } from '../ml/bundle.js';
import { Tagger, coarseTags, tagKinds } from './tagger.js';
import { Lexicon } from './lexical.js';
import { Parser } from './parser.js';

/**
 * Version of the tagger/parser feature set; bump it whenever a feature template or key
 * changes, so a model trained with other features is refused instead of misread.
 */
export const SYNTAX_FEATURE_VERSION = 1;

/** A loaded tagger + parser pair. */
export interface SyntaxModel {
  tagger: Tagger;
  parser: Parser;
  /** Predicts each word's relation and head direction for the parser's features (null in models trained without). */
  supertagger: Tagger | null;
  /** Lower-case form → cluster value (see `Lexicon`). */
  clusters: ReadonlyMap<string, number>;
  /** Lexical-feature cache carrying the model's word clusters; use it for every form fed to the model. */
  lexicon: Lexicon;
  info: Record<string, unknown>;
}

/** The model held by a decoded syntax bundle. */
export function syntaxModelFromBundle(b: Bundle): SyntaxModel {
  const { labels, meta } = b.header;
  const tagger = new Tagger(labels.tags, linearFromBundle(b, 'tagModel'), new Map(meta.tagDict as [string, number][]));
  const parser = new Parser(labels.relations, linearFromBundle(b, 'moveModel'), linearFromBundle(b, 'labelModel'),
    b.arrays.leftMask as Uint8Array, b.arrays.rightMask as Uint8Array, coarseTags(tagger.classes), tagKinds(tagger.classes));
  const words = (meta.clusterWords as string) ? (meta.clusterWords as string).split('\n') : [];
  const ids = b.arrays.clusterIds as Int32Array;
  const clusters = new Map<string, number>();
  words.forEach((w, i) => clusters.set(w, ids[i]));
  const supertagger = labels.supertags
    ? new Tagger(labels.supertags, linearFromBundle(b, 'stagModel'), new Map(meta.stagDict as [string, number][]))
    : null;
  return { tagger, parser, supertagger, clusters, lexicon: new Lexicon(clusters), info: { ...b.header.config, devScores: b.header.devScores } };
}

/** Loads a syntax model file (checks that it is one, with this code's feature version). */
export function loadSyntaxModel(path: string | URL): SyntaxModel {
  return syntaxModelFromBundle(loadBundle(path, 'syntax', SYNTAX_FEATURE_VERSION));
}
