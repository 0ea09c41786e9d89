/**
 * Trains the syntax model (POS tagger, supertagger, parser) on the GUM train documents (reddit left
 * out: its words are blanked) and writes models/syntax.bin.
 *
 * `npm run train -- syntax` (env: SYNTAX_TAG_ITERS, SYNTAX_PARSE_ITERS, SYNTAX_FOLDS, SYNTAX_ENSEMBLE,
 * SYNTAX_TAGGERS, SYNTAX_SEED, SYNTAX_SUPERTAGS=0, SYNTAX_{LABEL,MOVE,TAG,STAG}_MIN_WEIGHT, SYNTAX_CLUSTER_CACHE,
 * SYNTAX_OUT, SYNTAX_EVAL_EVERY).
 */
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGum } from '../../syntax/gum.js';
import type { TreebankSentence } from '../../syntax/conllu.js';
import { Lexicon, normalizeForm } from '../../syntax/lexical.js';
import { SparseLinear } from '../../ml/linear.js';
import { AveragedPerceptron } from '../../ml/train.js';
import { TAG_FEATS, TAG_POS_FEATS, TAG_START, TAG_START2, Tagger, coarseTags, tagFeatures, tagKinds, tagPosFeatures } from '../../syntax/tagger.js';
import { buildClusters } from './train-clusters.js';
import { LABEL_FEATS, Move, N_MOVES, PARSE_FEATS, ParseState, Parser, finishTree, labelFeatures, moveCosts, parseFeatures } from '../../syntax/parser.js';
import { saveSyntaxModel } from '../../syntax/model-io.js';
import { rng } from '../corpus-files.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Label-model weights (rows and entries) with smaller magnitude are pruned from the saved model. */
const LABEL_MIN_WEIGHT = Number(process.env.SYNTAX_LABEL_MIN_WEIGHT ?? 1);
/** The same for the move model, the POS tagger and the supertagger (applied to the final models). */
const MOVE_MIN_WEIGHT = Number(process.env.SYNTAX_MOVE_MIN_WEIGHT ?? 1);
const TAG_MIN_WEIGHT = Number(process.env.SYNTAX_TAG_MIN_WEIGHT ?? 0.5);
const STAG_MIN_WEIGHT = Number(process.env.SYNTAX_STAG_MIN_WEIGHT ?? 1);

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


function shuffle<T>(a: T[], r: () => number): void {
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
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
  const order = sents.slice();
  const r = rng(seed);
  for (let it = 0; it < iters; it++) {
    shuffle(order, r);
    let correct = 0, total = 0;
    for (const s of order) {
      let p1 = TAG_START, p2 = TAG_START2;
      for (let i = 0; i < s.lex.length; i++) {
        let guess = tagDict.get(s.forms[i]) ?? -1;
        if (guess < 0) {
          let n = tagFeatures(s.lex, i, p1, p2, feats);
          if (usePos) n = tagPosFeatures(s.lex, s.tags, i, feats, n);
          scores.fill(0);
          model.score(feats, n, scores);
          guess = 0;
          for (let c = 1; c < C; c++) if (scores[c] > scores[guess]) guess = c;
          model.update(feats, n, s.gold[i], guess);
          model.c++;
        }
        if (guess === s.gold[i]) correct++;
        total++;
        p2 = p1; p1 = guess;
      }
    }
    if (process.env.SYNTAX_VERBOSE) console.log(`  tagger iter ${it + 1}: train acc ${(correct / total).toFixed(4)} rows ${model.rows}`);
  }
  return new Tagger(classes, model.finish(1e-3), tagDict);
}

/** Trains the parser with the dynamic oracle on `sents` (using their `tags`). */
export function trainParser(sents: Prepared[], labels: string[], leftMask: Uint8Array, rightMask: Uint8Array, coarse: Int32Array, kinds: Uint8Array, useStags: boolean, iters: number,
  seed: number, onIter?: (it: number, p: () => Parser) => void): Parser {
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
  const r = rng(seed);
  const order = sents.slice();
  // Label weights below LABEL_MIN_WEIGHT are dropped: on the old model this removed two
  // thirds of the entries (a large share of label-scoring time) for −0.0004 dev LAS.
  const finish = (): Parser => new Parser(labels, moves.finish(1e-3), labeller.finish(1e-3).pruned(LABEL_MIN_WEIGHT, LABEL_MIN_WEIGHT), leftMask, rightMask, coarse, kinds);
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
  for (let it = 0; it < iters; it++) {
    shuffle(order, r);
    const explore = it > 0;
    let moveErr = 0, moveTot = 0, labErr = 0, labTot = 0;
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
        if (costs[pred] > minCost) { moves.update(feats, n, gold, pred); moveErr++; }
        moveTot++;
        moves.c++;
        const next = explore && r() < 0.9 ? pred : gold;
        let lab = -1;
        if (next === Move.Left || next === Move.Right) {
          const h = st.arcHead(next as Move), d = st.arcDep(next as Move);
          if (h === 0) lab = rootLabel;
          else {
            const ln = labelFeatures(st, h, d, lfeats);
            const pl = predictLabel(h, d, ln);
            if (s.gh[d] === h) {
              if (pl !== s.gl[d]) { labeller.update(lfeats, ln, s.gl[d], pl); labErr++; }
              labTot++;
              labeller.c++;
              lab = explore ? pl : s.gl[d];
            } else lab = pl;
          }
        }
        st.apply(next as Move, lab);
      }
      finishTree(st, labelOnly);
    }
    if (process.env.SYNTAX_VERBOSE) console.log(`  parser iter ${it + 1}: move err ${(moveErr / moveTot).toFixed(4)} label err ${(labErr / Math.max(1, labTot)).toFixed(4)} rows ${moves.rows}/${labeller.rows}`);
    onIter?.(it, finish);
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

export async function train(dataDir: string): Promise<void> {
  const t0 = Date.now();
  const tagIters = Number(process.env.SYNTAX_TAG_ITERS ?? 8);
  const parseIters = Number(process.env.SYNTAX_PARSE_ITERS ?? 12);
  const folds = Number(process.env.SYNTAX_FOLDS ?? 4);
  const ensemble = Number(process.env.SYNTAX_ENSEMBLE ?? 2);
  const taggers = Number(process.env.SYNTAX_TAGGERS ?? 2);
  const seed = Number(process.env.SYNTAX_SEED ?? 7);
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
  const useStags = process.env.SYNTAX_SUPERTAGS !== '0';
  const stagClasses = [...new Set(trainSents.flatMap((s) => s.words.map((_, i) => supertagOf(s, i))))].sort();
  const stagIndex = new Map(stagClasses.map((c, i) => [c, i]));
  const labels = [...labelSet].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  // Word clusters from unlabelled news + GUM train words (cached across runs when SYNTAX_CLUSTER_CACHE is set).
  const cache = process.env.SYNTAX_CLUSTER_CACHE;
  let clusters: Map<string, number>;
  if (process.env.SYNTAX_NO_CLUSTERS) clusters = new Map();
  else if (cache && existsSync(cache)) clusters = new Map(JSON.parse(readFileSync(cache, 'utf8')) as [string, number][]);
  else {
    clusters = buildClusters(dataDir, trainSents.map((s) => s.words));
    if (cache) writeFileSync(cache, JSON.stringify([...clusters]));
  }
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

  const evalEvery = Number(process.env.SYNTAX_EVAL_EVERY ?? 0);
  // An ensemble of parsers trained on different example orders, averaged into one model
  // (linear scores: the average decides as the ensemble's summed scores would).
  const members: Parser[] = [];
  for (let k = 0; k < ensemble; k++) {
    members.push(trainParser(train, labels, leftMask, rightMask, coarse, kinds, useStags, parseIters, seed + k, (it, p) => {
      if (evalEvery > 0 && (it + 1) % evalEvery === 0) {
        const r = score(tagger, p(), dev, supertagger);
        console.log(`  iter ${it + 1}: dev UPOS ${r.upos.toFixed(4)} UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
      }
    }));
    if (ensemble > 1) {
      const r = score(tagger, members[k], dev, supertagger);
      console.log(`  parser ${k + 1}/${ensemble}: dev UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
    }
  }
  const averagedParser = ensemble > 1 ? averageParsers(members) : members[0];
  // Rows whose largest weight is small cost a cache miss each and barely move a decision;
  // at these thresholds dev accuracy is unchanged and the tables are about half the size.
  const prune = { tagger: TAG_MIN_WEIGHT, supertagger: STAG_MIN_WEIGHT, moves: MOVE_MIN_WEIGHT };
  const parser = new Parser(averagedParser.labels, averagedParser.moves.pruned(prune.moves), averagedParser.labeller.pruned(LABEL_MIN_WEIGHT, LABEL_MIN_WEIGHT),
    averagedParser.leftMask, averagedParser.rightMask, averagedParser.coarse, averagedParser.kinds);
  const finalTagger = new Tagger(tagger.classes, tagger.model.pruned(prune.tagger, prune.tagger), tagger.tagDict);
  const finalSupertagger = supertagger ? new Tagger(supertagger.classes, supertagger.model.pruned(prune.supertagger, prune.supertagger), supertagger.tagDict) : null;
  const r = score(finalTagger, parser, dev, finalSupertagger);
  console.log(`syntax dev (no reddit): UPOS ${r.upos.toFixed(4)} UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} over ${r.n} tokens`);
  const out = process.env.SYNTAX_OUT ?? join(repo, 'models', 'syntax.bin');
  writeFileSync(out, saveSyntaxModel(finalTagger, parser, clusters, {
    trainedOn: 'GUM train documents without reddit', tagIters, parseIters, folds, ensemble, taggers, seed, supertags: useStags, prune, labelMinWeight: LABEL_MIN_WEIGHT,
    dev: { upos: +r.upos.toFixed(4), uas: +r.uas.toFixed(4), las: +r.las.toFixed(4) },
    rebuild: 'npm run train -- syntax',
  }, finalSupertagger));
  console.log(`wrote ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}
