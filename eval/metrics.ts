/** Precision/recall/F1 from counts, rounded to 4 places. */
export interface PRF { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p: round(p), r: round(r), f1: round(f1) };
}

export function round(x: number, places = 4): number {
  const k = 10 ** places;
  return Math.round(x * k) / k;
}
