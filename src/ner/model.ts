/**
 * The recogniser's model file `models/ner.bin`: one bundle (src/ml/bundle.ts) holding
 * the averaged-perceptron weights over hashed features (a {@link SparseLinear} named
 * `weights`, BILOU labels for PER/ORG/LOC/MISC), the casing lexicon and the word
 * clusters (word lists in the header, values as typed arrays). Rebuilt by
 * `npm run train -- ner`.
 * @module
 */
import { linearFromBundle, loadBundle, type Bundle } from '../ml/bundle.js';
import type { SparseLinear } from '../ml/linear.js';
import { lexiconMap, type CaseLexicon, type Clusters } from './lexicons.js';

/** Where the committed model lives (works from src/ner and dist/ner). */
export const NER_MODEL_URL = new URL('../../models/ner.bin', import.meta.url);

/**
 * Version of the feature set in src/ner/features.ts; bump it whenever a feature changes,
 * so an old model is refused instead of silently misread. 2: keys from src/ml/hash.ts.
 */
export const NER_FEATURE_VERSION = 2;

/** A loaded recogniser model. */
export interface NerModel {
  weights: SparseLinear;
  caseLex: CaseLexicon;
  clusters: Clusters;
}

/** The model in a decoded bundle. */
export function nerModelFromBundle(b: Bundle): NerModel {
  const words = (key: string): string[] => {
    const s = b.header.meta[key];
    return typeof s === 'string' && s ? s.split('\n') : [];
  };
  return {
    weights: linearFromBundle(b, 'weights'),
    caseLex: lexiconMap(words('caseWords'), b.arrays.caseClasses),
    clusters: lexiconMap(words('clusterWords'), b.arrays.clusterPaths),
  };
}

const cache = new Map<string, NerModel>();

/** Loads a model file (default: the committed one) once per process and path. */
export function loadNerModel(path: string | URL = NER_MODEL_URL): NerModel {
  const key = String(path);
  let m = cache.get(key);
  if (!m) { m = nerModelFromBundle(loadBundle(path, 'ner', NER_FEATURE_VERSION)); cache.set(key, m); }
  return m;
}

/** The casing lexicon of the committed model (also read by the entities stage's rules). */
export function loadCaseLexicon(): CaseLexicon {
  return loadNerModel().caseLex;
}
