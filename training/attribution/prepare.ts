/**
 * Turns PolNeAR documents into token views with gold labels for the two attribution
 * models, running the same upstream stages as analysis (paragraphs, boilerplate,
 * tokenize, POS) so that training sees the tokens inference will see.
 * @module
 */
import { createDoc } from '../../src/model/doc.js';
import type { Doc } from '../../src/model/types.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline/runner.js';
import { defaultStages } from '../../src/pipeline/default.js';
import { buildTokView, type TokView } from '../../src/pipeline/stages/statements/tokview.js';
import { derive, type Derived } from '../../src/pipeline/stages/statements/features.js';
import type { Frags, GoldDoc } from '../corpora/polnear.js';

export interface PreparedAttribution {
  /** Cue tokens, inclusive. */
  c0: number;
  c1: number;
  /** Role label per token of the document ('O', 'B-S', …) — only the cue's window is read. */
  roles: Map<number, string>;
}

export interface PreparedDoc {
  doc: Doc;
  v: TokView;
  d: Derived;
  cueTags: string[];
  isCue: Uint8Array;
  attributions: PreparedAttribution[];
}

/** The upstream pipeline: every default stage up to and including the one assigning `pos` (and `dep` if present). */
export async function upstreamPipeline(): Promise<Pipeline> {
  const stages = defaultStages();
  const keep = [];
  const needed = new Set(['paragraphs', 'boilerplate', 'sentences', 'tokens', 'pos', 'dep']);
  for (const s of stages) if (s.assigns.some((a) => needed.has(a))) keep.push(s);
  return buildPipeline(keep);
}

function tokensOf(v: TokView, frags: Frags): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.n; i++) {
    for (const [s, e] of frags) if (v.start[i] < e && v.end[i] > s) { out.push(i); break; }
  }
  return out;
}

export function prepare(p: Pipeline, g: GoldDoc): PreparedDoc {
  const doc = p.run(createDoc(g.text, {}, g.name));
  const v = buildTokView(doc);
  const d = derive(v);
  const cueTags = new Array<string>(v.n).fill('O');
  const isCue = new Uint8Array(v.n);
  const attributions: PreparedAttribution[] = [];
  for (const a of g.attributions) {
    const ct = tokensOf(v, a.cue);
    if (!ct.length) continue;
    for (let k = 0; k < ct.length; k++) {
      cueTags[ct[k]] = k > 0 && ct[k - 1] === ct[k] - 1 ? 'I' : 'B';
      isCue[ct[k]] = 1;
    }
    let c1 = ct[0];
    while (ct.includes(c1 + 1)) c1++;
    const roles = new Map<number, string>();
    for (const [frags, r] of [[a.source, 'S'], [a.content, 'C']] as const) {
      if (!frags) continue;
      for (const i of tokensOf(v, frags)) if (i < ct[0] || i > c1) roles.set(i, r);
    }
    attributions.push({ c0: ct[0], c1, roles });
  }
  return { doc, v, d, cueTags, isCue, attributions };
}
