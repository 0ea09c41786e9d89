/**
 * Checks the shipped models against each other: every bundle in `models/` must record,
 * for each upstream model it was trained on, the SHA-256 of the file actually shipped.
 * A retrained parser with stale downstream models (attribution trained on the old
 * parses) fails here, and so in CI (`training/model-check.test.ts`).
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundleHeader, sha256 } from '../src/ml/bundle.js';

/** One finding: which bundle, and what is wrong. */
export interface ModelProblem { file: string; problem: string }

/** The `.bin` bundles of a models folder, by file name. */
export function bundleFiles(modelsDir: string): string[] {
  return readdirSync(modelsDir).filter((f) => f.endsWith('.bin')).sort();
}

/** Stale or missing upstream models among the bundles of `modelsDir` (empty when consistent). */
export function checkUpstream(modelsDir: string): ModelProblem[] {
  const problems: ModelProblem[] = [];
  for (const file of bundleFiles(modelsDir)) {
    let upstream: Record<string, string>;
    try {
      upstream = readBundleHeader(readFileSync(join(modelsDir, file))).upstream;
    } catch (e) {
      problems.push({ file, problem: (e as Error).message });
      continue;
    }
    for (const [name, recorded] of Object.entries(upstream)) {
      const path = join(modelsDir, name);
      if (!existsSync(path)) { problems.push({ file, problem: `was trained on ${name}, which is not shipped` }); continue; }
      const actual = sha256(readFileSync(path));
      if (actual !== recorded) {
        problems.push({ file, problem: `was trained on ${name} ${recorded.slice(0, 12)}…, but the shipped ${name} is ${actual.slice(0, 12)}…: retrain it (npm run train -- ${file.replace(/\.bin$/, '')})` });
      }
    }
  }
  return problems;
}
