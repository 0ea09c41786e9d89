import type { Stage } from './stage.js';
import { paragraphsStage } from './stages/paragraphs.js';
import { boilerplateStage } from './stages/boilerplate.js';
import { tokenizeStage } from './stages/tokenize.js';
import { winkPosStage } from './stages/pos-wink.js';
import { statementsStage } from './stages/statements/index.js';

/**
 * The default stage order. Each later issue's stage is appended here; the runner
 * checks the declared requires/assigns when the pipeline is built.
 */
export function defaultStages(): Stage[] {
  return [paragraphsStage, boilerplateStage, tokenizeStage, winkPosStage, statementsStage];
}
