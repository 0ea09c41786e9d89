/**
 * `npm run eval -- timex [--data DIR] [--limit N] [--json] [--errors N] [--split timebank|aquaint]`
 *
 * TempEval-3 temporal-expression scoring on TBAQ-cleaned (TimeBank + AQUAINT): each .tml file's
 * <TEXT> is stripped of tags (gold offsets kept), run through the pipeline with the file's DCT as
 * `publishedAt`, and compared with the gold TIMEX3s (the DCT timex itself is metadata, not scored).
 * Metrics as TempEval-3's scorer computes them: strict (exact) and relaxed (any overlap) extent
 * P/R/F1; value and type as attribute F1 over relaxed matches (P = correct / system, R = correct / gold),
 * plus value and type accuracy over relaxed matches.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MissingDataError, type EvalOptions, type EvalReport, type EvalTask } from '../types.js';
import { prf, round } from '../metrics.js';
import { createDoc, layer } from '../../src/model/doc.js';
import { buildPipeline } from '../../src/pipeline/runner.js';
import { defaultStages } from '../../src/pipeline/default.js';
import { timexStage } from '../../src/pipeline/stages/time/index.js';
import { parseTml, type GoldTimex, type TmlDoc } from '../../training/corpora/timeml.js';

/** Loads TBAQ-cleaned documents (TimeBank then AQUAINT). */
export function loadTbaq(dataDir: string, split?: string): TmlDoc[] {
  const root = join(dataDir, 'tempeval3', 'train', 'TBAQ-cleaned');
  if (!existsSync(root)) throw new MissingDataError(`needs ${root}`);
  const docs: TmlDoc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    if (split && sub.toLowerCase() !== split.toLowerCase()) continue;
    const dir = join(root, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) docs.push(parseTml(readFileSync(join(dir, f), 'utf8'), `${sub}/${f}`));
  }
  return docs;
}

interface Sys { start: number; end: number; text: string; type: string; value: string }

/** One-to-one matching: exact pairs first, then the largest overlaps. */
function match(gold: GoldTimex[], sys: Sys[]): [number, number][] {
  const pairs: [number, number][] = [];
  const gUsed = new Set<number>(), sUsed = new Set<number>();
  gold.forEach((g, i) => sys.forEach((s, j) => {
    if (!gUsed.has(i) && !sUsed.has(j) && g.start === s.start && g.end === s.end) { pairs.push([i, j]); gUsed.add(i); sUsed.add(j); }
  }));
  const ov: [number, number, number][] = [];
  gold.forEach((g, i) => sys.forEach((s, j) => {
    const o = Math.min(g.end, s.end) - Math.max(g.start, s.start);
    if (o > 0 && !gUsed.has(i) && !sUsed.has(j)) ov.push([o, i, j]);
  }));
  ov.sort((a, b) => b[0] - a[0]);
  for (const [, i, j] of ov) if (!gUsed.has(i) && !sUsed.has(j)) { pairs.push([i, j]); gUsed.add(i); sUsed.add(j); }
  return pairs;
}

export const task: EvalTask = {
  name: 'timex',
  description: 'TempEval-3 TIMEX3 extents, values and types on TBAQ-cleaned (TimeBank + AQUAINT)',
  async run(opts: EvalOptions): Promise<EvalReport> {
    let docs = loadTbaq(opts.dataDir, typeof opts.flags.split === 'string' ? opts.flags.split : undefined);
    if (opts.limit) docs = docs.slice(0, opts.limit);
    const pipeline = await buildPipeline([...defaultStages().filter((s) => !s.assigns.includes('timexes') && !s.assigns.includes('timelinks') && !s.assigns.includes('events')), timexStage]);
    let nGold = 0, nSys = 0, strict = 0, relaxed = 0, valueOk = 0, typeOk = 0;
    const errors: string[] = [];
    const showErrors = Number(opts.flags.errors ?? 0);
    const t0 = performance.now();
    for (const d of docs) {
      const doc = pipeline.run(createDoc(d.text, { publishedAt: d.dct }), { published: d.dct });
      const sys: Sys[] = layer(doc, 'timexes').map((a) => ({ start: a.start, end: a.end, text: a.text, type: a.label ?? '', value: String(a.attrs.value) }));
      const pairs = match(d.timexes, sys);
      nGold += d.timexes.length;
      nSys += sys.length;
      relaxed += pairs.length;
      const gMatched = new Set(pairs.map((p) => p[0]));
      const sMatched = new Set(pairs.map((p) => p[1]));
      for (const [i, j] of pairs) {
        const g = d.timexes[i], s = sys[j];
        if (g.start === s.start && g.end === s.end) strict++;
        else if (showErrors) errors.push(`EXT  ${d.id}: gold "${g.text}" sys "${s.text}"`);
        if (g.value === s.value) valueOk++;
        else if (showErrors) errors.push(`VAL  ${d.id} (dct ${d.dct}): "${g.text}" gold ${g.value} sys ${s.value} | ${ctx(d.text, g.start, g.end)}`);
        if (g.type === s.type) typeOk++;
      }
      if (showErrors) {
        d.timexes.forEach((g, i) => { if (!gMatched.has(i)) errors.push(`FN   ${d.id}: "${g.text}" ${g.type} ${g.value} | ${ctx(d.text, g.start, g.end)}`); });
        sys.forEach((s, j) => { if (!sMatched.has(j)) errors.push(`FP   ${d.id}: "${s.text}" ${s.type} ${s.value} | ${ctx(d.text, s.start, s.end)}`); });
      }
    }
    const ms = performance.now() - t0;
    const st = prf(strict, nSys - strict, nGold - strict);
    const rl = prf(relaxed, nSys - relaxed, nGold - relaxed);
    const val = prf(valueOk, nSys - valueOk, nGold - valueOk);
    const typ = prf(typeOk, nSys - typeOk, nGold - typeOk);
    const rows = [
      { metric: 'strict extent', P: st.p, R: st.r, F1: st.f1 },
      { metric: 'relaxed extent', P: rl.p, R: rl.r, F1: rl.f1 },
      { metric: 'value (attr F1)', P: val.p, R: val.r, F1: val.f1 },
      { metric: 'type (attr F1)', P: typ.p, R: typ.r, F1: typ.f1 },
      { metric: 'value accuracy (relaxed matches)', P: '', R: '', F1: relaxed ? round(valueOk / relaxed) : 0 },
      { metric: 'type accuracy (relaxed matches)', P: '', R: '', F1: relaxed ? round(typeOk / relaxed) : 0 },
    ];
    const notes = [`${docs.length} documents, ${nGold} gold / ${nSys} system timexes (DCT excluded), ${Math.round(ms)} ms for the pipeline`];
    if (showErrors) for (const e of errors.slice(0, showErrors)) notes.push(e);
    return {
      task: 'timex',
      data: 'tempeval3/train/TBAQ-cleaned',
      rows,
      metrics: {
        'strict.p': st.p, 'strict.r': st.r, 'strict.f1': st.f1,
        'relaxed.p': rl.p, 'relaxed.r': rl.r, 'relaxed.f1': rl.f1,
        'value.f1': val.f1, 'type.f1': typ.f1,
        'value.accuracy': relaxed ? round(valueOk / relaxed) : 0,
        'type.accuracy': relaxed ? round(typeOk / relaxed) : 0,
        gold: nGold, system: nSys,
      },
      notes,
    };
  },
};

function ctx(text: string, s: number, e: number): string {
  return (text.slice(Math.max(0, s - 50), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 40)).replace(/\s+/g, ' ');
}
