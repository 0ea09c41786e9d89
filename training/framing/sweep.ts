/**
 * Settings sweep by cross-validation over the PTC train articles only (no held-out data):
 *   node --import tsx training/framing/sweep.ts DATA_DIR [limit]
 * prints SI P/R/F1 for a range of O-biases and TC micro-F1 under the committed config,
 * with overrides from the environment (SI_EPOCHS, TC_EPOCHS). For choosing config.json.
 * @module
 */
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { serialize, deserialize } from 'node:v8';
import { readPtc } from '../corpora/ptc.js';
import { prepareArticle, upstreamPipeline } from './prepare.js';
import { crossValidate } from './cv.js';
import { loadConfig } from './train.js';

const dataDir = process.argv[2] ?? '../shared/data';
const limit = process.argv[3] ? Number(process.argv[3]) : undefined;
const cfg = loadConfig();
if (process.env.SI_EPOCHS) cfg.siEpochs = Number(process.env.SI_EPOCHS);
if (process.env.TC_EPOCHS) cfg.tcEpochs = Number(process.env.TC_EPOCHS);
if (process.env.SI_MODELS) cfg.siModels = Number(process.env.SI_MODELS);
if (process.env.TC_MODELS) cfg.tcModels = Number(process.env.TC_MODELS);
const pipe = await upstreamPipeline();
const arts = readPtc(join(dataDir, 'ptc')).articles.slice(0, limit);
// PREP_CACHE=file keeps the analysed articles between runs of the sweep (a local file, never committed).
const cache = process.env.PREP_CACHE;
const prepared = cache && existsSync(cache) ? deserialize(readFileSync(cache)) as ReturnType<typeof prepareArticle>[] : arts.map((a) => prepareArticle(pipe, a));
if (cache && !existsSync(cache)) writeFileSync(cache, serialize(prepared));
const biases = (process.env.BIASES ?? '-15,-20,-25,-30').split(',').map(Number);
const gaps = (process.env.GAPS ?? '0,1,2,3').split(',').map(Number);
const r = crossValidate(prepared, cfg, 5, biases, gaps);
for (const [b, s] of r.siByBias) console.log(`oBias ${b}: SI P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.nPred} spans)`);
console.log(`TC micro-F1 ${r.tc.micro.toFixed(4)} (siEpochs ${cfg.siEpochs}, tcEpochs ${cfg.tcEpochs}, tcModels ${cfg.tcModels ?? 1})`);
