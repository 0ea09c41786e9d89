/**
 * Entity-level exact-match scoring with conlleval's counting: a predicted chunk is
 * correct when its start, end and type all equal a gold chunk's. Counts per type and overall.
 *
 * @module
 */
import type { TokSpan } from '../corpora/conll.js';

/** Counts per type (and `ALL`). */
export type Counts = Map<string, { tp: number; fp: number; fn: number }>;

/** Adds one sentence's gold and predicted spans to `counts`. */
export function countSpans(gold: readonly TokSpan[], pred: readonly TokSpan[], counts: Counts): void {
  const key = (s: TokSpan) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.map(key));
  const bump = (type: string, f: 'tp' | 'fp' | 'fn') => {
    for (const t of [type, 'ALL']) {
      let c = counts.get(t);
      if (!c) { c = { tp: 0, fp: 0, fn: 0 }; counts.set(t, c); }
      c[f]++;
    }
  };
  const matched = new Set<string>();
  for (const p of pred) {
    const k = key(p);
    if (g.has(k) && !matched.has(k)) { bump(p.type, 'tp'); matched.add(k); } else bump(p.type, 'fp');
  }
  for (const s of gold) if (!matched.has(key(s))) bump(s.type, 'fn');
}

/** F1 of the `ALL` row. */
export function overallF1(counts: Counts): number {
  const c = counts.get('ALL');
  if (!c) return 0;
  const p = c.tp / Math.max(1, c.tp + c.fp), r = c.tp / Math.max(1, c.tp + c.fn);
  return p + r ? (2 * p * r) / (p + r) : 0;
}
