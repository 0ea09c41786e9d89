/** Test helper: runs the upstream stages and the statements stage over a text. */
import { createDoc } from '../../../model/doc.js';
import type { Doc } from '../../../model/types.js';
import { buildPipeline, type Pipeline } from '../../runner.js';
import { paragraphsStage } from '../paragraphs.js';
import { boilerplateStage } from '../boilerplate.js';
import { tokenizeStage } from '../tokenize.js';
import { winkPosStage } from '../pos-wink.js';
import { statementsStage } from './index.js';

let pipe: Promise<Pipeline> | undefined;

export async function analyzeText(text: string): Promise<Doc> {
  pipe ??= buildPipeline([paragraphsStage, boilerplateStage, tokenizeStage, winkPosStage, statementsStage]);
  return (await pipe).run(createDoc(text));
}
