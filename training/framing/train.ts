/**
 * `npm run train -- framing`: trains the framing models from every PTC train article
 * (../shared/data/ptc) with training/framing/config.json and writes models/framing.json.gz
 * (config, source commit, SHA-256 of the upstream syntax model, the count-derived
 * loaded-language lexicon, SI and TC weights). Deterministic: the same data, code and
 * config give the same file byte for byte.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasPtc, readPtcTrain } from './ptc.js';
import { prepareArticle, upstreamPipeline } from './prepare.js';
import { buildLexicon, tcInstances, trainSi, trainTc, viewsOf, type FramingConfig } from './learn.js';
import { sparseToJson, type FramingModelJson } from '../../src/pipeline/stages/framing/model.js';
import { TECHNIQUES } from '../../src/pipeline/stages/framing/techniques.js';

const repo = new URL('../../', import.meta.url);

/** The committed training settings. */
export function loadConfig(): FramingConfig {
  const j = JSON.parse(readFileSync(new URL('training/framing/config.json', repo), 'utf8')) as FramingConfig & { $comment?: string };
  delete j.$comment;
  return j;
}

function sourceCommit(): string {
  try { return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: new URL('.', repo), encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
}

export async function train(dataDir: string): Promise<void> {
  const dir = join(dataDir, 'ptc');
  if (!hasPtc(dir)) throw new Error(`PTC train data not found in ${dir}`);
  const cfg = loadConfig();
  const t0 = Date.now();
  const pipe = await upstreamPipeline();
  const arts = readPtcTrain(dir).map((a) => prepareArticle(pipe, a));
  console.log(`prepared ${arts.length} articles in ${Date.now() - t0} ms`);
  const lex = buildLexicon(arts, cfg.lexicon);
  const views = viewsOf(arts, lex);
  const si = trainSi(arts, views, cfg);
  const tc = trainTc(tcInstances(arts, views), cfg);
  const syntaxSha = createHash('sha256').update(readFileSync(new URL('models/syntax.bin', repo))).digest('hex');
  const json: FramingModelJson = {
    format: 'newsgraph-framing', version: 1,
    header: { config: cfg, sourceCommit: sourceCommit(), data: 'ptc train-articles (SemEval-2020 Task 11)', articles: arts.length, upstream: { 'models/syntax.bin': syntaxSha }, rebuild: 'npm run train -- framing' },
    techniques: [...TECHNIQUES], lexicon: [...lex], oBias: cfg.oBias, si: sparseToJson(si), tc: sparseToJson(tc),
  };
  const out = new URL('models/framing.json.gz', repo);
  writeFileSync(out, gzipSync(JSON.stringify(json), { level: 9 }));
  console.log(`wrote ${out.pathname}: SI ${si.size} rows, TC ${tc.size} rows, lexicon ${lex.size} words (${Date.now() - t0} ms)`);
}
