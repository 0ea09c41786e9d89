/**
 * Cross-validation of the framing learners over prepared PTC articles, folds by article
 * (article k of the id-sorted list is in fold k mod `folds`). Each fold builds its own
 * lexicon, cross-fits its sentence detector and trains SI and TC on the other folds only:
 * nothing of a test article reaches its fold's models. Shared by `npm run eval --
 * propaganda` and the settings sweep (./sweep.ts).
 * @module
 */
import { SiScore, TcScore } from '../../eval/semeval-task11.js';
import { tagSpans } from '../../src/pipeline/stages/framing/model.js';
import { TECHNIQUES } from '../../src/pipeline/stages/framing/techniques.js';
import { applySentence, buildLexicon, crossFitSentence, tcInstances, trainSi, trainTc, viewsOf, type FramingConfig } from './learn.js';
import type { PreparedArticle } from './prepare.js';

export interface CvResult {
  si: SiScore;
  tc: TcScore;
  /** Per technique: summed share of each gold span covered by predictions, and the span count. */
  siByTech: Map<string, { rec: number; n: number }>;
  /** SI scores per `bias/gap` asked for. */
  siByBias: Map<string, SiScore>;
}

/** Runs `folds`-fold cross-validation; `biases` adds SI scores for other O-bias values. */
export function crossValidate(prepared: readonly PreparedArticle[], cfg: FramingConfig, folds = 5, biases: number[] = [], gaps: number[] = [0]): CvResult {
  const si = new SiScore(), tc = new TcScore();
  const siByTech = new Map<string, { rec: number; n: number }>();
  const siByBias = new Map<string, SiScore>();
  for (const b of biases) for (const g of gaps) siByBias.set(`${b}/${g}`, new SiScore());
  for (let fold = 0; fold < folds; fold++) {
    const train = prepared.filter((_, i) => i % folds !== fold);
    const test = prepared.filter((_, i) => i % folds === fold);
    const lex = buildLexicon(train, cfg.lexicon);
    const trainViews = viewsOf(train, lex);
    const det = crossFitSentence(train, trainViews, cfg.sentence);
    const siModel = trainSi(train, trainViews, cfg);
    const tcModel = trainTc(tcInstances(train, trainViews), cfg);
    const testViews = viewsOf(test, lex);
    applySentence(testViews, det);
    const scorer = (x: Int32Array, n: number, o: Float32Array) => siModel.score(x, n, o);
    // The model scores in quantised units; biases are given in real weight units.
    const q = 1 / siModel.scale;
    test.forEach((p, k) => {
      const f = testViews[k];
      const toChars = (s: { a: number; b: number }) => ({ start: f.v.start[s.a], end: f.v.end[s.b - 1] });
      const pred = tagSpans(f, scorer, cfg.oBias * q, cfg.gap).map(toChars);
      si.add(pred, p.art.spans);
      for (const [k, sc] of siByBias) { const [b, g] = k.split('/').map(Number); sc.add(tagSpans(f, scorer, b * q, g).map(toChars), p.art.spans); }
      for (const g of p.art.spans) {
        let cov = 0;
        for (const s of pred) cov += Math.max(0, Math.min(s.end, g.end) - Math.max(s.start, g.start));
        const e = siByTech.get(g.technique) ?? { rec: 0, n: 0 };
        e.rec += Math.min(1, cov / (g.end - g.start)); e.n++;
        siByTech.set(g.technique, e);
      }
    });
    const out = new Float32Array(TECHNIQUES.length);
    for (const x of tcInstances(test, testViews)) {
      out.fill(0);
      tcModel.score(x.keys, x.keys.length, out);
      const order = TECHNIQUES.map((_, c) => c).sort((a, b) => out[b] - out[a] || a - b);
      tc.add(x.gold.map((g) => TECHNIQUES[g]), order.slice(0, x.gold.length).map((c) => TECHNIQUES[c]));
    }
  }
  return { si, tc, siByTech, siByBias };
}
