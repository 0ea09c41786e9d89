/**
 * Inference with the two trained attribution models (see ./features.ts): tags cues,
 * then labels each cue's source and content tokens. Returns token-level results; the
 * stage turns them into annotations and applies the rule refinements.
 *
 * Models: models/attribution-cue.json.gz and models/attribution-role.json.gz, rebuilt by
 * `npm run train -- attribution` from ../shared/data/polnear/train.
 * @module
 */
import { readFileSync } from 'node:fs';
import { PerceptronModel } from './perceptron.js';
import { CUE_LABELS, ROLE_LABELS, cueContext, cueFeatures, roleFeatures, type CueCtx, type Derived } from './features.js';
import type { TokView } from './tokview.js';

/** A raw attribution over token indices (inclusive ranges). */
export interface RawAttribution {
  cue: [number, number];
  /** Lemma of the cue's main word. */
  cueLemma: string;
  source: [number, number] | null;
  /** Content runs in text order. */
  content: [number, number][];
}

let models: { cue: PerceptronModel; role: PerceptronModel } | undefined;

/** Loads the model files once (synchronously; a few MB). */
export function loadModels(): { cue: PerceptronModel; role: PerceptronModel } {
  models ??= {
    cue: PerceptronModel.fromBuffer(readFileSync(new URL('../../../../models/attribution-cue.json.gz', import.meta.url))),
    role: PerceptronModel.fromBuffer(readFileSync(new URL('../../../../models/attribution-role.json.gz', import.meta.url))),
  };
  return models;
}

/** Cue spans as inclusive token ranges, greedy left to right with the previous tag as a feature. */
export function tagCues(v: TokView, d: Derived, model: PerceptronModel): [number, number][] {
  const feats: string[] = [];
  const scores = new Float64Array(CUE_LABELS.length);
  const out: [number, number][] = [];
  let prev = 'O';
  for (let i = 0; i < v.n; i++) {
    if (i > 0 && v.sent[i] !== v.sent[i - 1]) prev = 'O';
    cueFeatures(v, d, i, prev, feats);
    scores.fill(0);
    model.score(feats, scores);
    let best = 0;
    for (let k = 1; k < scores.length; k++) {
      if (k === 2 && prev === 'O') continue;
      if (scores[k] > scores[best]) best = k;
    }
    const tag = CUE_LABELS[best];
    if (tag === 'B') out.push([i, i]);
    else if (tag === 'I') out[out.length - 1][1] = i;
    prev = tag;
  }
  return out;
}

/**
 * Role labels (indices into ROLE_LABELS) for the window of cue context `c`, decoded
 * greedily outward from the cue on each side. Shared with training through `choose`.
 */
export function decodeRoles(v: TokView, c: CueCtx, model: { score(f: readonly string[], s: Float64Array): Float64Array },
  feats: string[], scores: Float64Array, choose?: (i: number, best: number) => number): Uint8Array {
  const labels = new Uint8Array(c.hi - c.lo);
  for (const dir of [-1, 1]) {
    let prev = 'O';
    for (let i = dir < 0 ? c.c0 - 1 : c.c1 + 1; i >= c.lo && i < c.hi; i += dir) {
      roleFeatures(v, c, i, prev, feats);
      scores.fill(0);
      model.score(feats, scores);
      let best = 0;
      for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
      const lab = choose ? choose(i, best) : best;
      labels[i - c.lo] = lab;
      prev = ROLE_LABELS[lab];
    }
  }
  return labels;
}

/** Source and content for each cue. */
export function tagRoles(v: TokView, d: Derived, cues: [number, number][], model: PerceptronModel): RawAttribution[] {
  const isCue = new Uint8Array(v.n);
  for (const [a, b] of cues) for (let i = a; i <= b; i++) isCue[i] = 1;
  const feats: string[] = [];
  const scores = new Float64Array(ROLE_LABELS.length);
  const out: RawAttribution[] = [];
  for (const [c0, c1] of cues) {
    const c = cueContext(v, d, c0, c1, isCue);
    const labels = decodeRoles(v, c, model, feats, scores);
    const sRuns: [number, number][] = [], cRuns: [number, number][] = [];
    for (let i = c.lo; i < c.hi; i++) {
      const lab = labels[i - c.lo];
      if (lab === 0) continue;
      const runs = lab === 1 ? sRuns : cRuns;
      const last = runs[runs.length - 1];
      if (last && last[1] === i - 1) last[1] = i; else runs.push([i, i]);
    }
    // The source is one span: the run nearest the cue.
    let source: [number, number] | null = null;
    for (const r of sRuns) {
      const dr = r[1] < c0 ? c0 - r[1] : r[0] - c1;
      const ds = source ? (source[1] < c0 ? c0 - source[1] : source[0] - c1) : Infinity;
      if (dr < ds) source = r;
    }
    // Content runs separated only by a quote mark or comma are one run.
    const content: [number, number][] = [];
    for (const r of cRuns) {
      const last = content[content.length - 1];
      if (last && r[0] - last[1] <= 2 && !(last[1] < c0 && r[0] > c1)) last[1] = r[1];
      else content.push([r[0], r[1]]);
    }
    out.push({ cue: [c0, c1], cueLemma: c.lemma, source, content });
  }
  return out;
}
