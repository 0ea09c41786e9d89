/**
 * Test helper: runs the default pipeline up to and including the statements stage
 * (tokenize, the trained tagger/parser, entities) over a text — the same prefix the
 * models are trained on (training/attribution/prepare.ts).
 */
import { createDoc } from '../../../model/doc.js';
import type { Doc } from '../../../model/types.js';
import { buildPipeline, type Pipeline } from '../../runner.js';
import { defaultStages } from '../../default.js';
import type { TokView } from './tokview.js';

let pipe: Promise<Pipeline> | undefined;

export async function analyzeText(text: string): Promise<Doc> {
  if (!pipe) {
    const stages = defaultStages();
    const k = stages.findIndex((s) => s.assigns.includes('statements'));
    pipe = buildPipeline(stages.slice(0, k + 1));
  }
  return (await pipe).run(createDoc(text));
}

/** Index of the token that starts where `word` first occurs in `text` at or after character `from`. */
export function tokenAt(v: TokView, text: string, word: string, from = 0): number {
  const at = text.indexOf(word, from);
  for (let i = 0; i < v.n; i++) if (v.start[i] === at) return i;
  throw new Error(`no token "${word}"`);
}
