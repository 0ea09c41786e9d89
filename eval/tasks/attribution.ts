/**
 * `npm run eval -- attribution [--split dev] [--limit N]`: PolNeAR attribution spans.
 *
 * Runs the default upstream stages plus the statements stage over
 * ../shared/data/polnear/<split>/text and scores against the canonical annotator file
 * (see training/corpora/polnear.ts). Definitions:
 * - Spans are sets of fragments (half-open offsets, each trimmed of white space);
 *   identical spans within a document count once (a source shared by two cues is one span).
 * - exact: the predicted fragment set equals the gold fragment set.
 * - overlap: predicted and gold share at least one character; matched one-to-one,
 *   greedily by largest overlap.
 * - attribution: a predicted statement matches a gold attribution (one-to-one) when
 *   the cues overlap, the contents overlap, and the sources overlap or both are absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { prf } from '../metrics.js';
import { readPolnear, type Frags } from '../../training/corpora/polnear.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { defaultStages } from '../../src/pipeline/default.js';
import { statementsStage } from '../../src/pipeline/stages/statements/index.js';
import { createDoc, layer } from '../../src/model/doc.js';
import type { SpanRef } from '../../src/model/types.js';

type Span = Frags;
interface Att { cue: Span; source: Span | null; content: Span }

function trim(text: string, f: Frags): Frags {
  const out: Frags = [];
  for (let [s, e] of f) {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
const key = (f: Frags) => f.map(([s, e]) => `${s}-${e}`).join(',');
function overlapLen(a: Frags, b: Frags): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function scoreSpans(gold: Frags[], pred: Frags[], exact: Counts, overlap: Counts): void {
  const g = [...new Map(gold.filter((x) => x.length).map((x) => [key(x), x])).values()];
  const p = [...new Map(pred.filter((x) => x.length).map((x) => [key(x), x])).values()];
  const gk = new Set(g.map(key));
  const ex = p.filter((x) => gk.has(key(x))).length;
  exact.tp += ex; exact.fp += p.length - ex; exact.fn += g.length - ex;
  const pairs: [number, number, number][] = [];
  p.forEach((x, i) => g.forEach((y, j) => { const o = overlapLen(x, y); if (o > 0) pairs.push([o, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const up = new Set<number>(), ug = new Set<number>();
  for (const [, i, j] of pairs) if (!up.has(i) && !ug.has(j)) { up.add(i); ug.add(j); }
  overlap.tp += up.size; overlap.fp += p.length - up.size; overlap.fn += g.length - up.size;
}

function scoreAttributions(gold: Att[], pred: Att[], c: Counts): void {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    for (let j = 0; j < gold.length; j++) {
      if (used.has(j)) continue;
      const g = gold[j];
      const srcOk = (!g.source || !g.source.length) && !p.source ? true : !!(g.source && p.source && overlapLen(g.source, p.source) > 0);
      if (overlapLen(g.cue, p.cue) > 0 && overlapLen(g.content, p.content) > 0 && srcOk) { used.add(j); tp++; break; }
    }
  }
  c.tp += tp; c.fp += pred.length - tp; c.fn += gold.length - tp;
}

export const task: EvalTask = {
  name: 'attribution',
  description: 'PolNeAR attribution: source/cue/content spans (exact, overlap) and whole attributions',
  async run(opts): Promise<EvalReport> {
    const split = String(opts.flags.split ?? 'dev');
    const dir = join(opts.dataDir, 'polnear');
    if (!existsSync(join(dir, split))) throw new MissingDataError(`needs ${join(dir, split)}`);
    const docs = readPolnear(dir, split, opts.limit);
    // The default pipeline (with the parser and entity stages when they are in it); the
    // statements stage is appended when the default order does not have it yet.
    const stages = defaultStages();
    if (!stages.some((s) => s.assigns.includes('statements'))) stages.push(statementsStage);
    const pipe = await buildPipeline(stages);
    const roles = ['cue', 'source', 'content'] as const;
    const ex = { cue: zero(), source: zero(), content: zero() }, ov = { cue: zero(), source: zero(), content: zero() };
    const att = zero();
    let nGold = 0, ms = 0;
    for (const g of docs) {
      const t0 = performance.now();
      const doc = pipe.run(createDoc(g.text, {}, g.name));
      ms += performance.now() - t0;
      const gold: Att[] = g.attributions.filter((a) => a.content).map((a) => ({
        cue: trim(g.text, a.cue), source: a.source ? trim(g.text, a.source) : null, content: trim(g.text, a.content!),
      }));
      nGold += gold.length;
      // PolNeAR's attributions include cue relations that report no proposition (the
      // `reportingCues` layer: "backed the bill", "will publish a report").
      const pred: Att[] = [...layer(doc, 'statements'), ...layer(doc, 'reportingCues')].map((s) => {
        const src = s.attrs.source as SpanRef | null;
        return {
          cue: trim(g.text, [[(s.attrs.cue as SpanRef).start, (s.attrs.cue as SpanRef).end]]),
          source: src ? trim(g.text, [[src.start, src.end]]) : null,
          content: trim(g.text, (s.attrs.contentParts as SpanRef[]).map((p) => [p.start, p.end] as [number, number])),
        };
      });
      for (const r of roles) {
        scoreSpans(gold.map((a) => a[r] ?? []), pred.map((a) => a[r] ?? []), ex[r], ov[r]);
      }
      scoreAttributions(gold, pred, att);
    }
    const rows: Record<string, string | number>[] = [];
    const metrics: Record<string, number> = {};
    const add = (name: string, c: Counts) => {
      const s = prf(c.tp, c.fp, c.fn);
      rows.push({ measure: name, gold: c.tp + c.fn, pred: c.tp + c.fp, tp: c.tp, P: s.p, R: s.r, F1: s.f1 });
      metrics[`${name}.p`] = s.p; metrics[`${name}.r`] = s.r; metrics[`${name}.f1`] = s.f1;
    };
    for (const r of roles) { add(`${r}.exact`, ex[r]); add(`${r}.overlap`, ov[r]); }
    add('attribution', att);
    metrics['docs'] = docs.length;
    return {
      task: 'attribution', data: `polnear/${split} (${docs.length} docs, ${nGold} attributions with content)`, rows, metrics,
      notes: [`pipeline time ${(ms / docs.length).toFixed(1)} ms/doc; per stage: ${pipe.timings.map((t) => `${t.name} ${(t.ms / Math.max(1, t.docs)).toFixed(1)}`).join(', ')} ms/doc`,
        'exact = identical fragment set (white space trimmed); overlap = ≥1 shared character, one-to-one; attribution = cue and content overlap and source overlaps (or both absent)'],
    };
  },
};
