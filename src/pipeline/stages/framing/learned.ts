/**
 * The learned part of the framing stage: the SI tagger proposes spans of the 14 PTC
 * techniques, the TC classifier names each, and both margins become confidences. Cue
 * spans of ./cues.ts that no tagged span overlaps are added, each named by the
 * classifier among its cue group's candidate techniques.
 * @module
 */
import type { TokView } from '../statements/tokview.js';
import { DocText, frameView } from './features.js';
import { classifySpan, confidence, tagSpans, type FramingModel, type SiSpan } from './model.js';
import type { CueHit } from './cues.js';
import { sentenceBuckets } from './sentence.js';

/** A technique span; offsets half-open UTF-16. */
export interface TechniqueHit {
  start: number;
  end: number;
  technique: string;
  /** Model spans: SI confidence × TC confidence; cue spans: {@link CUE_WEIGHT} × TC confidence among the candidates. */
  confidence: number;
  /** The runner-up technique and its confidence. */
  alternative: string;
  alternativeConfidence: number;
  how: 'model' | 'lexicon';
}

/**
 * Margins (real weight units) are squashed by a logistic of this width into a
 * confidence: monotone in the margin, not a calibrated probability.
 */
const SI_WIDTH = 10, TC_WIDTH = 8;
/** A cue span's confidence before the classifier's share: a cue word is weaker evidence than a tagged span. */
const CUE_WEIGHT = 0.6;

/** Runs SI then TC over a document's token view; `cues` adds lexicon candidates. */
export function findTechniques(v: TokView, text: string, model: FramingModel, cues: readonly CueHit[] = []): TechniqueHit[] {
  const f = frameView(v, model.lexicon);
  sentenceBuckets(f, model.sent, model.sentCuts);
  const si = model.si, tc = model.tc;
  const spans = splitAtQuotes(v, tagSpans(f, (x, n, o) => si.score(x, n, o), model.oBias / si.scale, model.gap));
  const dt = new DocText(text);
  const out: TechniqueHit[] = [];
  const allowAll = model.techniques.map(() => true);
  const pick = (start: number, end: number, allowed: boolean[], weight: number, how: TechniqueHit['how']) => {
    const scores = classifySpan(tc, f, dt, start, end);
    // Softmax over the allowed classes' real-unit scores; the best and the runner-up are kept.
    let best = -1, second = -1;
    for (let c = 0; c < scores.length; c++) {
      if (!allowed[c]) continue;
      scores[c] *= tc.scale;
      if (best < 0 || scores[c] > scores[best]) { second = best; best = c; } else if (second < 0 || scores[c] > scores[second]) second = c;
    }
    let z = 0;
    for (let c = 0; c < scores.length; c++) if (allowed[c]) z += Math.exp((scores[c] - scores[best]) / TC_WIDTH);
    const pSecond = second >= 0 ? Math.exp((scores[second] - scores[best]) / TC_WIDTH) / z : 0;
    out.push({
      start, end, technique: model.techniques[best], confidence: round3(weight / z),
      alternative: second >= 0 ? model.techniques[second] : '', alternativeConfidence: round3(weight * pSecond), how,
    });
  };
  for (const s of spans) pick(v.start[s.a], v.end[s.b - 1], allowAll, confidence(s.margin * si.scale, SI_WIDTH), 'model');
  // Cue spans, unless a tagged span over them already carries one of the cue's techniques
  // (both lists are sorted by start; tagged spans are disjoint, so a short window suffices).
  let j = 0;
  const tagged = out.slice();
  for (const c of cues) {
    let { start, end } = c, cands = c.techniques;
    // A Nazi word modifying a noun ("Nazi imagery") associates something with Nazism
    // (reductio ad Hitlerum); as the head noun ("neo-Nazism") it names a target (labelling).
    if (cands.includes(REDUCTIO) && v.deprel && v.head) {
      const i = lastToken(v, end);
      const h = i >= 0 ? v.head[i] : -1;
      if (h > i && h - i <= 3 && (v.deprel[i] === 'amod' || v.deprel[i] === 'compound') && v.sent[h] === v.sent[i]) {
        // …but a proper name ("Nazi Germany", "the Nazi Party") is history, not a technique.
        if (v.pos[h] === 'PROPN') continue;
        end = v.end[h]; cands = [REDUCTIO];
      }
    }
    while (j < tagged.length && tagged[j].end <= start) j++;
    let covered = false;
    for (let k = j; k < tagged.length && tagged[k].start < end; k++) if (cands.includes(tagged[k].technique)) covered = true;
    if (covered) continue;
    const allowed = model.techniques.map((t) => cands.includes(t));
    if (allowed.some(Boolean)) pick(start, end, allowed, CUE_WEIGHT, 'lexicon');
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const REDUCTIO = 'Bandwagon,Reductio_ad_hitlerum';

/**
 * Cuts tagged spans where they cross a quotation boundary: the words inside a quotation
 * are the speaker's and those outside the outlet's, and a span has one voice (PTC's
 * tagger, trained on a corpus without voices, happily joins them). Quotation marks at
 * a piece's edges are left out; pieces of punctuation only are dropped. Each piece keeps
 * its span's margin. Linear in the spans' tokens.
 */
export function splitAtQuotes(v: TokView, spans: readonly SiSpan[]): SiSpan[] {
  const out: SiSpan[] = [];
  for (const s of spans) {
    let a = s.a;
    for (let i = s.a + 1; i <= s.b; i++) {
      if (i < s.b && v.quote[i] === v.quote[i - 1]) continue;
      let x = a, y = i;
      while (x < y && v.mark[x]) x++;
      while (y > x && v.mark[y - 1]) y--;
      let words = false;
      for (let k = x; k < y && !words; k++) words = v.shape[k] !== 'p';
      if (words) out.push({ a: x, b: y, margin: s.margin });
      a = i;
    }
  }
  return out;
}

/** Index of the token ending at `end` (binary search), or −1. */
function lastToken(v: TokView, end: number): number {
  let lo = 0, hi = v.n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (v.end[m] < end) lo = m + 1; else hi = m; }
  return lo < v.n && v.end[lo] === end ? lo : -1;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
