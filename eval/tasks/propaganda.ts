import { join } from 'node:path';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { round } from '../metrics.js';
import { existsSync } from 'node:fs';
import { readPtc } from '../../training/corpora/ptc.js';
import { prepareArticle, upstreamPipeline } from '../../training/framing/prepare.js';
import { crossValidate } from '../../training/framing/cv.js';
import { loadConfig } from '../../training/framing/train.js';
import { TECHNIQUES } from '../../src/pipeline/stages/framing/techniques.js';

const FOLDS = 5;

/**
 * `npm run eval -- propaganda`: the SemEval-2020 Task 11 measures (SI P/R/F1 with
 * partial-overlap credit, TC micro-F1 over gold spans, per-technique table) by 5-fold
 * cross-validation over the PTC train articles, folds by article (article k of the
 * id-sorted list is in fold k mod 5). Each fold trains the lexicon, the sentence detector,
 * the SI tagger and the TC classifier from its four other folds with training/framing/config.json.
 * `--obias X` overrides the SI O-bias and `--grid a,b` adds SI scores at other O-biases
 * (for choosing it by cross-validation on train).
 */
export const task: EvalTask = {
  name: 'propaganda',
  description: 'PTC train, 5-fold CV by article: SemEval-2020 Task 11 SI P/R/F1 (partial overlap), TC micro-F1, per technique',
  async run(opts): Promise<EvalReport> {
    const dir = join(opts.dataDir, 'ptc');
    if (!existsSync(join(dir, 'train-articles'))) throw new MissingDataError(`needs ${dir}/train-articles and train-task2-TC.labels`);
    let arts = readPtc(dir).articles;
    if (opts.limit) arts = arts.slice(0, opts.limit);
    const cfg = loadConfig();
    if (typeof opts.flags.obias === 'string') cfg.oBias = Number(opts.flags.obias);
    // --grid "-30,-40": SI also at these O-biases (same folds and models), reported as si.f1@<bias>.
    const grid = typeof opts.flags.grid === 'string' ? opts.flags.grid.split(',').map(Number).filter((x) => !Number.isNaN(x)) : [];
    const pipe = await upstreamPipeline();
    const prepared = arts.map((a) => prepareArticle(pipe, a));
    const { si, tc, siByTech, siByBias } = crossValidate(prepared, cfg, FOLDS, grid, [cfg.gap]);
    const metrics: Record<string, number> = {
      'si.p': round(si.p), 'si.r': round(si.r), 'si.f1': round(si.f1), 'tc.micro_f1': round(tc.micro),
      'si.pred_spans': si.nPred, 'si.gold_spans': si.nGold, 'tc.spans': tc.total, articles: prepared.length,
    };
    for (const [k, sc] of siByBias) metrics[`si.f1@${k.split('/')[0]}`] = round(sc.f1);
    const rows: Record<string, string | number>[] = [];
    for (const t of TECHNIQUES) {
      const s = tc.of(t), r = siByTech.get(t);
      metrics[`tc.${t}.f1`] = round(s.f1);
      rows.push({ technique: t, gold: s.n, 'tc.p': round(s.p, 3), 'tc.r': round(s.r, 3), 'tc.f1': round(s.f1, 3), 'si.recall': r ? round(r.rec / r.n, 3) : 0 });
    }
    rows.push({ technique: 'ALL (SI P/R/F1; TC micro-F1)', gold: tc.total, 'tc.p': round(si.p, 3), 'tc.r': round(si.r, 3), 'tc.f1': round(tc.micro, 3), 'si.recall': round(si.f1, 3) });
    return {
      task: 'propaganda', data: dir, rows, metrics,
      notes: [`SI P ${round(si.p, 3)} R ${round(si.r, 3)} F1 ${round(si.f1, 3)} (${si.nPred} predicted, ${si.nGold} gold merged spans); TC micro-F1 ${round(tc.micro, 3)} over ${tc.total} gold labels; ${FOLDS} folds by article, O-bias ${cfg.oBias}`],
    };
  },
};
