/**
 * `npm run train -- framing`: trains the framing models from every PTC train article
 * (../shared/data/ptc) with training/framing/config.json and writes models/framing.bin
 * (a src/ml bundle: config, source commit, SHA-256 of the upstream syntax model, the
 * count-derived loaded-language lexicon, SI and TC weights). Deterministic: the same
 * data, code and config give the same file byte for byte.
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readPtc } from '../corpora/ptc.js';
import { REPO_ROOT } from '../corpora/data-dir.js';
import { prepareArticle, upstreamPipeline } from './prepare.js';
import { buildLexicon, tcInstances, trainSi, trainTc, viewsOf, type FramingConfig } from './learn.js';
import { linearModels, sha256, writeBundle } from '../../src/ml/bundle.js';
import { FRAMING_FEATURE_VERSION, FRAMING_MODEL_URL } from '../../src/pipeline/stages/framing/model.js';
import { TECHNIQUES } from '../../src/pipeline/stages/framing/techniques.js';

/** The committed training settings. */
export function loadConfig(): FramingConfig {
  const j = JSON.parse(readFileSync(join(REPO_ROOT, 'training/framing/config.json'), 'utf8')) as FramingConfig & { $comment?: string };
  delete j.$comment;
  return j;
}

/** The code this model depends on: the last commit touching it, `+dirty` with uncommitted changes there. */
// Only what shapes the weights: inference-only rule files can change without making the model stale.
const CODE_PATHS = ['src/pipeline/stages/framing/features.ts', 'src/pipeline/stages/framing/techniques.ts', 'src/pipeline/stages/statements/tokview.ts', 'src/ml', 'training/framing', 'training/corpora'];
function sourceCommit(): string {
  try {
    const git = (args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const commit = git(['log', '-1', '--format=%H', '--', ...CODE_PATHS]);
    return git(['status', '--porcelain', '--', ...CODE_PATHS]) ? `${commit}+dirty` : commit;
  } catch { return 'unknown'; }
}

export async function train(dataDir: string): Promise<void> {
  const dir = join(dataDir, 'ptc');
  if (!existsSync(join(dir, 'train-articles'))) throw new Error(`PTC train data not found in ${dir}`);
  const cfg = loadConfig();
  const t0 = Date.now();
  const pipe = await upstreamPipeline();
  const arts = readPtc(dir).articles.map((a) => prepareArticle(pipe, a));
  console.log(`prepared ${arts.length} articles in ${Date.now() - t0} ms`);
  const lex = buildLexicon(arts, cfg.lexicon);
  const views = viewsOf(arts, lex);
  const si = trainSi(arts, views, cfg);
  const tc = trainTc(tcInstances(arts, views), cfg);
  const linear = linearModels({ si, tc });
  const buf = writeBundle({
    model: 'framing', featureVersion: FRAMING_FEATURE_VERSION,
    labels: { techniques: [...TECHNIQUES], si: ['O', 'B', 'I'] },
    config: cfg as unknown as Record<string, unknown>,
    sourceCommit: sourceCommit(),
    upstream: { 'syntax.bin': sha256(readFileSync(join(REPO_ROOT, 'models/syntax.bin'))) },
    devScores: {},
    meta: { ...linear.meta, data: `ptc train-articles (SemEval-2020 Task 11), ${arts.length} articles`, lexicon: [...lex] },
  }, linear.arrays);
  writeFileSync(FRAMING_MODEL_URL, buf);
  console.log(`wrote ${FRAMING_MODEL_URL.pathname} (sha256 ${sha256(buf).slice(0, 16)}…): SI ${si.size} rows, TC ${tc.size} rows, lexicon ${lex.size} words (${Date.now() - t0} ms)`);
}
