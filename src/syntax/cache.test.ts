import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSyntax } from '../pipeline/stages/syntax.js';
import { normalizeForm } from './lexical.js';
import { analyzeSentence } from './analyze.js';
import { Move, N_MOVES, PARSE_FEATS, ParseState, finishTree, parseFeatures } from './parser.js';
import { TAG_FEATS, TAG_POS_FEATS, TAG_START, TAG_START2, tagFeatures, tagPosFeatures, type Tagger } from './tagger.js';

// The taggers (POS and supertags) and the parser cache the weights of token-static features; decisions must be
// exactly those of scoring every feature afresh (the reference below), sentence after
// sentence (the caches persist across sentences).
const sentences = [
  'Beijing accuses the authorities in Manila of provoking a clash .',
  'Late on Tuesday , the council voted to close the old bridge , officials said .',
  'The minister , who resigned in March , denied that she had misled parliament about the deal .',
  '" We will not back down , " he told reporters outside the court in Kiev on Friday .',
  'Prices rose 3.5 % in the year to June , the fastest pace since 2008 .',
  'Yes',
].map((s) => s.split(' '));

/** Greedy tagging with every feature scored afresh (no cached rows); `pos` for a tagger that reads POS tags. */
function referenceTags(t: Tagger, forms: string[], lex: Int32Array[], pos: Int32Array | null, feats: Int32Array): Int32Array {
  const out = new Int32Array(forms.length);
  const scores = new Float32Array(t.classes.length);
  let p1 = TAG_START, p2 = TAG_START2;
  for (let i = 0; i < forms.length; i++) {
    let best = t.tagDict.get(forms[i]) ?? -1;
    if (best < 0) {
      let n = tagFeatures(lex, i, p1, p2, feats);
      if (pos) n = tagPosFeatures(lex, pos, i, feats, n);
      scores.fill(0);
      t.model.score(feats, n, scores);
      best = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    }
    out[i] = best; p2 = p1; p1 = best;
  }
  return out;
}

test('cached tagger and parser decide exactly as full feature scoring', () => {
  const model = loadSyntax();
  const { tagger, parser, supertagger, lexicon } = model;
  const feats = new Int32Array(Math.max(TAG_FEATS + TAG_POS_FEATS, PARSE_FEATS));
  for (const words of [...sentences, ...sentences]) {
    const n = words.length;
    const forms = words.map(normalizeForm), lex = forms.map((f) => lexicon.get(f));
    const tags = new Int32Array(n), heads = new Int32Array(n), labs = new Int32Array(n);
    analyzeSentence(model, forms, lex, tags, heads, labs);
    const stags = supertagger ? new Int32Array(n) : null;
    if (supertagger && stags) supertagger.tag(forms, lex, stags, tags);

    assert.deepEqual(Array.from(tags), Array.from(referenceTags(tagger, forms, lex, null, feats)), words.join(' '));
    if (supertagger && stags) {
      assert.deepEqual(Array.from(stags), Array.from(referenceTags(supertagger, forms, lex, tags, feats)), `supertags: ${words.join(' ')}`);
    }

    const st = new ParseState();
    st.init(lex, tags, parser.coarse, parser.kinds, stags);
    const sc = new Float32Array(N_MOVES);
    while (st.b <= st.n) {
      sc.fill(0);
      parser.moves.score(feats, parseFeatures(st, feats), sc);
      let best = -1;
      for (let m = 0; m < N_MOVES; m++) if (st.valid(m) && (best < 0 || sc[m] > sc[best])) best = m;
      const lab = best === Move.Left || best === Move.Right ? labelOn(st, best) : -1;
      st.apply(best, lab);
    }
    finishTree(st, { rootLabel: parser.rootLabel, label: (h, d) => labelAt(st, h, d) });
    assert.deepEqual(Array.from(heads), Array.from(st.head.subarray(1, n + 1)), words.join(' '));
    assert.deepEqual(Array.from(labs), Array.from(st.label.subarray(1, n + 1)), words.join(' '));
  }

  function labelOn(st: ParseState, m: Move): number { return labelAt(st, st.arcHead(m), st.arcDep(m)); }
  function labelAt(st: ParseState, h: number, d: number): number { return parser.label(h, d, st); }
});
