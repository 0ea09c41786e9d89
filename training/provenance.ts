/**
 * What a trained model records about how it was made: the committed training config
 * (`training/<model>/config.json`, never environment variables), the commit of the last
 * change to the code it depends on, and the SHA-256 of each upstream model it read.
 * All of it is a function of the checkout, so retraining an unchanged tree rebuilds the
 * model file bit for bit.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../src/ml/bundle.js';
import { REPO_ROOT } from './corpora/data-dir.js';

/** The committed models folder. */
export const MODELS_DIR = join(REPO_ROOT, 'models');

/** A model's committed configuration; `sources` lists the paths (files or folders) whose code decides the model's bytes. */
export interface TrainConfig {
  sources: string[];
  [key: string]: unknown;
}

/** Reads `training/<model>/config.json`. */
export function readConfig<T extends TrainConfig>(model: string): T {
  const path = join(REPO_ROOT, 'training', model, 'config.json');
  const c = JSON.parse(readFileSync(path, 'utf8')) as T;
  if (!Array.isArray(c.sources) || !c.sources.length) throw new Error(`${path}: "sources" must list the code the model depends on`);
  return c;
}

/**
 * The commit of the last change to `paths` (relative to the repository root; tests and
 * READMEs under them do not count, they cannot change a model), with `+dirty` when they
 * have uncommitted changes; `unknown` outside a git checkout.
 */
export function sourceCommit(paths: readonly string[]): string {
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', REPO_ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const spec = [...paths, ':(exclude,glob)**/*.test.ts', ':(exclude,glob)**/*.md'];
    const commit = git('log', '-1', '--format=%H', '--', ...spec);
    const dirty = git('status', '--porcelain', '--', ...spec);
    return (commit || 'uncommitted') + (dirty ? '+dirty' : '');
  } catch {
    return 'unknown';
  }
}

/** SHA-256 of each named file in `modelsDir` (default: the committed models), by file name. */
export function upstreamHashes(names: readonly string[], modelsDir = MODELS_DIR): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) out[n] = sha256(readFileSync(join(modelsDir, n)));
  return out;
}
