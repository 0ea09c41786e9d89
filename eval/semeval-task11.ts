/**
 * The official SemEval-2020 Task 11 measures (after the task's scorers):
 * - SI: spans of an article are merged where they overlap (techniques ignored); precision
 *   sums |s∩t|/|s| over predicted s and gold t, divided by the number of predicted spans;
 *   recall sums |s∩t|/|t| divided by the number of gold spans (partial-overlap credit).
 * - TC: every gold span gets one prediction per gold label; micro-F1 over gold spans
 *   (precision = recall = share of correct labels, as the spans are given).
 * @module
 */

export interface CharSpan { start: number; end: number }

/** Overlapping or touching-inside spans merged into their union, sorted. */
export function mergeSpans(spans: readonly CharSpan[]): CharSpan[] {
  const s = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: CharSpan[] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x.start < last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}

/** Accumulates SI partial-overlap sums over articles. */
export class SiScore {
  precSum = 0; recSum = 0; nPred = 0; nGold = 0;
  /** Adds one article (spans in the same units, e.g. characters). */
  add(pred: readonly CharSpan[], gold: readonly CharSpan[]): void {
    const p = mergeSpans(pred), g = mergeSpans(gold);
    this.nPred += p.length; this.nGold += g.length;
    // Both lists are sorted and disjoint: a two-pointer sweep visits each overlapping pair once.
    let j = 0;
    for (const s of p) {
      while (j < g.length && g[j].end <= s.start) j++;
      for (let k = j; k < g.length && g[k].start < s.end; k++) {
        const inter = Math.min(s.end, g[k].end) - Math.max(s.start, g[k].start);
        if (inter <= 0) continue;
        this.precSum += inter / (s.end - s.start);
        this.recSum += inter / (g[k].end - g[k].start);
      }
    }
  }
  get p(): number { return this.nPred ? this.precSum / this.nPred : 0; }
  get r(): number { return this.nGold ? this.recSum / this.nGold : 0; }
  get f1(): number { const p = this.p, r = this.r; return p + r ? (2 * p * r) / (p + r) : 0; }
}

/** Per-class counts of a TC run; micro-F1 = correct / gold labels. */
export class TcScore {
  readonly tp = new Map<string, number>();
  readonly fp = new Map<string, number>();
  readonly fn = new Map<string, number>();
  correct = 0; total = 0;
  /** One gold span: its gold labels (multiset) and as many predicted labels. */
  add(gold: readonly string[], pred: readonly string[]): void {
    const left = [...gold];
    for (const p of pred) {
      const k = left.indexOf(p);
      if (k >= 0) { left.splice(k, 1); this.correct++; this.tp.set(p, (this.tp.get(p) ?? 0) + 1); }
      else this.fp.set(p, (this.fp.get(p) ?? 0) + 1);
    }
    for (const g of left) this.fn.set(g, (this.fn.get(g) ?? 0) + 1);
    this.total += gold.length;
  }
  get micro(): number { return this.total ? this.correct / this.total : 0; }
  /** P/R/F1 of one technique. */
  of(label: string): { p: number; r: number; f1: number; n: number } {
    const tp = this.tp.get(label) ?? 0, fp = this.fp.get(label) ?? 0, fn = this.fn.get(label) ?? 0;
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: tp + fn };
  }
}
