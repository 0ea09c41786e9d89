/**
 * The dev scores a trained attribution bundle records: on PolNeAR dev, prepared like
 * training data, the cue tagger's exact cue-span F1 and, given the gold cues, the role
 * tagger's token F1 for source and content. (The whole statements stage, with its rules,
 * is scored by `npm run eval -- attribution`.)
 * @module
 */
import { join } from 'node:path';
import { linearFromBundle, type Bundle } from '../../src/ml/bundle.js';
import { tagCues, tagRoles } from '../../src/pipeline/stages/statements/model.js';
import { readPolnear } from '../corpora/polnear.js';
import { prepare, upstreamPipeline } from './prepare.js';

const f1 = (tp: number, fp: number, fn: number): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

/** Scores of the bundle's models on PolNeAR dev, rounded to 4 places. */
export async function scoreAttribution(dataDir: string, b: Bundle): Promise<Record<string, number>> {
  const cue = linearFromBundle(b, 'cue'), role = linearFromBundle(b, 'role');
  const pipe = await upstreamPipeline();
  let ctp = 0, cfp = 0, cfn = 0;
  const tok = { S: { tp: 0, fp: 0, fn: 0 }, C: { tp: 0, fp: 0, fn: 0 } };
  for (const g of readPolnear(join(dataDir, 'polnear'), 'dev')) {
    const pd = prepare(pipe, g);
    const gold = new Set(pd.attributions.map((a) => `${a.c0}:${a.c1}`));
    const pred = new Set(tagCues(pd.v, pd.d, cue).map(([a, z]) => `${a}:${z}`));
    for (const p of pred) if (gold.has(p)) ctp++; else cfp++;
    for (const x of gold) if (!pred.has(x)) cfn++;
    const raw = tagRoles(pd.v, pd.d, pd.attributions.map((a) => [a.c0, a.c1] as [number, number]), role);
    raw.forEach((r, k) => {
      const predRole = new Map<number, 'S' | 'C'>();
      if (r.source) for (let i = r.source[0]; i <= r.source[1]; i++) predRole.set(i, 'S');
      for (const [a, z] of r.content) for (let i = a; i <= z; i++) predRole.set(i, 'C');
      const goldRole = pd.attributions[k].roles;
      for (const [i, l] of predRole) if (goldRole.get(i) === l) tok[l].tp++; else tok[l].fp++;
      for (const [i, l] of goldRole) if (predRole.get(i) !== l) tok[l as 'S' | 'C'].fn++;
    });
  }
  const r4 = (x: number) => +x.toFixed(4);
  return {
    'dev.cue.exact.f1': r4(f1(ctp, cfp, cfn)),
    'dev.role.source.token.f1': r4(f1(tok.S.tp, tok.S.fp, tok.S.fn)),
    'dev.role.content.token.f1': r4(f1(tok.C.tp, tok.C.fp, tok.C.fn)),
  };
}
