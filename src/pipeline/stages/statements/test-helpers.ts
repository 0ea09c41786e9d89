/**
 * Test helper: runs the default pipeline up to and including the statements stage
 * (tokenize, the trained tagger/parser, entities) over a text — the same prefix the
 * models are trained on (training/attribution/prepare.ts).
 */
import { createDoc } from '../../../model/doc.js';
import type { Doc } from '../../../model/types.js';
import { buildPipeline, type Pipeline } from '../../runner.js';
import { defaultStages } from '../../default.js';

let pipe: Promise<Pipeline> | undefined;

export async function analyzeText(text: string): Promise<Doc> {
  if (!pipe) {
    const stages = defaultStages();
    const k = stages.findIndex((s) => s.assigns.includes('statements'));
    pipe = buildPipeline(stages.slice(0, k + 1));
  }
  return (await pipe).run(createDoc(text));
}
