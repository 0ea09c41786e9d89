/**
 * Trains the syntax model (POS tagger, supertagger, parser) on the GUM train documents
 * (reddit left out: its words are blanked) and writes models/syntax.bin.
 *
 * `npm run train -- syntax`; settings in ./config.json (iterations, jackknife folds,
 * ensemble sizes, seed, pruning thresholds). About 13 minutes on a quiet core.
 * @module
 */
import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGum } from '../corpora/gum.js';
import type { TreebankSentence } from '../corpora/conllu.js';
import { Lexicon, normalizeForm } from '../../src/syntax/lexical.js';
import { SparseLinear } from '../../src/ml/linear.js';
import { AveragedPerceptron, shuffledEpochs } from '../../src/ml/train.js';
import { TAG_FEATS, TAG_POS_FEATS, TAG_START, TAG_START2, Tagger, coarseTags, tagFeatures, tagKinds, tagPosFeatures } from '../../src/syntax/tagger.js';
import { buildClusters } from './clusters.js';
import { LABEL_FEATS, Move, N_MOVES, PARSE_FEATS, ParseState, Parser, finishTree, labelFeatures, moveCosts, parseFeatures } from '../../src/syntax/parser.js';
import { saveSyntaxModel } from './save.js';
import { readConfig, sourceCommit, type TrainConfig } from '../provenance.js';
import type { Trainer, TrainRun } from '../trainer.js';

/** The committed settings (./config.json). */
export interface SyntaxConfig extends TrainConfig {
  /** Epochs of each tagger and supertagger. */
  tagIters: number;
  /** Epochs of each parser. */
  parseIters: number;
  /** Jackknife folds for the tags and supertags the parser trains on. */
  folds: number;
  /** Parsers (different example orders) averaged into the shipped one. */
  ensemble: number;
  /** Taggers (and supertaggers) averaged into the shipped ones. */
  taggers: number;
  /** Seed of the first parser (the k-th uses seed + k). */
  seed: number;
  /** Whether the parser reads supertags. */
  supertags: boolean;
  /**
   * Rows (and entries) with a smaller largest |weight| are pruned from the saved models:
   * they cost a cache miss each and barely move a decision.
   */
  minWeight: { tagger: number; supertagger: number; moves: number; labels: number };
}

/** A training sentence with its lexical records and gold class ids. */
export interface Prepared {
  src: TreebankSentence;
  forms: string[];
  lex: Int32Array[];
  gold: Int32Array;
  /** Gold heads, 1-based with index 0 unused (length n+1). */
  gh: Int32Array;
  gl: Int32Array;
  /** Tags the parser trains on (jackknifed predictions). */
  tags: Int32Array;
  /** Gold supertags (see {@link supertagOf}) and the jackknifed predictions the parser trains on. */
  stagGold: Int32Array;
  stags: Int32Array;
}

/** A word's supertag: its relation and the side of its head (`nsubj/R`: head to the right), or `root`. */
export function supertagOf(s: TreebankSentence, i: number): string {
  const h = s.heads[i];
  return h === 0 ? 'root' : `${s.deprels[i]}/${h < i + 1 ? 'L' : 'R'}`;
}


/** A count sketch: features seen at least `min` times in a counting pass get weights. */
class CountFilter {
  private counts = new Uint8Array(1 << 24);
  add(key: number): void { const i = key & 0xffffff; if (this.counts[i] < 255) this.counts[i]++; }
  allow(min: number): (key: number) => boolean { return (key) => this.counts[key & 0xffffff] >= min; }
}

function buildTagDict(sents: Prepared[], nClasses: number): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const s of sents) s.forms.forEach((f, i) => {
    let c = counts.get(f);
    if (!c) counts.set(f, (c = new Int32Array(nClasses)));
    c[s.gold[i]]++;
  });
  const dict = new Map<string, number>();
  for (const [f, c] of counts) {
    let tot = 0, best = 0;
    for (let k = 0; k < nClasses; k++) { tot += c[k]; if (c[k] > c[best]) best = k; }
    if (tot >= 20 && c[best] / tot >= 0.97) dict.set(f, best);
  }
  return dict;
}

/** Trains a tagger on `sents` for `iters` epochs. */
export function trainTagger(sents: Prepared[], classes: string[], iters: number, seed = 1, usePos = false): Tagger {
  const C = classes.length;
  const tagDict = buildTagDict(sents, C);
  const feats = new Int32Array(TAG_FEATS + TAG_POS_FEATS);
  const filter = new CountFilter();
  for (const s of sents) {
    for (let i = 0; i < s.lex.length; i++) {
      if (tagDict.has(s.forms[i])) continue;
      let n = tagFeatures(s.lex, i, i > 0 ? s.gold[i - 1] : TAG_START, i > 1 ? s.gold[i - 2] : i > 0 ? TAG_START : TAG_START2, feats);
      if (usePos) n = tagPosFeatures(s.lex, s.tags, i, feats, n);
      for (let f = 0; f < n; f++) filter.add(feats[f]);
    }
  }
  const model = new AveragedPerceptron(C, filter.allow(2));
  const scores = new Float32Array(C);
  for (const { order } of shuffledEpochs(sents, iters, seed)) {
    for (const s of order) {
      let p1 = TAG_START, p2 = TAG_START2;
      for (let i = 0; i < s.lex.length; i++) {
        let guess = tagDict.get(s.forms[i]) ?? -1;
        if (guess < 0) {
          let n = tagFeatures(s.lex, i, p1, p2, feats);
          if (usePos) n = tagPosFeatures(s.lex, s.tags, i, feats, n);
          guess = model.predict(feats, n, scores);
          model.learn(feats, n, s.gold[i], guess);
        }
        p2 = p1; p1 = guess;
      }
    }
  }
  return new Tagger(classes, model.finish(1e-3), tagDict);
}

/** Trains the parser with the dynamic oracle on `sents` (using their `tags`). */
export function trainParser(sents: Prepared[], labels: string[], leftMask: Uint8Array, rightMask: Uint8Array, coarse: Int32Array, kinds: Uint8Array, useStags: boolean, iters: number,
  seed: number, labelMinWeight: number): Parser {
  const L = labels.length;
  const rootLabel = labels.indexOf('root');
  // Counting pass along the static-oracle path, for feature pruning.
  const filter = new CountFilter();
  const lfilter = new CountFilter();
  const st = new ParseState();
  const feats = new Int32Array(PARSE_FEATS), lfeats = new Int32Array(LABEL_FEATS);
  const costs = new Float64Array(N_MOVES);
  for (const s of sents) {
    st.init(s.lex, s.tags, coarse, kinds, useStags ? s.stags : null);
    while (st.b <= st.n) {
      const n = parseFeatures(st, feats);
      for (let f = 0; f < n; f++) filter.add(feats[f]);
      moveCosts(st, s.gh, costs);
      let m = 0;
      for (let k = 1; k < N_MOVES; k++) if (costs[k] < costs[m]) m = k;
      let lab = -1;
      if (m === Move.Left || m === Move.Right) {
        const h = st.arcHead(m), d = st.arcDep(m);
        lab = h === 0 ? rootLabel : s.gl[d];
        if (h !== 0) { const ln = labelFeatures(st, h, d, lfeats); for (let f = 0; f < ln; f++) lfilter.add(lfeats[f]); }
      }
      st.apply(m, lab);
    }
  }
  const moves = new AveragedPerceptron(N_MOVES, filter.allow(2));
  const labeller = new AveragedPerceptron(L, lfilter.allow(2));
  const mscores = new Float32Array(N_MOVES), lscores = new Float32Array(L);
  // Label weights below labelMinWeight are dropped: on the old model this removed two
  // thirds of the entries (a large share of label-scoring time) for −0.0004 dev LAS.
  const finish = (): Parser => new Parser(labels, moves.finish(1e-3), labeller.finish(1e-3).pruned(labelMinWeight, labelMinWeight), leftMask, rightMask, coarse, kinds);
  const predictLabel = (h: number, d: number, n: number): number => {
    lscores.fill(0);
    labeller.score(lfeats, n, lscores);
    const mask = d < h ? leftMask : rightMask;
    let best = -1;
    for (let l = 0; l < L; l++) if (mask[l] && l !== rootLabel && (best < 0 || lscores[l] > lscores[best])) best = l;
    return best;
  };
  const labelOnly = {
    rootLabel,
    label(h: number, d: number): number { return h === 0 ? rootLabel : predictLabel(h, d, labelFeatures(st, h, d, lfeats)); },
  };
  for (const { epoch, order, random: r } of shuffledEpochs(sents, iters, seed)) {
    const explore = epoch > 0;
    for (const s of order) {
      st.init(s.lex, s.tags, coarse, kinds, useStags ? s.stags : null);
      while (st.b <= st.n) {
        const n = parseFeatures(st, feats);
        mscores.fill(0);
        moves.score(feats, n, mscores);
        moveCosts(st, s.gh, costs);
        let pred = -1, minCost = Infinity;
        for (let m = 0; m < N_MOVES; m++) {
          if (costs[m] === Infinity) continue;
          if (pred < 0 || mscores[m] > mscores[pred]) pred = m;
          if (costs[m] < minCost) minCost = costs[m];
        }
        let gold = -1;
        for (let m = 0; m < N_MOVES; m++) if (costs[m] === minCost && (gold < 0 || mscores[m] > mscores[gold])) gold = m;
        // A prediction as cheap as the best is no mistake (the dynamic oracle admits several).
        moves.learn(feats, n, gold, costs[pred] > minCost ? pred : gold);
        const next = explore && r() < 0.9 ? pred : gold;
        let lab = -1;
        if (next === Move.Left || next === Move.Right) {
          const h = st.arcHead(next as Move), d = st.arcDep(next as Move);
          if (h === 0) lab = rootLabel;
          else {
            const ln = labelFeatures(st, h, d, lfeats);
            const pl = predictLabel(h, d, ln);
            if (s.gh[d] === h) {
              labeller.learn(lfeats, ln, s.gl[d], pl);
              lab = explore ? pl : s.gl[d];
            } else lab = pl;
          }
        }
        st.apply(next as Move, lab);
      }
      finishTree(st, labelOnly);
    }
  }
  return finish();
}

/** One parser whose weights are the mean of `members`' (same labels, masks and tags). */
export function averageParsers(members: readonly Parser[]): Parser {
  const p = members[0];
  return new Parser(p.labels, SparseLinear.mean(members.map((m) => m.moves)), SparseLinear.mean(members.map((m) => m.labeller)),
    p.leftMask, p.rightMask, p.coarse, p.kinds);
}

/** Turns treebank sentences into training records. */
export function prepare(sents: TreebankSentence[], lexicon: Lexicon, classIndex: Map<string, number>, labelIndex: Map<string, number>,
  stagIndex: Map<string, number> = new Map()): Prepared[] {
  return sents.map((src) => {
    const forms = src.words.map(normalizeForm);
    const n = forms.length;
    const gh = new Int32Array(n + 1), gl = new Int32Array(n + 1);
    gh[0] = -1; gl[0] = -1;
    for (let i = 0; i < n; i++) { gh[i + 1] = src.heads[i]; gl[i + 1] = labelIndex.get(src.deprels[i]) ?? labelIndex.get('dep')!; }
    return {
      src, forms, lex: forms.map((f) => lexicon.get(f)),
      gold: Int32Array.from(src.upos.map((u, i) => classIndex.get(`${u} ${src.xpos[i]}`) ?? 0)),
      gh, gl, tags: new Int32Array(n),
      stagGold: Int32Array.from(src.words.map((_, i) => stagIndex.get(supertagOf(src, i)) ?? 0)), stags: new Int32Array(n),
    };
  });
}

/** Scores a parser + tagger on prepared sentences: UPOS accuracy, UAS, LAS over all tokens. */
export function score(tagger: Tagger, parser: Parser, sents: Prepared[], supertagger: Tagger | null = null): { upos: number; uas: number; las: number; n: number } {
  let tok = 0, upos = 0, uas = 0, las = 0;
  for (const s of sents) {
    const n = s.lex.length;
    const tags = new Int32Array(n), heads = new Int32Array(n), labs = new Int32Array(n);
    tagger.tag(s.forms, s.lex, tags);
    const stags = supertagger ? new Int32Array(n) : null;
    if (supertagger && stags) supertagger.tag(s.forms, s.lex, stags, tags);
    parser.parse(s.lex, tags, heads, labs, stags);
    for (let i = 0; i < n; i++) {
      tok++;
      if (tagger.upos[tags[i]] === s.src.upos[i]) upos++;
      if (heads[i] === s.gh[i + 1]) { uas++; if (parser.labels[labs[i]] === s.src.deprels[i]) las++; }
    }
  }
  return { upos: upos / tok, uas: uas / tok, las: las / tok, n: tok };
}

/** Trains the syntax model with the committed config and writes `syntax.bin` into `run.outDir`. */
export async function train({ dataDir, outDir, log }: TrainRun): Promise<void> {
  const t0 = Date.now();
  const config = readConfig<SyntaxConfig>('syntax');
  const { tagIters, parseIters, folds, ensemble, taggers, seed, supertags: useStags, minWeight } = config;
  const console = { log };
  // Taken before training, so later edits elsewhere in the checkout cannot leak into the record.
  const commit = sourceCommit(config.sources);
  const docs = readGum(dataDir, { skipReddit: true });
  const trainSents = docs.filter((d) => d.split === 'train').flatMap((d) => d.sentences);
  const devSents = docs.filter((d) => d.split === 'dev').flatMap((d) => d.sentences);
  const classCounts = new Map<string, number>();
  const labelSet = new Set<string>();
  for (const s of trainSents) s.upos.forEach((u, i) => {
    const k = `${u} ${s.xpos[i]}`;
    classCounts.set(k, (classCounts.get(k) ?? 0) + 1);
    labelSet.add(s.deprels[i]);
  });
  const classes = [...classCounts.keys()].sort();
  const stagClasses = [...new Set(trainSents.flatMap((s) => s.words.map((_, i) => supertagOf(s, i))))].sort();
  const stagIndex = new Map(stagClasses.map((c, i) => [c, i]));
  const labels = [...labelSet].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  // Word clusters from unlabelled news + GUM train words.
  const clusters = buildClusters(dataDir, trainSents.map((s) => s.words));
  console.log(`  ${clusters.size} clustered words (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  const lexicon = new Lexicon(clusters, 1_000_000);
  const coarse = coarseTags(classes);
  const kinds = tagKinds(classes);
  const train = prepare(trainSents, lexicon, classIndex, labelIndex, stagIndex);
  const dev = prepare(devSents, lexicon, classIndex, labelIndex, stagIndex);
  const asStagged = (ss: Prepared[]): Prepared[] => ss.map((s) => ({ ...s, gold: s.stagGold }));
  const leftMask = new Uint8Array(labels.length), rightMask = new Uint8Array(labels.length);
  for (const s of train) for (let d = 1; d < s.gh.length; d++) (d < s.gh[d] ? leftMask : rightMask)[s.gl[d]] = 1;
  console.log(`syntax: ${train.length} train sentences (${train.reduce((a, s) => a + s.lex.length, 0)} tokens), ${dev.length} dev; ${classes.length} tag classes, ${labels.length} labels`);

  // Jackknifed tags so the parser learns from tagger-like errors.
  for (let k = 0; k < folds; k++) {
    const held = train.filter((_, i) => i % folds === k);
    const rest = train.filter((_, i) => i % folds !== k);
    const t = trainTagger(rest, classes, tagIters, 11 + k);
    for (const s of held) t.tag(s.forms, s.lex, s.tags);
    console.log(`  jackknife fold ${k + 1}/${folds} done (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  }
  if (folds <= 1) for (const s of train) s.tags.set(s.gold);
  // Supertags, jackknifed the same way; the supertagger reads the (jackknifed) POS tags.
  if (useStags) {
    for (let k = 0; k < folds; k++) {
      const held = train.filter((_, i) => i % folds === k);
      const st = trainTagger(asStagged(train.filter((_, i) => i % folds !== k)), stagClasses, tagIters, 21 + k, true);
      for (const s of held) st.tag(s.forms, s.lex, s.stags, s.tags);
    }
    if (folds <= 1) for (const s of train) s.stags.set(s.stagGold);
    console.log(`  supertag jackknife done (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  }
  // The final taggers average `taggers` models trained on different example orders.
  const averaged = (make: (k: number) => Tagger): Tagger => {
    const ts = Array.from({ length: taggers }, (_, k) => make(k));
    return ts.length === 1 ? ts[0] : new Tagger(ts[0].classes, SparseLinear.mean(ts.map((t) => t.model)), ts[0].tagDict);
  };
  const tagger = averaged((k) => trainTagger(train, classes, tagIters, 3 + 2 * k));
  const supertagger = useStags ? averaged((k) => trainTagger(asStagged(train), stagClasses, tagIters, 4 + 2 * k, true)) : null;
  if (supertagger) {
    let ok = 0, n = 0;
    for (const s of train) for (let i = 0; i < s.stags.length; i++) { n++; if (s.stags[i] === s.stagGold[i]) ok++; }
    console.log(`  supertagger: ${stagClasses.length} supertags; jackknife accuracy ${(ok / n).toFixed(4)}`);
  }
  let tagOk = 0, tagN = 0;
  for (const s of train) for (let i = 0; i < s.tags.length; i++) { tagN++; if (s.tags[i] === s.gold[i]) tagOk++; }
  console.log(`  tagger trained; jackknife tag accuracy ${(tagOk / tagN).toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);

  // An ensemble of parsers trained on different example orders, averaged into one model
  // (linear scores: the average decides as the ensemble's summed scores would).
  const members: Parser[] = [];
  for (let k = 0; k < ensemble; k++) {
    members.push(trainParser(train, labels, leftMask, rightMask, coarse, kinds, useStags, parseIters, seed + k, minWeight.labels));
    if (ensemble > 1) {
      const r = score(tagger, members[k], dev, supertagger);
      console.log(`  parser ${k + 1}/${ensemble}: dev UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
    }
  }
  const averagedParser = ensemble > 1 ? averageParsers(members) : members[0];
  // Rows whose largest weight is small cost a cache miss each and barely move a decision;
  // at these thresholds dev accuracy is unchanged and the tables are about half the size.
  const prune = minWeight;
  const parser = new Parser(averagedParser.labels, averagedParser.moves.pruned(prune.moves), averagedParser.labeller.pruned(prune.labels, prune.labels),
    averagedParser.leftMask, averagedParser.rightMask, averagedParser.coarse, averagedParser.kinds);
  const finalTagger = new Tagger(tagger.classes, tagger.model.pruned(prune.tagger, prune.tagger), tagger.tagDict);
  const finalSupertagger = supertagger ? new Tagger(supertagger.classes, supertagger.model.pruned(prune.supertagger, prune.supertagger), supertagger.tagDict) : null;
  const r = score(finalTagger, parser, dev, finalSupertagger);
  console.log(`syntax dev (no reddit): UPOS ${r.upos.toFixed(4)} UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} over ${r.n} tokens`);
  const out = join(outDir, 'syntax.bin');
  writeFileSync(out, saveSyntaxModel(finalTagger, parser, clusters, finalSupertagger, {
    config, sourceCommit: commit,
    devScores: { upos: +r.upos.toFixed(4), uas: +r.uas.toFixed(4), las: +r.las.toFixed(4) },
  }));
  console.log(`wrote ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

/** `npm run train -- syntax`. */
export const trainer: Trainer = {
  name: 'syntax',
  files: ['syntax.bin'],
  description: 'POS tagger, supertagger and dependency parser from GUM train (no reddit) + word clusters from unlabelled news',
  train,
};
