/**
 * Scoring of who-said-what as ../shared/docs/attribution-guidelines.md defines it:
 * - a gold attribution is found when a statement's content covers at least half of the gold content;
 * - precision counts statements whose content lies at least half inside some gold content;
 * - speaker: the statement's speaker names the gold speaker (titles ignored; the surname suffices);
 *   a vague or anonymous gold source wants no named speaker;
 * - all fields right: found, speaker right, and content character-F1 ≥ 0.8.
 * Per field besides: source and cue overlap, label agreement, content F1. Offsets: UTF-16.
 * @module
 */
import type { GoldAttribution, Span } from './gold.js';

/** One system statement, reduced to what the scorer reads. */
export interface PredStatement {
  id: string;
  label: string;
  source: Span | null;
  cue: Span | null;
  /** Content pieces (several when the content is discontinuous); empty when there is none. */
  content: Span[];
  /** The speaker's canonical name as shown to the reader (the statement's `speakerName`), or null. */
  speaker: string | null;
  /** The speaker entity's name only (null without a `speaker` entity). */
  speakerEntity: string | null;
}

/** Counts for one article or a sum of articles. */
export interface Counts {
  gold: number; found: number; pred: number; predOk: number;
  speakerOk: number; speakerEntityOk: number; allOk: number;
  sourceGold: number; sourceOk: number; cueGold: number; cueOk: number; labelOk: number;
  contentF1Sum: number; contentOk: number;
}

export function zeroCounts(): Counts {
  return { gold: 0, found: 0, pred: 0, predOk: 0, speakerOk: 0, speakerEntityOk: 0, allOk: 0, sourceGold: 0, sourceOk: 0, cueGold: 0, cueOk: 0, labelOk: 0, contentF1Sum: 0, contentOk: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = zeroCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

/** What went wrong with one gold attribution or one statement (for `--verbose`). */
export interface Miss {
  what: 'missed' | 'spurious' | 'speaker' | 'content' | 'label';
  gold?: GoldAttribution;
  pred?: PredStatement;
  detail?: string;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}
function overlapParts(parts: Span[], g: Span): number {
  let n = 0;
  for (const p of parts) n += overlap(p, g);
  return n;
}
function partsLength(parts: Span[]): number {
  let n = 0;
  for (const p of parts) n += p[1] - p[0];
  return n;
}

/** Character F1 of predicted content pieces against one gold span. */
export function charF1(parts: Span[], g: Span): number {
  const o = overlapParts(parts, g);
  if (!o) return 0;
  const p = o / partsLength(parts), r = o / (g[1] - g[0]);
  return (2 * p * r) / (p + r);
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'prof', 'professor',
  'rev', 'reverend', 'the', 'qc', 'mp', 'mep', 'msp', 'president', 'senator', 'sen', 'governor', 'chancellor', 'minister', 'prime', 'secretary', 'general']);

/** Lower-cased name words without titles, "the" or a possessive. */
export function nameTokens(name: string): string[] {
  return name.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !TITLES.has(w));
}

/**
 * Whether a predicted speaker name names the gold speaker: the same words after titles are
 * dropped, or a part of the gold name that ends with its last word ("Blair" for "Tony Blair").
 */
export function namesSpeaker(pred: string, gold: string): boolean {
  const p = nameTokens(pred), g = nameTokens(gold);
  if (!p.length || !g.length) return false;
  // A plural or singular party name is the same name ("Lib Dem" / "Lib Dems").
  const same = (x: string, y: string) => x === y || x + 's' === y || x === y + 's';
  if (!same(p[p.length - 1], g[g.length - 1])) return false;
  return p.every((w) => g.some((x) => same(w, x)));
}

/** Whether a predicted speaker is right for a gold record (alternatives of one speaker; empty = none wanted). */
export function speakerRight(pred: string | null, gold: string[]): boolean {
  if (!gold.length) return !pred;
  return !!pred && gold.some((g) => namesSpeaker(pred, g));
}

const LABEL_OF: Record<string, string> = { direct: 'direct', continuation: 'direct', partial: 'partial-direct', indirect: 'indirect', according: 'indirect', mixed: 'mixed' };

/** Scores one article's statements against its gold attributions. */
export function scoreArticle(gold: GoldAttribution[], preds: PredStatement[]): { counts: Counts; misses: Miss[] } {
  const c = zeroCounts();
  const misses: Miss[] = [];
  c.gold = gold.length;
  c.pred = preds.length;
  for (const p of preds) {
    const len = partsLength(p.content);
    const ok = len > 0 && gold.some((g) => overlapParts(p.content, g.content) / len >= 0.5);
    if (ok) c.predOk++; else misses.push({ what: 'spurious', pred: p });
  }
  const runs = runSpans(gold);
  for (const [gi, g] of gold.entries()) {
    const glen = g.content[1] - g.content[0];
    let best: PredStatement | null = null, bestCover = 0, bestF1 = 0;
    for (const p of preds) {
      const cover = overlapParts(p.content, g.content) / glen;
      const f1 = charF1(p.content, g.content);
      if (cover > bestCover || (cover === bestCover && f1 > bestF1)) { best = p; bestCover = cover; bestF1 = f1; }
    }
    if (!best || bestCover < 0.5) { misses.push({ what: 'missed', gold: g }); continue; }
    // "Scoring accepts either one statement for the whole run or one per segment": a quotation
    // continued without a cue of its own may be one statement with its cued head.
    if (runs[gi]) bestF1 = Math.max(bestF1, charF1(best.content, runs[gi]!));
    c.found++;
    if (g.source) c.sourceGold++;
    if (g.cue) c.cueGold++;
    c.contentF1Sum += bestF1;
    if (bestF1 >= 0.8) c.contentOk++; else misses.push({ what: 'content', gold: g, pred: best, detail: `F1 ${bestF1.toFixed(2)}` });
    const sp = speakerRight(best.speaker, g.speaker);
    if (sp) c.speakerOk++; else misses.push({ what: 'speaker', gold: g, pred: best, detail: `${best.speaker ?? '(none)'} ≠ ${g.speaker.join(' / ') || '(none)'}` });
    if (speakerRight(best.speakerEntity, g.speaker)) c.speakerEntityOk++;
    if (sp && bestF1 >= 0.8) c.allOk++;
    if (g.source && best.source && overlap(best.source, g.source) > 0) c.sourceOk++;
    if (g.cue && best.cue && overlap(best.cue, g.cue) > 0) c.cueOk++;
    if (LABEL_OF[g.kind] === best.label) c.labelOk++; else misses.push({ what: 'label', gold: g, pred: best, detail: `${best.label} ≠ ${g.kind}` });
  }
  return { counts: c, misses };
}

/**
 * The span of each record's quotation run: a cued record followed by `continuation` records of
 * the same speaker, from the head's content start to the last continuation's end (null when alone).
 */
export function runSpans(gold: GoldAttribution[]): (Span | null)[] {
  const out: (Span | null)[] = gold.map(() => null);
  for (let i = 0; i < gold.length; i++) {
    if (gold[i].kind === 'continuation') continue;
    let j = i;
    while (j + 1 < gold.length && gold[j + 1].kind === 'continuation' && gold[j + 1].speaker.join(';') === gold[i].speaker.join(';')) j++;
    if (j === i) continue;
    const run: Span = [gold[i].content[0], gold[j].content[1]];
    for (let k = i; k <= j; k++) out[k] = run;
  }
  return out;
}

/** The figures of a sum of counts, rounded to 4 places. */
export function figures(c: Counts): Record<string, number> {
  const r = (x: number, d: number) => (d ? Math.round((x / d) * 1e4) / 1e4 : 0);
  return {
    recall: r(c.found, c.gold), precision: r(c.predOk, c.pred), speaker: r(c.speakerOk, c.found),
    all: r(c.allOk, c.gold), 'speaker.entity': r(c.speakerEntityOk, c.found), 'content.f1': r(c.contentF1Sum, c.found),
    'content.ok': r(c.contentOk, c.found), source: r(c.sourceOk, c.sourceGold), cue: r(c.cueOk, c.cueGold), label: r(c.labelOk, c.found),
    gold: c.gold, statements: c.pred,
  };
}
